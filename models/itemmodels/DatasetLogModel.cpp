#include "itemmodels/DatasetLogModel.h"

#include "itemmodels/RecordCells.h"

#include "core/TimeDisplay.h"
#include "itemmodels/RemoteLogModel.h"
#include "sources/EnumText.h"

#include "dataset/DatasetWorker.h"

#include <QCoreApplication>
#include <QJsonDocument>

DatasetLogModel::DatasetLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_generation(std::make_shared<std::atomic_int>(0))
{
    m_worker = new DatasetWorker(m_generation);
    m_thread.setObjectName(QStringLiteral("DatasetLogModel"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_countWorker = new DatasetWorker(m_generation);
    m_countThread.setObjectName(QStringLiteral("DatasetLogModel count"));
    m_countWorker->moveToThread(&m_countThread);
    m_countThread.start();
}

DatasetLogModel::~DatasetLogModel()
{
    newGeneration();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        m_countWorker, [w = m_countWorker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_countThread.quit();
    m_thread.wait();
    m_countThread.wait();
}

void DatasetLogModel::open(const QString &path)
{
    m_origin.clear();
    openWith(path, [path](DatasetWorker *w, QString *error) { return w->open(path, error); });
}

void DatasetLogModel::openCache(const QString &cachePath, const QString &origin, SourceKind source,
                                const QString &connectionName)
{
    m_origin = origin;
    openWith(cachePath, [=](DatasetWorker *w, QString *error) {
        return w->openCache(cachePath, origin, source, connectionName, error);
    });
}

void DatasetLogModel::openWith(const QString &path, const Opener &open)
{
    m_opener = open;
    beginResetModel();
    const int generation = newGeneration();
    m_path = path;
    m_searchIndexPercent = -1;
    m_info.reset();
    m_definition = nullptr;
    m_sql.reset();
    dropRows();
    endResetModel();
    m_countPending = true;
    updateLoading();
    QMetaObject::invokeMethod(m_countWorker, [w = m_countWorker, open] {
        QString ignored; // the other worker reports
        open(w, &ignored);
    });
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, open, generation] {
        QString error;
        const auto info = open(w, &error);
        QMetaObject::invokeMethod(this, [this, info, error, generation] {
            if (generation != m_generation->load())
                return;
            m_countPending = false;
            if (!info) {
                updateLoading();
                emit errorOccurred(error);
                return;
            }
            beginResetModel();
            m_info = info;
            m_definition = &SourceDefinitions::get(info->source);
            endResetModel();
            emit opened(*info);
            Query q;
            q.source = info->source;
            setQuery(q);
        });
    });
}

void DatasetLogModel::setQuery(const Query &query, const QString &search)
{
    if (!m_info)
        return;
    Query q = query;
    q.source = m_info->source;
    auto built = DatasetQuery::build(*m_definition, q, search, m_origin, m_info->searchIndexed);
    if (auto *error = std::get_if<QString>(&built)) {
        emit errorOccurred(*error);
        return;
    }
    beginResetModel();
    const int generation = newGeneration();
    m_query = q;
    m_search = search;
    m_sql = std::get<DatasetSql>(built);
    dropRows();
    endResetModel();
    m_countPending = true;
    updateLoading();
    requestWindow(0);
    startCount(generation);
}

void DatasetLogModel::refresh()
{
    if (!m_info || !m_sql)
        return;
    const int generation = newGeneration();
    m_pendingWindows.clear();
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it)
        m_staleWindows.insert(it.key());
    m_countPending = true;
    updateLoading();
    startCount(generation);
}

void DatasetLogModel::follow(const QString &path)
{
    if (m_origin.size())
        return;
    if (!m_info) {
        // The growing file is not open yet, or could not be: a short import renames it
        // before a busy worker reads it. No row was shown, so none is kept: open the
        // complete file instead (the answer about the other is then ignored).
        open(path);
        return;
    }
    m_path = path;
    m_opener = [path](DatasetWorker *w, QString *error) {
        return w->open(path, error);
    };
    QMetaObject::invokeMethod(m_countWorker, [w = m_countWorker, opener = m_opener] {
        QString ignored; // the file was open a moment ago: the next count reports
        opener(w, &ignored);
    });
    QMetaObject::invokeMethod(m_worker, [this, w = m_worker, opener = m_opener, path] {
        QString ignored;
        const auto info = opener(w, &ignored);
        QMetaObject::invokeMethod(this, [this, info, path] {
            if (!info || path != m_path)
                return;
            const bool indexed = m_info->searchIndexed; // setSearchIndexed() may have come first
            m_info = info; // its record count, now that the file is complete
            m_info->searchIndexed = m_info->searchIndexed || indexed;
            emit infoChanged(*info);
        });
    });
    refresh();
}

void DatasetLogModel::setSearchIndexed()
{
    if (!m_info || m_info->searchIndexed)
        return;
    m_info->searchIndexed = true;
    for (DatasetWorker *w : {m_worker, m_countWorker})
        QMetaObject::invokeMethod(w, [w] { w->setSearchIndexed(true); });
    auto built = DatasetQuery::build(*m_definition, m_query, m_search, m_origin, true);
    if (auto *sql = std::get_if<DatasetSql>(&built))
        m_sql = *sql;
    m_searchIndexPercent = -1;
    emit buildStateChanged();
    refresh();
}

void DatasetLogModel::setSearchIndexPercent(int percent)
{
    if (percent == m_searchIndexPercent)
        return;
    m_searchIndexPercent = percent;
    emit buildStateChanged();
}

void DatasetLogModel::setGrowing(bool growing)
{
    if (growing == m_growing)
        return;
    m_growing = growing;
    for (DatasetWorker *w : {m_worker, m_countWorker})
        QMetaObject::invokeMethod(w, [w, growing] { w->setGrowing(growing); });
    emit buildStateChanged();
}

void DatasetLogModel::startCount(int generation)
{
    const DatasetSql sql = *m_sql;
    // A full-text search is counted on the rows' worker: both read the hits it matches
    // once, where two connections would each match and compete for the cores.
    DatasetWorker *counter = sql.match.isEmpty() ? m_countWorker : m_worker;
    QMetaObject::invokeMethod(counter, [this, w = counter, sql, generation] {
        if (w->stale(generation))
            return;
        QString error;
        const auto count = w->count(sql, generation, &error);
        QMetaObject::invokeMethod(this, [this, generation, count, error] {
            onCount(generation, count.value_or(0), count ? QString() : error);
        });
    });
}

int DatasetLogModel::newGeneration()
{
    // What runs now is all stale, and stops at its next progress check.
    return ++*m_generation;
}

void DatasetLogModel::dropRows()
{
    m_total.reset();
    m_rows = 0;
    m_windows.clear();
    m_lru.clear();
    m_pendingWindows.clear();
    m_staleWindows.clear();
}

void DatasetLogModel::onCount(int generation, qint64 count, const QString &error)
{
    if (generation != m_generation->load())
        return;
    m_countPending = false;
    if (!error.isEmpty()) {
        updateLoading();
        emit errorOccurred(error);
        return;
    }
    m_total = count;
    const int rows = int(qMin<qint64>(count, INT_MAX));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) { // a refresh after repeated ids were dropped
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (!m_staleWindows.isEmpty() && m_rows > 0) // a refresh: what is on screen is read again
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
    emit totalChanged(count);
    updateLoading();
}

void DatasetLogModel::requestWindow(int window) const
{
    if (!m_sql || m_pendingWindows.contains(window))
        return;
    m_pendingWindows.insert(window);
    const int generation = m_generation->load();
    const DatasetSql sql = *m_sql;
    auto *self = const_cast<DatasetLogModel *>(this);
    QMetaObject::invokeMethod(m_worker, [self, w = m_worker, sql, window, generation] {
        if (w->stale(generation))
            return;
        QString error;
        const auto rows = w->rows(sql, generation, qint64(window) * WindowSize, WindowSize, &error);
        const QList<QJsonObject> records = rows.value_or(QList<QJsonObject>());
        if (rows)
            error.clear();
        QMetaObject::invokeMethod(self, [self, generation, window, records, error] {
            self->onWindow(generation, window, records, error);
        });
    });
    const_cast<DatasetLogModel *>(this)->updateLoading();
}

void DatasetLogModel::onWindow(int generation, int window, const QList<QJsonObject> &records,
                               const QString &error)
{
    if (generation != m_generation->load())
        return;
    m_pendingWindows.remove(window);
    if (!error.isEmpty()) {
        updateLoading();
        emit errorOccurred(error);
        return;
    }
    m_windows.insert(window, records);
    m_staleWindows.remove(window);
    if (window == 0 && !m_total && records.size() > m_rows) {
        // The first screen before the count: the rest of the rows follow with it.
        beginInsertRows({}, m_rows, int(records.size()) - 1);
        m_rows = int(records.size());
        endInsertRows();
    }
    m_lru.removeOne(window);
    m_lru.append(window);
    while (m_lru.size() > 64)
        m_windows.remove(m_lru.takeFirst());
    const int first = window * WindowSize;
    const int last = qMin(first + int(records.size()), m_rows) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit windowLoaded(window);
    updateLoading();
}

void DatasetLogModel::updateLoading()
{
    if (isLoading() == m_loadingReported)
        return;
    m_loadingReported = isLoading();
    emit loadingChanged(m_loadingReported);
}

int DatasetLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int DatasetLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_definition ? 0 : int(m_definition->columns.size());
}

QVariant DatasetLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int window = index.row() / WindowSize;
    const auto it = m_windows.constFind(window);
    const int offset = index.row() % WindowSize;
    const bool loaded = it != m_windows.constEnd() && offset < it->size();
    if (loaded && m_staleWindows.contains(window)
        && (role == Qt::DisplayRole || role == LogRoles::RecordRole))
        requestWindow(window); // shown as it was until the new rows arrive
    if (role == LogRoles::IsPlaceholderRole)
        return !loaded;
    if (!loaded) {
        if (role == Qt::DisplayRole || role == LogRoles::RecordRole)
            requestWindow(window);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    return RecordCells::data(*m_definition, m_definition->columns.at(index.column()), it->at(offset), role);
}

QVariant DatasetLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_definition || orientation != Qt::Horizontal || section < 0
        || section >= m_definition->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return RecordCells::header(*m_definition, m_definition->columns.at(section), role,
                               RecordCells::Sorter::Sql);
}

void DatasetLogModel::sort(int column, Qt::SortOrder order)
{
    if (!m_definition || column < 0 || column >= m_definition->columns.size())
        return;
    Query q = m_query;
    q.sort = Query::Sort {m_definition->columns.at(column).key, order == Qt::DescendingOrder};
    setQuery(q, m_search);
}
