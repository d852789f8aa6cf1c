#include "jobs/ExportJob.h"

#include "jobs/BackgroundTask.h"
#include "jobs/RecordDetailFetcher.h"
#include "net/ClientDateRange.h"

#include "core/Timestamp.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/DateRangeBisection.h"
#include "net/PageCodec.h"

#include <QCoreApplication>

namespace
{
constexpr int kMaxGapReads = 8; // reads to close one gap, at most
constexpr int kMaxArrivalRounds = 3; // passes over the top for what arrived meanwhile
constexpr int kMaxArrivalPages = 1000; // per pass: a list that grows faster is not caught up

QString errorText(const ApiError &error)
{
    return error.title() + QStringLiteral(": ") + error.message();
}
} // namespace

ExportJob::ExportJob(ApiClient *client, const QUrl &baseUrl, const Query &query,
                     std::unique_ptr<RecordSink> sink, const QString &target, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_baseUrl(baseUrl)
    , m_query(query)
    , m_def(SourceDefinitions::get(query.source))
    , m_sink(std::move(sink))
    , m_target(target)
    , m_ids(m_def.idField)
{
    m_pageSize = m_def.maxPageSize;
    m_query.pageSize = m_pageSize;
    connect(m_client, &ApiClient::waitingChanged, this, [this](int seconds) {
        if (m_running)
            emit waiting(seconds);
    });
}

ExportJob::~ExportJob()
{
    if (m_running)
        cancel();
    delete m_finishing; // waits for the sink's work, before the sink goes
}

void ExportJob::start()
{
    m_running = true;
    m_clock.start();
    const auto range = ClientDateRange::of(m_def, m_query);
    if (const auto *problem = std::get_if<QString>(&range)) {
        fail(*problem);
        return;
    }
    m_range = std::get<ClientDateRange>(range);
    m_rangeAtTop = !m_range.toMs;
    // Ask for what this server was seen to return, not more.
    if (const auto url = urlFor(0, nullptr)) {
        if (const int limit = m_client->pageSizeLimit(*url); limit > 0 && limit < m_pageSize)
            m_pageSize = m_query.pageSize = limit;
    }
    requestPage(0); // the total, the page size the server uses, and the first rows
}

ApiReply *ExportJob::send(int page)
{
    RequestProblem problem;
    const auto url = urlFor(page, &problem);
    if (!url)
        fail(problem.message);
    return url ? m_client->get(*url) : nullptr;
}

void ExportJob::requestPage(int page)
{
    ApiReply *reply = send(page);
    if (!reply)
        return;
    m_inFlight.insert(page, reply);
    connect(reply, &ApiReply::finished, this, [this, page, reply] {
        reply->deleteLater();
        if (m_inFlight.value(page) != reply)
            return;
        m_inFlight.remove(page);
        onPage(page, reply);
    });
}

std::optional<Page> ExportJob::decoded(ApiReply *reply)
{
    auto page = reply->error() ? std::variant<Page, ApiError>(*reply->error())
                               : PageCodec::decodePage(m_def, reply->body(), reply->url().path());
    if (auto *error = std::get_if<ApiError>(&page)) {
        fail(errorText(*error));
        return std::nullopt;
    }
    return std::get<Page>(std::move(page));
}

void ExportJob::onPage(int page, ApiReply *reply)
{
    if (!m_running)
        return;
    auto answer = decoded(reply);
    if (!answer)
        return;
    Page &result = *answer;
    if (m_phase == Phase::Probe) {
        acceptProbe(result);
        if (m_range.isSet()) {
            m_bisectPages.insert(0, PendingPage {result.records, result.total});
            startRange();
            return;
        }
        planPages(0);
    } else if (m_phase == Phase::Bisect) {
        if (result.total)
            m_latestTotal = result.total;
        m_bisectPages.insert(page, PendingPage {result.records, result.total});
        continueBisection();
        return;
    } else if (m_sizeUnsure && page == 1) {
        // The first page was short with no total to tell why; a full second page says
        // it was the server's own maximum.
        m_sizeUnsure = false;
        if (result.records.size() >= m_pageSize)
            m_client->learnPageSizeLimit(reply->url(), m_pageSize);
    }
    if (page < m_nextToWrite || m_done.contains(page)) {
        pump();
        return;
    }
    extendToTotal(result.total);
    m_done.insert(page, PendingPage {std::move(result.records), result.total});
    settle(page);
    writeReady();
    pump();
}

void ExportJob::acceptProbe(Page &result)
{
    m_startTotal = m_latestTotal = result.total;
    if (!result.records.isEmpty())
        m_boundaryId = idText(result.records.constFirst());
    const int held = int(result.records.size());
    const int asked = m_pageSize;
    if (const int learned = PageCodec::clampedPageSize(result, asked); learned > 0) {
        m_pageSize = m_query.pageSize = learned;
        if (const auto url = urlFor(0, nullptr))
            m_client->learnPageSizeLimit(*url, learned);
    } else if (!result.total && held > 0 && held < asked) {
        // No total: short because the list ends there, or because the server clamps.
        // Page on by what it held; an empty next page ends it either way.
        m_pageSize = m_query.pageSize = held;
        m_sizeUnsure = true;
    }
    if (held > m_pageSize)
        result.records.resize(m_pageSize);
}

void ExportJob::planPages(int firstPage)
{
    m_phase = Phase::Pages;
    m_firstPage = m_nextToWrite = firstPage;
    m_nextToRequest = firstPage;
    m_lastPage = firstPage - 1;
    if (m_range.isSet())
        m_expected = m_rangeRows;
    extendToTotal(m_latestTotal);
    // The probe's page, or the bisection's, is in hand already.
    m_nextToRequest = qMax(m_nextToRequest, firstPage + 1);
}

void ExportJob::extendToTotal(std::optional<qint64> total)
{
    if (!total || !m_startTotal)
        return;
    m_latestTotal = total;
    qint64 endRow = *total;
    if (m_range.isSet()) {
        // Records arriving on top push the range's block down by as many rows.
        endRow = m_rangeEnd + qMax<qint64>(0, *total - *m_startTotal);
    } else {
        m_expected = *total;
    }
    if (endRow > 0)
        m_lastPage = qMax<int>(m_lastPage, int((endRow - 1) / m_pageSize));
}

void ExportJob::settle(int page)
{
    if (!m_fetchHistories || !m_def.historyNeedsDetail() || m_done.value(page).records.isEmpty()) {
        m_done[page].complete = true;
        return;
    }
    if (!m_details) {
        m_details = new RecordDetailFetcher(m_client, m_def, m_baseUrl, m_pathOverride, this);
        connect(m_details, &RecordDetailFetcher::failed, this,
                [this](const ApiError &error) { fail(errorText(error)); });
    }
    m_details->fetch(m_done.value(page).records, [this, page](const QList<QJsonObject> &records) {
        if (!m_running)
            return;
        m_done[page].records = records;
        m_done[page].complete = true;
        writeReady();
        pump();
    });
}

void ExportJob::pump()
{
    if (!m_running || m_phase != Phase::Pages)
        return;
    const bool totals = m_startTotal.has_value();
    // Bounded: never more than `parallelism` requests, never far ahead of the writer.
    while (m_inFlight.size() < m_parallelism && m_nextToRequest - m_nextToWrite < 4 * m_parallelism) {
        if (totals ? m_nextToRequest > m_lastPage : m_sawEnd)
            break;
        if (!totals && m_nextToRequest > m_nextToWrite)
            break; // no total: one page at a time until a short one
        const int page = m_nextToRequest++;
        if (!m_done.contains(page) && !m_inFlight.contains(page))
            requestPage(page);
    }
    const bool allRead = totals ? m_nextToRequest > m_lastPage : m_sawEnd;
    if (!allRead || !m_inFlight.isEmpty() || !m_done.isEmpty() // m_done: pages still waiting for details too
        || !m_extraReplies.isEmpty())
        return;
    // What arrived on top while the pages were read: fetched before the file is complete.
    const bool grew = totals && m_latestTotal && *m_latestTotal > *m_startTotal;
    if (grew && m_rangeAtTop) {
        m_phase = Phase::Arrivals;
        m_arrivalRounds = 1;
        readArrivals(0);
        return;
    }
    succeed();
}

bool ExportJob::inRange(const QJsonObject &record) const
{
    const auto t = Timestamp::parseMsecs(record.value(m_def.timeField).toString());
    return !m_range.isSet() || (t && m_range.contains(*t));
}

QString ExportJob::idText(const QJsonObject &record) const
{
    return record.value(m_def.idField).toVariant().toString();
}

bool ExportJob::writeRecords(const QList<QJsonObject> &records, qint64 *fresh)
{
    QList<QJsonObject> out;
    out.reserve(records.size());
    for (const QJsonObject &record : records) {
        if (!inRange(record))
            continue;
        if (m_ids.insert(record))
            out.append(record);
    }
    if (fresh)
        *fresh = out.size();
    if (out.isEmpty())
        return true;
    if (!m_sink->write(out)) {
        fail(m_sink->errorString());
        return false;
    }
    m_written += out.size();
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    emit progress(m_written, m_expected, m_written / seconds);
    return true;
}

void ExportJob::writeReady()
{
    while (m_running && m_done.contains(m_nextToWrite) && m_done.value(m_nextToWrite).complete) {
        const int index = m_nextToWrite++;
        const PendingPage page = m_done.take(index);
        if (page.total && m_startTotal) {
            // Growth since the rows were planned, when this page was read. Less than the
            // page before it had means rows slid past between the two: read it again.
            const qint64 growth = *page.total - *m_startTotal;
            if (m_previousGrowth >= 0 && growth < m_previousGrowth)
                readGap({qint64(index) * m_pageSize - m_previousGrowth, qint64(index) * m_pageSize - growth});
            m_previousGrowth = growth;
        }
        if (!writeRecords(page.records, nullptr))
            return;
        if (!m_startTotal && page.records.size() < m_pageSize)
            m_sawEnd = true;
    }
}

void ExportJob::requestExtra(int page, std::function<void(const Page &)> then)
{
    ApiReply *reply = send(page);
    if (!reply)
        return;
    m_extraReplies.insert(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, then = std::move(then)] {
        reply->deleteLater();
        if (!m_extraReplies.remove(reply) || !m_running)
            return;
        const auto answer = decoded(reply);
        if (!answer)
            return;
        if (answer->total)
            m_latestTotal = answer->total;
        then(*answer);
    });
}

qint64 ExportJob::growth() const
{
    return m_latestTotal && m_startTotal ? *m_latestTotal - *m_startTotal : 0;
}

qint64 ExportJob::growthOf(const Page &page) const
{
    return page.total && m_startTotal ? *page.total - *m_startTotal : growth();
}

void ExportJob::readGap(Gap gap)
{
    // The gap's rows have moved down by the growth since: read the page they are on now.
    const int page = int(qMax<qint64>(0, gap.from + growth()) / m_pageSize);
    requestExtra(page, [this, page, gap](const Page &result) mutable {
        if (!writeRecords(result.records, nullptr))
            return;
        // The rows this answer held, counted as the list was when the pages were planned.
        const qint64 first = qint64(page) * m_pageSize - growthOf(result);
        const qint64 end = first + result.records.size();
        if (first <= gap.from)
            gap.from = qMax(gap.from, end);
        if (gap.from < gap.to && ++gap.tries < kMaxGapReads)
            readGap(gap);
        else
            pump();
    });
}

void ExportJob::onArrivals(int page, const Page &result)
{
    qint64 fresh = 0;
    if (!writeRecords(result.records, &fresh))
        return;
    m_arrived += fresh;
    // Everything above the record that was newest when this pass began arrived since;
    // pages re-read for gaps may have written some of those already, so the walk goes
    // on to that record, not to the first one seen.
    if (page == 0 && !result.records.isEmpty())
        m_nextBoundaryId = idText(result.records.constFirst());
    bool reached = m_boundaryId.isEmpty();
    for (const QJsonObject &record : result.records)
        reached = reached || idText(record) == m_boundaryId;
    // The boundary record may be gone (deleted): then stop where nothing new is found
    // any more, past the rows that the total says arrived.
    const bool pastArrivals = fresh == 0 && qint64(page) * m_pageSize > growth();
    if (!reached && !pastArrivals && result.records.size() >= m_pageSize && page + 1 < kMaxArrivalPages) {
        readArrivals(page + 1);
        return;
    }
    m_boundaryId = m_nextBoundaryId;
    const bool stillShort = m_latestTotal && *m_latestTotal > m_written && !m_range.isSet();
    if (stillShort && m_arrivalRounds < kMaxArrivalRounds) {
        ++m_arrivalRounds;
        readArrivals(0);
        return;
    }
    succeed();
}

void ExportJob::startRange()
{
    m_phase = Phase::Bisect;
    m_bisection = std::make_unique<DateRangeBisection>(m_startTotal.value_or(0), m_pageSize, m_range.fromMs,
                                                       m_range.toMs);
    continueBisection();
}

void ExportJob::continueBisection()
{
    while (!m_bisection->isDone()) {
        bool supplied = false;
        for (int page : m_bisection->neededPages()) {
            if (m_bisectPages.contains(page)) {
                m_bisection->supply(
                    page, ClientDateRange::times(m_bisectPages.value(page).records, m_def.timeField));
                supplied = true;
            } else if (!m_inFlight.contains(page)) {
                requestPage(page);
            }
        }
        if (!supplied)
            return;
    }
    if (m_bisection->isUnordered()) {
        fail(QCoreApplication::translate("ExportJob",
                                         "the server's list is not in time order, so the date range "
                                         "cannot be found; export without it and filter the dataset"));
        return;
    }
    const qint64 firstRow = m_bisection->firstRow();
    const qint64 endRow = qMax(firstRow, m_bisection->endRow());
    m_bisection.reset();
    m_rangeRows = endRow - firstRow;
    m_rangeEnd = endRow;
    m_rangeAtTop = m_rangeAtTop && firstRow == 0;
    if (m_rangeRows == 0) {
        m_phase = Phase::Done;
        m_expected = 0;
        succeed();
        return;
    }
    const int firstPage = int(firstRow / m_pageSize);
    planPages(firstPage);
    m_nextToRequest = firstPage;
    // Pages the bisection already holds need no second request.
    const auto seen = std::exchange(m_bisectPages, {});
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.key() < firstPage || it.key() > m_lastPage)
            continue;
        m_done.insert(it.key(), *it);
        settle(it.key());
    }
    writeReady();
    pump();
}

void ExportJob::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_phase = Phase::Done;
    m_error = message;
    if (m_details)
        m_details->cancelAll();
    for (ApiReply *reply : m_inFlight.values() + m_extraReplies.values()) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_inFlight.clear();
    m_extraReplies.clear();
    m_sink->abort();
    m_result = m_cancelled ? JobResult::Cancelled : JobResult::Failed;
    emit finished(false);
}

void ExportJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    fail(QCoreApplication::translate("ExportJob", "cancelled"));
}

ExportJob::Coverage ExportJob::coverage() const
{
    Coverage c;
    c.written = m_written;
    c.repeated = m_ids.repeated();
    c.arrived = m_arrived;
    if (m_range.isSet())
        c.reported = m_rangeRows >= 0 ? std::optional<qint64>(m_rangeRows) : std::nullopt;
    else
        c.reported = m_latestTotal;
    return c;
}

void ExportJob::succeed()
{
    if (!m_running)
        return;
    m_running = false;
    m_phase = Phase::Done;
    // Completing a dataset builds its indexes, seconds for a million records: on a thread
    // of its own, so that the window stays responsive until finished().
    m_finishing = new BackgroundTask(this);
    connect(m_finishing, &BackgroundTask::done, this, [this](bool ok) {
        if (!ok)
            m_error = m_sink->errorString();
        m_result = ok ? JobResult::Done : JobResult::Failed;
        emit finished(ok);
    });
    m_finishing->start(QStringLiteral("ExportJob finish"), [this] { return m_sink->finish(); });
}
