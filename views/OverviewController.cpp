#include "OverviewController.h"

#include "FacetPanel.h"
#include "HistogramView.h"
#include "core/TimeDisplay.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/FacetModel.h"
#include "net/ConnectionSession.h"
#include "overview/DatasetOverviewRunner.h"
#include "overview/ServerOverview.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

namespace
{
constexpr int kServerBuckets = 48; // a request per bucket and stack: few, but enough to read
constexpr int kDatasetBuckets = 120;
constexpr int kTopValues = 10;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

OverviewController::OverviewController(HistogramView *histogram, FacetPanel *facets, QObject *parent)
    : QObject(parent)
    , m_histogram(histogram)
    , m_facets(facets)
    , m_datasetHistogram(new DatasetOverviewRunner(this))
    , m_datasetFacets(new DatasetOverviewRunner(this))
{
    connect(m_histogram, &HistogramView::rangeSelected, this, &OverviewController::onRangeSelected);
    connect(m_histogram, &HistogramView::stepBackRequested, this, &OverviewController::onStepBack);
    connect(m_datasetHistogram, &DatasetOverviewRunner::histogramReady, this,
            [this](const Overview::Histogram &h) {
                m_histogram->setHistogram(m_query.source, h);
                m_histogram->setStatus(h.buckets.isEmpty() ? tr("No records to count") : QString());
            });
    connect(m_datasetHistogram, &DatasetOverviewRunner::failed, m_histogram, &HistogramView::setStatus);
    connect(m_datasetFacets, &DatasetOverviewRunner::facetsReady, this,
            [this](const QList<Overview::Facet> &f) {
                m_facets->model()->setFacets(m_query.source, f, m_query.filters);
                m_facets->setStatus({});
            });
    connect(m_datasetFacets, &DatasetOverviewRunner::failed, m_facets, &FacetPanel::setStatus);
}

OverviewController::~OverviewController() = default;

void OverviewController::cancelAllBut(ConnectionSession *session)
{
    // What is no longer shown stops counting: its requests would hold up the table's.
    for (auto *counters : {&m_histogramCounters, &m_facetCounters}) {
        for (auto it = counters->cbegin(); it != counters->cend(); ++it) {
            if (it.key() != session)
                it.value()->cancel();
        }
    }
    if (session) {
        m_datasetHistogram->cancel();
        m_datasetFacets->cancel();
        m_histogramAwaited = m_facetsAwaited = false;
    }
}

void OverviewController::showServer(ConnectionSession *session, const Query &query)
{
    cancelAllBut(session);
    m_dataset.clear();
    m_session = session;
    if (!m_histogramCounters.contains(session)) {
        // Two per connection, so that the facets never cancel the histogram; they go with it.
        auto *h = new ServerOverview(session->client(), session->connection().baseUrl, {}, session);
        auto *f = new ServerOverview(session->client(), session->connection().baseUrl, {}, session);
        m_histogramCounters.insert(session, h);
        m_facetCounters.insert(session, f);
        connect(session, &QObject::destroyed, this, [this, session] {
            m_histogramCounters.remove(session);
            m_facetCounters.remove(session);
        });
        connect(
            h, &ServerOverview::histogramReady, this, [this, session](const Overview::Histogram &histogram) {
                if (m_session != session)
                    return;
                m_histogram->setHistogram(m_query.source, histogram);
                m_histogram->setStatus(histogram.buckets.isEmpty() ? tr("No records to count") : QString());
            });
        connect(h, &ServerOverview::progress, this, [this, session](int done, int known) {
            if (m_session == session && done < known)
                m_histogram->setStatus(tr("Counting… %1 of %2 requests").arg(done).arg(known));
        });
        connect(h, &ServerOverview::failed, this, [this, session](const QString &why) {
            if (m_session == session)
                m_histogram->setStatus(tr("Not counted: %1").arg(why));
        });
        connect(f, &ServerOverview::facetsReady, this, [this, session](const QList<Overview::Facet> &facets) {
            if (m_session != session)
                return;
            m_facets->model()->setFacets(m_query.source, facets, m_query.filters);
            m_facets->setStatus(facets.isEmpty() ? tr("This source has no values to count on the server.")
                                                 : QString());
        });
        connect(f, &ServerOverview::progress, this, [this, session](int done, int known) {
            if (m_session == session && done < known)
                m_facets->setStatus(tr("Counting… %1 of %2 requests").arg(done).arg(known));
        });
        connect(f, &ServerOverview::failed, this, [this, session](const QString &why) {
            if (m_session == session)
                m_facets->setStatus(tr("Not counted: %1").arg(why));
        });
    }
    if (m_zoomSource != session->id() + query.source.key()) {
        m_zoom.clear();
        m_zoomSource = session->id() + query.source.key();
    }
    m_query = query;
    m_search.clear();
    m_facets->setExclusionAllowed(false);
    const QString override = session->connection().pathOverride(query.source);
    m_histogramCounters.value(session)->setPathOverride(override);
    m_facetCounters.value(session)->setPathOverride(override);
    count();
}

void OverviewController::showDataset(DatasetLogModel *dataset, const Query &query, const QString &search)
{
    cancelAllBut(nullptr);
    m_session.clear();
    m_dataset = dataset;
    if (m_zoomSource != dataset->path() + query.source.key()) {
        m_zoom.clear();
        m_zoomSource = dataset->path() + query.source.key();
    }
    m_query = query;
    m_search = search;
    m_facets->setExclusionAllowed(true);
    count();
}

void OverviewController::clear()
{
    cancelAllBut(nullptr);
    m_datasetHistogram->cancel();
    m_datasetFacets->cancel();
    m_histogramAwaited = m_facetsAwaited = false;
    m_session.clear();
    m_dataset.clear();
    m_histogram->clear();
    m_facets->model()->clear();
}

void OverviewController::setHistogramShown(bool shown)
{
    m_histogramShown = shown;
    if (shown && m_histogramStale)
        countHistogram();
}

void OverviewController::setFacetsShown(bool shown)
{
    m_facetsShown = shown;
    if (shown && m_facetsStale)
        countFacets();
}

void OverviewController::forgetCounts()
{
    if (m_session && m_histogramCounters.contains(m_session)) {
        m_histogramCounters.value(m_session)->clearCache();
        m_facetCounters.value(m_session)->clearCache();
    }
}

bool OverviewController::isCounting() const
{
    if (m_session)
        return m_histogramCounters.value(m_session)->isRunning()
            || m_facetCounters.value(m_session)->isRunning();
    return m_dataset && (m_histogramAwaited || m_facetsAwaited);
}

void OverviewController::count()
{
    m_histogramStale = m_facetsStale = true;
    m_histogram->setCanStepBack(!m_zoom.isEmpty());
    if (m_histogramShown)
        countHistogram();
    if (m_facetsShown)
        countFacets();
}

void OverviewController::countHistogram()
{
    m_histogramStale = false;
    Overview::HistogramRequest request;
    request.zone = TimeDisplay::isUtc() ? QTimeZone::utc() : QTimeZone::systemTimeZone();
    m_histogram->setStatus(tr("Counting…"));
    if (m_session) {
        request.maxBuckets = kServerBuckets;
        m_histogramCounters.value(m_session)->histogram(m_query, request);
    } else if (m_dataset) {
        request.maxBuckets = kDatasetBuckets;
        m_histogramAwaited = true;
        m_datasetHistogram->histogram(m_dataset->path() + m_dataset->origin(), m_dataset->opener(),
                                      m_query.source, m_query, m_search, m_dataset->origin(), request);
    }
}

void OverviewController::countFacets()
{
    m_facetsStale = false;
    m_facets->setStatus(tr("Counting…"));
    if (m_session) {
        m_facetCounters.value(m_session)->facets(m_query);
    } else if (m_dataset) {
        m_facetsAwaited = true;
        m_datasetFacets->facets(m_dataset->path() + m_dataset->origin(), m_dataset->opener(), m_query.source,
                                m_query, m_search, m_dataset->origin(), kTopValues);
    }
}

void OverviewController::onRangeSelected(qint64 fromMs, qint64 toMs)
{
    m_zoom.append({m_query.filter(QLatin1String(Query::From)), m_query.filter(QLatin1String(Query::To))});
    emit rangeChosen(iso(fromMs), iso(toMs));
}

void OverviewController::onStepBack()
{
    if (m_zoom.isEmpty())
        return;
    const auto [from, to] = m_zoom.takeLast();
    emit rangeChosen(from, to);
}
