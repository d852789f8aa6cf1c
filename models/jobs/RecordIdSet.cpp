#include "jobs/RecordIdSet.h"

#include <QJsonDocument>

bool RecordIdSet::insert(const QJsonObject &record)
{
    const QJsonValue id = record.value(m_idField);
    size_t hash;
    if (id.isString())
        hash = qHash(id.toString());
    else if (id.isDouble())
        hash = qHash(QString::number(id.toInteger()));
    else // no id: the record itself is what identifies it
        hash = qHash(QJsonDocument(record).toJson(QJsonDocument::Compact));
    if (m_seen.contains(hash)) {
        ++m_repeated;
        return false;
    }
    m_seen.insert(hash);
    return true;
}
