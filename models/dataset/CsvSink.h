#pragma once

#include "dataset/RecordSink.h"

#include <QFile>
#include <QStringList>

// RFC 4180 CSV in UTF-8 (CRLF, quotes doubled), optionally with a BOM for spreadsheet
// programs: the source's columns as sent, then `record`, the whole record as JSON, so
// that LogDeck can import its own CSV without losing a field.
class CsvSink : public RecordSink
{
public:
    explicit CsvSink(bool bom)
        : m_bom(bom)
    { }
    bool write(const QList<QJsonObject> &records) override;

    static QByteArray field(const QString &text);
    static QString cell(const QJsonValue &value);

protected:
    bool openTemporary(const QString &path) override;
    bool close() override;

private:
    bool m_bom;
    QFile m_file;
    QStringList m_columns;
};
