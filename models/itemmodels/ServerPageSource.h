#pragma once

#include "itemmodels/PageSource.h"

#include <QHash>
#include <QUrl>

class ApiClient;
class ApiReply;
class PageCache;
struct PageKey;

// Pages from a server through ApiClient, decoded by PageCodec and written through to the
// cache; offline, from the cache only.
class ServerPageSource : public PageSource
{
    Q_OBJECT
public:
    explicit ServerPageSource(ApiClient *client, QObject *parent = nullptr);
    ~ServerPageSource() override;

    void setServer(const QUrl &baseUrl, const QString &pathOverride = {});
    void setCache(PageCache *cache, const QString &connection = {});
    void setOffline(bool offline) { m_offline = offline; }
    // Whose records these are in the cache: the connection given to setCache, or else the
    // server's URL and path.
    QString cacheOrigin() const;

    quint64 fetch(int page, const Query &query, std::optional<ApiError> *problem) override;
    void cancel(quint64 ticket) override;
    void remember(int page, const Query &query, const Page &result) override;
    int pageSizeLimit(const Query &query) const override;
    void learnPageSizeLimit(const Query &query, int pageSize) override;
    bool isOffline() const override { return m_offline; }

private:
    PageKey cacheKey(int page, const Query &query) const;

    ApiClient *m_client;
    PageCache *m_cache = nullptr;
    QString m_connection;
    QUrl m_baseUrl;
    QString m_pathOverride;
    bool m_offline = false;
    quint64 m_nextTicket = 1;
    QHash<quint64, ApiReply *> m_replies; // ticket → request on the wire
    QHash<quint64, std::pair<quint64, int>> m_lookups; // cache ticket → (ticket, page)
};
