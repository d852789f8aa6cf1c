#pragma once

#include "dataset/DatasetFile.h"
#include "dataset/DatasetQuery.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// One SQLite connection to a dataset (or the cache), used on one thread: DatasetLogModel
// moves a worker to each of its threads and queues the SQL to it. Work that a newer query
// has made stale is skipped before it starts, and stops within microseconds when it is
// running (SQLite asks a progress handler every thousand steps), so that a count over a
// million rows never holds up the query the user typed next.
class DatasetWorker : public QObject
{
public:
    explicit DatasetWorker(std::shared_ptr<std::atomic_int> generation);
    ~DatasetWorker() override;

    std::optional<DatasetInfo> open(const QString &path, QString *error);
    // The cache database, read-only, as the records one connection fetched of one source.
    std::optional<DatasetInfo> openCache(const QString &path, const QString &origin, SourceKind source,
                                         const QString &label, QString *error);
    void close();

    bool stale(int generation) const { return generation != m_generation->load(); }
    // While false, the file is being written (its search index is built, or records are
    // still added): a search also scans the text not yet indexed, and its hits serve one
    // query only. From the dataset's meta on open; the model sets it when the build ends.
    void setSearchIndexed(bool indexed);
    // While true, records are only ever added, with higher rowids: a count goes on from
    // the last one for the same query instead of counting every row again, which kept a
    // core busy while an import grew the file.
    void setGrowing(bool growing);

    // Both stop with an error once `generation` is not the current one.
    std::optional<qint64> count(const DatasetSql &sql, int generation, QString *error);
    std::optional<QList<QJsonObject>> rows(const DatasetSql &sql, int generation, qint64 offset, int limit,
                                           QString *error);

    // Runs `work` on the open connection; its statements stop once `generation` is stale
    // (the overview's GROUP BYs). False when nothing is open.
    bool withDatabase(int generation, const std::function<void(QSqlDatabase &db)> &work);

private:
    // A full-text search matches once into temp.hits; the count and every window of rows
    // then read that table instead of matching again.
    std::optional<qint64> matchHits(const DatasetSql &sql, int generation, QString *error);
    std::optional<qint64> scalar(const QString &sql, const QVariantList &binds, QString *error) const;
    std::optional<qint64> growingCount(const DatasetSql &sql, QString *error);
    void watchForStaleness(); // installs the progress handler on the open connection
    static int progress(void *worker);

    std::shared_ptr<std::atomic_int> m_generation;
    QString m_connection;
    bool m_open = false;
    bool m_cache = false; // written while open: hits are good for one generation only
    bool m_searchIndexed = true;
    bool m_singleSource = false; // every record has origin '' and the dataset's source
    qint64 m_rowEstimate = 0; // the largest rowid
    QString m_hitsKey;
    qint64 m_hitCount = 0;
    bool m_growing = false;
    struct Tally {
        QString key; // the query's where and binds; empty: none yet
        qint64 throughRowid = 0; // counted: the rows up to this rowid
        qint64 count = 0;
    } m_tally;
    int m_task = -1; // the generation the running count or rows are for; -1: not stoppable
};
