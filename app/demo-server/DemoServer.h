#pragma once

#include "ApiLogStore.h"
#include "CommLogStore.h"
#include "DemoDirectory.h"
#include "MfaAuditStore.h"
#include "NotifAuditStore.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QUrlQuery>

#include <memory>

struct DemoServerOptions {
    quint64 seed = 1;
    int users = 500;
    int tenants = 8;
    int comm = 100000;
    int apiLogs = 20000;
    int audit = 50000;
    int mfa = 3000;
    QDateTime anchor = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    struct Token {
        QString userId;
        bool admin = false;
    };
    QHash<QString, Token> tokens; // token → caller
    // Faults, all off by default.
    int latencyMs = 0;
    int jitterMs = 0;
    double failRate = 0;
    double truncateRate = 0;
    int slowBodyMs = 0;
    // How notif-audit's success body is shaped: "object" (the Spring page), "string"
    // (the same object double-encoded) or "array" (bare items, no totals).
    QString notifAuditBody = QStringLiteral("object");
    bool verbose = false;
    // Live traffic: this many more comm logs arrive, one every arrivalMs.
    int arrivals = 0;
    int arrivalMs = 1000;
    // Breaks the comm lists' created_at order (pages come oldest first) for clients
    // that must notice.
    bool disorderComm = false;

    static QHash<QString, Token> defaultTokens();
};

// The five log APIs of ../shared/api-docs over real HTTP, as CONTRACTS.md settles them.
class DemoServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit DemoServer(const DemoServerOptions &options, QObject *parent = nullptr);
    ~DemoServer() override;

    struct Reply {
        int status = 200;
        QByteArray body;
    };
    // The routing and the answers, without the transport (and without faults).
    Reply answer(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &authorization) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Shape { Simple, Spring, Abp };
    struct Caller {
        QString userId;
        bool admin = false;
    };
    static Shape shapeFor(const QString &path);
    std::optional<Caller> authenticate(const QByteArray &authorization) const;
    static Reply error(Shape shape, int status, const QString &name, const QString &message,
                       const QString &member = {});
    Reply commLogs(const QUrlQuery &query, const Caller &caller, bool admin) const;
    Reply mfaAudit(const QUrlQuery &query) const;
    Reply notifAudit(const QUrlQuery &query) const;
    Reply apiLogList(const QUrlQuery &query) const;
    Reply apiLogGet(const QString &id) const;
    static Reply envelopeA(const QJsonArray &items, int page, int pageSize, int total);
    void send(QTcpSocket *socket, const Reply &reply, Shape shape);

    DemoServerOptions m_options;
    DemoDirectory m_directory;
    std::unique_ptr<CommLogStore> m_comm;
    std::unique_ptr<ApiLogStore> m_apiLogs;
    std::unique_ptr<NotifAuditStore> m_audit;
    std::unique_ptr<MfaAuditStore> m_mfa;
    quint64 m_requestCount = 0;
};
