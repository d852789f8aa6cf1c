#include "itemmodels/PageLoader.h"

#include "itemmodels/LiveTail.h"
#include "net/PageCodec.h"

PageLoader::PageLoader(QObject *parent)
    : QObject(parent)
    , m_now([] { return qint64(0); })
{ }

PageLoader::~PageLoader() = default;

void PageLoader::setSource(PageSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    connect(source, &PageSource::loaded, this, &PageLoader::onLoaded);
    connect(source, &PageSource::failed, this, [this](quint64 ticket, int page, const ApiError &error) {
        if (m_pollTicket && ticket == m_pollTicket)
            m_pollTicket = 0;
        else if (!m_requests.take(page, ticket, m_now()))
            return;
        report(error);
    });
    connect(source, &PageSource::notCached, this, [this](quint64 ticket, int page) {
        if (m_requests.take(page, ticket, m_now())) {
            m_requests.markNotCached(page);
            emit notCached(page);
        }
        updateLoading();
    });
}

std::optional<QString> PageLoader::reset(const SourceDefinition &def, const Query &query)
{
    stop();
    m_query = query;
    m_definition = &def;
    m_store.clear();
    m_requests.reset();
    m_serverTotal.reset();
    m_origin = 0;
    m_topId.clear();
    m_bisectionRequests = 0;
    m_pageLimit = m_source->pageSizeLimit(query);
    return m_range.reset(def, query);
}

void PageLoader::start()
{
    request(0);
    updateLoading();
}

void PageLoader::stop()
{
    cancelAll();
    if (m_pollTicket)
        m_source->cancel(std::exchange(m_pollTicket, 0));
}

int PageLoader::pageSize() const
{
    const int asked =
        qBound(1, m_query.pageSize, m_definition ? m_definition->maxPageSize : m_query.pageSize);
    return m_pageLimit > 0 ? qMin(asked, m_pageLimit) : asked;
}

Query PageLoader::wireQuery() const
{
    Query q = m_query;
    q.pageSize = pageSize();
    return q;
}

void PageLoader::request(int page)
{
    std::optional<ApiError> problem;
    const quint64 ticket = m_source->fetch(page, wireQuery(), &problem);
    if (problem) {
        report(*problem);
        return;
    }
    if (!ticket) { // offline, without a cache
        m_requests.markNotCached(page);
        emit notCached(page);
        return;
    }
    m_requests.add(page, ticket, m_source->isOffline() ? std::nullopt : std::optional<qint64>(m_now()));
    updateLoading();
}

void PageLoader::requestAll(const QSet<int> &pages)
{
    for (int page : pages) {
        if (!m_requests.contains(page))
            request(page);
    }
}

void PageLoader::cancelAll()
{
    for (quint64 ticket : m_requests.dropAll())
        m_source->cancel(ticket);
}

void PageLoader::cancelOutside(const QSet<int> &reach)
{
    if (m_source->isOffline())
        return; // the cache answers at once anyway
    for (int page : m_requests.pages()) {
        if (!reach.contains(page))
            m_source->cancel(m_requests.drop(page));
    }
    updateLoading();
}

void PageLoader::pollTop(bool thenRefresh)
{
    if (m_pollTicket || m_source->isOffline())
        return;
    m_pollThenRefresh = thenRefresh;
    m_pollTicket = m_source->fetch(0, wireQuery(), nullptr);
    updateLoading();
}

bool PageLoader::isLoading() const
{
    return !m_requests.isEmpty() || m_range.isBisecting() || m_pollTicket;
}

int PageLoader::replaceTop(const Page &page)
{
    if (page.total)
        m_serverTotal = page.total;
    QList<QJsonObject> top = page.records.mid(0, pageSize());
    const int count = int(top.size());
    if (count > 0)
        m_topId = idOf(top.constFirst());
    m_store.store(0, std::move(top));
    return count;
}

bool PageLoader::isPageLoaded(int page) const
{
    const qint64 first = qint64(page) * pageSize();
    qint64 last = first + pageSize() - 1;
    if (m_serverTotal)
        last = qMin(last, *m_serverTotal - 1);
    // Every row: after arrivals moved the chunks, two of them may cover a page's ends
    // and leave a hole between.
    if (last < first)
        return recordAt(first) != nullptr;
    return m_store.holdsRows(first, last, pageSize());
}

std::optional<QList<QJsonObject>> PageLoader::loadedPage(int page) const
{
    if (!isPageLoaded(page))
        return std::nullopt;
    QList<QJsonObject> records;
    const qint64 first = qint64(page) * pageSize();
    for (qint64 row = first; row < first + pageSize(); ++row) {
        const QJsonObject *record = recordAt(row);
        if (!record)
            break;
        records.append(*record);
    }
    return records;
}

const QJsonObject *PageLoader::recordAt(qint64 serverRow, qint64 *base) const
{
    return m_store.recordAt(serverRow, pageSize(), base);
}

void PageLoader::moveDown(qint64 count)
{
    cancelAll();
    m_store.move(count);
    m_requests.clearNotCached();
    if (m_serverTotal)
        *m_serverTotal += count;
}

qint64 PageLoader::arrivalsIn(const Page &firstPage) const
{
    // Not found in the page: more than a page arrived (counting those hidden already).
    const qint64 grown =
        firstPage.total && m_serverTotal ? *firstPage.total - *m_serverTotal + hiddenArrivals() : 0;
    return LiveTail::arrivalsAbove(firstPage.records, m_definition->idField, m_topId, grown);
}

void PageLoader::insertOnTop(qint64 count)
{
    // Everything below moved down by `count` on the server: so do the loaded pages. Of
    // those, hiddenArrivals() were known already and shown nowhere.
    const qint64 hidden = hiddenArrivals();
    moveDown(count - hidden);
    if (m_range.hasUpperBound())
        m_origin += count; // the range's block just moved down
    else
        m_origin -= hidden;
}

QString PageLoader::idOf(const QJsonObject &record) const
{
    return record.value(m_definition->idField).toVariant().toString();
}

void PageLoader::readMoreLocally()
{
    m_range.wantMore();
    growLocal();
}

void PageLoader::onLoaded(quint64 ticket, int page, const Page &result, const PageSource::Origin &origin)
{
    if (m_pollTicket && ticket == m_pollTicket) {
        m_pollTicket = 0;
        m_source->remember(0, wireQuery(), result);
        emit topPolled(result, m_pollThenRefresh);
    } else if (m_requests.take(page, ticket, m_now())) {
        if (origin.fromCache) {
            store(page, result, true);
            emit servedFromCache(page, origin.fetchedAt);
        } else if (const int learned = PageCodec::clampedPageSize(result, pageSize());
                   page == 0 && m_store.isEmpty() && learned > 0) {
            // Paging follows what the server did, not what was asked.
            m_source->learnPageSizeLimit(wireQuery(), learned);
            m_pageLimit = learned;
            emit pageSizeLearned();
            return;
        } else {
            // Records arrived on top while the user pages: every row shown so far lies
            // further down on the server now. The table keeps its rows where they are
            // (no record twice, nothing jumps) and reads the server that much further
            // down; the new ones appear at the next refresh or live-tail poll.
            if (result.total && m_serverTotal && *result.total > *m_serverTotal && !m_range.isSet()
                && !m_topId.isEmpty()) {
                const qint64 arrived = *result.total - *m_serverTotal;
                moveDown(arrived);
                m_origin += arrived;
            }
            m_source->remember(page, wireQuery(), result);
            store(page, result, false);
        }
    }
    updateLoading();
}

void PageLoader::store(int page, Page result, bool fromCache)
{
    const int size = pageSize();
    const int count = int(qMin<qsizetype>(result.records.size(), size));
    result.records.resize(count);
    if (result.total)
        m_serverTotal = result.total;
    const qint64 firstRow = qint64(page) * size;
    if (page == 0 && (m_origin == 0 || m_range.isSet()))
        m_topId = count > 0 ? idOf(result.records.constFirst()) : QString();
    if (result.total && !fromCache) // a page shorter than the total promised, not at the end
        m_requests.noteRows(page, count, qMin<qint64>(size, *result.total - firstRow));
    if (m_range.isBisecting())
        m_range.supply(page, result.records, m_serverTotal.value_or(count), size);
    m_store.store(firstRow, std::move(result.records));
    if (m_range.isLocal() && m_range.nextLocalPage(m_serverTotal, size) == page)
        growLocal();
    else if (m_range.isBisecting())
        continueBisection();
    emit pageStored(page, firstRow, count, result.total);
}

void PageLoader::report(const ApiError &error)
{
    m_range.abandon(); // a range that cannot be found is not being found
    emit failed(error);
    updateLoading();
}

void PageLoader::continueBisection()
{
    for (int page : m_range.advance([this](int page) { return loadedPage(page); })) {
        if (!m_requests.contains(page)) {
            request(page);
            ++m_bisectionRequests;
        }
    }
    if (m_range.isBisecting())
        return;
    if (m_range.isLocal()) {
        emit rangeAppliedLocally();
        growLocal();
    } else {
        m_origin = m_range.firstRow();
        emit rangeResolved(m_range.firstRow(), m_range.endRow(), m_bisectionRequests);
    }
    updateLoading();
}

void PageLoader::growLocal()
{
    while (const auto page = m_range.nextLocalPage(m_serverTotal, pageSize())) {
        const auto records = loadedPage(*page);
        if (!records) {
            if (!m_requests.contains(*page))
                request(*page);
            return;
        }
        const QList<QJsonObject> matched = m_range.matches(*records);
        m_range.acceptLocalPage(matched.size());
        if (!matched.isEmpty())
            emit localRowsFound(matched);
    }
}

void PageLoader::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loadingReported)
        return;
    m_loadingReported = loading;
    emit loadingChanged(loading);
}
