#pragma once

#include "core/Connection.h"
#include "net/ApiError.h"

#include <QHash>
#include <QObject>

class ApiClient;
class ConnectionProbe;
class PageCache;
class RemoteLogModel;

// One open connection: its HTTP client (with the token), its table model, and what
// each source answered the probe — which the sidebar shows as greyed sources. The token
// lives here in memory only; persisting it is TokenStore's business.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    ConnectionSession(const Connection &connection, PageCache *cache, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const Connection &connection() const { return m_connection; }
    void setConnection(const Connection &connection);
    QString id() const { return m_connection.id; }
    // Not saved between runs (--url, the demo).
    bool isTransient() const { return m_transient; }
    void setTransient(bool transient) { m_transient = transient; }

    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    ApiClient *client() const { return m_client; }
    RemoteLogModel *model() const { return m_model; }

    // Asks each source for one row; sourceAccessChanged follows per source.
    void probe();
    // Why the source cannot be read (empty: it can, or it is not known yet).
    QString unavailableReason(SourceKind kind) const { return m_unavailable.value(kind); }
    void markUnavailable(SourceKind kind, const ApiError &error);

signals:
    void sourceAccessChanged(SourceKind kind, const QString &reason);

private:
    Connection m_connection;
    bool m_transient = false;
    QString m_token;
    ApiClient *m_client;
    RemoteLogModel *m_model;
    ConnectionProbe *m_probe = nullptr;
    QHash<SourceKind, QString> m_unavailable;
};
