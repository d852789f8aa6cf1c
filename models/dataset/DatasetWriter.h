#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

struct sqlite3;
struct sqlite3_stmt;

// The SQL half of a bulk load into a new dataset file, on a thread of its own: while the
// caller parses records and takes them apart, this inserts the batch before. It speaks
// the SQLite C API on a connection of its own, UTF-8 throughout; through Qt SQL every
// value became a QVariant and a UTF-16 copy, which cost more than the inserts themselves.
class DatasetWriter
{
public:
    struct Step { // one line of an API log's status history
        QByteArray timestamp, status, detail, source;
    };
    // One record, as the table's columns (a null value is NULL).
    struct Item {
        QByteArray source, id;
        qint64 timestampMs = 0;
        QList<QByteArray> filterValues; // parallel to RecordSchema::filterColumns()
        QByteArray json;
        QList<Step> history;
    };

    // `early`: the indexes kept as records are added, made with the first batch, which
    // says whether the records arrive newest first. `indexes`: built once at the end.
    // `stop`: set from any thread, it makes the statement running give up within
    // microseconds (also while the indexes are built), and finish() fail.
    DatasetWriter(std::function<QStringList(bool newestFirst)> early, QStringList indexes,
                  std::shared_ptr<const std::atomic_bool> stop);
    ~DatasetWriter(); // stops; what is written stays as it is

    // The file must have its tables already.
    bool start(const QString &path);
    // Waits while the writer is two batches behind. False once writing failed.
    bool add(QList<Item> batch);
    // Writes what is queued, builds the indexes (where an id repeats, its last copy
    // stays), commits and closes. The number of records, or nothing on failure.
    std::optional<qint64> finish();
    // Records a reader of the file can see: the first batch is committed at once, then
    // every few thousand, so that the dataset opens while it is written.
    qint64 committed() const { return m_committed.load(); }
    // Stops soon, without finishing; the file is to be thrown away.
    void cancel();
    QString errorString() const;

private:
    void run();
    bool write(const QList<Item> &batch);
    bool exec(const char *sql);
    bool prepare(const char *sql, sqlite3_stmt **statement);
    bool step(sqlite3_stmt *statement);
    bool fail(const QString &message);
    bool commit();
    bool buildIndexes();
    static int progress(void *writer);
    void closeDatabase();

    std::function<QStringList(bool newestFirst)> m_early;
    QStringList m_indexes;
    std::atomic<qint64> m_committed {0};
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr, *m_history = nullptr;
    qint64 m_written = 0;

    std::thread m_thread;
    mutable std::mutex m_lock;
    std::condition_variable m_changed;
    std::deque<QList<Item>> m_queue;
    // Batches written, freed by the thread that adds: freeing a batch's many small
    // buffers took a tenth of the writer's time, and the writer is the busier one.
    std::deque<QList<Item>> m_spent;
    bool m_closing = false; // no more batches
    bool m_cancelled = false;
    std::shared_ptr<const std::atomic_bool> m_stop;
    bool m_failed = false;
    QString m_error;
};
