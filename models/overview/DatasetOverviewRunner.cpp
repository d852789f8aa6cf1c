#include "overview/DatasetOverviewRunner.h"

#include "dataset/DatasetOverview.h"
#include "dataset/DatasetWorker.h"
#include "sources/SourceRegistry.h"

DatasetOverviewRunner::DatasetOverviewRunner(QObject *parent)
    : QObject(parent)
    , m_generation(std::make_shared<std::atomic_int>(0))
    , m_worker(new DatasetWorker(m_generation))
{
    m_thread.setObjectName(QStringLiteral("DatasetOverviewRunner"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

DatasetOverviewRunner::~DatasetOverviewRunner()
{
    cancel();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatasetOverviewRunner::cancel()
{
    m_generation->fetch_add(1);
}

void DatasetOverviewRunner::run(const QString &path, const Opener &opener,
                                const std::function<void(DatasetWorker *, int)> &work)
{
    const int generation = m_generation->fetch_add(1) + 1;
    QMetaObject::invokeMethod(m_worker, [this, path, opener, work, generation] {
        if (m_worker->stale(generation))
            return;
        if (m_openPath != path) {
            m_worker->close();
            QString error;
            if (!opener || !opener(m_worker, &error)) {
                m_openPath.clear();
                QMetaObject::invokeMethod(this, [this, error, generation] {
                    if (generation == m_generation->load())
                        emit failed(error);
                });
                return;
            }
            m_openPath = path;
        }
        work(m_worker, generation);
    });
}

void DatasetOverviewRunner::histogram(const QString &path, const Opener &opener, SourceKind source,
                                      const Query &query, const QString &search, const QString &origin,
                                      const Overview::HistogramRequest &request)
{
    run(path, opener, [=](DatasetWorker *w, int generation) {
        std::variant<Overview::Histogram, QString> result = QString();
        w->withDatabase(generation, [&](QSqlDatabase &db) {
            result = DatasetOverview::histogram(db, SourceDefinitions::get(source), query, search, request,
                                                origin);
        });
        QMetaObject::invokeMethod(this, [this, result, generation] {
            if (generation != m_generation->load())
                return; // stopped, or overtaken
            if (const auto *h = std::get_if<Overview::Histogram>(&result))
                emit histogramReady(*h);
            else
                emit failed(std::get<QString>(result));
        });
    });
}

void DatasetOverviewRunner::facets(const QString &path, const Opener &opener, SourceKind source,
                                   const Query &query, const QString &search, const QString &origin, int top)
{
    run(path, opener, [=](DatasetWorker *w, int generation) {
        std::variant<QList<Overview::Facet>, QString> result = QString();
        w->withDatabase(generation, [&](QSqlDatabase &db) {
            result = DatasetOverview::facets(db, SourceDefinitions::get(source), query, search, top, origin);
        });
        QMetaObject::invokeMethod(this, [this, result, generation] {
            if (generation != m_generation->load())
                return;
            if (const auto *f = std::get_if<QList<Overview::Facet>>(&result))
                emit facetsReady(*f);
            else
                emit failed(std::get<QString>(result));
        });
    });
}
