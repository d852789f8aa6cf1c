#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

// The records an export wrote, one 64-bit hash of the id each, so that a record a moving
// list shows twice is written once, in every format, at any size.
class RecordIdSet
{
public:
    explicit RecordIdSet(const QString &idField)
        : m_idField(idField)
    { }
    // True the first time a record is seen; false (and counted) after that.
    bool insert(const QJsonObject &record);
    qint64 repeated() const { return m_repeated; }

private:
    QString m_idField;
    QSet<size_t> m_seen;
    qint64 m_repeated = 0;
};
