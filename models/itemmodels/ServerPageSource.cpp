#include "itemmodels/ServerPageSource.h"

#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "sources/SourceDefinition.h"
#include "store/PageCache.h"

ServerPageSource::ServerPageSource(ApiClient *client, QObject *parent)
    : PageSource(parent)
    , m_client(client)
{ }

ServerPageSource::~ServerPageSource()
{
    for (ApiReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
}

void ServerPageSource::setServer(const QUrl &baseUrl, const QString &pathOverride)
{
    m_baseUrl = baseUrl;
    m_pathOverride = pathOverride;
}

void ServerPageSource::setCache(PageCache *cache, const QString &connection)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    m_connection = connection;
    m_lookups.clear();
    if (!cache)
        return;
    connect(cache, &PageCache::pageFound, this, [this](quint64 lookup, const CachedPage &cached) {
        const auto it = m_lookups.constFind(lookup);
        if (it == m_lookups.constEnd())
            return;
        const auto [ticket, page] = it.value();
        m_lookups.erase(it);
        emit loaded(ticket, page, Page {cached.records, cached.total, std::nullopt},
                    Origin {true, cached.fetchedAt, {}});
    });
    connect(cache, &PageCache::pageMissing, this, [this](quint64 lookup) {
        const auto it = m_lookups.constFind(lookup);
        if (it == m_lookups.constEnd())
            return;
        const auto [ticket, page] = it.value();
        m_lookups.erase(it);
        emit notCached(ticket, page);
    });
}

QString ServerPageSource::cacheOrigin() const
{
    return m_connection.isEmpty()
        ? m_baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString() + m_pathOverride
        : m_connection;
}

PageKey ServerPageSource::cacheKey(int page, const Query &query) const
{
    const SourceDefinition &def = SourceDefinitions::get(query.source);
    return PageKey {cacheOrigin(), def.kind.key(), CacheDatabase::queryKey(def, query), query.pageSize, page};
}

quint64 ServerPageSource::fetch(int page, const Query &query, std::optional<ApiError> *problem)
{
    const SourceDefinition &def = SourceDefinitions::get(query.source);
    if (m_offline) {
        if (!m_cache)
            return 0;
        const quint64 ticket = m_nextTicket++;
        m_lookups.insert(m_cache->lookup(cacheKey(page, query)), {ticket, page});
        return ticket;
    }
    RequestProblem why;
    const auto url = SourceDefinitions::pageUrl(def, m_baseUrl, query, page, m_pathOverride, &why);
    if (!url) {
        if (problem)
            *problem = ApiError(ApiError::Kind::Validation, 0, why.message, def.path);
        return 0;
    }
    const quint64 ticket = m_nextTicket++;
    ApiReply *reply = m_client->get(*url);
    m_replies.insert(ticket, reply);
    connect(reply, &ApiReply::finished, this, [this, ticket, page, reply, def = &def] {
        reply->deleteLater();
        if (m_replies.value(ticket) != reply)
            return;
        m_replies.remove(ticket);
        if (const auto error = reply->error()) {
            if (error->kind != ApiError::Kind::Cancelled)
                emit failed(ticket, page, *error);
            return;
        }
        auto decoded = PageCodec::decodePage(*def, reply->body(), reply->url().path());
        if (auto *error = std::get_if<ApiError>(&decoded)) {
            emit failed(ticket, page, *error);
            return;
        }
        emit loaded(ticket, page, std::get<Page>(decoded), Origin {false, {}, reply->url()});
    });
    return ticket;
}

void ServerPageSource::cancel(quint64 ticket)
{
    if (ApiReply *reply = m_replies.take(ticket)) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
        return;
    }
    for (auto it = m_lookups.begin(); it != m_lookups.end(); ++it) {
        if (it.value().first == ticket) {
            m_lookups.erase(it); // its answer is ignored
            return;
        }
    }
}

void ServerPageSource::remember(int page, const Query &query, const Page &result)
{
    if (m_cache)
        m_cache->store(cacheKey(page, query), SourceDefinitions::get(query.source), result.records,
                       result.total);
}

int ServerPageSource::pageSizeLimit(const Query &query) const
{
    const auto url =
        SourceDefinitions::pageUrl(SourceDefinitions::get(query.source), m_baseUrl, query, 0, m_pathOverride);
    return url ? m_client->pageSizeLimit(*url) : 0;
}

void ServerPageSource::learnPageSizeLimit(const Query &query, int pageSize)
{
    const auto url =
        SourceDefinitions::pageUrl(SourceDefinitions::get(query.source), m_baseUrl, query, 0, m_pathOverride);
    if (url)
        m_client->learnPageSizeLimit(*url, pageSize);
}
