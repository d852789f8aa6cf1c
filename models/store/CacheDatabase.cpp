#include "store/CacheDatabase.h"

#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

CacheDatabase::CacheDatabase()
    : m_connectionName(QStringLiteral("logdeck-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CacheDatabase::~CacheDatabase()
{
    m_writer.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString CacheDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/cache.sqlite");
}

QString CacheDatabase::queryKey(const SourceDefinition &def, const Query &query)
{
    QStringList parts;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const FilterSpec *spec = def.filterSpec(it.key());
        if (spec && spec->appliedBy == FilterSpec::AppliedBy::Server)
            parts << it.key() + QLatin1Char('=') + QString::fromUtf8(QUrl::toPercentEncoding(it.value()));
    }
    const Query::Sort sort = query.sort.value_or(def.defaultSort);
    parts << QStringLiteral("sort=") + sort.column
            + (sort.descending ? QStringLiteral(":desc") : QStringLiteral(":asc"));
    return parts.join(QLatin1Char('&'));
}

bool CacheDatabase::fail(const QString &what, const QString &detail)
{
    m_error = QCoreApplication::translate("CacheDatabase", "Cache database %1: %2").arg(what, detail);
    return false;
}

bool CacheDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    return fail(m_path, q.lastError().text());
}

bool CacheDatabase::open(const QString &path)
{
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(path, m_db.lastError().text());
    // A file that is not SQLite fails here, on the first read.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return false;
    QSqlQuery version(m_db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int found = version.next() ? version.value(0).toInt() : 0;
    version.finish(); // a statement left open would keep the schema from changing
    if (found > SchemaVersion)
        return fail(path,
                    QCoreApplication::translate("CacheDatabase", "written by a newer LogDeck (schema %1)")
                        .arg(found));
    if (!exec(QStringLiteral("BEGIN")))
        return false;
    // Schema 1 caches may hold a word-only search index; it is rebuilt once, here.
    QString schemaError = RecordSchema::upgradeSearchIndex(m_db);
    if (schemaError.isEmpty())
        schemaError = RecordSchema::create(m_db);
    if (!schemaError.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
        return fail(path, schemaError);
    }
    const bool ok = exec(QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS pages (id INTEGER PRIMARY KEY, connection TEXT NOT NULL, "
                        "source TEXT NOT NULL, query TEXT NOT NULL, page_size INTEGER NOT NULL, "
                        "page INTEGER NOT NULL, total INTEGER, fetched_at INTEGER NOT NULL, "
                        "used_at INTEGER NOT NULL, UNIQUE (connection, source, query, page_size, page))"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS pages_used ON pages (used_at)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS page_records (page_id INTEGER NOT NULL "
                               "REFERENCES pages (id) ON DELETE CASCADE, position INTEGER NOT NULL, "
                               "record INTEGER NOT NULL, PRIMARY KEY (page_id, position)) WITHOUT ROWID"))
        && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS page_records_record ON page_records (record)"))
        && exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    if (!ok) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!exec(QStringLiteral("COMMIT")))
        return false;
    QSqlQuery clock(m_db);
    if (clock.exec(QStringLiteral("SELECT COALESCE(MAX(used_at), 0) FROM pages")) && clock.next())
        m_useClock = clock.value(0).toLongLong();
    m_writer = std::make_unique<RecordSchema::Writer>(m_db);
    return true;
}

bool CacheDatabase::isOpen() const
{
    return m_writer != nullptr;
}

qint64 CacheDatabase::usedBytes()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count()) - "
                               "(SELECT freelist_count FROM pragma_freelist_count()), "
                               "(SELECT page_size FROM pragma_page_size())"))
        || !q.next())
        return 0;
    return q.value(0).toLongLong() * q.value(1).toLongLong();
}

bool CacheDatabase::writePage(const PageKey &key, const SourceDefinition &def,
                              const QList<QJsonObject> &records, std::optional<qint64> total,
                              const QDateTime &fetchedAt)
{
    if (!isOpen())
        return fail(m_path, QCoreApplication::translate("CacheDatabase", "not open"));
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    auto rollback = [this](const QString &detail) {
        exec(QStringLiteral("ROLLBACK"));
        return fail(m_path, detail);
    };
    QSqlQuery page(m_db);
    page.prepare(
        QStringLiteral("INSERT INTO pages (connection, source, query, page_size, page, total, fetched_at, "
                       "used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (connection, source, query, page_size, page) DO UPDATE SET "
                       "total = excluded.total, fetched_at = excluded.fetched_at, "
                       "used_at = excluded.used_at RETURNING id"));
    page.addBindValue(key.connection);
    page.addBindValue(key.source);
    page.addBindValue(key.query);
    page.addBindValue(key.pageSize);
    page.addBindValue(key.page);
    page.addBindValue(total ? QVariant(*total) : QVariant(QMetaType(QMetaType::LongLong)));
    page.addBindValue(fetchedAt.toMSecsSinceEpoch());
    page.addBindValue(++m_useClock);
    if (!page.exec() || !page.next())
        return rollback(page.lastError().text());
    const qint64 pageId = page.value(0).toLongLong();
    page.finish();
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM page_records WHERE page_id = ?"));
    clear.addBindValue(pageId);
    if (!clear.exec())
        return rollback(clear.lastError().text());
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO page_records (page_id, position, record) VALUES (?, ?, ?)"));
    QString error;
    for (int i = 0; i < records.size(); ++i) {
        const qint64 rowid =
            m_writer->upsert(key.connection, RecordSchema::rowFor(def, records.at(i)), &error);
        if (rowid < 0)
            return rollback(error);
        link.addBindValue(pageId);
        link.addBindValue(i);
        link.addBindValue(rowid);
        if (!link.exec())
            return rollback(link.lastError().text());
    }
    if (!exec(QStringLiteral("COMMIT")))
        return rollback(m_error);
    if (m_capBytes > 0 && usedBytes() > m_capBytes)
        evictToCap();
    return true;
}

std::optional<CachedPage> CacheDatabase::readPage(const PageKey &key)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery page(m_db);
    page.prepare(QStringLiteral("SELECT id, total, fetched_at FROM pages WHERE connection = ? AND source = ? "
                                "AND query = ? AND page_size = ? AND page = ?"));
    page.addBindValue(key.connection);
    page.addBindValue(key.source);
    page.addBindValue(key.query);
    page.addBindValue(key.pageSize);
    page.addBindValue(key.page);
    if (!page.exec() || !page.next())
        return std::nullopt;
    CachedPage result;
    const qint64 pageId = page.value(0).toLongLong();
    if (!page.value(1).isNull())
        result.total = page.value(1).toLongLong();
    result.fetchedAt = QDateTime::fromMSecsSinceEpoch(page.value(2).toLongLong(), Qt::UTC);
    page.finish();
    QSqlQuery rows(m_db);
    rows.prepare(QStringLiteral("SELECT r.json FROM page_records p JOIN records r ON r.rowid = p.record "
                                "WHERE p.page_id = ? ORDER BY p.position"));
    rows.addBindValue(pageId);
    if (!rows.exec())
        return std::nullopt;
    while (rows.next())
        result.records.append(QJsonDocument::fromJson(rows.value(0).toString().toUtf8()).object());
    QSqlQuery used(m_db);
    used.prepare(QStringLiteral("UPDATE pages SET used_at = ? WHERE id = ?"));
    used.addBindValue(++m_useClock);
    used.addBindValue(pageId);
    used.exec();
    return result;
}

std::optional<QJsonObject> CacheDatabase::findRecord(const QString &source, const QString &id)
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT json FROM records WHERE source = ? AND id = ? ORDER BY rowid DESC LIMIT 1"));
    q.addBindValue(source);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

int CacheDatabase::pageCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM pages")) && q.next() ? q.value(0).toInt() : 0;
}

qint64 CacheDatabase::recordCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next() ? q.value(0).toLongLong() : 0;
}

int CacheDatabase::evictToCap()
{
    const qint64 target = m_capBytes * 9 / 10;
    int evicted = 0;
    while (usedBytes() > target) {
        // A tenth of the pages at a time, oldest use first, with the records that only
        // they referred to.
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            break;
        const int batch = qMax(1, pageCount() / 10);
        QSqlQuery drop(m_db);
        drop.prepare(
            QStringLiteral("DELETE FROM pages WHERE id IN (SELECT id FROM pages ORDER BY used_at LIMIT ?)"));
        drop.addBindValue(batch);
        const bool ok = drop.exec()
            && exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS orphans (rowid INTEGER PRIMARY KEY)"))
            && exec(QStringLiteral("DELETE FROM orphans"))
            && exec(QStringLiteral(
                "INSERT INTO orphans SELECT rowid FROM records WHERE origin <> '' AND NOT EXISTS "
                "(SELECT 1 FROM page_records WHERE record = records.rowid)"))
            && exec(QStringLiteral("DELETE FROM records_fts WHERE rowid IN orphans"))
            && exec(QStringLiteral("DELETE FROM records WHERE rowid IN orphans"));
        const int dropped = drop.numRowsAffected();
        if (!ok) {
            exec(QStringLiteral("ROLLBACK"));
            break;
        }
        if (!exec(QStringLiteral("COMMIT")))
            break;
        evicted += dropped;
        if (dropped == 0)
            break;
    }
    return evicted;
}

QString CacheDatabase::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}
