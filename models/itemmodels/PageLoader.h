#pragma once

#include "core/Query.h"
#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include "itemmodels/ChunkStore.h"
#include "itemmodels/DateRangeResolver.h"
#include "itemmodels/PageRequests.h"
#include "itemmodels/PageSource.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

// The pages of one query: asked of a PageSource, held in a ChunkStore, tracked in
// PageRequests, and the date range they resolve to (DateRangeResolver, which it feeds
// pages until the range is found). It also knows where the table's block starts in the
// server's list (origin()), which moves when records arrive on top. Knows nothing of
// rows on screen: RemoteLogModel turns what it reports into rows.
class PageLoader : public QObject
{
    Q_OBJECT
public:
    explicit PageLoader(QObject *parent = nullptr);
    ~PageLoader() override;

    void setSource(PageSource *source);
    PageSource *source() const { return m_source; }
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); } // for response times

    // Starts over for `query`, nothing asked yet: the translated reason when its date
    // bounds do not parse.
    std::optional<QString> reset(const SourceDefinition &def, const Query &query);
    void start(); // asks for the first page
    void stop(); // cancels what is on its way
    void report(const ApiError &error); // the query cannot be asked: failed() follows
    // The page size in use: the one asked for, or the server's smaller maximum once seen.
    int pageSize() const;
    Query wireQuery() const; // the query with that page size

    void request(int page);
    void requestAll(const QSet<int> &pages); // those not already on their way
    void cancelAll();
    // Pages outside `reach` are no longer worth their request.
    void cancelOutside(const QSet<int> &reach);
    void pollTop(bool thenRefresh); // the first page again, for live tail
    bool isLoading() const;

    // The first page polled again: it replaces what is stored for it. Returns its rows.
    int replaceTop(const Page &page);

    bool isPageLoaded(int page) const;
    std::optional<QList<QJsonObject>> loadedPage(int page) const;
    const QJsonObject *recordAt(qint64 serverRow, qint64 *base = nullptr) const;
    ChunkStore &store() const { return m_store; }
    const PageRequests &requests() const { return m_requests; }
    const DateRangeResolver &range() const { return m_range; }
    std::optional<qint64> serverTotal() const { return m_serverTotal; }

    // The server row of the table's first row: the date range's first row, or how many
    // records arrived on top while paging and are not shown yet (hiddenArrivals()).
    qint64 origin() const { return m_origin; }
    qint64 hiddenArrivals() const { return m_range.isSet() ? 0 : m_origin; }
    // How many records a fresh first page holds above the one on top when last seen; -1
    // when that one is gone (start over).
    qint64 arrivalsIn(const Page &firstPage) const;
    // `count` records arrived on top and are to be shown, those hidden so far included.
    void insertOnTop(qint64 count);
    // Local mode: read on until another screenful of rows inside the range is found.
    void readMoreLocally();

signals:
    // A page is in memory, rows [firstRow, firstRow + count) of the server's list.
    void pageStored(int page, qint64 firstRow, int count, const std::optional<qint64> &total);
    void servedFromCache(int page, const QDateTime &fetchedAt);
    void notCached(int page);
    void failed(const ApiError &error);
    // The server's page maximum was learned from the first page: start the query over.
    void pageSizeLearned();
    void topPolled(const Page &page, bool thenRefresh);
    void rangeResolved(qint64 firstRow, qint64 endRow, int requests);
    void rangeAppliedLocally();
    void localRowsFound(const QList<QJsonObject> &rows);
    void loadingChanged(bool loading);

private:
    void onLoaded(quint64 ticket, int page, const Page &result, const PageSource::Origin &origin);
    void store(int page, Page result, bool fromCache);
    void continueBisection();
    void growLocal();
    void updateLoading();
    void moveDown(qint64 count);
    QString idOf(const QJsonObject &record) const;

    PageSource *m_source = nullptr;
    std::function<qint64()> m_now;
    Query m_query;
    const SourceDefinition *m_definition = nullptr;
    mutable ChunkStore m_store; // readers touch what they read
    PageRequests m_requests;
    DateRangeResolver m_range;
    int m_bisectionRequests = 0;
    std::optional<qint64> m_serverTotal;
    qint64 m_origin = 0;
    QString m_topId; // id of server row 0 when last seen
    int m_pageLimit = 0; // the server's page maximum, once learned (0: none seen)
    quint64 m_pollTicket = 0;
    bool m_pollThenRefresh = false;
    bool m_loadingReported = false;
};
