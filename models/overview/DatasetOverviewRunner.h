#pragma once

#include "core/Query.h"
#include "dataset/DatasetFile.h"
#include "overview/Overview.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DatasetWorker;

// The overview of a dataset (or the cache) counted on a thread of its own, over a
// connection of its own, so that neither the window nor the table's rows wait for a
// GROUP BY over a million records. A newer request, or cancel(), stops the running one
// within SQLite's next progress check; only the newest answer is reported.
class DatasetOverviewRunner : public QObject
{
    Q_OBJECT
public:
    using Opener = std::function<std::optional<DatasetInfo>(DatasetWorker *, QString *)>;

    explicit DatasetOverviewRunner(QObject *parent = nullptr);
    ~DatasetOverviewRunner() override;

    // `path` names what `opener` opens: the connection is opened again when it changes.
    void histogram(const QString &path, const Opener &opener, SourceKind source, const Query &query,
                   const QString &search, const QString &origin, const Overview::HistogramRequest &request);
    void facets(const QString &path, const Opener &opener, SourceKind source, const Query &query,
                const QString &search, const QString &origin, int top);
    void cancel();

signals:
    void histogramReady(const Overview::Histogram &histogram);
    void facetsReady(const QList<Overview::Facet> &facets);
    void failed(const QString &message);

private:
    // Runs `work` on the worker thread, opening first where needed; false from it: stale.
    void run(const QString &path, const Opener &opener,
             const std::function<void(DatasetWorker *, int)> &work);

    std::shared_ptr<std::atomic_int> m_generation;
    DatasetWorker *m_worker;
    QThread m_thread;
    QString m_openPath; // worker thread only
};
