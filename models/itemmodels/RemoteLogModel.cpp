#include "itemmodels/RemoteLogModel.h"

#include "itemmodels/LiveTail.h"
#include "itemmodels/PageLoader.h"
#include "itemmodels/RecordCells.h"
#include "itemmodels/ViewportScheduler.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>

using namespace LogRoles;

RemoteLogModel::RemoteLogModel(ApiClient *client, QObject *parent)
    : RemoteLogModel(static_cast<PageSource *>(nullptr), parent)
{
    m_server = new ServerPageSource(client, this);
    m_loader->setSource(m_server);
}

RemoteLogModel::RemoteLogModel(PageSource *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new PageLoader(this))
    , m_scheduler(new ViewportScheduler(this))
    , m_tail(new LiveTail(this))
    , m_definition(&SourceRegistry::instance().get(SourceRegistry::instance().defaultKind()))
{
    if (source)
        m_loader->setSource(source);
    m_loader->setClock([scheduler = m_scheduler] { return scheduler->now(); });
    connect(m_scheduler, &ViewportScheduler::due, this, &RemoteLogModel::processWanted);
    connect(m_tail, &LiveTail::due, this, [this] {
        if (canLiveTail())
            m_loader->pollTop(false);
    });
    connect(m_tail, &LiveTail::enabledChanged, this, &RemoteLogModel::liveTailChanged);
    connect(m_loader, &PageLoader::pageStored, this, &RemoteLogModel::onPageStored);
    // Start over by the server's page size: every row then lies where it is counted.
    connect(m_loader, &PageLoader::pageSizeLearned, this, [this] { setQuery(Query(m_query)); });
    connect(m_loader, &PageLoader::servedFromCache, this, &RemoteLogModel::servedFromCache);
    connect(m_loader, &PageLoader::notCached, this, &RemoteLogModel::onNotCached);
    connect(m_loader, &PageLoader::failed, this, &RemoteLogModel::onFailed);
    connect(m_loader, &PageLoader::topPolled, this, &RemoteLogModel::onTopPolled);
    connect(m_loader, &PageLoader::rangeResolved, this, &RemoteLogModel::onRangeResolved);
    connect(m_loader, &PageLoader::rangeAppliedLocally, this, &RemoteLogModel::enterLocalMode);
    connect(m_loader, &PageLoader::localRowsFound, this, &RemoteLogModel::addLocalRows);
    connect(m_loader, &PageLoader::loadingChanged, this, &RemoteLogModel::loadingChanged);
}

RemoteLogModel::~RemoteLogModel()
{
    m_loader->stop();
}

void RemoteLogModel::setOffline(bool offline)
{
    if (!m_server || m_server->isOffline() == offline)
        return;
    m_server->setOffline(offline);
    setQuery(m_query); // start over from the other side
}

QString RemoteLogModel::idOf(const QJsonObject &record) const
{
    return record.value(m_definition->idField).toVariant().toString();
}

void RemoteLogModel::setQuery(const Query &query)
{
    beginResetModel();
    m_query = query;
    m_definition = &SourceDefinitions::get(query.source);
    const std::optional<QString> problem = m_loader->reset(*m_definition, query);
    m_scheduler->reset();
    m_total.reset();
    m_rows = 0;
    m_reachedEnd = false;
    m_lastSeenPage = 0;
    m_lastError.reset();
    m_local.clear();
    endResetModel();
    m_tail->setPossible(canLiveTail());
    if (problem)
        m_loader->report(ApiError(ApiError::Kind::Validation, 0, *problem, m_definition->path));
    else
        m_loader->start();
}

void RemoteLogModel::refresh()
{
    if (isOffline() || m_loader->range().isLocal() || m_loader->range().isBisecting()) {
        setQuery(m_query);
        return;
    }
    const Query::Sort order = m_query.sort.value_or(m_definition->defaultSort);
    if (order.descending && order.column == m_definition->timeField) {
        m_loader->pollTop(true); // new rows on top first, so the pages fetched next line up
        return;
    }
    const QSet<int> pages = loadedPages();
    m_loader->requestAll(pages.isEmpty() ? QSet<int> {0} : pages);
}

bool RemoteLogModel::canLiveTail() const
{
    if (isOffline() || m_loader->range().isLocal() || m_loader->range().hasUpperBound())
        return false;
    const Query::Sort order = m_query.sort.value_or(m_definition->defaultSort);
    return order.descending && order.column == m_definition->timeField;
}

void RemoteLogModel::setLiveTail(bool enabled, int intervalMs)
{
    m_tail->setPossible(canLiveTail());
    m_tail->setEnabled(enabled, intervalMs);
}

QVariant RemoteLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject *record = nullptr;
    int page = -1;
    qint64 base = -1;
    if (m_loader->range().isLocal()) {
        record = &m_local.at(index.row());
    } else {
        const qint64 serverRow = index.row() + m_loader->origin();
        page = int(serverRow / pageSize());
        record = m_loader->recordAt(serverRow, &base);
    }
    const bool notCached = !record && m_loader->requests().isNotCached(page);
    if (role == IsPlaceholderRole)
        return record == nullptr;
    if (role == NotCachedRole)
        return notCached;
    if (!record) {
        if (!notCached && (role == Qt::DisplayRole || role == RecordRole))
            want(page);
        if (role == Qt::DisplayRole)
            return notCached ? QCoreApplication::translate("RemoteLogModel", "not cached")
                             : QStringLiteral("…");
        return {};
    }
    if (base >= 0)
        m_loader->store().touch(base);
    if (page >= 0 && page != m_lastSeenPage)
        lookAhead(page);
    return RecordCells::data(*m_definition, m_definition->columns.at(index.column()), *record, role);
}

QVariant RemoteLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_definition->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return RecordCells::header(*m_definition, m_definition->columns.at(section), role,
                               RecordCells::Sorter::Server);
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
    if (!(next == m_query))
        setQuery(next);
}

bool RemoteLogModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || m_reachedEnd)
        return false;
    if (m_loader->range().isLocal())
        return m_loader->requests().isEmpty()
            && !m_loader->range().localReachedEnd(m_loader->serverTotal(), pageSize());
    return !m_total && !m_loader->range().isBisecting() && m_rows > 0;
}

void RemoteLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_loader->range().isLocal())
        m_loader->readMoreLocally();
    else
        m_loader->requestAll({m_rows / pageSize()});
}

qint64 RemoteLogModel::loadedRowCount() const
{
    if (m_loader->range().isLocal())
        return m_local.size();
    return qMin<qint64>(m_loader->store().rowCount(), m_rows);
}

int RemoteLogModel::findLoadedRow(const QString &id) const
{
    if (m_loader->range().isLocal()) {
        for (qsizetype i = 0; i < m_local.size(); ++i) {
            if (idOf(m_local.at(i)) == id)
                return int(i);
        }
        return -1;
    }
    const qint64 row =
        m_loader->store().findRow(m_definition->idField, id, m_loader->origin(), m_loader->origin() + m_rows);
    return row < 0 ? -1 : int(row - m_loader->origin());
}

void RemoteLogModel::onFailed(const ApiError &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

void RemoteLogModel::onNotCached(int page)
{
    emitChanged(qint64(page) * pageSize(), pageSize());
    emit pageNotCached(page);
}

void RemoteLogModel::onPageStored(int page, qint64 firstRow, int count, const std::optional<qint64> &total)
{
    if (m_loader->range().isLocal() || m_loader->range().isBisecting()) {
        emit pageLoaded(page);
        return;
    }
    if (hasRange()) {
        // The range's rows are fixed once bisected.
    } else if (total) {
        // Rows that arrived on top since are not shown until a refresh (hideArrivals).
        const qint64 rows = qMax<qint64>(0, *total - m_loader->origin());
        if (m_total != rows) {
            m_total = rows;
            emit totalChanged(rows);
        }
        applyRows(rows);
    } else {
        // No total: the table grows as pages arrive; a short page is the end.
        applyRows(qMax<qint64>(m_rows, firstRow + count));
        m_reachedEnd = m_reachedEnd || count < pageSize();
    }
    emitChanged(firstRow, count);
    m_loader->store().evict();
    emit pageLoaded(page);
}

void RemoteLogModel::onRangeResolved(qint64 firstRow, qint64 endRow, int requests)
{
    m_total = endRow - firstRow;
    emit rangeResolved(firstRow, endRow, requests);
    emit totalChanged(*m_total);
    applyRows(*m_total);
}

void RemoteLogModel::enterLocalMode()
{
    beginResetModel();
    m_local.clear();
    m_rows = 0;
    m_total.reset();
    endResetModel();
    m_tail->setPossible(false);
    emit rangeAppliedLocally();
}

void RemoteLogModel::addLocalRows(const QList<QJsonObject> &rows)
{
    beginInsertRows({}, int(m_local.size()), int(m_local.size() + rows.size() - 1));
    m_local.append(rows);
    m_rows = int(m_local.size());
    endInsertRows();
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

void RemoteLogModel::emitChanged(qint64 firstServerRow, qint64 count)
{
    const qint64 first = qMax<qint64>(0, firstServerRow - m_loader->origin());
    const qint64 end = qMin<qint64>(firstServerRow + count - m_loader->origin(), m_rows);
    if (first < end)
        emit dataChanged(index(int(first), 0), index(int(end - 1), columnCount() - 1));
}

std::pair<int, int> RemoteLogModel::pageReach() const
{
    const int firstPage = int(m_loader->origin() / pageSize());
    const int lastPage = m_total ? int((m_loader->origin() + *m_total - 1) / pageSize()) : INT_MAX;
    return {firstPage, lastPage};
}

void RemoteLogModel::want(int page) const
{
    if (!m_loader->requests().contains(page))
        m_scheduler->want(page); // on its way: asking again must not hold back other requests
}

void RemoteLogModel::lookAhead(int page) const
{
    // The view moved onto another loaded page: make sure the next one in the direction
    // of travel is coming, or a steady scroll meets a placeholder at every page edge.
    const int direction = page >= m_lastSeenPage ? 1 : -1;
    m_lastSeenPage = page;
    const int next = page + direction;
    const auto [firstPage, lastPage] = pageReach();
    if (next < firstPage || next > lastPage || m_loader->requests().isNotCached(next))
        return;
    if (!m_loader->isPageLoaded(next))
        want(next);
}

void RemoteLogModel::processWanted()
{
    const auto [firstPage, lastPage] = pageReach();
    const QSet<int> reach = m_scheduler->take(firstPage, lastPage);
    if (reach.isEmpty())
        return;
    m_loader->cancelOutside(reach); // pages the user scrolled past are no longer worth a request
    QSet<int> wanted;
    for (int page : reach) {
        if (!m_loader->isPageLoaded(page) && !m_loader->requests().isNotCached(page))
            wanted.insert(page);
    }
    m_loader->requestAll(wanted);
}

QSet<int> RemoteLogModel::loadedPages() const
{
    QSet<int> pages;
    for (qint64 base : m_loader->store().bases())
        pages.insert(int(base / pageSize()));
    return pages;
}

void RemoteLogModel::onTopPolled(const Page &page, bool thenRefresh)
{
    if (m_loader->range().isLocal() || m_loader->range().isBisecting())
        return;
    const qint64 arrived = m_loader->arrivalsIn(page);
    if (arrived < 0) {
        setQuery(m_query); // the top is gone (deleted, or the list changed beyond recognition)
        return;
    }
    if (arrived > 0)
        insertOnTop(arrived);
    emitChanged(0, m_loader->replaceTop(page));
    if (thenRefresh) {
        QSet<int> pages = loadedPages();
        pages.remove(0);
        m_loader->requestAll(pages);
    }
    m_loader->store().evict();
}

void RemoteLogModel::insertOnTop(qint64 count)
{
    if (m_loader->range().hasUpperBound()) {
        m_loader->insertOnTop(count); // the range's block just moved down: same rows
        return;
    }
    beginInsertRows({}, 0, int(count - 1));
    m_loader->insertOnTop(count);
    m_rows += int(count);
    if (m_total)
        *m_total += count;
    endInsertRows();
    if (m_total)
        emit totalChanged(*m_total);
    emit newRecordsArrived(int(count));
}
