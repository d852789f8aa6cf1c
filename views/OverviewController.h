#pragma once

#include "core/Query.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ConnectionSession;
class DatasetLogModel;
class DatasetOverviewRunner;
class FacetPanel;
class HistogramView;
class ServerOverview;

// Keeps the histogram and the facets in step with what the table shows: counts them
// afresh when the source or the filters change (cancelling what still counts), from the
// server (ServerOverview, one per connection, whose counts last the session) or from the
// dataset (DatasetOverviewRunner, on threads of their own). Turns a range picked on the
// histogram, and stepping back out of it, into date filters for the window to apply.
class OverviewController : public QObject
{
    Q_OBJECT
public:
    OverviewController(HistogramView *histogram, FacetPanel *facets, QObject *parent = nullptr);
    ~OverviewController() override;

    void showServer(ConnectionSession *session, const Query &query);
    void showDataset(DatasetLogModel *dataset, const Query &query, const QString &search);
    void clear();
    // Counts nothing while hidden; shown again, counts what is shown.
    void setHistogramShown(bool shown);
    void setFacetsShown(bool shown);
    // Counts from the server again, not from the session's cache (after a refresh).
    void forgetCounts();
    // Whether counts of what is shown are still on the way.
    bool isCounting() const;

signals:
    // The date filters to apply (empty: none), from the histogram.
    void rangeChosen(const QString &from, const QString &to);

private:
    void cancelAllBut(ConnectionSession *session);
    void count();
    void countHistogram();
    void countFacets();
    void onRangeSelected(qint64 fromMs, qint64 toMs);
    void onStepBack();

    HistogramView *m_histogram;
    FacetPanel *m_facets;
    DatasetOverviewRunner *m_datasetHistogram;
    DatasetOverviewRunner *m_datasetFacets;
    QHash<ConnectionSession *, ServerOverview *> m_histogramCounters; // owned by the session
    QHash<ConnectionSession *, ServerOverview *> m_facetCounters;
    QPointer<ConnectionSession> m_session;
    QPointer<DatasetLogModel> m_dataset;
    Query m_query;
    QString m_search;
    bool m_histogramShown = true;
    bool m_facetsShown = false;
    bool m_histogramStale = true, m_facetsStale = true;
    bool m_histogramAwaited = false, m_facetsAwaited = false; // asked of a dataset runner
    QList<std::pair<QString, QString>> m_zoom; // the date filters before each range picked
    QString m_zoomSource;
};
