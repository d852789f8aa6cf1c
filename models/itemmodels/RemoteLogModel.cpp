#include "itemmodels/RemoteLogModel.h"

#include "itemmodels/RecordCells.h"
#include "itemmodels/ServerPageSource.h"
#include "itemmodels/ViewportScheduler.h"

#include "sources/SourceRegistry.h"

#include "core/TimeDisplay.h"
#include "core/Timestamp.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/ClientDateRange.h"
#include "net/DateRangeBisection.h"
#include "net/PageCodec.h"
#include "sources/EnumText.h"
#include "store/PageCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace LogRoles;

namespace
{
constexpr int kLocalScreen = 50; // local mode grows by at least this many rows at a time
} // namespace

RemoteLogModel::RemoteLogModel(ApiClient *client, QObject *parent)
    : RemoteLogModel(static_cast<PageSource *>(nullptr), parent)
{
    m_server = new ServerPageSource(client, this);
    setPageSource(m_server);
}

RemoteLogModel::RemoteLogModel(PageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_definition(&SourceRegistry::instance().get(SourceRegistry::instance().defaultKind()))
    , m_scheduler(new ViewportScheduler(this))
    , m_tailTimer(new QTimer(this))
{
    connect(m_scheduler, &ViewportScheduler::due, this, &RemoteLogModel::processWanted);
    if (source)
        setPageSource(source);
    m_tailTimer->setInterval(10000);
    connect(m_tailTimer, &QTimer::timeout, this, [this] {
        if (canLiveTail())
            pollTop(false);
    });
}

RemoteLogModel::~RemoteLogModel()
{
    clearPending();
}

void RemoteLogModel::setPageSource(PageSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    connect(source, &PageSource::loaded, this,
            [this](quint64 ticket, int page, const Page &result, const PageSource::Origin &origin) {
                if (ticket == m_tailTicket) {
                    m_tailTicket = 0;
                    onTopPage(result);
                } else if (takePending(page, ticket)) {
                    onPage(page, result, origin);
                }
                updateLoading();
            });
    connect(source, &PageSource::failed, this, [this](quint64 ticket, int page, const ApiError &error) {
        if (ticket == m_tailTicket)
            m_tailTicket = 0;
        else if (!takePending(page, ticket))
            return;
        m_lastError = error;
        m_rangePending = false; // a range that cannot be found is not being found
        emit errorOccurred(error);
        updateLoading();
    });
    connect(source, &PageSource::notCached, this, [this](quint64 ticket, int page) {
        if (!takePending(page, ticket))
            return;
        markNotCached(page);
        updateLoading();
    });
}

bool RemoteLogModel::takePending(int page, quint64 ticket)
{
    if (m_pending.value(page) != ticket)
        return false; // an answer of an old query, or of a request cancelled since
    m_pending.remove(page);
    if (m_requestedAt.contains(page))
        m_lastResponseMs = int(m_scheduler->now() - m_requestedAt.take(page));
    return true;
}

void RemoteLogModel::markNotCached(int page)
{
    m_notCached.insert(page);
    const qint64 first = qint64(page) * pageSize() - m_rowOffset;
    if (m_rows > 0 && first < m_rows && first + pageSize() > 0)
        emit dataChanged(index(int(qMax<qint64>(0, first)), 0),
                         index(int(qMin<qint64>(first + pageSize(), m_rows) - 1), columnCount() - 1));
    emit pageNotCached(page);
}

void RemoteLogModel::setServer(const QUrl &baseUrl, const QString &pathOverride)
{
    if (m_server)
        m_server->setServer(baseUrl, pathOverride);
}

void RemoteLogModel::setCache(PageCache *cache, const QString &connection)
{
    if (m_server)
        m_server->setCache(cache, connection);
}

QString RemoteLogModel::cacheOrigin() const
{
    return m_server ? m_server->cacheOrigin() : QString();
}

bool RemoteLogModel::isOffline() const
{
    return m_source->isOffline();
}

void RemoteLogModel::setOffline(bool offline)
{
    if (!m_server || m_server->isOffline() == offline)
        return;
    m_server->setOffline(offline);
    setQuery(m_query); // start over from the other side
}

int RemoteLogModel::pageSize() const
{
    const int asked = qBound(1, m_query.pageSize, m_definition->maxPageSize);
    return m_pageLimit > 0 ? qMin(asked, m_pageLimit) : asked;
}

Query RemoteLogModel::wireQuery() const
{
    Query q = m_query;
    q.pageSize = pageSize();
    return q;
}

qint64 RemoteLogModel::missingRowCount() const
{
    qint64 missing = 0;
    for (int n : m_shortPages)
        missing += n;
    return missing;
}

bool RemoteLogModel::learnPageSize(const Page &result)
{
    // Paging follows what the server did, not what was asked.
    const int learned = PageCodec::clampedPageSize(result, pageSize());
    if (learned <= 0)
        return false;
    m_source->learnPageSizeLimit(wireQuery(), learned);
    m_pageLimit = learned;
    return true;
}

QString RemoteLogModel::idOf(const QJsonObject &record) const
{
    return record.value(m_definition->idField).toVariant().toString();
}

void RemoteLogModel::setMaxCachedPages(int pages)
{
    m_store.setMaxChunks(pages);
}

void RemoteLogModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loadingReported)
        return;
    m_loadingReported = loading;
    emit loadingChanged(loading);
}

void RemoteLogModel::clearPending()
{
    for (quint64 ticket : std::exchange(m_pending, {}))
        m_source->cancel(ticket);
    if (m_tailTicket)
        m_source->cancel(std::exchange(m_tailTicket, 0));
}

void RemoteLogModel::setQuery(const Query &query)
{
    beginResetModel();
    clearPending();
    ++m_generation;
    m_query = query;
    m_definition = &SourceDefinitions::get(query.source);
    m_store.clear();
    m_requestedAt.clear();
    m_notCached.clear();
    m_scheduler->reset();
    m_serverTotal.reset();
    m_total.reset();
    m_rowOffset = 0;
    m_rows = 0;
    m_reachedEnd = false;
    m_lastSeenPage = 0;
    m_requestCount = 0;
    m_cancelledCount = 0;
    m_lastError.reset();
    m_bisection.reset();
    m_bisectionRequests = 0;
    m_localMode = false;
    m_local.clear();
    m_localNextPage = 0;
    m_localTarget = 0;
    m_topId.clear();
    m_fromMs.reset();
    m_toMs.reset();
    m_shortPages.clear();
    m_pageLimit = 0;
    m_pageLimit = m_source->pageSizeLimit(m_query);

    // Date bounds the API cannot apply are bisected for.
    std::optional<ApiError> problem;
    const auto range = ClientDateRange::of(*m_definition, query);
    if (const auto *why = std::get_if<QString>(&range)) {
        problem = ApiError(ApiError::Kind::Validation, 0, *why, m_definition->path);
    } else {
        m_fromMs = std::get<ClientDateRange>(range).fromMs;
        m_toMs = std::get<ClientDateRange>(range).toMs;
    }
    m_rangePending = !problem && (m_fromMs || m_toMs);
    endResetModel();
    if (m_tailEnabled && canLiveTail())
        m_tailTimer->start();
    else
        m_tailTimer->stop();
    if (problem) {
        m_lastError = problem;
        emit errorOccurred(*problem);
        updateLoading();
        return;
    }
    request(0);
    updateLoading();
}

void RemoteLogModel::refresh()
{
    if (isOffline() || m_localMode || m_rangePending) {
        setQuery(m_query);
        return;
    }
    const Query::Sort order = m_query.sort.value_or(m_definition->defaultSort);
    if (order.descending && order.column == m_definition->timeField) {
        pollTop(true); // new rows on top first, so the pages fetched next line up
        return;
    }
    QSet<int> pages;
    for (qint64 base : m_store.bases())
        pages.insert(int(base / pageSize()));
    if (pages.isEmpty())
        pages.insert(0);
    for (int page : std::as_const(pages)) {
        if (!m_pending.contains(page))
            request(page);
    }
}

bool RemoteLogModel::canLiveTail() const
{
    if (isOffline() || m_localMode || m_toMs)
        return false;
    const Query::Sort order = m_query.sort.value_or(m_definition->defaultSort);
    return order.descending && order.column == m_definition->timeField;
}

void RemoteLogModel::setLiveTail(bool enabled, int intervalMs)
{
    m_tailTimer->setInterval(qMax(100, intervalMs));
    const bool changed = enabled != m_tailEnabled;
    m_tailEnabled = enabled;
    if (enabled && canLiveTail())
        m_tailTimer->start();
    else
        m_tailTimer->stop();
    if (changed)
        emit liveTailChanged(enabled);
}

int RemoteLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RemoteLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definition->columns.size());
}

const QJsonObject *RemoteLogModel::recordAtServerRow(qint64 row, qint64 *base) const
{
    return m_store.recordAt(row, pageSize(), base);
}

bool RemoteLogModel::isPageLoaded(int page) const
{
    const qint64 first = qint64(page) * pageSize();
    qint64 last = first + pageSize() - 1;
    if (m_serverTotal)
        last = qMin(last, *m_serverTotal - 1);
    // Every row: after arrivals moved the chunks, two of them may cover a page's ends
    // and leave a hole between.
    if (last < first)
        return recordAtServerRow(first) != nullptr;
    return m_store.holdsRows(first, last, pageSize());
}

QVariant RemoteLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject *record = nullptr;
    int page = -1;
    qint64 base = -1;
    if (m_localMode) {
        record = &m_local.at(index.row());
    } else {
        const qint64 serverRow = index.row() + m_rowOffset;
        page = int(serverRow / pageSize());
        record = recordAtServerRow(serverRow, &base);
    }
    if (role == IsPlaceholderRole)
        return record == nullptr;
    if (role == NotCachedRole)
        return record == nullptr && m_notCached.contains(page);
    if (!record) {
        const bool notCached = m_notCached.contains(page);
        if (!notCached && (role == Qt::DisplayRole || role == RecordRole))
            want(page);
        if (role == Qt::DisplayRole)
            return notCached ? QCoreApplication::translate("RemoteLogModel", "not cached")
                             : QStringLiteral("…");
        return {};
    }
    if (base >= 0)
        m_store.touch(base);
    if (page >= 0 && page != m_lastSeenPage)
        lookAhead(page);
    return RecordCells::data(*m_definition, m_definition->columns.at(index.column()), *record, role);
}

QVariant RemoteLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_definition->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec &column = m_definition->columns.at(section);
    switch (role) {
    case Qt::ToolTipRole:
        return m_definition->canSortRemotely(column.key)
            ? QVariant()
            : QVariant(
                QCoreApplication::translate("RemoteLogModel", "The server cannot sort by this column"));
    case RemoteSortableRole:
        return m_definition->canSortRemotely(column.key);
    default:
        return RecordCells::header(*m_definition, column, role);
    }
}

void RemoteLogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_definition->columns.size())
        return;
    const QString key = m_definition->columns.at(column).key;
    if (!m_definition->canSortRemotely(key)) {
        emit sortRefused(key);
        return;
    }
    Query next = m_query;
    next.sort = Query::Sort {key, order == Qt::DescendingOrder};
    if (next == m_query)
        return;
    setQuery(next);
}

bool RemoteLogModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_reachedEnd)
        return false;
    if (m_localMode)
        return m_pending.isEmpty();
    return !m_total && !m_rangePending && m_rows > 0;
}

void RemoteLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_localMode) {
        m_localTarget = m_local.size() + kLocalScreen;
        growLocal();
        return;
    }
    const int next = m_rows / pageSize();
    if (!m_pending.contains(next))
        request(next);
}

void RemoteLogModel::lookAhead(int page) const
{
    // The view moved onto another loaded page: make sure the next one in the direction
    // of travel is coming, or a steady scroll meets a placeholder at every page edge.
    const int direction = page >= m_lastSeenPage ? 1 : -1;
    m_lastSeenPage = page;
    const int next = page + direction;
    const int firstPage = int(m_rowOffset / pageSize());
    const int lastPage = m_total ? int((m_rowOffset + *m_total - 1) / pageSize()) : INT_MAX;
    if (next < firstPage || next > lastPage || m_localMode || m_notCached.contains(next))
        return;
    if (!isPageLoaded(next) && !m_pending.contains(next))
        want(next);
}

void RemoteLogModel::want(int page) const
{
    if (m_pending.contains(page))
        return; // on its way: asking again must not hold back other requests
    m_scheduler->want(page);
}

void RemoteLogModel::processWanted()
{
    const int firstPage = int(m_rowOffset / pageSize());
    const int lastPage = m_total ? int((m_rowOffset + *m_total - 1) / pageSize()) : INT_MAX;
    const QSet<int> reach = m_scheduler->take(firstPage, lastPage);
    if (reach.isEmpty())
        return;
    // Pages the user scrolled past are no longer worth a request.
    const QList<int> pending = isOffline() ? QList<int>() : m_pending.keys(); // the cache answers anyway
    for (int page : pending) {
        if (reach.contains(page))
            continue;
        m_source->cancel(m_pending.take(page));
        ++m_cancelledCount;
    }
    for (int page : std::as_const(reach)) {
        if (!isPageLoaded(page) && !m_pending.contains(page) && !m_notCached.contains(page))
            request(page);
    }
    updateLoading();
}

void RemoteLogModel::request(int page)
{
    std::optional<ApiError> problem;
    const quint64 ticket = m_source->fetch(page, wireQuery(), &problem);
    if (problem) {
        m_lastError = problem;
        m_rangePending = false;
        emit errorOccurred(*m_lastError);
        updateLoading();
        return;
    }
    if (!ticket) {
        markNotCached(page); // offline, without a cache
        return;
    }
    m_pending.insert(page, ticket);
    if (!isOffline())
        m_requestedAt.insert(page, m_scheduler->now());
    ++m_requestCount;
    updateLoading();
}

void RemoteLogModel::onPage(int page, Page result, const PageSource::Origin &origin)
{
    if (origin.fromCache) {
        acceptPage(page, std::move(result), true);
        emit servedFromCache(page, origin.fetchedAt);
        return;
    }
    if (page == 0 && m_store.isEmpty() && learnPageSize(result)) {
        // Start over by the server's page size: every row then lies where it is counted.
        const Query query = m_query;
        setQuery(query);
        return;
    }
    const bool moved = result.total && m_serverTotal && *result.total > *m_serverTotal && !m_rangePending
        && !m_localMode && !m_fromMs && !m_toMs && !m_topId.isEmpty();
    if (moved)
        hideArrivals(*result.total - *m_serverTotal);
    m_source->remember(page, wireQuery(), result);
    acceptPage(page, std::move(result), false);
}

void RemoteLogModel::acceptPage(int page, Page result, bool fromCache)
{
    Q_UNUSED(fromCache)
    const int size = pageSize();
    const int count = int(qMin<qsizetype>(result.records.size(), size));
    result.records.resize(count);
    if (page == 0 && (m_rowOffset == 0 || m_fromMs || m_toMs))
        m_topId = count > 0 ? idOf(result.records.constFirst()) : QString();
    if (result.total)
        m_serverTotal = result.total;
    const qint64 firstServerRow = qint64(page) * size;
    const QList<qint64> times = m_rangePending || m_localMode
        ? ClientDateRange::times(result.records, m_definition->timeField)
        : QList<qint64>();
    if (result.total && !fromCache) {
        // A page shorter than the total promised, not at the end: rows the server did not send.
        const qint64 promised = qMin<qint64>(size, *result.total - firstServerRow);
        if (count < promised)
            m_shortPages.insert(page, int(promised - count));
        else
            m_shortPages.remove(page);
    }
    m_store.store(firstServerRow, std::move(result.records));

    if (m_localMode) {
        if (page == m_localNextPage)
            growLocal();
        emit pageLoaded(page);
        return;
    }
    if (m_rangePending) {
        if (!m_bisection) {
            m_bisection =
                std::make_unique<DateRangeBisection>(m_serverTotal.value_or(count), size, m_fromMs, m_toMs);
        }
        m_bisection->supply(page, times);
        continueBisection();
        emit pageLoaded(page);
        return;
    }

    if (m_fromMs || m_toMs) {
        // The range's rows are fixed once bisected.
    } else if (result.total) {
        // Rows that arrived on top since are not shown until a refresh (hideArrivals).
        const qint64 rows = qMax<qint64>(0, *result.total - m_rowOffset);
        if (m_total != rows) {
            m_total = rows;
            emit totalChanged(rows);
        }
        applyRows(rows);
    } else {
        // No total: the table grows as pages arrive; a short page is the end.
        applyRows(qMax<qint64>(m_rows, firstServerRow + count));
        if (count < size)
            m_reachedEnd = true;
    }
    const qint64 first = qMax<qint64>(0, firstServerRow - m_rowOffset);
    const qint64 end = qMin<qint64>(firstServerRow + count - m_rowOffset, m_rows);
    if (first < end)
        emit dataChanged(index(int(first), 0), index(int(end - 1), columnCount() - 1));
    m_store.evict();
    emit pageLoaded(page);
}

void RemoteLogModel::applyRows(qint64 total)
{
    const int rows = int(qBound<qint64>(0, total, qint64(INT_MAX)));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void RemoteLogModel::continueBisection()
{
    while (m_bisection && !m_bisection->isDone()) {
        bool suppliedFromMemory = false;
        for (int page : m_bisection->neededPages()) {
            if (isPageLoaded(page)) {
                QList<QJsonObject> records;
                for (qint64 row = qint64(page) * pageSize(); const QJsonObject *r = recordAtServerRow(row);
                     ++row) {
                    records.append(*r);
                    if (records.size() == pageSize())
                        break;
                }
                m_bisection->supply(page, ClientDateRange::times(records, m_definition->timeField));
                suppliedFromMemory = true;
            } else if (!m_pending.contains(page)) {
                request(page);
                ++m_bisectionRequests;
            }
        }
        if (!suppliedFromMemory)
            return; // waiting for pages
    }
    if (!m_bisection)
        return;
    if (m_bisection->isUnordered()) {
        m_bisection.reset();
        m_rangePending = false;
        enterLocalMode();
        updateLoading();
        return;
    }
    const qint64 start = m_bisection->firstRow();
    const qint64 end = qMax(start, m_bisection->endRow());
    m_bisection.reset();
    m_rangePending = false;
    m_rowOffset = start;
    m_total = end - start;
    emit rangeResolved(start, end, m_bisectionRequests);
    emit totalChanged(*m_total);
    applyRows(*m_total);
    updateLoading();
}

void RemoteLogModel::enterLocalMode()
{
    beginResetModel();
    m_localMode = true;
    m_local.clear();
    m_localNextPage = 0;
    m_localTarget = kLocalScreen;
    m_rowOffset = 0;
    m_rows = 0;
    m_total.reset();
    m_tailTimer->stop();
    endResetModel();
    emit rangeAppliedLocally();
    growLocal();
}

void RemoteLogModel::growLocal()
{
    const int size = pageSize();
    const int pages = m_serverTotal ? int((*m_serverTotal + size - 1) / size) : INT_MAX;
    while (m_local.size() < m_localTarget && m_localNextPage < pages) {
        const int page = m_localNextPage;
        if (!isPageLoaded(page)) {
            if (!m_pending.contains(page))
                request(page);
            return;
        }
        QList<QJsonObject> matched;
        for (qint64 row = qint64(page) * size; row < qint64(page + 1) * size; ++row) {
            const QJsonObject *r = recordAtServerRow(row);
            if (!r)
                break;
            if (ClientDateRange {m_fromMs, m_toMs}.contains(
                    ClientDateRange::times({*r}, m_definition->timeField).first()))
                matched.append(*r);
        }
        ++m_localNextPage;
        if (!matched.isEmpty()) {
            beginInsertRows({}, int(m_local.size()), int(m_local.size() + matched.size() - 1));
            m_local.append(matched);
            m_rows = int(m_local.size());
            endInsertRows();
        }
    }
    if (m_localNextPage >= pages)
        m_reachedEnd = true;
}

void RemoteLogModel::pollTop(bool thenRefresh)
{
    if (m_tailTicket || isOffline())
        return;
    m_tailThenRefresh = thenRefresh;
    m_tailTicket = m_source->fetch(0, wireQuery(), nullptr);
    updateLoading();
}

void RemoteLogModel::onTopPage(const Page &page)
{
    m_source->remember(0, wireQuery(), page);
    const QList<QJsonObject> &records = page.records;
    const std::optional<qint64> total = page.total;
    const bool thenRefresh = m_tailThenRefresh;
    if (m_localMode || m_rangePending)
        return;
    qint64 arrived = 0;
    if (!m_topId.isEmpty()) {
        arrived = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (idOf(records.at(i)) == m_topId) {
                arrived = i;
                break;
            }
        }
        // More than a page arrived (counting those already hidden below the top).
        const qint64 grown = total && m_serverTotal ? *total - *m_serverTotal + hiddenArrivalCount() : 0;
        if (arrived < 0 && grown > 0)
            arrived = grown;
    }
    if (arrived < 0) {
        // The top is gone (deleted, or the list changed beyond recognition): start over.
        setQuery(m_query);
        return;
    }
    if (arrived > 0 && m_rowOffset > 0 && !m_fromMs && !m_toMs)
        revealArrivals(arrived);
    else if (arrived > 0)
        shiftRows(arrived);
    if (total)
        m_serverTotal = total;
    QList<QJsonObject> top = records.mid(0, pageSize());
    if (!top.isEmpty())
        m_topId = idOf(top.constFirst());
    const qint64 count = top.size();
    m_store.store(0, std::move(top));
    const qint64 end = qMin<qint64>(count - m_rowOffset, m_rows);
    if (end > 0)
        emit dataChanged(index(0, 0), index(int(end - 1), columnCount() - 1));
    if (thenRefresh) {
        QSet<int> pages;
        for (qint64 base : m_store.bases())
            pages.insert(int(base / pageSize()));
        pages.remove(0);
        for (int page : std::as_const(pages)) {
            if (!m_pending.contains(page))
                request(page);
        }
    }
    m_store.evict();
}

void RemoteLogModel::shiftRows(qint64 count)
{
    // Everything below moved down by `count` on the server: so do the loaded chunks, and
    // requests made for the old positions are void.
    const bool insert = !m_toMs; // with an upper bound, the range's block just moved down
    if (insert)
        beginInsertRows({}, 0, int(count - 1));
    cancelPending();
    moveChunks(count);
    if (!insert) {
        m_rowOffset += count;
        return;
    }
    m_rows += int(count);
    if (m_total)
        *m_total += count;
    endInsertRows();
    if (m_total)
        emit totalChanged(*m_total);
    emit newRecordsArrived(int(count));
}

void RemoteLogModel::cancelPending()
{
    for (quint64 ticket : std::exchange(m_pending, {}))
        m_source->cancel(ticket);
}

void RemoteLogModel::moveChunks(qint64 count)
{
    m_store.move(count);
    m_notCached.clear();
    if (m_serverTotal)
        *m_serverTotal += count;
}

void RemoteLogModel::hideArrivals(qint64 count)
{
    // Records arrived on top while the user pages: every row shown so far lies `count`
    // rows further down on the server now. The table keeps its rows where they are (no
    // record twice, nothing jumps) and reads the server that much further down; the
    // new ones appear at the next refresh or live-tail poll.
    cancelPending();
    moveChunks(count);
    m_rowOffset += count;
}

void RemoteLogModel::revealArrivals(qint64 arrived)
{
    // `arrived` rows are above the old top now; m_rowOffset of them were hidden already.
    const qint64 hidden = m_rowOffset;
    beginInsertRows({}, 0, int(arrived - 1));
    cancelPending();
    moveChunks(arrived - hidden);
    m_rowOffset = 0;
    m_rows += int(arrived);
    if (m_total)
        *m_total += arrived;
    endInsertRows();
    if (m_total)
        emit totalChanged(*m_total);
    emit newRecordsArrived(int(arrived));
}

qint64 RemoteLogModel::loadedRowCount() const
{
    if (m_localMode)
        return m_local.size();
    return qMin<qint64>(m_store.rowCount(), m_rows);
}

int RemoteLogModel::findLoadedRow(const QString &id) const
{
    if (m_localMode) {
        for (qsizetype i = 0; i < m_local.size(); ++i) {
            if (idOf(m_local.at(i)) == id)
                return int(i);
        }
        return -1;
    }
    const qint64 row = m_store.findRow(m_definition->idField, id, m_rowOffset, m_rowOffset + m_rows);
    return row < 0 ? -1 : int(row - m_rowOffset);
}
