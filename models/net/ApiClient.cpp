#include "net/ApiClient.h"

#include "net/ApiReply.h"

#include "LogDeckVersion.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

// QT_LOGGING_RULES="logdeck.http.debug=true" traces every request (never the token).
Q_LOGGING_CATEGORY(lcHttp, "logdeck.http", QtWarningMsg)

namespace
{
bool retryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504;
}

bool asksToWait(int status)
{
    return status == 429 || status == 503;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool retryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}
} // namespace

ApiReply::ApiReply(ApiClient *client, const QUrl &url)
    : QObject(nullptr)
    , m_client(client)
    , m_url(url)
{ }

ApiReply::~ApiReply()
{
    if (!m_finished && m_client)
        m_client->forget(this);
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
}

void ApiReply::cancel()
{
    if (m_finished)
        return;
    if (m_network) {
        qCDebug(lcHttp) << "cancel" << m_url.toDisplayString();
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
        m_network = nullptr;
    }
    finish(ApiError(ApiError::Kind::Cancelled, 0, {}, m_url.path()));
}

void ApiReply::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_client)
        m_client->forget(this);
    emit finished();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // Redirects come back as answers and are followed here (followRedirect), one checked
    // hop at a time: Qt's own following (6.4) lost answers in a chain of redirects.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Companies reach servers through proxies: the system's settings (on Linux the
    // http_proxy, https_proxy and no_proxy variables) apply unless setProxy() says otherwise.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_waitTicker = new QTimer(this);
    m_waitTicker->setInterval(1000);
    connect(m_waitTicker, &QTimer::timeout, this, &ApiClient::tickWaiting);
}

bool ApiClient::isValidProxy(const QString &proxy)
{
    const QString text = proxy.trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("direct"), Qt::CaseInsensitive) == 0)
        return true;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty()
        && (scheme == u"http" || scheme == u"socks5");
}

bool ApiClient::setProxy(const QString &proxy)
{
    if (!isValidProxy(proxy))
        return false;
    const QString text = proxy.trimmed();
    if (text.isEmpty()) {
        m_nam->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        return true;
    }
    if (text.compare(QLatin1String("direct"), Qt::CaseInsensitive) == 0) {
        m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // Credentials in a proxy URL are refused (isValidProxy): they would end up on disk.
    m_nam->setProxy(QNetworkProxy(scheme == u"socks5" ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                  url.host(), quint16(url.port(scheme == u"socks5" ? 1080 : 8080))));
    return true;
}

QString ApiClient::endpointKey(const QUrl &url)
{
    return hostKey(url) + url.path();
}

int ApiClient::pageSizeLimit(const QUrl &endpoint) const
{
    return m_pageSizeLimits.value(endpointKey(endpoint));
}

void ApiClient::learnPageSizeLimit(const QUrl &endpoint, int pageSize)
{
    if (pageSize < 1)
        return;
    int &limit = m_pageSizeLimits[endpointKey(endpoint)];
    if (limit == 0 || pageSize < limit) {
        qCDebug(lcHttp) << "page size limit" << endpoint.path() << pageSize;
        limit = pageSize;
    }
}

int ApiClient::hostLimit(const QUrl &url) const
{
    return m_hostLimit.value(hostKey(url), qMax(1, m_options.maxInFlightPerHost));
}

int ApiClient::waitingSeconds() const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 latest = 0;
    for (qint64 until : m_waitUntil)
        latest = qMax(latest, until);
    return latest > now ? int((latest - now + 999) / 1000) : 0;
}

void ApiClient::tickWaiting()
{
    const int seconds = waitingSeconds();
    if (seconds == 0)
        m_waitTicker->stop();
    if (seconds != m_lastWaitReported) {
        m_lastWaitReported = seconds;
        emit waitingChanged(seconds);
    }
}

void ApiClient::slowDown(const QString &host)
{
    const int limit = m_hostLimit.value(host, qMax(1, m_options.maxInFlightPerHost));
    m_hostLimit.insert(host, qMax(1, limit / 2));
    m_successes.insert(host, 0);
}

void ApiClient::noteSuccess(const QString &host)
{
    const auto it = m_hostLimit.find(host);
    if (it == m_hostLimit.end())
        return;
    if (++m_successes[host] < m_options.recoverAfterSuccesses)
        return;
    m_successes[host] = 0;
    if (++*it >= qMax(1, m_options.maxInFlightPerHost))
        m_hostLimit.erase(it);
    QMetaObject::invokeMethod(
        this, [this, host] { pump(host); }, Qt::QueuedConnection);
}

int ApiClient::retryAfterMs(QNetworkReply *network) const
{
    const QByteArray value = network->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    const qint64 cap = qint64(m_options.maxRetryAfterSeconds) * 1000;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return int(qBound<qint64>(0, seconds * 1000, cap));
    // An HTTP-date (RFC 9110 IMF-fixdate): Wed, 21 Oct 2026 07:28:00 GMT
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text.chop(4);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    if (!at.isValid())
        return -1;
    at.setTimeSpec(Qt::UTC);
    return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at), cap));
}

void ApiClient::scheduleRetry(ApiReply *reply, int delayMs, bool serverAsked)
{
    // Give the slot back while waiting, so a flaky server does not block others.
    release(reply);
    if (!reply->m_retryTimer) {
        reply->m_retryTimer = new QTimer(reply);
        reply->m_retryTimer->setSingleShot(true);
        connect(reply->m_retryTimer, &QTimer::timeout, this, [this, reply] {
            if (m_waitUntil.remove(reply))
                tickWaiting();
            enqueue(reply);
        });
    }
    reply->m_retryTimer->start(delayMs);
    if (serverAsked) {
        m_waitUntil.insert(reply, QDateTime::currentMSecsSinceEpoch() + delayMs);
        if (!m_waitTicker->isActive())
            m_waitTicker->start();
        tickWaiting();
    }
}

ApiClient::~ApiClient()
{
    // Outstanding replies belong to their callers; make sure none calls back into us.
    const auto holding = m_holding.keys();
    for (ApiReply *reply : holding)
        reply->m_client = nullptr;
    for (auto &queue : m_waiting) {
        for (ApiReply *reply : queue)
            reply->m_client = nullptr;
    }
}

QString ApiClient::hostKey(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

ApiReply *ApiClient::get(const QUrl &url)
{
    auto *reply = new ApiReply(this, url);
    enqueue(reply);
    return reply;
}

int ApiClient::inFlight() const
{
    int total = 0;
    for (int n : m_active)
        total += n;
    return total;
}

void ApiClient::enqueue(ApiReply *reply)
{
    const QString host = hostKey(reply->m_url);
    reply->m_queued = true;
    m_waiting[host].enqueue(reply);
    pump(host);
}

void ApiClient::pump(const QString &host)
{
    auto &queue = m_waiting[host];
    const int limit = m_hostLimit.value(host, qMax(1, m_options.maxInFlightPerHost));
    while (!queue.isEmpty() && m_active.value(host) < limit) {
        ApiReply *reply = queue.dequeue();
        reply->m_queued = false;
        ++m_active[host];
        m_holding.insert(reply, host);
        emit inFlightChanged(inFlight());
        start(reply);
    }
}

void ApiClient::release(ApiReply *reply)
{
    const auto it = m_holding.find(reply);
    if (it == m_holding.end())
        return;
    const QString host = *it;
    m_holding.erase(it);
    --m_active[host];
    emit inFlightChanged(inFlight());
    // Start the next one from the event loop: never re-enter a caller's slot.
    QMetaObject::invokeMethod(
        this, [this, host] { pump(host); }, Qt::QueuedConnection);
}

void ApiClient::forget(ApiReply *reply)
{
    if (m_waitUntil.remove(reply))
        tickWaiting();
    if (reply->m_queued) {
        m_waiting[hostKey(reply->m_url)].removeAll(reply);
        reply->m_queued = false;
    }
    release(reply);
}

int ApiClient::backoffMs(int attempt) const
{
    const int base = m_options.backoffBaseMs * (1 << qMin(attempt - 1, 10));
    return base / 2 + int(QRandomGenerator::global()->bounded(quint32(base) + 1));
}

void ApiClient::start(ApiReply *reply)
{
    ++reply->m_attempts;
    reply->m_redirects = 0;
    send(reply, reply->m_url);
}

void ApiClient::send(ApiReply *reply, const QUrl &url)
{
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("LogDeck/" LOGDECK_VERSION));
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *network = m_nam->get(request);
    qCDebug(lcHttp) << "GET" << url.toDisplayString() << "try" << reply->m_attempts << "redirect"
                    << reply->m_redirects << "in flight" << inFlight();
    reply->m_network = network;
    auto checkSize = [this, network, reply](qint64 received, qint64 total) {
        const qint64 cap = m_options.maxBodyBytes;
        if (received <= cap && total <= cap)
            return;
        network->disconnect(reply);
        network->abort();
        network->deleteLater();
        reply->m_network = nullptr;
        reply->finish(ApiError(ApiError::Kind::TooLarge,
                               network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                               QCoreApplication::translate("ApiClient", "more than %1 MiB")
                                   .arg(cap / (1024.0 * 1024.0), 0, 'f', 1),
                               reply->m_url.path()));
    };
    connect(network, &QNetworkReply::downloadProgress, reply, checkSize);
    connect(network, &QNetworkReply::metaDataChanged, reply, [network, checkSize] {
        const qint64 length = network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        checkSize(0, length);
    });
    connect(network, &QNetworkReply::finished, reply,
            [this, reply, network] { handleFinished(reply, network); });
}

void ApiClient::handleFinished(ApiReply *reply, QNetworkReply *network)
{
    network->deleteLater();
    if (reply->m_network != network || reply->m_finished)
        return;
    reply->m_network = nullptr;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = network->error();
    const QByteArray body = network->isOpen() ? network->readAll() : QByteArray();
    const QString endpoint = reply->m_url.path();
    reply->m_status = status;
    qCDebug(lcHttp) << "done" << network->url().toDisplayString() << status << netError << body.size()
                    << "bytes";

    if (isRedirect(status) && netError == QNetworkReply::NoError) {
        followRedirect(reply, network);
        return;
    }
    const QString host = hostKey(reply->m_url);
    if (asksToWait(status)) {
        // The server is overloaded or rate-limits us: fewer at a time, and wait as asked.
        slowDown(host);
        const int asked = retryAfterMs(network);
        if (reply->m_rateLimitWaits < m_options.maxRateLimitWaits && (asked >= 0 || status == 429)) {
            ++reply->m_rateLimitWaits;
            --reply->m_attempts; // waiting as asked is not a failed try
            const int fallback = qMin(m_options.maxRetryAfterSeconds * 1000,
                                      1000 * (1 << qMin(reply->m_rateLimitWaits - 1, 6)));
            qCDebug(lcHttp) << "server asks to wait" << status << (asked >= 0 ? asked : fallback) << "ms";
            scheduleRetry(reply, asked >= 0 ? asked : fallback, true);
            return;
        }
    }

    std::optional<ApiError> error;
    bool retry = false;
    if (status >= 200 && status < 300 && netError == QNetworkReply::NoError) {
        reply->m_body = body;
        noteSuccess(host);
    } else if (status >= 300 && status != 0 && (netError == QNetworkReply::NoError || status >= 400)) {
        error = ApiError::fromHttp(status, body, endpoint);
        retry = retryableStatus(status);
    } else {
        // No HTTP answer, or an answer cut off: the transport failed.
        const bool timedOut =
            netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError;
        const bool cutOff = status >= 200 && status < 300;
        if (timedOut)
            error = ApiError(ApiError::Kind::Timeout, status,
                             QCoreApplication::translate("ApiClient", "no answer within %1 s")
                                 .arg(m_options.timeoutMs / 1000.0),
                             endpoint);
        else if (cutOff)
            error = ApiError(ApiError::Kind::MalformedBody, status,
                             QCoreApplication::translate("ApiClient", "the body ended early after %1 bytes")
                                 .arg(body.size()),
                             endpoint);
        else
            error = ApiError(ApiError::Kind::Network, status, network->errorString(), endpoint);
        retry = retryableNetworkError(netError);
    }

    if (error && retry && reply->m_attempts < m_options.maxTries) {
        scheduleRetry(reply, backoffMs(reply->m_attempts), false);
        return;
    }
    release(reply);
    reply->finish(error);
}

void ApiClient::followRedirect(ApiReply *reply, QNetworkReply *network)
{
    const int status = reply->m_status;
    // The raw header: Qt's parsed LocationHeader drops relative targets, which RFC 9110 allows.
    const QUrl location = QUrl::fromEncoded(network->rawHeader("Location").trimmed(), QUrl::StrictMode);
    const QUrl next = network->url().resolved(location);
    QString refusal;
    if (!location.isValid() || location.isEmpty())
        refusal = QCoreApplication::translate("ApiClient", "a redirect without a valid Location");
    else if (hostKey(next) != hostKey(reply->m_url))
        refusal = QCoreApplication::translate("ApiClient", "the server redirected to %1").arg(next.host());
    else if (++reply->m_redirects > m_options.maxRedirects)
        refusal = QCoreApplication::translate("ApiClient", "more than %n redirect(s)", nullptr,
                                              m_options.maxRedirects);
    if (refusal.isEmpty()) {
        send(reply, next);
        return;
    }
    release(reply);
    reply->finish(ApiError(ApiError::Kind::Redirect, status, refusal, reply->m_url.path()));
}
