#include "overview/ServerOverview.h"

#include "core/Timestamp.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace
{
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

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
{ }

ServerOverview::~ServerOverview()
{
    cancel();
}

void ServerOverview::cancel()
{
    ++m_run;
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiReply *reply : replies) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_queue.clear();
    m_series.clear();
    m_phase = Phase::Idle;
}

bool ServerOverview::searches() const
{
    const FilterSpec *from = m_def->filterSpec(QLatin1String(Query::From));
    return !from || from->appliedBy != FilterSpec::AppliedBy::Server
        || from->format == FilterSpec::Format::DateYmd;
}

Query ServerOverview::undated(const Query &query) const
{
    Query q = query;
    q.filters.remove(QLatin1String(Query::From));
    q.filters.remove(QLatin1String(Query::To));
    q.sort.reset(); // counts do not depend on it; windows need the list's own order
    return q;
}

Query ServerOverview::between(const Query &query, qint64 fromMs, qint64 endMs) const
{
    Query q = query;
    q.setFilter(QLatin1String(Query::From), iso(fromMs));
    q.setFilter(QLatin1String(Query::To), iso(endMs - 1)); // the API's `to` is inclusive
    return q;
}

void ServerOverview::histogram(const Query &query, const Overview::HistogramRequest &request)
{
    cancel();
    m_def = &SourceDefinitions::get(query.source);
    m_histogram = true;
    m_query = query;
    m_query.sort.reset();
    m_request = request;
    m_sent = m_answered = 0;
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
    queueCount(searches() ? undated(m_query) : m_query, -1, -1, QStringLiteral("newest"));
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
    m_sent = m_answered = 0;
    const auto from = Overview::bound(query, Query::From);
    const auto to = Overview::bound(query, Query::To);
    const bool ranged = from || to;
    for (const FilterSpec *f : Overview::facetFilters(*m_def)) {
        for (const QString &value : Overview::values(*f)) {
            Series s;
            s.facetKey = f->key;
            s.value = value;
            s.query = searches() ? undated(m_query) : m_query;
            s.query.setFilter(f->key, value);
            if (searches() && ranged) {
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
        const bool search = searches();
        const int first = search ? m_def->maxPageSize : 1;
        const auto list = [&](const Query &q) {
            return search || !m_first || !m_last ? undated(q) : between(undated(q), *m_first, *m_last + 1);
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
        Query q = undated(m_query);
        q.setFilter(m_stackKey, value);
        lists.append({value, q});
    }
    if (m_needsAll)
        lists.append({QString(), undated(m_query)});
    for (const auto &[value, q] : lists) {
        Series s;
        s.value = value;
        s.query = q;
        s.bounds = bounds;
        s.counts = QList<qint64>(bounds.size() - 1, -1);
        const bool searched = searches();
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
                    queueCount(between(q, bounds.at(j), bounds.at(j + 1)), i, j);
            }
        }
    }
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run != m_run)
            return;
        pump();
        maybeFinished();
    });
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
    m_queue.enqueue({r, q});
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
            QList<qint64> times;
            for (const QJsonObject &record : seen->records) {
                if (const auto t = Timestamp::parseMsecs(record.value(m_def->timeField).toString()))
                    times.append(*t);
            }
            if (times.size() == seen->records.size())
                s.search->supply(s.search->take().constFirst(), seen->total, times);
        }
    }
    if (s.search->isDone()) {
        // Also when the first page held every edge (a short list): no window is needed.
        for (int j = 0; j + 1 < s.bounds.size(); ++j)
            s.counts[j] = s.search->olderThan(j + 1) - s.search->olderThan(j);
        return;
    }
    for (const BoundarySearch::Window &w : s.search->take()) {
        Request r;
        r.series = series;
        r.window = w;
        Query q = s.query;
        q.pageSize = w.pageSize;
        m_queue.enqueue({r, q});
    }
}

void ServerOverview::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        auto [request, query] = m_queue.dequeue();
        const int page = request.window.pageSize > 0 ? request.window.page : 0;
        RequestProblem problem;
        const auto url = SourceDefinitions::pageUrl(*m_def, m_base, query, page, m_pathOverride, &problem);
        if (!url) {
            fail(problem.message);
            return;
        }
        if (request.window.pageSize == 0) {
            const auto cached = m_counts.constFind(url->toString());
            if (cached != m_counts.cend()) {
                const int run = m_run;
                ++m_answered;
                onCount(request, *cached);
                if (run != m_run)
                    return;
                continue;
            }
        }
        ApiReply *reply = m_client->get(*url);
        ++m_sent;
        m_inFlight.insert(reply, request);
        connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
    }
    reportProgress();
}

void ServerOverview::onReply(ApiReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return; // cancelled
    const Request request = *it;
    m_inFlight.erase(it);
    ++m_answered;
    if (const auto error = reply->error()) {
        fail(error->message());
        return;
    }
    const auto decoded = PageCodec::decodePage(*m_def, reply->body(), reply->url().path());
    if (const auto *error = std::get_if<ApiError>(&decoded)) {
        fail(error->message());
        return;
    }
    const Page &page = std::get<Page>(decoded);
    if (!page.total) {
        fail(QCoreApplication::translate("ServerOverview",
                                         "The server does not say how many records match, so they cannot be "
                                         "counted without reading them all."));
        return;
    }
    const int run = m_run;
    if (request.window.pageSize == 0) {
        const Answer answer {*page.total, page.records};
        m_counts.insert(reply->url().toString(), answer);
        onCount(request, answer);
    } else {
        // A server that gives less than asked shows its own page size: the rows are where
        // that size puts them.
        int size = request.window.pageSize;
        if (page.pageSize && *page.pageSize < size)
            size = *page.pageSize;
        else if (page.records.size() < size
                 && qint64(request.window.page) * size + page.records.size() < *page.total)
            size = int(page.records.size());
        onWindow(request, *page.total, qMax(1, size), page.records);
    }
    if (run == m_run)
        pump();
}

void ServerOverview::onCount(const Request &request, const Answer &answer)
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
        Query q = searches() ? undated(m_query) : m_query;
        q.pageSize = 1;
        m_queue.enqueue({oldest, q});
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
    QList<qint64> times;
    times.reserve(records.size());
    for (const QJsonObject &record : records) {
        const auto t = Timestamp::parseMsecs(record.value(m_def->timeField).toString());
        if (!t) {
            fail(QCoreApplication::translate(
                     "ServerOverview",
                     "A record has no readable %1, so the records cannot be counted by time.")
                     .arg(m_def->timeField));
            return;
        }
        times.append(*t);
    }
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
    Overview::Histogram h;
    h.step = m_step;
    h.stackKey = m_stackKey;
    for (qsizetype j = 0; j + 1 < m_edges.size(); ++j)
        h.buckets.append(Overview::Bucket {m_edges.at(j), m_edges.at(j + 1), 0, {}});
    for (const Series &s : m_series) {
        for (qsizetype j = 0; j < s.counts.size() && j < h.buckets.size(); ++j) {
            Overview::Bucket &b = h.buckets[j];
            if (s.value.isEmpty() && m_needsAll) {
                b.count = s.counts.at(j); // all records; the stacks are some of them
            } else {
                if (s.counts.at(j) > 0)
                    b.byStatus.insert(s.value, s.counts.at(j));
                if (!m_needsAll)
                    b.count += s.counts.at(j);
            }
        }
    }
    if (m_needsAll && !m_stackKey.isEmpty()) {
        for (Overview::Bucket &b : h.buckets) {
            qint64 stacked = 0;
            for (qint64 n : std::as_const(b.byStatus))
                stacked += n;
            if (b.count > stacked)
                b.byStatus.insert(QString(), b.count - stacked); // values the enum does not name
        }
    }
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
    emit progress(m_answered, m_answered + int(m_inFlight.size()) + int(m_queue.size()));
}
