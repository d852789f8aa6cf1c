#pragma once

#include "core/Query.h"
#include "overview/BoundarySearch.h"
#include "overview/Overview.h"
#include "overview/OverviewRequests.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <deque>
#include <memory>

class ApiClient;
struct SourceDefinition;

// The overview of a query on a log server that has no aggregation endpoint, exact, from
// the totals its pages carry:
// - a source with date parameters answers one page_size=1 request per bucket (and per
//   value of the stack filter) with the bucket's count;
// - a source without (comm-*), or with whole days only (mfa-audit), is searched for the
//   rows where the buckets' edges fall (BoundarySearch), one search per stack value;
// - facets are one count per value of each enum filter, under the other filters.
// A few requests are in flight at once, so that the table's pages are not held up;
// counts are kept for the session (clearCache() after a refresh). Results come as one
// signal, or failed() with a message for the user.
class ServerOverview : public QObject
{
    Q_OBJECT
public:
    ServerOverview(ApiClient *client, const QUrl &baseUrl, const QString &pathOverride = {},
                   QObject *parent = nullptr);
    ~ServerOverview() override;

    void setMaxInFlight(int n) { m_requests->setMaxInFlight(n); }
    // Where the deployment mounts the source (Connection::pathOverride), for what follows.
    void setPathOverride(const QString &path) { m_pathOverride = path; }
    // Each starts over, cancelling what runs.
    void histogram(const Query &query, const Overview::HistogramRequest &request);
    void facets(const Query &query);
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }
    void clearCache() { m_requests->clearCache(); }
    // Requests sent for the last run (answers from the session's cache not counted).
    int requestsSent() const { return m_requests->sent(); }

signals:
    void progress(int done, int known); // requests answered, of those known to be needed
    void histogramReady(const Overview::Histogram &histogram);
    void facetsReady(const QList<Overview::Facet> &facets);
    void failed(const QString &message);

private:
    enum class Phase { Idle, Range, Partition, Series };
    // One list to count: a query without dates, counted between consecutive `bounds`
    // (none: the whole list).
    struct Series {
        Query query;
        QString facetKey; // facets: the filter and value counted
        QString value;
        QList<qint64> bounds;
        QList<qint64> counts; // per interval, -1 until known
        std::unique_ptr<BoundarySearch> search;
        qint64 whole = -1; // bounds empty: the list's total
        bool waits = false; // for the reference's first edge (releaseWaiting)
    };
    struct Request {
        int series = -1; // -1: the run's own (range, partition)
        int interval = -1; // a count between bounds[interval] and bounds[interval + 1]
        BoundarySearch::Window window {0, 0}; // pageSize 0: a count, not a window
        QString tag; // the run's own: what it is for
    };

    void start(Phase phase);
    void startSeries();
    void queueCount(const Query &query, int series, int interval, const QString &tag = {}, int pageSize = 1);
    void queueWindows(int series);
    void releaseWaiting();
    void queueSlice();
    void queue(const Request &request, const Query &query, bool count);
    void pump();
    void onAnswer(quint64 id, const OverviewRequests::Answer &answer);
    void onCount(const Request &request, const OverviewRequests::Answer &answer);
    void onWindow(const Request &request, qint64 total, int pageSize, const QList<QJsonObject> &records);
    void maybeFinished();
    void finishHistogram();
    void finishFacets();
    void fail(const QString &message);
    void reportProgress();

    ApiClient *m_client;
    QUrl m_base;
    QString m_pathOverride;
    OverviewRequests *m_requests;

    // The run.
    const SourceDefinition *m_def = nullptr;
    bool m_histogram = true;
    Query m_query;
    Overview::HistogramRequest m_request;
    Phase m_phase = Phase::Idle;
    QString m_stackKey;
    QList<QString> m_stackValues;
    std::optional<qint64> m_first, m_last; // the range
    qint64 m_listTotal = -1;
    QHash<QString, qint64> m_wholeByValue; // partition check: each stack value's total
    QHash<QString, OverviewRequests::Answer>
        m_firstPages; // partition check: each list's first page (key: value)
    bool m_needsAll = false; // the stack values do not cover every record
    TimeBuckets::Step m_step;
    QList<qint64> m_edges;
    std::vector<Series> m_series;
    int m_reference = -1; // the searched series the others take their first edge from
    std::deque<std::pair<int, int>> m_unqueued; // counts still to ask for: (series, interval)
    QHash<quint64, Request> m_pending; // by request id
    quint64 m_nextId = 0;
    int m_run = 0;
};
