#pragma once

#include "core/Query.h"
#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include "itemmodels/LiveTail.h"
#include "itemmodels/LogRoles.h"
#include "itemmodels/PageLoader.h"
#include "itemmodels/PageSource.h"
#include "itemmodels/ServerPageSource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class PageCache;
class ViewportScheduler;

// A server's log as a table. After the first page, the row count is the server's total,
// and only the pages the view asks rows of are fetched, plus one page of prefetch in the
// direction of travel: row 900,000 of a million costs one request, not 9,000. Rows not
// loaded yet are placeholders (IsPlaceholderRole). Pages live in a bounded LRU, so memory
// follows what is on screen, not how far the user scrolled. Requests for pages that have
// scrolled out of reach are cancelled. Where the server sends no total (a bare array),
// the model grows through canFetchMore()/fetchMore() instead.
//
// The parts, each tested on its own: the pages of a query (PageLoader: asked of a
// PageSource, held in a ChunkStore, tracked in PageRequests, and the date ranges the API
// cannot filter, found by DateRangeResolver: the model then shows exactly that block of
// the server's list), which pages the view is worth a request for (ViewportScheduler)
// and live tail (LiveTail: what is new is inserted at the top). The model turns pages
// into rows and keeps them in step when records arrive.
class RemoteLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Its roles are LogRoles' (itemmodels/LogRoles.h), shared with DatasetLogModel.

    // Pages from the server through `client` (ServerPageSource), or from `source`
    // (tests fake one); setServer, setCache and setOffline apply to the former only.
    explicit RemoteLogModel(ApiClient *client, QObject *parent = nullptr);
    explicit RemoteLogModel(PageSource *source, QObject *parent = nullptr);
    ~RemoteLogModel() override;

    void setServer(const QUrl &baseUrl, const QString &pathOverride = {})
    {
        if (m_server)
            m_server->setServer(baseUrl, pathOverride);
    }
    // Write-through and offline source; `connection` names the server in the cache
    // (default: the base URL).
    void setCache(PageCache *cache, const QString &connection = {})
    {
        if (m_server)
            m_server->setCache(cache, connection);
    }
    // Whose records these are in the cache: the connection given to setCache, or else the
    // server's URL and path, so that a server opened again finds what it cached before.
    QString cacheOrigin() const { return m_server ? m_server->cacheOrigin() : QString(); }
    // Offline: pages come from the cache only; what it lacks is marked NotCachedRole.
    void setOffline(bool offline);
    bool isOffline() const { return m_loader->source()->isOffline(); }
    // Starts over with a new query: the first page is requested at once.
    void setQuery(const Query &query);
    Query query() const { return m_query; }
    const SourceDefinition &definition() const { return *m_definition; }
    // Looks for new records at the top (inserted without disturbing rows below), then
    // fetches the loaded pages again: rows, selection and scroll position stay.
    void refresh();

    // Live tail: polls the first page every `intervalMs` while the order is newest first.
    void setLiveTail(bool enabled, int intervalMs = 10000);
    bool isLiveTail() const { return m_tail->isEnabled(); }
    bool canLiveTail() const;

    // Which pages the view is worth a request for (tests set its clock).
    ViewportScheduler *scheduler() const { return m_scheduler; }
    void setMaxCachedPages(int pages) { m_loader->store().setMaxChunks(pages); }
    int cachedPageCount() const { return m_loader->store().size(); }
    int pendingPageCount() const { return m_loader->requests().size(); }
    int requestCount() const { return m_loader->requests().requestCount(); } // since setQuery
    int cancelledCount() const { return m_loader->requests().cancelledCount(); } // of those
    // Rows this query has (after a date range): unset until known, or with no total.
    std::optional<qint64> total() const { return m_total; }
    bool isLoading() const { return m_loader->isLoading(); }
    std::optional<ApiError> lastError() const { return m_lastError; }
    int lastResponseMs() const { return m_loader->requests().lastResponseMs(); } // -1: none yet
    qint64 loadedRowCount() const; // rows in memory now
    // The row showing the record with this id, if its page is loaded; -1 otherwise.
    int findLoadedRow(const QString &id) const;
    // A date range could not be bisected (the list was not in order): it is applied to
    // the rows loaded so far only, and the model grows with fetchMore().
    bool isRangeAppliedLocally() const { return m_loader->range().isLocal(); }
    // The page size in use: the one asked for, or the server's smaller maximum once seen.
    int effectivePageSize() const { return pageSize(); }
    // Rows the server's total promised but its pages did not hold (short pages mid-list).
    qint64 missingRowCount() const { return m_loader->requests().missingRowCount(); }
    // Records that arrived on top while paging, not shown until refresh() or live tail.
    qint64 hiddenArrivalCount() const { return m_loader->hiddenArrivals(); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_definition->columns.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void pageLoaded(int page);
    // A sort the server cannot do was asked for; nothing changed.
    void sortRefused(const QString &columnKey);
    // Offline: a page the cache does not have. / A page served from the cache.
    void pageNotCached(int page);
    void servedFromCache(int page, const QDateTime &fetchedAt);
    // The date range is known: rows [firstRow, endRow) of the server's list.
    void rangeResolved(qint64 firstRow, qint64 endRow, int requests);
    // The list was not in order: see isRangeAppliedLocally().
    void rangeAppliedLocally();
    void newRecordsArrived(int count);
    void liveTailChanged(bool enabled);

private:
    int pageSize() const { return m_loader->pageSize(); }
    bool hasRange() const { return m_loader->range().isSet(); } // bounds the API cannot apply
    void onFailed(const ApiError &error);
    void onNotCached(int page);
    void onPageStored(int page, qint64 firstRow, int count, const std::optional<qint64> &total);
    void onRangeResolved(qint64 firstRow, qint64 endRow, int requests);
    void enterLocalMode();
    void addLocalRows(const QList<QJsonObject> &rows);
    void onTopPolled(const Page &page, bool thenRefresh);
    void applyRows(qint64 rows);
    void emitChanged(qint64 firstServerRow, qint64 count);
    std::pair<int, int> pageReach() const; // the first and last page of the table's rows
    void want(int page) const; // called from data(): queue, never fetch re-entrantly
    void lookAhead(int page) const;
    void processWanted();
    QSet<int> loadedPages() const;
    void insertOnTop(qint64 count);
    QString idOf(const QJsonObject &record) const;

    ServerPageSource *m_server = nullptr; // the page source, when it is the server's
    PageLoader *m_loader;
    ViewportScheduler *m_scheduler; // which pages the view is worth a request for
    LiveTail *m_tail;
    Query m_query;
    const SourceDefinition *m_definition;
    mutable int m_lastSeenPage = 0; // the page data() last served a loaded row of

    std::optional<qint64> m_total;
    int m_rows = 0;
    bool m_reachedEnd = false; // no-total mode: a short page was seen
    std::optional<ApiError> m_lastError;
    QList<QJsonObject> m_local; // local mode: the rows inside the range found so far
};
