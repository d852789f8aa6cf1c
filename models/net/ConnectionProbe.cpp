#include "net/ConnectionProbe.h"
#include "sources/SourceRegistry.h"

#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"

ConnectionProbe::ConnectionProbe(ApiClient *client, const Connection &connection, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(connection)
{
    qRegisterMetaType<ConnectionProbe::Outcome>();
}

ConnectionProbe::~ConnectionProbe()
{
    for (ApiReply *reply : std::as_const(m_pending)) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
}

void ConnectionProbe::start()
{
    m_outcomes.clear();
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        const SourceDefinition &def = SourceDefinitions::get(kind);
        Query q;
        q.source = kind;
        q.pageSize = 1;
        RequestProblem problem;
        const auto url = SourceDefinitions::pageUrl(def, m_connection.baseUrl, q, 0,
                                                    m_connection.pathOverride(kind), &problem);
        if (!url) {
            m_outcomes.insert(kind,
                              {false, ApiError(ApiError::Kind::Validation, 0, problem.message, def.path)});
            continue;
        }
        ApiReply *reply = m_client->get(*url);
        m_pending.insert(kind, reply);
        connect(reply, &ApiReply::finished, this, [this, kind, reply, &def] {
            reply->deleteLater();
            m_pending.remove(kind);
            Outcome outcome;
            if (const auto error = reply->error()) {
                outcome.error = error;
            } else {
                auto decoded = PageCodec::decodePage(def, reply->body(), reply->url().path());
                if (auto *error = std::get_if<ApiError>(&decoded))
                    outcome.error = *error;
                else
                    outcome.ok = true;
            }
            m_outcomes.insert(kind, outcome);
            emit sourceChecked(kind, outcome);
            if (m_pending.isEmpty())
                emit finished();
        });
    }
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        emit sourceChecked(it.key(), it.value());
    if (m_pending.isEmpty())
        emit finished();
}
