#include "dataset/SearchIndexBuilder.h"

#include "dataset/DatasetFile.h"

#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

namespace
{
// The last rowid of records_text in the index; the text of every later one waits for it.
const QByteArray kCursor =
    "COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_rowid'), 0)";
} // namespace

QString SearchIndexBuilder::textView(const SourceDefinition &def)
{
    // Each column is its fields' first value that is there, as RecordSchema::rowFor takes
    // it; json_extract gives an object or array as its JSON text, and true as 1.
    QStringList columns = {QStringLiteral("rowid AS rowid")};
    for (const QString &column : RecordSchema::textColumns()) {
        QStringList values;
        for (const TextFieldSpec &t : def.textFields) {
            if (t.column != column)
                continue;
            for (const QString &field : t.fields) {
                if (!field.contains(u'"') && !field.contains(u'\''))
                    values << QStringLiteral("json_extract(json, '$.\"%1\"')").arg(field);
            }
        }
        const QString value = values.isEmpty() ? QStringLiteral("NULL")
            : values.size() == 1               ? values.constFirst()
                                               : QStringLiteral("COALESCE(%1)").arg(values.join(u", "));
        columns << QStringLiteral("%1 AS %2").arg(value, column);
    }
    return QStringLiteral("CREATE VIEW records_text AS SELECT %1 FROM records").arg(columns.join(u", "));
}

QString SearchIndexBuilder::unindexedText()
{
    return QStringLiteral("(SELECT * FROM records_text WHERE rowid > %1)").arg(QString::fromUtf8(kCursor));
}

SearchIndexBuilder::SearchIndexBuilder(const QString &path)
    : m_path(path)
{ }

SearchIndexBuilder::~SearchIndexBuilder()
{
    sqlite3_close(m_db);
}

bool SearchIndexBuilder::fail()
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("SearchIndexBuilder", "Cannot build the search index of %1: %2")
                      .arg(m_path, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"));
    return false;
}

int SearchIndexBuilder::busy(void *builder, int attempts)
{
    // While a reader holds the file: wait, as a busy timeout of 30 s would, but give up at
    // once when asked to stop. The window stops a build on the GUI thread and waits for
    // it, so a build waiting out its timeout had frozen the window for that long.
    const auto *self = static_cast<SearchIndexBuilder *>(builder);
    if ((self->m_stop && *self->m_stop) || attempts >= 3000)
        return 0;
    sqlite3_sleep(10);
    return 1;
}

bool SearchIndexBuilder::exec(const char *sql)
{
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail();
}

std::optional<qint64> SearchIndexBuilder::scalar(const char *sql)
{
    sqlite3_stmt *s = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int64(s, 0);
    else
        fail();
    sqlite3_finalize(s);
    return value;
}

std::optional<SearchIndexBuilder::Progress> SearchIndexBuilder::progressOf(const QString &path,
                                                                           QString *error)
{
    sqlite3 *db = nullptr;
    std::optional<Progress> progress;
    DatasetFile::rollBackHotJournal(path);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt *s = nullptr;
        // One read transaction: a step committed between the two counts would skew them.
        const QByteArray sql =
            "SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed'),"
            " (SELECT COUNT(*) FROM "
            + unindexedText().toUtf8() + ")";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK
            && sqlite3_step(s) == SQLITE_ROW) {
            const qint64 indexed = sqlite3_column_int64(s, 0);
            progress = Progress {indexed, indexed + sqlite3_column_int64(s, 1)};
        }
        sqlite3_finalize(s);
    }
    if (!progress && error)
        *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return progress;
}

bool SearchIndexBuilder::build(const std::function<void(const Progress &)> &progress,
                               const std::atomic_bool &stop)
{
    // One thread uses the connection: no mutex.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return fail();
    // Each step is a real transaction (a journal, no syncs): a build killed halfway leaves
    // the file as it was after the last step, never a half-moved one. The index's merges
    // read back segments a few steps old; with half this cache, a million records had
    // them read from the file 1.7 million times, and the build took twice as long. The
    // import's writer has closed by now, so the peak memory is no higher.
    m_stop = &stop;
    sqlite3_busy_handler(m_db, &SearchIndexBuilder::busy, this);
    if (!exec("PRAGMA journal_mode = TRUNCATE") || !exec("PRAGMA synchronous = OFF")
        || !exec("PRAGMA cache_size = -131072"))
        return false;
    const auto state = scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'records_text'");
    if (!state)
        return false;
    if (*state == 0) // complete, or never unfinished
        return exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', 'complete')");
    const auto views =
        scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'records_text' AND type = 'view'");
    if (!views)
        return false;
    const bool view = *views > 0;
    const QByteArray columns = RecordSchema::textColumns().join(u", ").toUtf8();
    const QByteArray move = "INSERT INTO records_fts (rowid, " + columns + ") SELECT rowid, " + columns
        + " FROM records_text WHERE rowid > ?1 AND rowid <= ?2";
    sqlite3_stmt *cursor = nullptr, *last = nullptr, *insert = nullptr, *count = nullptr;
    const auto finalize = [&] {
        for (sqlite3_stmt *s : {cursor, last, insert, count})
            sqlite3_finalize(s);
    };
    const bool prepared =
        sqlite3_prepare_v2(m_db, ("SELECT " + kCursor).constData(), -1, &cursor, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(m_db,
                              "SELECT max(rowid) FROM (SELECT rowid FROM records_text WHERE rowid > ?1 "
                              "ORDER BY rowid LIMIT ?2)",
                              -1, &last, nullptr)
            == SQLITE_OK
        && sqlite3_prepare_v2(m_db, move.constData(), -1, &insert, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(
               m_db,
               "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_indexed', "
               "COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed'), 0) + ?1), "
               "('search_indexed_rowid', ?2)",
               -1, &count, nullptr)
            == SQLITE_OK;
    if (!prepared) {
        finalize();
        return fail();
    }
    const auto step = [this](sqlite3_stmt *s) {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        return rc == SQLITE_DONE || rc == SQLITE_ROW || fail();
    };
    Progress where;
    if (const auto before = progressOf(m_path))
        where = *before;
    progress(where);
    bool ok = true, complete = false, configured = false;
    while (ok && !stop) {
        // BEGIN IMMEDIATE: the step's write lock is taken before reading, so no reader's
        // commit can slip in between (there is one writer, but another LogDeck may open it).
        if (!exec("BEGIN IMMEDIATE")) {
            ok = false;
            break;
        }
        // Fewer, larger segments: each step's terms in one flush (the default 1 MB flushed
        // a step's dozen times), and merges only once 32 segments of a size are there (4,
        // by default). A million records were indexed in half the time, and searched as
        // fast. The settings are the index's own, kept in the file; set in the first
        // step's transaction, not three of their own.
        if (!configured) {
            configured = true;
            if (!exec("INSERT INTO records_fts (records_fts, rank) VALUES ('hashsize', 16777216)")
                || !exec("INSERT INTO records_fts (records_fts, rank) VALUES ('automerge', 32)")
                || !exec("INSERT INTO records_fts (records_fts, rank) VALUES ('crisismerge', 64)")) {
                ok = false;
                break;
            }
        }
        // The rows past the cursor are moved; records_text itself is left as it is until
        // the end, which spares each step a journal of every page it would have deleted.
        qint64 from = 0;
        if (sqlite3_step(cursor) == SQLITE_ROW)
            from = sqlite3_column_int64(cursor, 0);
        sqlite3_reset(cursor);
        sqlite3_bind_int64(last, 1, from);
        sqlite3_bind_int(last, 2, StepRecords);
        const int rc = sqlite3_step(last);
        const bool empty = rc != SQLITE_ROW || sqlite3_column_type(last, 0) == SQLITE_NULL;
        const qint64 upTo = empty ? 0 : sqlite3_column_int64(last, 0);
        sqlite3_reset(last);
        if (rc != SQLITE_ROW) {
            ok = fail();
            break;
        }
        if (empty) {
            // A table in files of format 2, a view since.
            ok = exec(view ? "DROP VIEW records_text" : "DROP TABLE records_text")
                && exec("DELETE FROM meta WHERE key = 'search_indexed_rowid'")
                && exec("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index', 'complete')")
                && exec("COMMIT");
            complete = ok;
            break;
        }
        sqlite3_bind_int64(insert, 1, from);
        sqlite3_bind_int64(insert, 2, upTo);
        ok = step(insert);
        const qint64 moved = sqlite3_changes64(m_db);
        sqlite3_bind_int64(count, 1, moved);
        sqlite3_bind_int64(count, 2, upTo);
        ok = ok && step(count) && exec("COMMIT");
        where.indexed += moved;
        if (ok)
            progress(where);
    }
    finalize();
    if (!ok)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (stop)
        m_error.clear(); // stopped, perhaps while waiting for a reader: not a failure
    return complete;
}
