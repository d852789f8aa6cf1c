#pragma once

#include "core/Query.h"
#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include "itemmodels/ChunkStore.h"
#include "itemmodels/LogRoles.h"
#include "itemmodels/PageSource.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class ServerPageSource;
class DateRangeBisection;
class PageCache;
struct CachedPage;
struct PageKey;
struct Page;
class QTimer;
class ViewportScheduler;

// A server's log as a table. After the first page, the row count is the server's total,
// and only the pages the view asks rows of are fetched, plus one page of prefetch in the
// direction of travel: row 900,000 of a million costs one request, not 9,000. Rows not
// loaded yet are placeholders (IsPlaceholderRole). Pages live in a bounded LRU, so memory
// follows what is on screen, not how far the user scrolled. Requests for pages that have
// scrolled out of reach are cancelled. Where the server sends no total (a bare array),
// the model grows through canFetchMore()/fetchMore() instead.
//
// Date ranges the API cannot filter (comm-*) are found by bisection (DateRangeBisection);
// the model then shows exactly that block of the server's list. Every page is written
// through to the cache (PageCache); offline, pages come from the cache only. Live tail
// polls the first page and inserts what is new at the top.
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

    void setServer(const QUrl &baseUrl, const QString &pathOverride = {});
    // Write-through and offline source; `connection` names the server in the cache
    // (default: the base URL).
    void setCache(PageCache *cache, const QString &connection = {});
    // Whose records these are in the cache: the connection given to setCache, or else the
    // server's URL and path, so that a server opened again finds what it cached before.
    QString cacheOrigin() const;
    // Offline: pages come from the cache only; what it lacks is marked NotCachedRole.
    void setOffline(bool offline);
    bool isOffline() const;
    // Starts over with a new query: the first page is requested at once.
    void setQuery(const Query &query);
    Query query() const { return m_query; }
    const SourceDefinition &definition() const { return *m_definition; }
    // Looks for new records at the top (inserted without disturbing rows below), then
    // fetches the loaded pages again: rows, selection and scroll position stay.
    void refresh();

    // Live tail: polls the first page every `intervalMs` while the order is newest first.
    void setLiveTail(bool enabled, int intervalMs = 10000);
    bool isLiveTail() const { return m_tailEnabled; }
    bool canLiveTail() const;

    // Which pages the view is worth a request for (tests set its clock).
    ViewportScheduler *scheduler() const { return m_scheduler; }
    void setMaxCachedPages(int pages);
    int cachedPageCount() const { return m_store.size(); }
    int pendingPageCount() const { return int(m_pending.size()); }
    int requestCount() const { return m_requestCount; } // pages requested since setQuery
    int cancelledCount() const { return m_cancelledCount; } // of which cancelled
    // Rows this query has (after a date range): unset until known, or with no total.
    std::optional<qint64> total() const { return m_total; }
    bool isLoading() const { return pendingPageCount() > 0 || m_rangePending || m_tailTicket; }
    std::optional<ApiError> lastError() const { return m_lastError; }
    int lastResponseMs() const { return m_lastResponseMs; } // -1 before the first answer
    qint64 loadedRowCount() const; // rows in memory now
    // The row showing the record with this id, if its page is loaded; -1 otherwise.
    int findLoadedRow(const QString &id) const;
    // A date range could not be bisected (the list was not in order): it is applied to
    // the rows loaded so far only, and the model grows with fetchMore().
    bool isRangeAppliedLocally() const { return m_localMode; }
    // The page size in use: the one asked for, or the server's smaller maximum once seen.
    int effectivePageSize() const { return pageSize(); }
    // Rows the server's total promised but its pages did not hold (short pages mid-list).
    qint64 missingRowCount() const;
    // Records that arrived on top while paging, not shown until refresh() or live tail.
    qint64 hiddenArrivalCount() const { return m_fromMs || m_toMs ? 0 : m_rowOffset; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
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
    int pageSize() const;
    Query wireQuery() const; // m_query with the page size the server uses
    bool learnPageSize(const Page &result);
    void setPageSource(PageSource *source);
    bool takePending(int page, quint64 ticket);
    void markNotCached(int page);
    void onPage(int page, Page result, const PageSource::Origin &origin);
    // The record at a server row and the base of its chunk, if loaded.
    const QJsonObject *recordAtServerRow(qint64 row, qint64 *base = nullptr) const;
    bool isPageLoaded(int page) const;
    void want(int page) const; // called from data(): queue, never fetch re-entrantly
    void lookAhead(int page) const;
    void processWanted();
    void request(int page);
    void updateLoading();
    void acceptPage(int page, Page result, bool fromCache);
    void applyRows(qint64 rows);
    void continueBisection();
    void enterLocalMode();
    void growLocal();
    void pollTop(bool thenRefresh);
    void onTopPage(const Page &page);
    void clearPending();
    void shiftRows(qint64 count);
    void cancelPending();
    void moveChunks(qint64 count);
    void hideArrivals(qint64 count);
    void revealArrivals(qint64 arrived);
    QString idOf(const QJsonObject &record) const;

    PageSource *m_source = nullptr;
    ServerPageSource *m_server = nullptr; // m_source, when it is the server's
    Query m_query;
    const SourceDefinition *m_definition;
    int m_generation = 0; // bumps on setQuery: late answers of an old query are dropped

    mutable ChunkStore m_store; // the loaded pages, by the server row they start at (data() touches)
    QHash<int, quint64> m_pending; // page → its fetch's ticket
    QHash<int, qint64> m_requestedAt; // page → m_scheduler's clock, ms
    int m_lastResponseMs = -1;
    QSet<int> m_notCached;
    ViewportScheduler *m_scheduler; // which pages the view is worth a request for
    mutable int m_lastSeenPage = 0; // the page data() last served a loaded row of

    std::optional<qint64> m_serverTotal;
    std::optional<qint64> m_total;
    qint64 m_rowOffset = 0; // server row of model row 0 (date ranges)
    int m_rows = 0;
    bool m_reachedEnd = false; // no-total mode: a short page was seen
    int m_requestCount = 0;
    int m_cancelledCount = 0;
    std::optional<ApiError> m_lastError;

    std::optional<qint64> m_fromMs, m_toMs; // client-side date range
    bool m_rangePending = false; // a range is being bisected: no rows yet
    std::unique_ptr<DateRangeBisection> m_bisection;
    int m_bisectionRequests = 0;
    bool m_localMode = false;
    QList<QJsonObject> m_local; // local mode: the rows inside the range found so far
    int m_localNextPage = 0;
    int m_localTarget = 0; // grow until this many rows (or the end)
    bool m_loadingReported = false;

    QTimer *m_tailTimer;
    bool m_tailEnabled = false;
    quint64 m_tailTicket = 0; // the live-tail poll of the first page
    bool m_tailThenRefresh = false;
    QString m_topId; // id of server row 0 when last seen
    int m_pageLimit = 0; // the server's page maximum, once learned (0: none seen)
    QHash<int, int> m_shortPages; // page → rows it lacked of what the total promised
};
