#include "RemoteLogModel.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/PageCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

RemoteLogModel::RemoteLogModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_definition(&SourceDefinitions::get(SourceKind::CommMine))
    , m_wantTimer(new QTimer(this))
{
    m_wantTimer->setSingleShot(true);
    connect(m_wantTimer, &QTimer::timeout, this, &RemoteLogModel::processWanted);
    m_clock.start();
}

namespace
{
constexpr int kSettleMs = 20; // a pause this long ends a burst of asking
constexpr int kMaxWaitMs = 100; // while asking goes on, serve it at least this often
constexpr int kPaintWindowMs = 30; // pages asked for this close to the last ask are "in view"
constexpr int kMaxPagesInView = 8; // …but a screen never spans more pages than this
} // namespace

RemoteLogModel::~RemoteLogModel()
{
    clearPending();
}

void RemoteLogModel::setServer(const QUrl &baseUrl, const QString &pathOverride)
{
    m_baseUrl = baseUrl;
    m_pathOverride = pathOverride;
}

int RemoteLogModel::pageSize() const
{
    return qBound(1, m_query.pageSize, m_definition->maxPageSize);
}

void RemoteLogModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = qMax(2, pages);
    evict();
}

void RemoteLogModel::clearPending()
{
    const auto pending = m_pending;
    m_pending.clear();
    for (ApiReply *reply : pending) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
}

void RemoteLogModel::setQuery(const Query &query)
{
    beginResetModel();
    clearPending();
    ++m_generation;
    m_query = query;
    m_definition = &SourceDefinitions::get(query.source);
    m_pages.clear();
    m_lru.clear();
    m_wantedAt.clear();
    m_batchStart = -1;
    m_wantTimer->stop();
    m_total.reset();
    m_rows = 0;
    m_reachedEnd = false;
    m_lastPage = 0;
    m_requestCount = 0;
    m_cancelledCount = 0;
    m_lastError.reset();
    endResetModel();
    request(0);
}

void RemoteLogModel::refresh()
{
    QList<int> pages = m_lru;
    if (pages.isEmpty())
        pages.append(0);
    for (int page : pages) {
        if (!m_pending.contains(page))
            request(page);
    }
}

int RemoteLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RemoteLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definition->columns.size());
}

QVariant RemoteLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / pageSize();
    const auto it = m_pages.constFind(page);
    const QList<QJsonObject> *records = it == m_pages.constEnd() ? nullptr : &*it;
    const int offset = index.row() % pageSize();
    const bool loaded = records && offset < records->size();
    if (role == IsPlaceholderRole)
        return !loaded;
    if (!loaded) {
        if (role == Qt::DisplayRole || role == RecordRole)
            want(page);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const_cast<RemoteLogModel *>(this)->touch(page);
    const QJsonObject &record = records->at(offset);
    const QString key = m_definition->columns.at(index.column()).key;
    switch (role) {
    case Qt::DisplayRole: {
        const QJsonValue v = record.value(key);
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return v.toVariant();
        if (v.isBool())
            return v.toBool();
        if (v.isObject() || v.isArray())
            return QString::fromUtf8(v.isObject()
                                         ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return QString();
    }
    case Qt::ToolTipRole: {
        const QJsonValue v = record.value(key);
        return v.isString() ? v.toString() : QVariant();
    }
    case RecordRole:
        return record;
    case RawValueRole:
        return record.value(key).toVariant();
    case RecordIdRole:
        return record.value(m_definition->idField).toVariant().toString();
    default:
        return {};
    }
}

QVariant RemoteLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_definition->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec &column = m_definition->columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return QCoreApplication::translate("Columns", column.title);
    case Qt::ToolTipRole:
        return m_definition->canSortRemotely(column.key)
            ? QVariant()
            : QVariant(
                QCoreApplication::translate("RemoteLogModel", "The server cannot sort by this column"));
    case ColumnKeyRole:
        return column.key;
    case RemoteSortableRole:
        return m_definition->canSortRemotely(column.key);
    default:
        return {};
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
    return !parent.isValid() && !m_total && !m_reachedEnd && m_rows > 0;
}

void RemoteLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int next = m_rows / pageSize();
    if (!m_pending.contains(next))
        request(next);
}

void RemoteLogModel::want(int page) const
{
    const qint64 now = m_clock.elapsed();
    // Milliseconds in the high bits, a counter in the low ones: asks within the same
    // millisecond still order.
    m_wantedAt.insert(page, (now << 20) | (++m_wantSequence & 0xFFFFF));
    if (m_batchStart < 0)
        m_batchStart = now;
    // Never fetch from inside data(): the timer fires from the event loop.
    m_wantTimer->start(now - m_batchStart >= kMaxWaitMs ? 0 : kSettleMs);
}

void RemoteLogModel::processWanted()
{
    m_batchStart = -1;
    if (m_wantedAt.isEmpty())
        return;
    qint64 latest = 0;
    for (qint64 at : std::as_const(m_wantedAt))
        latest = qMax(latest, at);
    latest >>= 20;
    QList<std::pair<qint64, int>> recent; // (sequence, page), newest first below
    for (auto it = m_wantedAt.cbegin(); it != m_wantedAt.cend(); ++it) {
        if ((it.value() >> 20) >= latest - kPaintWindowMs)
            recent.append({it.value(), it.key()});
    }
    std::sort(recent.begin(), recent.end(), std::greater<>());
    QSet<int> wanted;
    for (qsizetype i = 0; i < recent.size() && i < kMaxPagesInView; ++i)
        wanted.insert(recent.at(i).second);
    m_wantedAt.clear();
    const bool wasLoading = isLoading();
    const int lowest = *std::min_element(wanted.cbegin(), wanted.cend());
    const int highest = *std::max_element(wanted.cbegin(), wanted.cend());
    const bool forward = lowest >= m_lastPage;
    m_lastPage = forward ? highest : lowest;

    // What is in reach: the pages asked for, and one beyond in the direction of travel.
    QSet<int> reach = wanted;
    const int prefetch = forward ? highest + 1 : lowest - 1;
    const int lastPage = m_total ? int((*m_total - 1) / pageSize()) : INT_MAX;
    if (prefetch >= 0 && prefetch <= lastPage)
        reach.insert(prefetch);

    // Pages the user scrolled past are no longer worth a request.
    const QList<int> pending = m_pending.keys();
    for (int page : pending) {
        if (reach.contains(page))
            continue;
        ApiReply *reply = m_pending.take(page);
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
        ++m_cancelledCount;
    }
    for (int page : std::as_const(reach)) {
        if (!m_pages.contains(page) && !m_pending.contains(page))
            request(page);
    }
    if (wasLoading && m_pending.isEmpty())
        emit loadingChanged(false);
}

void RemoteLogModel::request(int page)
{
    RequestProblem problem;
    const auto url =
        SourceDefinitions::pageUrl(*m_definition, m_baseUrl, m_query, page, m_pathOverride, &problem);
    if (!url) {
        m_lastError = ApiError(ApiError::Kind::Validation, 0, problem.message, m_definition->path);
        emit errorOccurred(*m_lastError);
        return;
    }
    const bool wasLoading = isLoading();
    ApiReply *reply = m_client->get(*url);
    m_pending.insert(page, reply);
    ++m_requestCount;
    const int generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, page, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation || m_pending.value(page) != reply)
            return;
        m_pending.remove(page);
        onReply(page, reply);
        if (m_pending.isEmpty())
            emit loadingChanged(false);
    });
    if (!wasLoading)
        emit loadingChanged(true);
}

void RemoteLogModel::onReply(int page, ApiReply *reply)
{
    if (const auto error = reply->error()) {
        if (error->kind != ApiError::Kind::Cancelled) {
            m_lastError = *error;
            emit errorOccurred(*error);
        }
        return;
    }
    auto decoded = PageCodec::decodePage(*m_definition, reply->body(), reply->url().path());
    if (auto *error = std::get_if<ApiError>(&decoded)) {
        m_lastError = *error;
        emit errorOccurred(*error);
        return;
    }
    Page result = std::get<Page>(std::move(decoded));
    const int size = pageSize();
    const int firstRow = page * size;
    const int count = int(qMin<qsizetype>(result.records.size(), size));
    result.records.resize(count);
    m_pages.insert(page, std::move(result.records));
    touch(page);

    int rows = m_rows;
    if (result.total) {
        if (m_total != result.total) {
            m_total = result.total;
            emit totalChanged(*m_total);
        }
        rows = int(qMin<qint64>(*m_total, INT_MAX));
    } else {
        // No total: the table grows as pages arrive; a short page is the end.
        rows = qMax(m_rows, firstRow + count);
        if (count < size)
            m_reachedEnd = true;
    }
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (count > 0 && firstRow < m_rows)
        emit dataChanged(index(firstRow, 0), index(qMin(firstRow + count, m_rows) - 1, columnCount() - 1));
    evict();
    emit pageLoaded(page);
}

void RemoteLogModel::touch(int page)
{
    if (!m_lru.isEmpty() && m_lru.last() == page)
        return;
    m_lru.removeOne(page);
    m_lru.append(page);
}

void RemoteLogModel::evict()
{
    while (m_lru.size() > m_maxCachedPages) {
        const int page = m_lru.takeFirst();
        m_pages.remove(page);
    }
}
