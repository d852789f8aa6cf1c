#include "dataset/DatasetSink.h"

#include "api/PageCodec.h"
#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

DatasetSink::DatasetSink()
    : m_connection(QStringLiteral("logdeck-dataset-sink-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

DatasetSink::~DatasetSink()
{
    m_writer.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool DatasetSink::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) || fail(q.lastError().text());
}

bool DatasetSink::openTemporary(const QString &path)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(m_db.lastError().text());
    if (!exec(QStringLiteral("PRAGMA journal_mode = OFF"))
        || !exec(QStringLiteral("PRAGMA synchronous = OFF"))
        || !exec(QStringLiteral("PRAGMA page_size = 16384")) || !exec(QStringLiteral("BEGIN")))
        return false;
    const QString error = DatasetFile::createSchema(m_db);
    if (!error.isEmpty())
        return fail(error);
    m_writer = std::make_unique<RecordSchema::Writer>(m_db);
    return true;
}

bool DatasetSink::write(const QList<QJsonObject> &records)
{
    const SourceDefinition &def = SourceDefinitions::get(m_info.source);
    QSqlQuery history(m_db);
    if (def.kind == SourceKind::ApiLogs)
        history.prepare(
            QStringLiteral("INSERT OR REPLACE INTO status_history (record, position, timestamp, status, "
                           "detail, source) VALUES (?, ?, ?, ?, ?, ?)"));
    QString error;
    for (const QJsonObject &r : records) {
        const qint64 rowid = m_writer->upsert(QString(), RecordSchema::rowFor(def, r), &error);
        if (rowid < 0)
            return fail(error);
        if (def.kind != SourceKind::ApiLogs)
            continue;
        int position = 0;
        for (const StatusStep &step : PageCodec::statusHistory(r)) {
            history.addBindValue(rowid);
            history.addBindValue(position++);
            history.addBindValue(step.timestamp.isValid() ? step.timestamp.toString(Qt::ISODateWithMs)
                                                          : QString());
            history.addBindValue(step.status ? PageCodec::apiLogStatusName(step.status) : step.statusText);
            history.addBindValue(step.detail);
            history.addBindValue(step.source);
            if (!history.exec())
                return fail(history.lastError().text());
        }
    }
    m_written += records.size();
    // Large transactions: one per ~50,000 records keeps memory flat and writes fast.
    if (m_written % 50000 < records.size())
        return exec(QStringLiteral("COMMIT")) && exec(QStringLiteral("BEGIN"));
    return true;
}

bool DatasetSink::close()
{
    m_writer.reset();
    DatasetInfo info = m_info;
    info.recordCount = m_written;
    info.formatVersion = DatasetFile::FormatVersion;
    const QString error = DatasetFile::writeMeta(m_db, info);
    if (!error.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        return fail(error);
    }
    const bool ok = exec(QStringLiteral("COMMIT")) && exec(QStringLiteral("ANALYZE"));
    m_db.close();
    return ok;
}
