#pragma once

#include "core/Query.h"
#include "dataset/RecordSink.h"
#include "jobs/ExportCoverage.h"
#include "jobs/JobResult.h"
#include "jobs/RecordIdSet.h"
#include "net/ApiError.h"
#include "net/ClientDateRange.h"
#include "net/PageCodec.h"
#include "sources/SourceDefinition.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ApiClient;
class ApiReply;
class RecordDetailFetcher;
class BackgroundTask;
class QThread;
class DateRangeBisection;

// Everything a query finds on a server, into a sink: all pages, a bounded number in
// flight, written in order as they complete (memory holds a few pages and one hash per
// record, never the result). Date ranges the API cannot filter are bisected first. API
// logs can have each entry fetched by id for its status history. Cancel, or any failure
// after ApiClient's retries, leaves nothing under the target name.
//
// Real servers are not taken at their word about paging (DESIGN.md):
// - the page size is what the first page held and the server said it used, not what was
//   asked: a server that clamps 100 to 50 is paged by 50, and remembered as doing so;
// - the list may grow on top while it is read (newest first): every id is written once,
//   the end follows the total as it grows so that nothing old is pushed off it, a page
//   read with less growth than the one before it (a gap) is read again, and at the end
//   the records that arrived meanwhile are fetched from the top;
// - coverage() says how many of the records the server reported were written.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    using Coverage = ExportCoverage;

    ExportJob(ApiClient *client, const QUrl &baseUrl, const Query &query, std::unique_ptr<RecordSink> sink,
              const QString &target, QObject *parent = nullptr);
    ~ExportJob() override;

    void setPathOverride(const QString &path) { m_pathOverride = path; }
    void setParallelism(int requests) { m_parallelism = qMax(1, requests); }
    void setFetchHistories(bool fetch) { m_fetchHistories = fetch; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    JobResult result() const { return m_result; }
    qint64 written() const { return m_written; }
    qint64 expected() const { return m_expected; } // -1 while unknown
    int pageSize() const { return m_pageSize; } // as the server does it, once known
    QString errorString() const { return m_error; }
    Coverage coverage() const;
    // "Read 230 of the 230 records the server reported", or what is missing: translated.
    QString coverageText() const { return coverage().text(); }

signals:
    void progress(qint64 written, qint64 expected, double recordsPerSecond);
    // The server asked to wait (429, 503): seconds left, then 0.
    void waiting(int seconds);
    void finished(bool ok);

private:
    enum class Phase { Probe, Bisect, Pages, Arrivals, Done };
    struct PendingPage {
        QList<QJsonObject> records;
        std::optional<qint64> total;
        bool complete = false;
    };
    ApiReply *send(int page); // null (and failed) if the query cannot be asked
    void requestPage(int page);
    void onPage(int page, ApiReply *reply);
    std::optional<Page> decoded(ApiReply *reply); // fails the job on an error

    void acceptProbe(Page &result);
    void planPages(int firstPage);
    void extendToTotal(std::optional<qint64> total);
    void pump();
    void writeReady();
    bool writeRecords(const QList<QJsonObject> &records, qint64 *fresh);
    // Rows [from, to) of the list as it was when the pages were planned, which slid
    // between two pages read at different growths.
    struct Gap {
        qint64 from = 0, to = 0;
        int tries = 0;
    };
    void requestExtra(int page, std::function<void(const Page &)> then);
    void readGap(Gap gap);
    void readArrivals(int page)
    {
        requestExtra(page, [this, page](const Page &result) { onArrivals(page, result); });
    }
    void onArrivals(int page, const Page &result);
    qint64 growth() const; // rows the list grew by since the pages were planned
    qint64 growthOf(const Page &page) const; // records added on top when it was read
    void fail(const QString &message);
    void succeed();
    void startRange();
    void continueBisection();
    // The page is complete, or will be once its records are fetched by id (--with-history).
    void settle(int page);
    bool inRange(const QJsonObject &record) const;
    QString idText(const QJsonObject &record) const;
    std::optional<QUrl> urlFor(int page, RequestProblem *problem) const
    {
        return SourceDefinitions::pageUrl(m_def, m_baseUrl, m_query, page, m_pathOverride, problem);
    }

    ApiClient *m_client;
    QUrl m_baseUrl;
    QString m_pathOverride;
    Query m_query;
    const SourceDefinition &m_def;
    std::unique_ptr<RecordSink> m_sink;
    QString m_target;
    int m_parallelism = 4;
    bool m_fetchHistories = false;
    int m_pageSize = 100;

    Phase m_phase = Phase::Probe;
    bool m_running = false;
    bool m_cancelled = false;
    JobResult m_result = JobResult::Running;
    QHash<int, ApiReply *> m_inFlight; // page → reply
    RecordDetailFetcher *m_details = nullptr; // --with-history
    BackgroundTask *m_finishing = nullptr; // completes the file off this thread
    QSet<ApiReply *> m_extraReplies; // pages read again (gaps) and from the top (arrivals)
    QMap<int, PendingPage> m_done; // pages fetched, not written yet
    QHash<int, PendingPage> m_bisectPages; // pages seen while bisecting
    std::unique_ptr<DateRangeBisection> m_bisection;
    ClientDateRange m_range; // bounds the API cannot apply: bisected for
    std::optional<qint64> m_startTotal; // the server's total when the rows were planned
    std::optional<qint64> m_latestTotal; // the total of the answer that came last
    qint64 m_rangeRows = -1; // rows inside a bisected range when it was found
    qint64 m_rangeEnd = -1; // one past its last row, then
    bool m_rangeAtTop = true; // the range starts at the top: arrivals may fall into it
    bool m_sizeUnsure = false; // no total: the first page's size may be the server's clamp
    int m_firstPage = 0, m_nextToRequest = 0, m_nextToWrite = 0, m_lastPage = -1;
    bool m_sawEnd = false; // no total: a page shorter than the page size was written
    qint64 m_previousGrowth = -1; // growth when the page written last was read
    int m_arrivalRounds = 0;
    QString m_boundaryId; // the newest record when this pass over the top began
    QString m_nextBoundaryId; // the newest record the pass found: the next pass's boundary
    RecordIdSet m_ids; // every record written, once
    qint64 m_written = 0, m_expected = -1, m_arrived = 0;
    QElapsedTimer m_clock;
    QString m_error;
};
