#pragma once

#include "dataset/RecordSink.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

// A `.logdeck` file: records in large transactions (the file is a temporary one until
// finish(), so no journal is needed), API-log histories in their own table, the meta
// table last.
class DatasetSink : public RecordSink
{
public:
    DatasetSink();
    ~DatasetSink() override;
    bool write(const QList<QJsonObject> &records) override;

protected:
    bool openTemporary(const QString &path) override;
    bool close() override;

private:
    bool exec(const QString &sql);
    QString m_connection;
    QSqlDatabase m_db;
    QSqlQuery m_insert;
    QSqlQuery m_fts;
};
