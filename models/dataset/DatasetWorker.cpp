#include "dataset/DatasetWorker.h"

#include "dataset/SearchIndexBuilder.h"

#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace
{
// Hits in at least this share of the records: the first rows are found sooner by walking
// the records in sort order than by looking up every hit and sorting them.
constexpr qint64 kDenseHitsDivisor = 20;
} // namespace

DatasetWorker::DatasetWorker(std::shared_ptr<std::atomic_int> generation)
    : m_generation(std::move(generation))
    , m_connection(QStringLiteral("logdeck-dataset-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

DatasetWorker::~DatasetWorker()
{
    close();
}

void DatasetWorker::close()
{
    if (!m_open)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
    m_hitsKey.clear();
    m_tally = {};
}

std::optional<DatasetInfo> DatasetWorker::open(const QString &path, QString *error)
{
    close();
    auto info = DatasetFile::open(path, m_connection, error);
    m_open = info.has_value();
    m_cache = false;
    if (!m_open)
        return info;
    m_searchIndexed = info->searchIndexed;
    // The format says every record of a dataset has origin '' and the dataset's source;
    // four index look-ups check it, so that a file made otherwise is still read right.
    const QVariantList none;
    QString ignored;
    const QString key = info->source.key();
    const auto first = [&](const QString &sql) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("\x01");
    };
    m_singleSource = first(QStringLiteral("SELECT min(origin) FROM records")).isEmpty()
        && first(QStringLiteral("SELECT max(origin) FROM records")).isEmpty()
        && first(QStringLiteral("SELECT min(source) FROM records")) == key
        && first(QStringLiteral("SELECT max(source) FROM records")) == key;
    m_rowEstimate = scalar(QStringLiteral("SELECT max(rowid) FROM records"), none, &ignored).value_or(0);
    watchForStaleness();
    return info;
}

std::optional<DatasetInfo> DatasetWorker::openCache(const QString &path, const QString &origin,
                                                    SourceKind source, const QString &label, QString *error)
{
    close();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (!q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE origin = ? AND source = ?")))
            problem = q.lastError().text();
        if (problem.isEmpty()) {
            q.addBindValue(origin);
            q.addBindValue(source.key());
            if (!q.exec() || !q.next())
                problem = q.lastError().text();
        }
        if (problem.isEmpty()) {
            m_open = true;
            m_cache = true;
            m_singleSource = false; // the cache holds every connection and source
            watchForStaleness();
            DatasetInfo info;
            info.formatVersion = DatasetFile::FormatVersion;
            info.source = source;
            info.origin = label;
            info.exportedAt = QDateTime::currentDateTimeUtc();
            info.recordCount = q.value(0).toLongLong();
            m_rowEstimate = info.recordCount;
            return info;
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    if (error)
        *error = QCoreApplication::translate("DatasetLogModel", "The cache cannot be read: %1").arg(problem);
    return std::nullopt;
}

void DatasetWorker::watchForStaleness()
{
    // Qt's QSQLITE driver is built against the system libsqlite3, which this library
    // links too, so the handle is one this code may use.
    const QVariant v = QSqlDatabase::database(m_connection, false).driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        sqlite3_progress_handler(*static_cast<sqlite3 *const *>(v.constData()), 1000,
                                 &DatasetWorker::progress, this);
}

int DatasetWorker::progress(void *worker)
{
    // Non-zero stops the statement with SQLITE_INTERRUPT. Reading an atomic every
    // thousand steps costs nothing measurable.
    const auto *self = static_cast<const DatasetWorker *>(worker);
    return self->m_task >= 0 && self->stale(self->m_task);
}

std::optional<qint64> DatasetWorker::scalar(const QString &sql, const QVariantList &binds,
                                            QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

void DatasetWorker::setGrowing(bool growing)
{
    m_growing = growing;
    m_tally = {};
}

std::optional<qint64> DatasetWorker::growingCount(const DatasetSql &sql, QString *error)
{
    QString key = sql.where;
    for (const QVariant &v : sql.binds)
        key += QChar(0) + v.toString();
    const bool goOn = key == m_tally.key;
    // One statement, so that the largest rowid and the count come from the same commit.
    // Going on, NOT INDEXED makes it walk the new rows by rowid instead of an index that
    // holds all of them.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const QString count = goOn ? QStringLiteral("SELECT COUNT(*) FROM records NOT INDEXED WHERE "
                                                "records.rowid > ? AND (%1)")
                                     .arg(sql.where)
                               : sql.select(QStringLiteral("COUNT(*)"));
    if (!q.prepare(QStringLiteral("SELECT (SELECT max(rowid) FROM records), (%1)").arg(count))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (goOn)
        q.addBindValue(m_tally.throughRowid);
    for (const QVariant &v : sql.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    m_tally = {key, q.value(0).toLongLong(), (goOn ? m_tally.count : 0) + q.value(1).toLongLong()};
    return m_tally.count;
}

void DatasetWorker::setSearchIndexed(bool indexed)
{
    m_searchIndexed = indexed;
    m_hitsKey.clear();
}

std::optional<qint64> DatasetWorker::matchHits(const DatasetSql &sql, int generation, QString *error)
{
    // A dataset file does not change while open, so its hits serve every query with the
    // same phrase; the cache is written meanwhile, so there they serve one query.
    const bool changing = m_cache || !m_searchIndexed;
    const QString key = changing ? sql.match + QLatin1Char('#') + QString::number(generation) : sql.match;
    if (key == m_hitsKey)
        return m_hitCount;
    m_hitsKey.clear();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // An interrupted match leaves a partial table behind; it is made afresh each time.
    // Before the index is complete, what it holds so far and a scan of the rest, in one
    // statement: one snapshot of the file, whichever step the build is at.
    QString insert =
        QStringLiteral("INSERT INTO temp.hits SELECT rowid FROM records_fts WHERE records_fts MATCH ?");
    if (!m_searchIndexed) {
        QStringList likes;
        for (const QString &c : RecordSchema::textColumns())
            likes << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(c);
        insert +=
            QStringLiteral(" UNION SELECT rowid FROM %1 WHERE ").arg(SearchIndexBuilder::unindexedText())
            + likes.join(QStringLiteral(" OR "));
    }
    if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.hits"))
        || !q.exec(QStringLiteral("CREATE TEMP TABLE hits (id INTEGER PRIMARY KEY)")) || !q.prepare(insert)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    q.addBindValue(sql.match);
    if (!m_searchIndexed) {
        for (qsizetype i = 0; i < RecordSchema::textColumns().size(); ++i)
            q.addBindValue(sql.scanPattern);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    m_hitCount = q.numRowsAffected();
    m_hitsKey = key;
    return m_hitCount;
}

namespace
{
// While it lives, the worker's statements stop once `generation` is stale.
class StoppableTask
{
public:
    StoppableTask(int &task, int generation)
        : m_task(task)
    {
        m_task = generation;
    }
    ~StoppableTask() { m_task = -1; }
    StoppableTask(const StoppableTask &) = delete;
    StoppableTask &operator=(const StoppableTask &) = delete;

private:
    int &m_task;
};
} // namespace

std::optional<qint64> DatasetWorker::count(const DatasetSql &sql, int generation, QString *error)
{
    const StoppableTask task(m_task, generation);
    if (sql.match.isEmpty() && m_growing && !m_cache)
        return growingCount(sql, error);
    if (sql.match.isEmpty())
        return scalar(sql.select(QStringLiteral("COUNT(*)")), sql.binds, error);
    const auto hits = matchHits(sql, generation, error);
    if (!hits)
        return std::nullopt;
    if (!sql.filtered && m_singleSource)
        return hits; // every hit is a record of this query
    const DatasetSql matched = sql.matchedFrom(QStringLiteral("temp.hits"), false);
    return scalar(matched.select(QStringLiteral("COUNT(*)")), matched.binds, error);
}

std::optional<QList<QJsonObject>> DatasetWorker::rows(const DatasetSql &sql, int generation, qint64 offset,
                                                      int limit, QString *error)
{
    const StoppableTask task(m_task, generation);
    DatasetSql query = sql;
    if (!sql.match.isEmpty()) {
        const auto hits = matchHits(sql, generation, error);
        if (!hits)
            return std::nullopt;
        const bool dense = *hits * kDenseHitsDivisor >= m_rowEstimate;
        query = sql.matchedFrom(QStringLiteral("temp.hits"), dense && sql.timeOrder);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const bool prepared =
        q.prepare(query.select(QStringLiteral("records.json")) + QStringLiteral(" ORDER BY ") + query.orderBy
                  + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    for (const QVariant &v : query.binds)
        q.addBindValue(v);
    if (!prepared || !q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<QJsonObject> records;
    while (q.next())
        records.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return records;
}

bool DatasetWorker::withDatabase(int generation, const std::function<void(QSqlDatabase &db)> &work)
{
    if (!m_open)
        return false;
    const StoppableTask task(m_task, generation);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    work(db);
    return true;
}
