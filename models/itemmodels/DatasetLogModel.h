#pragma once

#include "core/Query.h"
#include "dataset/DatasetFile.h"
#include "dataset/DatasetQuery.h"
#include "itemmodels/LogRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DatasetWorker;

// A `.logdeck` dataset as a table, for any size: filtering, sorting on any column and
// full-text search run in SQL on a worker thread, which fetches only the windows of rows
// the view asks for; the row count arrives when the worker has it. Uses the roles of
// RemoteLogModel, so the same table view and detail pane serve both.
class DatasetLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DatasetLogModel(QObject *parent = nullptr);
    ~DatasetLogModel() override;

    void open(const QString &path); // opened() or errorOccurred() follow
    // The cache database as "everything cached for this source": the records that one
    // connection fetched of one source, with the same filters, sort and search.
    // `origin`: RemoteLogModel::cacheOrigin() of the connection.
    void openCache(const QString &cachePath, const QString &origin, SourceKind source,
                   const QString &connectionName);
    bool isCache() const { return !m_origin.isEmpty(); }
    QString origin() const { return m_origin; } // the cache's connection (DatasetQuery::build)
    // How this model's workers opened what it shows, for another connection to the same
    // (the overview's); empty before open().
    using Opener = std::function<std::optional<DatasetInfo>(DatasetWorker *, QString *)>;
    Opener opener() const { return m_opener; }
    QString path() const { return m_path; }
    std::optional<DatasetInfo> info() const { return m_info; }
    const SourceDefinition *definition() const { return m_definition; }
    void setQuery(const Query &query, const QString &search = {});
    // The file was written to meanwhile (an import adds records, its search index grows):
    // counted and read again, with rows added or removed at the end and the rows on
    // screen updated in place, never a reset.
    void refresh();
    // The same dataset under a new name (an import renames it when its records are
    // complete): read from there on, without a reset. If the old name was not open yet,
    // or could not be opened, the new one is opened (open()).
    void follow(const QString &path);
    // The search index was completed meanwhile: searches stop scanning.
    void setSearchIndexed();
    // How far the search index's build has got (SearchIndexJob's), for the status bar;
    // -1 while nothing builds it.
    void setSearchIndexPercent(int percent);
    int searchIndexPercent() const { return m_searchIndexPercent; }
    // Records are still being written to the file (an import): the count grows.
    void setGrowing(bool growing);
    bool isGrowing() const { return m_growing; }
    // A search that also scans the text not yet in the search index (slower, and said so).
    bool searchIsScan() const { return !m_search.trimmed().isEmpty() && m_info && !m_info->searchIndexed; }
    Query query() const { return m_query; }
    QString search() const { return m_search; }
    std::optional<qint64> total() const { return m_total; }
    bool isLoading() const { return m_countPending || !m_pendingWindows.isEmpty(); }
    static constexpr int WindowSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void opened(const DatasetInfo &info);
    void infoChanged(const DatasetInfo &info); // the same dataset, read again (follow())
    void errorOccurred(const QString &message);
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void windowLoaded(int window);
    void buildStateChanged(); // searchIndexPercent() or isGrowing()

private:
    void openWith(const QString &path, const Opener &open);
    void requestWindow(int window) const;
    void onCount(int generation, qint64 count, const QString &error);
    void onWindow(int generation, int window, const QList<QJsonObject> &records, const QString &error);
    void updateLoading();
    void startCount(int generation);
    int newGeneration(); // makes all queued and running work stale
    void dropRows(); // inside a reset: the rows of the previous query go

    // Two connections on two threads: the count of a filter over a million rows runs
    // beside the windows of rows, so neither waits for the other.
    QThread m_thread;
    DatasetWorker *m_worker;
    QThread m_countThread;
    DatasetWorker *m_countWorker;
    std::shared_ptr<std::atomic_int> m_generation;
    QString m_path;
    QString m_origin; // the cache's origin of the records; empty for a dataset file
    Opener m_opener;
    std::optional<DatasetInfo> m_info;
    const SourceDefinition *m_definition = nullptr;
    Query m_query;
    QString m_search;
    std::optional<DatasetSql> m_sql;
    std::optional<qint64> m_total;
    int m_rows = 0;
    int m_searchIndexPercent = -1;
    bool m_growing = false;
    bool m_countPending = false;
    bool m_loadingReported = false;
    mutable QHash<int, QList<QJsonObject>> m_windows;
    mutable QList<int> m_lru;
    mutable QSet<int> m_pendingWindows;
    mutable QSet<int> m_staleWindows; // shown, but read again when next asked for (refresh)
};
