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
    m_insert = QSqlQuery();
    m_fts = QSqlQuery();
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
    // A bulk load: the indexes are built once at the end, which is far cheaper than
    // keeping eleven B-trees in order record by record.
    const QString error = DatasetFile::createSchema(m_db, false);
    if (!error.isEmpty())
        return fail(error);
    QString names, params;
    for (const QString &c : RecordSchema::filterColumns()) {
        names += QStringLiteral(", ") + c;
        params += QStringLiteral(", ?");
    }
    m_insert = QSqlQuery(m_db);
    m_insert.prepare(
        QStringLiteral("INSERT INTO records (origin, source, id, ts%1, json) VALUES ('', ?, ?, ?%2, ?)")
            .arg(names, params));
    m_fts = QSqlQuery(m_db);
    m_fts.prepare(QStringLiteral("INSERT INTO records_fts (rowid, %1) VALUES (?%2)")
                      .arg(RecordSchema::textColumns().join(QStringLiteral(", ")),
                           QStringLiteral(", ?").repeated(RecordSchema::textColumns().size())));
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
    for (const QJsonObject &r : records) {
        const RecordSchema::Row row = RecordSchema::rowFor(def, r);
        m_insert.addBindValue(row.source);
        m_insert.addBindValue(row.id);
        m_insert.addBindValue(row.timestampMs);
        for (const QString &v : row.filterValues)
            m_insert.addBindValue(v.isEmpty() ? QVariant() : QVariant(v));
        m_insert.addBindValue(QString::fromUtf8(row.json));
        if (!m_insert.exec())
            return fail(m_insert.lastError().text());
        const qint64 rowid = m_insert.lastInsertId().toLongLong();
        m_fts.addBindValue(rowid);
        for (const QString &v : row.textValues)
            m_fts.addBindValue(v);
        if (!m_fts.exec())
            return fail(m_fts.lastError().text());
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
    m_insert = QSqlQuery();
    m_fts = QSqlQuery();
    // One record per id: where the input repeated an id, the last copy wins (as an
    // upsert would have had it).
    QString error = RecordSchema::createIndexes(m_db);
    if (!error.isEmpty()) {
        const bool deduped =
            exec(
                QStringLiteral("CREATE TEMP TABLE superseded AS SELECT rowid FROM records WHERE rowid NOT IN "
                               "(SELECT MAX(rowid) FROM records GROUP BY origin, source, id)"))
            && exec(QStringLiteral("DELETE FROM records WHERE rowid IN superseded"))
            && exec(QStringLiteral("DELETE FROM records_fts WHERE rowid IN superseded"))
            && exec(QStringLiteral("DELETE FROM status_history WHERE record IN superseded"));
        error = deduped ? RecordSchema::createIndexes(m_db) : m_error;
        if (deduped && error.isEmpty()) {
            QSqlQuery count(m_db);
            if (count.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && count.next())
                m_written = count.value(0).toLongLong();
        }
    }
    if (!error.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        return fail(error);
    }
    DatasetInfo info = m_info;
    info.recordCount = m_written;
    info.formatVersion = DatasetFile::FormatVersion;
    error = DatasetFile::writeMeta(m_db, info);
    if (!error.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        m_db.close();
        return fail(error);
    }
    const bool ok = exec(QStringLiteral("COMMIT")) && exec(QStringLiteral("ANALYZE"));
    m_db.close();
    return ok;
}
