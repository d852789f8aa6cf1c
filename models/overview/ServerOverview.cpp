#include "overview/ServerOverview.h"

#include "core/Timestamp.h"
#include "net/ApiClient.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace
{
// Far enough out to hold every record, near enough not to overflow.
constexpr qint64 kBefore = LLONG_MIN / 4;
constexpr qint64 kAfter = LLONG_MAX / 4;
} // namespace

ServerOverview::ServerOverview(ApiClient *client, const QUrl &baseUrl, const QString &pathOverride,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_base(baseUrl)
    , m_pathOverride(pathOverride)
    , m_requests(new OverviewRequests(client, this))
{
    connect(m_requests, &OverviewRequests::answered, this, &ServerOverview::onAnswer);
    connect(m_requests, &OverviewRequests::failed, this, &ServerOverview::fail);
}

ServerOverview::~ServerOverview()
{
    cancel();
}

void ServerOverview::cancel()
{
    ++m_run;
    m_requests->cancel();
    m_pending.clear();
    m_series.clear();
    m_unqueued.clear();
    m_reference = -1;
    m_phase = Phase::Idle;
}

void ServerOverview::histogram(const Query &query, const Overview::HistogramRequest &request)
{
    cancel();
    m_def = &SourceDefinitions::get(query.source);
    m_histogram = true;
    m_query = query;
    m_query.sort.reset();
    m_request = request;
    m_requests->resetStats();
    m_stackKey = Overview::stackKey(*m_def);
    m_stackValues.clear();
    if (!m_stackKey.isEmpty()) {
        const QString chosen = query.filter(m_stackKey);
        m_stackValues =
            chosen.isEmpty() ? Overview::values(*m_def->filterSpec(m_stackKey)) : QStringList {chosen};
    }
    m_first = Overview::bound(query, Query::From);
    m_last = Overview::bound(query, Query::To);
    m_listTotal = -1;
    m_wholeByValue.clear();
    m_firstPages.clear();
    m_edges.clear();
    m_step = request.step.value_or(TimeBuckets::Step {});
    m_needsAll = m_stackValues.isEmpty();
    if (m_first && m_last) {
        start(Phase::Partition);
        return;
    }
    m_phase = Phase::Range;
    queueCount(Overview::searchesDates(*m_def) ? Overview::undated(m_query) : m_query, -1, -1,
               QStringLiteral("newest"));
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run == m_run)
            pump();
    });
}

void ServerOverview::facets(const Query &query)
{
    cancel();
    m_def = &SourceDefinitions::get(query.source);
    m_histogram = false;
    m_query = query;
    m_query.sort.reset();
    m_requests->resetStats();
    const auto from = Overview::bound(query, Query::From);
    const auto to = Overview::bound(query, Query::To);
    const bool ranged = from || to;
    for (const FilterSpec *f : Overview::facetFilters(*m_def)) {
        for (const QString &value : Overview::values(*f)) {
            Series s;
            s.facetKey = f->key;
            s.value = value;
            s.query = Overview::searchesDates(*m_def) ? Overview::undated(m_query) : m_query;
            s.query.setFilter(f->key, value);
            if (Overview::searchesDates(*m_def) && ranged) {
                s.bounds = {from.value_or(kBefore), to ? *to + 1 : kAfter};
                s.counts = {-1};
            }
            m_series.push_back(std::move(s));
        }
    }
    m_phase = Phase::Series;
    for (int i = 0; i < int(m_series.size()); ++i) {
        if (m_series[size_t(i)].bounds.isEmpty())
            queueCount(m_series[size_t(i)].query, i, -1);
        else
            queueWindows(i);
    }
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run != m_run)
            return;
        pump();
        maybeFinished(); // a source without enum filters has nothing to count
    });
}

void ServerOverview::start(Phase phase)
{
    m_phase = phase;
    if (phase == Phase::Partition) {
        // Whether the stack's values cover every record: then a bucket's count is the sum
        // of its stacks, and no series of all records is needed.
        if (m_stackValues.size() <= 1 || m_query.filters.contains(m_stackKey)) {
            m_needsAll = m_stackValues.isEmpty();
            start(Phase::Series);
            return;
        }
        // Where the dates are searched for, each list's first page also starts its search.
        // Where the server takes dates, the totals are the range's: then a series' newest
        // bucket is its total less the others, and costs no request.
        const bool search = Overview::searchesDates(*m_def);
        const int first = search ? m_def->maxPageSize : 1;
        const auto list = [&](const Query &q) {
            return search || !m_first || !m_last
                ? Overview::undated(q)
                : Overview::between(Overview::undated(q), *m_first, *m_last + 1);
        };
        queueCount(list(m_query), -1, -1, QStringLiteral("all"), first);
        for (const QString &value : std::as_const(m_stackValues)) {
            Query q = m_query;
            q.setFilter(m_stackKey, value);
            queueCount(list(q), -1, -1, QStringLiteral("value:") + value, first);
        }
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (run == m_run)
                pump();
        });
        return;
    }
    startSeries();
}

void ServerOverview::startSeries()
{
    m_phase = Phase::Series;
    if (!m_first || !m_last || *m_last < *m_first) {
        finishHistogram(); // nothing to count
        return;
    }
    m_edges = Overview::edges(m_request, *m_first, *m_last, &m_step);
    if (m_edges.size() < 2) {
        fail(QCoreApplication::translate("ServerOverview", "too many buckets: choose a longer bucket"));
        return;
    }
    // The buckets, cut to the range asked for where it cuts through the first or last.
    QList<qint64> bounds = m_edges;
    bounds.first() = qMax(bounds.first(), *m_first);
    bounds.last() = qMin(bounds.last(), *m_last + 1);
    QList<std::pair<QString, Query>> lists;
    for (const QString &value : std::as_const(m_stackValues)) {
        if (m_wholeByValue.value(value, -1) == 0)
            continue; // no record has it
        Query q = Overview::undated(m_query);
        q.setFilter(m_stackKey, value);
        lists.append({value, q});
    }
    if (m_needsAll)
        lists.append({QString(), Overview::undated(m_query)});
    const bool searched = Overview::searchesDates(*m_def);
    // Searched lists of the same records put the first edge at about the same fraction of
    // their length: the longest finds it (its fraction is the surest), the others start
    // there instead of each reading its oldest rows first.
    m_reference = -1;
    if (searched && lists.size() > 1) {
        qint64 longest = -1;
        for (qsizetype i = 0; i < lists.size(); ++i) {
            const QString &value = lists.at(i).first;
            const qint64 whole = value.isEmpty() ? m_listTotal : m_wholeByValue.value(value, -1);
            if (whole > longest) {
                longest = whole;
                m_reference = int(i);
            }
        }
    }
    for (const auto &[value, q] : lists) {
        Series s;
        s.value = value;
        s.query = q;
        s.bounds = bounds;
        s.counts = QList<qint64>(bounds.size() - 1, -1);
        s.waits = m_reference >= 0 && int(m_series.size()) != m_reference;
        if (!searched && !m_wholeByValue.isEmpty())
            s.whole = value.isEmpty() ? m_listTotal : m_wholeByValue.value(value, -1);
        m_series.push_back(std::move(s));
        const int i = int(m_series.size()) - 1;
        if (searched) {
            queueWindows(i);
        } else {
            const int last = int(bounds.size()) - 2;
            for (int j = 0; j <= last; ++j) {
                if (j < last || m_series.back().whole < 0)
                    m_unqueued.push_back({i, j});
            }
        }
    }
    releaseWaiting();
    queueSlice();
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run != m_run)
            return;
        pump();
        maybeFinished();
    });
}

void ServerOverview::queueSlice()
{
    // Some 1,900 counts at once (39 event types × 48 buckets) took 14 ms to put into
    // requests: a slice per turn of the event loop keeps the window responsive.
    constexpr int kSlice = 200;
    for (int n = 0; n < kSlice && !m_unqueued.empty(); ++n) {
        const auto [series, interval] = m_unqueued.front();
        m_unqueued.pop_front();
        const Series &s = m_series[size_t(series)];
        queueCount(Overview::between(s.query, s.bounds.at(interval), s.bounds.at(interval + 1)), series,
                   interval);
    }
    if (m_unqueued.empty())
        return;
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run != m_run)
            return;
        queueSlice();
        pump();
    });
}

void ServerOverview::releaseWaiting()
{
    if (m_reference < 0 || m_reference >= int(m_series.size()) || !m_series[size_t(m_reference)].search)
        return;
    const BoundarySearch &ref = *m_series[size_t(m_reference)].search;
    if (ref.olderThan(0) < 0 && !ref.isDone() && !ref.isUnordered())
        return;
    for (int j = 0; j < int(m_series.size()); ++j) {
        Series &s = m_series[size_t(j)];
        if (!s.waits)
            continue;
        s.waits = false;
        if (s.search)
            s.search->guideFirstFrom(ref);
        queueWindows(j);
    }
}

void ServerOverview::queueCount(const Query &query, int series, int interval, const QString &tag,
                                int pageSize)
{
    Query q = query;
    q.pageSize = pageSize;
    Request r;
    r.series = series;
    r.interval = interval;
    r.tag = tag;
    queue(r, q, true);
}

void ServerOverview::queue(const Request &request, const Query &query, bool count)
{
    const int page = request.window.pageSize > 0 ? request.window.page : 0;
    RequestProblem problem;
    const auto url = SourceDefinitions::pageUrl(*m_def, m_base, query, page, m_pathOverride, &problem);
    if (!url) {
        // After the current call returns: the caller may be setting up the run still.
        QTimer::singleShot(0, this, [this, run = m_run, why = problem.message] {
            if (run == m_run)
                fail(why);
        });
        return;
    }
    const quint64 id = ++m_nextId;
    m_pending.insert(id, request);
    m_requests->add(id, m_def, *url, count);
}

void ServerOverview::queueWindows(int series)
{
    Series &s = m_series[size_t(series)];
    if (!s.search) {
        // The server's own page maximum, where it was learned, else the API's.
        const auto url = SourceDefinitions::pageUrl(*m_def, m_base, s.query, 0, m_pathOverride);
        const int limit = url ? m_client->pageSizeLimit(*url) : 0;
        s.search = std::make_unique<BoundarySearch>(
            s.bounds, limit > 0 ? qMin(limit, m_def->maxPageSize) : m_def->maxPageSize);
        // The list's first page, if the partition check read it: the search's first window.
        const auto seen = m_firstPages.constFind(s.value);
        if (s.facetKey.isEmpty() && seen != m_firstPages.cend() && seen->records.size() > 1) {
            if (const auto times = Overview::timesOf(*m_def, seen->records))
                s.search->supply(s.search->take().constFirst(), seen->total, *times);
        }
    }
    if (s.search->isDone()) {
        // Also when the first page held every edge (a short list): no window is needed.
        for (int j = 0; j + 1 < s.bounds.size(); ++j)
            s.counts[j] = s.search->olderThan(j + 1) - s.search->olderThan(j);
        return;
    }
    if (s.waits)
        return;
    for (const BoundarySearch::Window &w : s.search->take()) {
        Request r;
        r.series = series;
        r.window = w;
        Query q = s.query;
        q.pageSize = w.pageSize;
        queue(r, q, false);
    }
}

void ServerOverview::pump()
{
    m_requests->pump();
    reportProgress();
}

void ServerOverview::onAnswer(quint64 id, const OverviewRequests::Answer &answer)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Request request = *it;
    m_pending.erase(it);
    if (request.window.pageSize == 0) {
        onCount(request, answer);
    } else {
        // A server that gives less than asked shows its own page size: the rows are where
        // that size puts them.
        int size = request.window.pageSize;
        if (answer.pageSize && *answer.pageSize < size)
            size = *answer.pageSize;
        else if (answer.records.size() < size
                 && qint64(request.window.page) * size + answer.records.size() < answer.total)
            size = int(answer.records.size());
        onWindow(request, answer.total, qMax(1, size), answer.records);
    }
    reportProgress();
}

void ServerOverview::onCount(const Request &request, const OverviewRequests::Answer &answer)
{
    if (request.series >= 0) {
        Series &s = m_series[size_t(request.series)];
        if (request.interval >= 0)
            s.counts[request.interval] = answer.total;
        else
            s.whole = answer.total;
        maybeFinished();
        return;
    }
    // The run's own questions.
    const auto timeOf = [this](const QJsonObject &record) {
        return Timestamp::parseMsecs(record.value(m_def->timeField).toString());
    };
    if (request.tag == u"newest") {
        m_listTotal = answer.total;
        if (answer.total == 0 || answer.records.isEmpty()) {
            start(Phase::Partition);
            return;
        }
        const auto newest = timeOf(answer.records.constFirst());
        if (!m_last)
            m_last = newest;
        if (answer.total == 1 || m_first) {
            if (!m_first)
                m_first = newest;
            start(Phase::Partition);
            return;
        }
        Request oldest;
        oldest.tag = QStringLiteral("oldest");
        oldest.window = {int(qMin<qint64>(answer.total - 1, INT_MAX)), 1};
        Query q = Overview::searchesDates(*m_def) ? Overview::undated(m_query) : m_query;
        q.pageSize = 1;
        queue(oldest, q, false);
        return;
    }
    if (request.tag == u"all") {
        m_listTotal = answer.total;
        m_firstPages.insert(QString(), answer);
    } else if (request.tag.startsWith(u"value:")) {
        m_wholeByValue.insert(request.tag.mid(6), answer.total);
        m_firstPages.insert(request.tag.mid(6), answer);
    }
    if (m_phase == Phase::Partition && m_listTotal >= 0 && m_wholeByValue.size() == m_stackValues.size()) {
        qint64 sum = 0;
        for (qint64 n : std::as_const(m_wholeByValue))
            sum += n;
        m_needsAll = sum != m_listTotal; // some records have a value the enum does not list
        start(Phase::Series);
    }
}

void ServerOverview::onWindow(const Request &request, qint64 total, int pageSize,
                              const QList<QJsonObject> &records)
{
    const auto read = Overview::timesOf(*m_def, records);
    if (!read) {
        fail(QCoreApplication::translate(
                 "ServerOverview", "A record has no readable %1, so the records cannot be counted by time.")
                 .arg(m_def->timeField));
        return;
    }
    const QList<qint64> &times = *read;
    if (request.series < 0) { // the oldest record of the range
        if (!m_first)
            m_first = times.isEmpty() ? m_last : std::optional<qint64>(times.constLast());
        start(Phase::Partition);
        return;
    }
    Series &s = m_series[size_t(request.series)];
    if (!s.search)
        return;
    s.search->drop(request.window);
    s.search->supply({request.window.page, pageSize}, total, times);
    if (s.search->isUnordered()) {
        fail(QCoreApplication::translate("ServerOverview",
                                         "The server's list is not in time order, so its records cannot be "
                                         "counted by time."));
        return;
    }
    queueWindows(request.series);
    if (request.series == m_reference)
        releaseWaiting();
    maybeFinished();
}

void ServerOverview::maybeFinished()
{
    if (m_phase != Phase::Series)
        return;
    for (Series &s : m_series) {
        // The newest bucket of a series whose range total is known: the rest of it.
        if (!s.bounds.isEmpty() && s.whole >= 0 && s.counts.constLast() < 0
            && std::count(s.counts.cbegin(), s.counts.cend(), -1) == 1) {
            qint64 rest = s.whole;
            for (qsizetype j = 0; j + 1 < s.counts.size(); ++j)
                rest -= s.counts.at(j);
            s.counts.last() = qMax<qint64>(0, rest);
        }
        if (s.bounds.isEmpty() ? s.whole < 0 : std::any_of(s.counts.cbegin(), s.counts.cend(), [](qint64 n) {
                return n < 0;
            }))
            return;
    }
    if (m_histogram)
        finishHistogram();
    else
        finishFacets();
}

void ServerOverview::finishHistogram()
{
    QList<Overview::SeriesCounts> series;
    for (const Series &s : m_series)
        series.append({s.value, s.counts});
    const Overview::Histogram h = Overview::histogramOf(m_step, m_stackKey, m_edges, series, m_needsAll);
    m_series.clear();
    m_phase = Phase::Idle;
    reportProgress();
    emit histogramReady(h);
}

void ServerOverview::finishFacets()
{
    QList<Overview::Facet> out;
    for (const Series &s : m_series) {
        if (out.isEmpty() || out.constLast().key != s.facetKey)
            out.append(Overview::Facet {s.facetKey, {}, true});
        out.last().values.append({s.value, s.bounds.isEmpty() ? s.whole : s.counts.value(0)});
    }
    for (Overview::Facet &f : out) {
        std::stable_sort(
            f.values.begin(), f.values.end(),
            [](const Overview::Count &a, const Overview::Count &b) { return a.count > b.count; });
    }
    m_series.clear();
    m_phase = Phase::Idle;
    reportProgress();
    emit facetsReady(out);
}

void ServerOverview::fail(const QString &message)
{
    cancel();
    emit failed(message);
}

void ServerOverview::reportProgress()
{
    const int done = m_requests->answeredCount();
    emit progress(done, done + m_requests->waiting());
}
