#pragma once

#include "core/Connection.h"
#include "net/ApiError.h"

#include <QHash>
#include <QObject>

#include <optional>

class ApiClient;
class ApiReply;

// "Test connection": one small page from each of the five sources, to tell the user per
// source whether it answers, and if not, why (401, 403, not found, unreachable). The
// sidebar uses the same answers to grey out sources a token cannot read.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        std::optional<ApiError> error;
    };

    ConnectionProbe(ApiClient *client, const Connection &connection, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    void start();
    bool isRunning() const { return !m_pending.isEmpty(); }
    QHash<SourceKind, Outcome> outcomes() const { return m_outcomes; }

signals:
    void sourceChecked(SourceKind kind, const ConnectionProbe::Outcome &outcome);
    void finished();

private:
    ApiClient *m_client;
    Connection m_connection;
    QHash<SourceKind, ApiReply *> m_pending;
    QHash<SourceKind, Outcome> m_outcomes;
};

Q_DECLARE_METATYPE(ConnectionProbe::Outcome)
