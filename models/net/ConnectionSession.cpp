#include "net/ConnectionSession.h"

#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "net/ConnectionProbe.h"

#include <QCoreApplication>

ConnectionSession::ConnectionSession(const Connection &connection, PageCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_model(new RemoteLogModel(m_client, this))
{
    m_model->setCache(cache);
    setConnection(connection);
}

ConnectionSession::~ConnectionSession() = default;

void ConnectionSession::setConnection(const Connection &connection)
{
    m_connection = connection;
    ApiClient::Options options = m_client->options();
    options.timeoutMs = connection.timeoutMs;
    m_client->setOptions(options);
    m_client->setProxy(connection.proxy);
}

void ConnectionSession::setToken(const QString &token)
{
    m_token = token;
    m_client->setToken(token);
}

void ConnectionSession::markUnavailable(SourceKind kind, const ApiError &error)
{
    QString reason;
    switch (error.kind) {
    case ApiError::Kind::Forbidden:
        reason =
            QCoreApplication::translate("ConnectionSession", "This token may not read this source (403).");
        break;
    case ApiError::Kind::Auth:
        reason = QCoreApplication::translate("ConnectionSession", "The token is missing or not valid (401).");
        break;
    case ApiError::Kind::NotFound:
        reason = QCoreApplication::translate("ConnectionSession",
                                             "The server has no such endpoint (404): check the path.");
        break;
    default:
        return; // transient: not a property of the source
    }
    if (m_unavailable.value(kind) == reason)
        return;
    m_unavailable.insert(kind, reason);
    emit sourceAccessChanged(kind, reason);
}

void ConnectionSession::probe()
{
    delete m_probe;
    m_probe = new ConnectionProbe(m_client, m_connection, this);
    connect(m_probe, &ConnectionProbe::sourceChecked, this,
            [this](SourceKind kind, const ConnectionProbe::Outcome &outcome) {
                if (outcome.ok) {
                    if (m_unavailable.remove(kind) > 0)
                        emit sourceAccessChanged(kind, QString());
                } else if (outcome.error) {
                    markUnavailable(kind, *outcome.error);
                }
            });
    m_probe->start();
}
