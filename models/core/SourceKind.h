#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// Which log API a query, a record or a dataset belongs to: the source's short key
// ("comm-admin", "api-logs", …) as used on the command line, in settings and in dataset
// files. It names a source and knows nothing about it; what a source is lives in its
// definition, found by this key in the SourceRegistry (models/sources/).
class SourceKind
{
public:
    SourceKind() = default;
    explicit SourceKind(const QString &key)
        : m_key(key)
    { }

    const QString &key() const { return m_key; }
    bool isNull() const { return m_key.isEmpty(); }

    friend bool operator==(const SourceKind &a, const SourceKind &b) { return a.m_key == b.m_key; }
    friend bool operator!=(const SourceKind &a, const SourceKind &b) { return a.m_key != b.m_key; }
    friend bool operator<(const SourceKind &a, const SourceKind &b) { return a.m_key < b.m_key; }
    friend size_t qHash(const SourceKind &kind, size_t seed = 0) { return qHash(kind.m_key, seed); }

private:
    QString m_key;
};

Q_DECLARE_METATYPE(SourceKind)
