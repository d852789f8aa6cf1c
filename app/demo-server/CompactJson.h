#pragma once

#include <QByteArray>
#include <QString>

// Writes compact JSON straight into bytes, as QJsonDocument::toJson(Compact) would write
// the same object: the caller gives the keys in the order QJsonObject keeps them (sorted).
// A page of a hundred records costs a tenth of building QJsonObjects and serialising them,
// which is what lets the demo server answer a histogram's hundreds of windows quickly.
class CompactJson
{
public:
    explicit CompactJson(QByteArray &out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void key(const char *name); // ASCII, nothing to escape
    void string(const QString &value);
    void string(const char *utf8, qsizetype size);
    void string(const char *utf8) { string(utf8, qsizetype(qstrlen(utf8))); }
    // An RFC 3339 UTC time with whole seconds, as DemoDirectory::rfc3339 writes it.
    void time(qint64 secsSinceEpoch);

private:
    void separate();

    QByteArray &m_out;
    bool m_first = true;
};
