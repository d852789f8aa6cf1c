#include "overview/OverviewRequests.h"

#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"

#include <QCoreApplication>

OverviewRequests::OverviewRequests(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

OverviewRequests::~OverviewRequests()
{
    cancel();
}

void OverviewRequests::add(quint64 id, const SourceDefinition *def, const QUrl &url, bool cacheable)
{
    m_queue.enqueue({id, def, url, cacheable});
}

void OverviewRequests::cancel()
{
    ++m_generation;
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiReply *reply : replies) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_queue.clear();
}

void OverviewRequests::pump()
{
    const int generation = m_generation;
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const Pending p = m_queue.dequeue();
        if (p.cacheable) {
            const auto cached = m_cache.constFind(p.url.toString());
            if (cached != m_cache.cend()) {
                ++m_answered;
                emit answered(p.id, *cached);
                if (generation != m_generation)
                    return; // cancelled from within
                continue;
            }
        }
        ApiReply *reply = m_client->get(p.url);
        ++m_sent;
        m_inFlight.insert(reply, p);
        connect(reply, &ApiReply::finished, this, [this, reply] { onReply(reply); });
    }
}

void OverviewRequests::onReply(ApiReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return; // cancelled
    const Pending p = *it;
    m_inFlight.erase(it);
    ++m_answered;
    if (const auto error = reply->error()) {
        emit failed(error->message());
        return;
    }
    const auto decoded = PageCodec::decodePage(*p.def, reply->body(), reply->url().path());
    if (const auto *error = std::get_if<ApiError>(&decoded)) {
        emit failed(error->message());
        return;
    }
    const Page &page = std::get<Page>(decoded);
    if (!page.total) {
        emit failed(
            QCoreApplication::translate("ServerOverview",
                                        "The server does not say how many records match, so they cannot "
                                        "be counted without reading them all."));
        return;
    }
    const Answer answer {*page.total, page.records, page.pageSize};
    if (p.cacheable)
        m_cache.insert(p.url.toString(), answer);
    const int generation = m_generation;
    emit answered(p.id, answer);
    if (generation == m_generation)
        pump();
}
