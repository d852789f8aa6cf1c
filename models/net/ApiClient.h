#pragma once

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>

class ApiReply;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// GETs against one log server, resilient and careful with the token:
// - `Authorization: Bearer`, `Accept: application/json`, `User-Agent: LogDeck/<version>`;
// - a transfer timeout; up to `maxTries` tries with exponential backoff and jitter for
//   timeouts, connection failures, cut-off bodies, 500, 502, 503 and 504 (never a 4xx);
// - at most `maxInFlightPerHost` requests on the wire per host, the rest queued;
// - a cap on the body size, so a hostile server cannot exhaust memory;
// - redirects only to the same scheme, host and port (the token never travels elsewhere),
//   and at most `maxRedirects` of them, so a loop ends in a typed error after a few hops;
// - 429 and 503 wait as long as `Retry-After` says (seconds or an HTTP-date, at most
//   `maxRetryAfterSeconds`), halve that host's in-flight limit (it grows back one step
//   per `recoverAfterSuccesses` answers), and say so through waitingChanged();
// - what the server's pages really hold: a page size the server clamped is remembered
//   per endpoint (pageSizeLimit), so every later request asks for what it will get;
// - the system's proxy settings (http_proxy, https_proxy, no_proxy on Linux) unless the
//   connection names a proxy of its own or none.
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
        int maxRetryAfterSeconds = 120;
        int maxRateLimitWaits = 8; // 429/503 answers waited out before giving up
        int recoverAfterSuccesses = 20;
    };

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setToken(const QString &token) { m_token = token; }
    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }

    ApiReply *get(const QUrl &url);
    int inFlight() const;
    // The in-flight limit for the host of `url` now (lowered by 429/503).
    int hostLimit(const QUrl &url) const;

    // Empty: the system's proxy settings. "direct": none. Otherwise a proxy URL
    // (http://host:port or socks5://host:port).
    bool setProxy(const QString &proxy);
    static bool isValidProxy(const QString &proxy);

    // The largest page the server at this endpoint (scheme, host, port, path) was seen
    // to return, when it returned fewer than asked for; 0 while none was learned.
    int pageSizeLimit(const QUrl &endpoint) const;
    void learnPageSizeLimit(const QUrl &endpoint, int pageSize);

    // Seconds until the longest wait that a server asked for ends; 0 when none.
    int waitingSeconds() const;

signals:
    void inFlightChanged(int count);
    // A server asked LogDeck to wait (429, 503): the seconds left, every second, then 0.
    void waitingChanged(int seconds);

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
    // The wait a 429 or 503 asks for, in ms (Retry-After, capped), or -1 without one.
    int retryAfterMs(QNetworkReply *network) const;
    void slowDown(const QString &host);
    void noteSuccess(const QString &host);
    void scheduleRetry(ApiReply *reply, int delayMs, bool serverAsked);
    void tickWaiting();
    static QString endpointKey(const QUrl &url);

    QNetworkAccessManager *m_nam;
    QString m_token;
    Options m_options;
    QHash<QString, QQueue<ApiReply *>> m_waiting;
    QHash<QString, int> m_active;
    QHash<ApiReply *, QString> m_holding; // replies that occupy a slot
    QHash<QString, int> m_hostLimit; // lowered limits (absent: Options::maxInFlightPerHost)
    QHash<QString, int> m_successes; // answers since the host's limit was last changed
    QHash<QString, int> m_pageSizeLimits;
    QHash<ApiReply *, qint64> m_waitUntil; // replies waiting as a server asked: until (ms epoch)
    QTimer *m_waitTicker;
    int m_lastWaitReported = 0;
};
