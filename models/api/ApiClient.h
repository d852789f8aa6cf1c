#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>

class ApiReply;
class QNetworkAccessManager;
class QNetworkReply;

// GETs against one log server, resilient and careful with the token:
// - `Authorization: Bearer`, `Accept: application/json`, `User-Agent: LogDeck/<version>`;
// - a transfer timeout; up to `maxTries` tries with exponential backoff and jitter for
//   timeouts, connection failures, cut-off bodies, 500, 502, 503 and 504 (never a 4xx);
// - at most `maxInFlightPerHost` requests on the wire per host, the rest queued;
// - a cap on the body size, so a hostile server cannot exhaust memory;
// - redirects only to the same scheme, host and port (the token never travels elsewhere),
//   and at most `maxRedirects` of them, so a loop ends in a typed error after a few hops.
// The token is never logged, never put in a URL and never part of an error message.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int timeoutMs = 30000;
        int maxTries = 3;
        int backoffBaseMs = 200; // first retry after about this, then doubling, ±50 % jitter
        int maxInFlightPerHost = 4;
        qint64 maxBodyBytes = 64 * 1024 * 1024;
        int maxRedirects = 5;
    };

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setToken(const QString &token) { m_token = token; }
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    ApiReply *get(const QUrl &url);
    int inFlight() const;

signals:
    void inFlightChanged(int count);

private:
    friend class ApiReply;
    static QString hostKey(const QUrl &url);
    void enqueue(ApiReply *reply);
    void pump(const QString &host);
    void start(ApiReply *reply);
    void send(ApiReply *reply, const QUrl &url);
    void followRedirect(ApiReply *reply, QNetworkReply *network);
    void handleFinished(ApiReply *reply, QNetworkReply *network);
    void release(ApiReply *reply);
    void forget(ApiReply *reply);
    int backoffMs(int attempt) const;

    QNetworkAccessManager *m_nam;
    QString m_token;
    Options m_options;
    QHash<QString, QQueue<ApiReply *>> m_waiting;
    QHash<QString, int> m_active;
    QHash<ApiReply *, QString> m_holding; // replies that occupy a slot
};
