#include "dataset/DatasetWriter.h"

#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace
{
constexpr size_t kQueuedBatches = 2;
// Short enough that a reader sees the dataset grow a few times a second, long enough
// that the commits cost nothing measurable.
constexpr qint64 kRecordsPerTransaction = 20000;
// SQLite counts every allocation under a global mutex unless told otherwise, before it is
// first used; the writer allocates for every cell, and the counting was a fourteenth of
// an import. Nothing here reads the counts (sqlite3_memory_used, soft heap limits).
// Before main(), so before Qt's SQL driver starts SQLite; too late, it changes nothing.
const bool kAllocationsUncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
} // namespace

DatasetWriter::DatasetWriter(std::function<QStringList(bool newestFirst)> early, QStringList indexes,
                             std::shared_ptr<const std::atomic_bool> stop)
    : m_early(std::move(early))
    , m_indexes(std::move(indexes))
    , m_stop(std::move(stop))
{ }

int DatasetWriter::progress(void *writer)
{
    return static_cast<DatasetWriter *>(writer)->m_stop->load(); // non-zero: SQLITE_INTERRUPT
}

DatasetWriter::~DatasetWriter()
{
    cancel();
    closeDatabase();
}

QString DatasetWriter::errorString() const
{
    std::lock_guard lock(m_lock);
    return m_error;
}

bool DatasetWriter::fail(const QString &message)
{
    std::lock_guard lock(m_lock);
    if (!m_failed) {
        m_failed = true;
        m_error = message;
    }
    m_changed.notify_all();
    return false;
}

bool DatasetWriter::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return fail(error);
}

bool DatasetWriter::prepare(const char *sql, sqlite3_stmt **statement)
{
    return sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) == SQLITE_OK
        || fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

bool DatasetWriter::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    return rc == SQLITE_DONE || fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

bool DatasetWriter::start(const QString &path)
{
    // No mutex on the connection: start() and finish() use it on the caller's thread,
    // run() on the writer's in between, never two at once; the locking cost a tenth of
    // the writer's time.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"));
    sqlite3_progress_handler(m_db, 1000, &DatasetWriter::progress, this);
    // A temporary file until it is complete: no journal, no syncs. Readers of it still
    // see only whole commits, through SQLite's locks; the busy timeout lets a commit wait
    // for a reader's statement. Sorting for the indexes may use a second core.
    if (!exec("PRAGMA journal_mode = OFF") || !exec("PRAGMA synchronous = OFF") || !exec("PRAGMA threads = 2")
        || !exec("PRAGMA cache_size = -65536"))
        return false;
    sqlite3_busy_timeout(m_db, 30000);
    if (!exec("BEGIN"))
        return false;
    QByteArray names, params;
    for (const QString &c : RecordSchema::filterColumns()) {
        names += ", " + c.toUtf8();
        params += ", ?";
    }
    const QByteArray insert = "INSERT INTO records (origin, source, id, ts" + names
        + ", json) VALUES ('', ?, ?, ?" + params + ", ?)";
    // The text to search is not written here: SearchIndexBuilder reads it from the json
    // column (the records_text view), which spared the writer a tenth of its time.
    if (!prepare(insert.constData(), &m_insert)
        || !prepare(
            "INSERT OR REPLACE INTO status_history (record, position, timestamp, status, detail, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            &m_history))
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

bool DatasetWriter::add(QList<Item> batch)
{
    std::deque<QList<Item>> spent; // freed after the lock is let go
    std::unique_lock lock(m_lock);
    m_changed.wait(lock, [this] { return m_failed || m_queue.size() < kQueuedBatches; });
    spent.swap(m_spent);
    if (m_failed)
        return false;
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
    lock.unlock();
    return true;
}

void DatasetWriter::run()
{
    for (;;) {
        QList<Item> batch;
        {
            std::unique_lock lock(m_lock);
            m_changed.wait(lock, [this] { return m_cancelled || m_closing || !m_queue.empty(); });
            if (m_cancelled || (m_queue.empty() && m_closing))
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all(); // room for the next batch
        }
        if (!write(batch))
            return;
        std::lock_guard lock(m_lock);
        m_spent.push_back(std::move(batch));
    }
}

bool DatasetWriter::write(const QList<Item> &batch)
{
    const auto text = [](sqlite3_stmt *s, int i, const QByteArray &v) {
        // A null QByteArray is SQL NULL; the data outlives the step, so SQLite need not copy.
        if (v.isNull())
            sqlite3_bind_null(s, i);
        else
            sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_STATIC);
    };
    if (m_early) {
        // Most inputs list their records in time order, one way or the other.
        const bool newestFirst =
            batch.size() > 1 && batch.constLast().timestampMs < batch.constFirst().timestampMs;
        for (const QString &sql : m_early(newestFirst)) {
            if (!exec(sql.toUtf8().constData()))
                return false;
        }
        m_early = nullptr;
    }
    for (const Item &item : batch) {
        int i = 1;
        text(m_insert, i++, item.source);
        text(m_insert, i++, item.id);
        sqlite3_bind_int64(m_insert, i++, item.timestampMs);
        for (const QByteArray &v : item.filterValues)
            text(m_insert, i++, v);
        text(m_insert, i, item.json);
        if (!step(m_insert))
            return false;
        const qint64 rowid = sqlite3_last_insert_rowid(m_db);
        int position = 0;
        for (const Step &s : item.history) {
            sqlite3_bind_int64(m_history, 1, rowid);
            sqlite3_bind_int(m_history, 2, position++);
            text(m_history, 3, s.timestamp);
            text(m_history, 4, s.status);
            text(m_history, 5, s.detail);
            text(m_history, 6, s.source);
            if (!step(m_history))
                return false;
        }
        ++m_written;
        if (m_written % kRecordsPerTransaction == 0 && !commit())
            return false;
    }
    // The first batch at once: the dataset opens with it.
    return m_committed > 0 || commit();
}

bool DatasetWriter::commit()
{
    if (!exec("COMMIT") || !exec("BEGIN"))
        return false;
    m_committed = m_written;
    return true;
}

bool DatasetWriter::buildIndexes()
{
    const auto build = [this] {
        for (const QString &sql : std::as_const(m_indexes)) {
            if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
        }
        return true;
    };
    if (build())
        return true;
    // Where the input repeated an id, the unique index could not be made: the last copy
    // wins, as an upsert would have had it.
    return exec("CREATE TEMP TABLE superseded AS SELECT rowid FROM records WHERE rowid NOT IN "
                "(SELECT MAX(rowid) FROM records GROUP BY origin, source, id)")
        && exec("DELETE FROM records WHERE rowid IN superseded")
        && exec("DELETE FROM status_history WHERE record IN superseded")
        && (build() || fail(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

std::optional<qint64> DatasetWriter::finish()
{
    {
        std::lock_guard lock(m_lock);
        m_closing = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    bool ok = m_db && errorString().isEmpty();
    qint64 count = 0;
    if (ok) {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_history);
        m_insert = m_history = nullptr;
        // A failed CREATE UNIQUE INDEX must roll back by itself, which needs a journal: a
        // small one in memory, as the index pages are all new.
        ok = exec("COMMIT") && exec("PRAGMA journal_mode = MEMORY") && exec("BEGIN");
        if (m_early) { // no record came: the indexes all the same
            for (const QString &sql : m_early(false))
                ok = ok && exec(sql.toUtf8().constData());
        }
        sqlite3_stmt *counter = nullptr;
        ok = ok && buildIndexes() && prepare("SELECT COUNT(*) FROM records", &counter)
            && sqlite3_step(counter) == SQLITE_ROW;
        if (ok)
            count = sqlite3_column_int64(counter, 0);
        sqlite3_finalize(counter);
        ok = ok && exec("COMMIT");
    }
    closeDatabase();
    return ok ? std::optional<qint64>(count) : std::nullopt;
}

void DatasetWriter::cancel()
{
    {
        std::lock_guard lock(m_lock);
        m_cancelled = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void DatasetWriter::closeDatabase()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_history);
    m_insert = m_history = nullptr;
    sqlite3_close(m_db);
    m_db = nullptr;
}
