// ApiClient + PageCodec + SourceDefinition against logdeck-demo-server over real HTTP,
// and against a scripted raw TCP peer for what the demo server never does (redirects).
#include "DemoServerProcess.h"
#include "ScriptedLogServer.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include "LogDeckVersion.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace
{
const QStringList kData = {QStringLiteral("--comm"), QStringLiteral("3000"),    QStringLiteral("--api-logs"),
                           QStringLiteral("500"),    QStringLiteral("--audit"), QStringLiteral("800"),
                           QStringLiteral("--mfa"),  QStringLiteral("200")};

// Waits for a reply on its signal.
bool waitFor(ApiReply *reply, int ms = 30000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(ms);
}

Query pageQuery(SourceKind kind, int size = 20)
{
    Query q;
    q.source = kind;
    q.pageSize = size;
    return q;
}

// Answers every request with a fixed response, or with the one set for its path, and
// records the request heads. A connection stays open for more requests unless the
// response says `Connection: close`, as a real server would do.
class ScriptedPeer : public QTcpServer
{
public:
    explicit ScriptedPeer(QByteArray response)
        : m_response(std::move(response))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    // GETs only: a request ends with its head.
                    for (qsizetype end = buffer->indexOf("\r\n\r\n"); end >= 0;
                         end = buffer->indexOf("\r\n\r\n")) {
                        const QByteArray head = buffer->left(end + 4);
                        buffer->remove(0, end + 4);
                        requests << head;
                        const QByteArray response = m_byPath.value(head.split(' ').value(1), m_response);
                        socket->write(response);
                        if (response.contains("\r\nConnection: close\r\n")) {
                            socket->disconnectFromHost();
                            return;
                        }
                    }
                });
            }
        });
    }
    void answer(const QByteArray &path, const QByteArray &response) { m_byPath.insert(path, response); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    QList<QByteArray> requests;

private:
    QByteArray m_response;
    QHash<QByteArray, QByteArray> m_byPath;
};
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everySourceDecodes_data();
    void everySourceDecodes();
    void errorsAreTypedAndNotRetried_data();
    void errorsAreTypedAndNotRetried();
    void retriesRecoverFromFailures();
    void truncatedBodiesAreMalformedNotCrashes();
    void cancellationAbortsAtOnce();
    void inFlightIsCappedPerHost();
    void bodySizeIsCapped();
    void timeoutIsTyped();
    void headersAndNoTokenInUrl();
    void redirectsStayOnTheSameOrigin();
    void cliFetch();
    void rateLimitsAreWaitedOutAndSlowTheHost();
    void retryAfterIsCapped();
    void rateLimitThatNeverEndsIsTypedAsSuch();
    void systemProxyIsHonoured();
    void connectionProxyOverridesTheSystem();

private:
    DemoServerProcess m_server;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_server.start(kData), qPrintable(m_server.errorString()));
}

void TestApiClient::everySourceDecodes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("token");
    QTest::addColumn<qint64>("total");
    QTest::newRow("comm-mine") << Sources::CommMine.key() << "demo-user" << qint64(-2);
    QTest::newRow("comm-admin") << Sources::CommAdmin.key() << "demo-admin" << qint64(3000);
    QTest::newRow("notif-audit") << Sources::NotifAudit.key() << "demo-admin" << qint64(800);
    QTest::newRow("api-logs") << Sources::ApiLogs.key() << "demo-admin" << qint64(500);
    QTest::newRow("mfa-audit") << Sources::MfaAudit.key() << "demo-admin" << qint64(200);
}

void TestApiClient::everySourceDecodes()
{
    QFETCH(QString, kind);
    QFETCH(QString, token);
    QFETCH(qint64, total);
    ApiClient client;
    client.setToken(token);
    const SourceDefinition &def = SourceDefinitions::get(SourceKind(kind));
    const QUrl url = *SourceDefinitions::pageUrl(def, m_server.baseUrl(), pageQuery(SourceKind(kind)), 1);
    std::unique_ptr<ApiReply> reply(client.get(url));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), qPrintable(reply->error() ? reply->error()->message() : QString()));
    QCOMPARE(reply->attempts(), 1);
    const auto page = PageCodec::decodePage(def, reply->body(), url.path());
    QVERIFY(std::holds_alternative<Page>(page));
    QCOMPARE(std::get<Page>(page).records.size(), 20);
    if (total > 0)
        QCOMPARE(std::get<Page>(page).total.value_or(-1), total);
    for (const QJsonObject &r : std::get<Page>(page).records)
        QVERIFY(!r.value(def.idField).isUndefined());
}

void TestApiClient::errorsAreTypedAndNotRetried_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverWords");
    QTest::newRow("400 simple") << "/admin/communication/logs?channel=fax"
                                << "demo-admin" << int(ApiError::Kind::Validation) << 400 << "channel";
    QTest::newRow("400 spring") << "/api/notifications/v1/admin/audit-logs?page=0"
                                << "demo-admin" << int(ApiError::Kind::Validation) << 400 << "required";
    QTest::newRow("400 abp") << "/api/app/api-logs?MaxResultCount=5000"
                             << "demo-admin" << int(ApiError::Kind::Validation) << 400 << "MaxResultCount";
    QTest::newRow("401") << "/admin/mfa/config-audit-logs"
                         << "wrong" << int(ApiError::Kind::Auth) << 401 << "token";
    QTest::newRow("403") << "/api/app/api-logs"
                         << "demo-user" << int(ApiError::Kind::Forbidden) << 403 << "admin";
    QTest::newRow("404") << "/api/app/api-logs/00000000-0000-4000-8000-000000000000"
                         << "demo-admin" << int(ApiError::Kind::NotFound) << 404 << "no entity";
}

void TestApiClient::errorsAreTypedAndNotRetried()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, serverWords);
    ApiClient client;
    client.setToken(token);
    std::unique_ptr<ApiReply> reply(client.get(m_server.baseUrl().resolved(QUrl(path))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(!reply->ok());
    QCOMPARE(int(reply->error()->kind), kind);
    QCOMPARE(reply->error()->httpStatus, status);
    QVERIFY2(reply->error()->serverMessage.contains(serverWords), qPrintable(reply->error()->serverMessage));
    QCOMPARE(reply->attempts(), 1); // never retry a 4xx
    QVERIFY(!reply->error()->message().contains(token));
}

void TestApiClient::retriesRecoverFromFailures()
{
    DemoServerProcess flaky;
    QVERIFY(flaky.start(kData + QStringList {QStringLiteral("--fail-rate"), QStringLiteral("0.5")}));
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    ApiClient::Options options;
    options.backoffBaseMs = 10;
    options.maxTries = 3;
    client.setOptions(options);
    const SourceDefinition &def = SourceDefinitions::get(Sources::MfaAudit);
    int retriedAndRecovered = 0, succeeded = 0;
    for (int i = 0; i < 24; ++i) {
        std::unique_ptr<ApiReply> reply(client.get(
            *SourceDefinitions::pageUrl(def, flaky.baseUrl(), pageQuery(Sources::MfaAudit), i % 5)));
        QVERIFY(waitFor(reply.get()));
        QVERIFY(reply->attempts() >= 1 && reply->attempts() <= 3);
        if (reply->ok()) {
            ++succeeded;
            retriedAndRecovered += reply->attempts() > 1;
            QVERIFY(std::holds_alternative<Page>(PageCodec::decodePage(def, reply->body(), {})));
        } else {
            // Gave up only after every try, with the server's 500 in its own shape.
            QCOMPARE(reply->attempts(), 3);
            QCOMPARE(reply->error()->kind, ApiError::Kind::Server);
            QCOMPARE(reply->error()->httpStatus, 500);
        }
    }
    QVERIFY2(retriedAndRecovered >= 3, qPrintable(QString::number(retriedAndRecovered)));
    QVERIFY2(succeeded >= 18, qPrintable(QString::number(succeeded)));
}

void TestApiClient::truncatedBodiesAreMalformedNotCrashes()
{
    DemoServerProcess truncating;
    QVERIFY(truncating.start(kData + QStringList {QStringLiteral("--truncate-rate"), QStringLiteral("1")}));
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    ApiClient::Options options;
    options.backoffBaseMs = 10;
    client.setOptions(options);
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        const SourceDefinition &def = SourceDefinitions::get(kind);
        std::unique_ptr<ApiReply> reply(
            client.get(*SourceDefinitions::pageUrl(def, truncating.baseUrl(), pageQuery(kind, 100), 0)));
        QVERIFY(waitFor(reply.get()));
        if (reply->ok()) {
            // Some stacks hand over the partial body without an error: the codec refuses it.
            const auto page = PageCodec::decodePage(def, reply->body(), {});
            QVERIFY(std::holds_alternative<ApiError>(page));
            QCOMPARE(std::get<ApiError>(page).kind, ApiError::Kind::MalformedBody);
        } else {
            QCOMPARE(reply->error()->kind, ApiError::Kind::MalformedBody);
            QCOMPARE(reply->attempts(), 3);
        }
    }
}

void TestApiClient::cancellationAbortsAtOnce()
{
    DemoServerProcess slow;
    QVERIFY(slow.start(kData + QStringList {QStringLiteral("--latency-ms"), QStringLiteral("5000")}));
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    QSignalSpy inFlight(&client, &ApiClient::inFlightChanged);
    std::unique_ptr<ApiReply> reply(
        client.get(slow.baseUrl().resolved(QUrl(QStringLiteral("/admin/mfa/config-audit-logs")))));
    QTRY_COMPARE(client.inFlight(), 1);
    QSignalSpy finished(reply.get(), &ApiReply::finished);
    QElapsedTimer timer;
    timer.start();
    reply->cancel();
    QCOMPARE(finished.size(), 1); // synchronously
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(reply->error()->kind, ApiError::Kind::Cancelled);
    QCOMPARE(client.inFlight(), 0);
    // A queued request that is cancelled never reaches the wire.
    ApiClient::Options one;
    one.maxInFlightPerHost = 1;
    client.setOptions(one);
    std::unique_ptr<ApiReply> first(
        client.get(slow.baseUrl().resolved(QUrl(QStringLiteral("/admin/mfa/config-audit-logs")))));
    std::unique_ptr<ApiReply> second(
        client.get(slow.baseUrl().resolved(QUrl(QStringLiteral("/admin/mfa/config-audit-logs?page=2")))));
    QTRY_COMPARE(client.inFlight(), 1);
    second->cancel();
    QCOMPARE(second->attempts(), 0);
    first.reset(); // deleting a reply aborts it too
    QTRY_COMPARE(client.inFlight(), 0);
}

void TestApiClient::inFlightIsCappedPerHost()
{
    DemoServerProcess slow;
    QVERIFY(slow.start(kData + QStringList {QStringLiteral("--latency-ms"), QStringLiteral("250")}));
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    ApiClient::Options options;
    options.maxInFlightPerHost = 2;
    client.setOptions(options);
    int peak = 0;
    connect(&client, &ApiClient::inFlightChanged, this, [&peak](int n) { peak = qMax(peak, n); });
    std::vector<std::unique_ptr<ApiReply>> replies;
    for (int i = 0; i < 6; ++i)
        replies.emplace_back(client.get(slow.baseUrl().resolved(
            QUrl(QStringLiteral("/admin/mfa/config-audit-logs?page=%1").arg(i + 1)))));
    for (auto &reply : replies) {
        QVERIFY(waitFor(reply.get()));
        QVERIFY(reply->ok());
    }
    QCOMPARE(peak, 2);
    QCOMPARE(client.inFlight(), 0);
}

void TestApiClient::bodySizeIsCapped()
{
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    ApiClient::Options options;
    options.maxBodyBytes = 4096;
    client.setOptions(options);
    std::unique_ptr<ApiReply> reply(client.get(
        m_server.baseUrl().resolved(QUrl(QStringLiteral("/admin/communication/logs?page_size=100")))));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error()->kind, ApiError::Kind::TooLarge);
    QCOMPARE(reply->attempts(), 1);
    std::unique_ptr<ApiReply> small(client.get(
        m_server.baseUrl().resolved(QUrl(QStringLiteral("/admin/communication/logs?page_size=2")))));
    QVERIFY(waitFor(small.get()));
    QVERIFY(small->ok());
}

void TestApiClient::timeoutIsTyped()
{
    DemoServerProcess slow;
    QVERIFY(slow.start(kData + QStringList {QStringLiteral("--latency-ms"), QStringLiteral("3000")}));
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    ApiClient::Options options;
    options.timeoutMs = 300;
    options.maxTries = 2;
    options.backoffBaseMs = 10;
    client.setOptions(options);
    std::unique_ptr<ApiReply> reply(
        client.get(slow.baseUrl().resolved(QUrl(QStringLiteral("/admin/mfa/config-audit-logs")))));
    QVERIFY(waitFor(reply.get(), 10000));
    QCOMPARE(reply->error()->kind, ApiError::Kind::Timeout);
    QCOMPARE(reply->attempts(), 2);
}

void TestApiClient::headersAndNoTokenInUrl()
{
    ScriptedPeer peer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: "
                      "close\r\n\r\n{}");
    ApiClient client;
    client.setToken(QStringLiteral("s3cret-token"));
    std::unique_ptr<ApiReply> reply(client.get(peer.url(QStringLiteral("/communication/logs?page=1"))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->ok());
    QCOMPARE(peer.requests.size(), 1);
    const QByteArray head = peer.requests.first();
    QVERIFY(head.startsWith("GET /communication/logs?page=1 HTTP/1.1\r\n"));
    QVERIFY(head.contains("\r\nAuthorization: Bearer s3cret-token\r\n"));
    QVERIFY(head.contains("\r\nAccept: application/json\r\n"));
    QVERIFY(head.contains("\r\nUser-Agent: LogDeck/" LOGDECK_VERSION "\r\n"));
    QVERIFY(!reply->url().toString().contains(QStringLiteral("s3cret")));
}

void TestApiClient::redirectsStayOnTheSameOrigin()
{
    // Another host (127.0.0.2 is loopback too, but not the same origin): refused, and the
    // token is never sent there.
    ScriptedPeer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    ScriptedPeer redirecting(
        QStringLiteral("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.2:%1/steal\r\nContent-Length: "
                       "0\r\nConnection: close\r\n\r\n")
            .arg(elsewhere.serverPort())
            .toLatin1());
    ApiClient client;
    client.setToken(QStringLiteral("s3cret-token"));
    std::unique_ptr<ApiReply> reply(client.get(redirecting.url(QStringLiteral("/communication/logs"))));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->error()->kind, ApiError::Kind::Redirect);
    QVERIFY(reply->error()->serverMessage.contains(QStringLiteral("127.0.0.2")));
    QTest::qWait(50); // let any (wrongly) followed request arrive before checking
    QVERIFY(elsewhere.requests.isEmpty());

    // The same origin: followed, with the token, to the answer.
    ScriptedPeer moving("HTTP/1.1 301 Moved\r\nLocation: /moved\r\nContent-Length: 0\r\nConnection: "
                        "close\r\n\r\n");
    moving.answer("/moved", "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]");
    std::unique_ptr<ApiReply> followed(client.get(moving.url(QStringLiteral("/communication/logs"))));
    QVERIFY(waitFor(followed.get()));
    QVERIFY2(followed->ok(), qPrintable(followed->error() ? followed->error()->message() : QString()));
    QCOMPARE(followed->body(), QByteArray("[]"));
    QCOMPARE(moving.requests.size(), 2);
    QVERIFY(moving.requests.at(1).startsWith("GET /moved "));
    QVERIFY(moving.requests.at(1).contains("\r\nAuthorization: Bearer s3cret-token\r\n"));

    // A loop on the same origin: followed maxRedirects times, then a typed error, no retry.
    ScriptedPeer looping("HTTP/1.1 302 Found\r\nLocation: a/\r\nContent-Length: 0\r\n\r\n");
    std::unique_ptr<ApiReply> loop(client.get(looping.url(QStringLiteral("/communication/logs"))));
    QVERIFY(waitFor(loop.get()));
    QCOMPARE(loop->error()->kind, ApiError::Kind::Redirect);
    QCOMPARE(loop->attempts(), 1);
    QCOMPARE(looping.requests.size(), 1 + client.options().maxRedirects);
    QVERIFY(loop->error()->serverMessage.contains(QString::number(client.options().maxRedirects)));

    // A redirect that names no target: refused, not taken for an answer.
    ScriptedPeer nowhere("HTTP/1.1 307 Temporary Redirect\r\nContent-Length: 0\r\n\r\n");
    std::unique_ptr<ApiReply> lost(client.get(nowhere.url(QStringLiteral("/communication/logs"))));
    QVERIFY(waitFor(lost.get()));
    QCOMPARE(lost->error()->kind, ApiError::Kind::Redirect);
    QCOMPARE(lost->error()->httpStatus, 307);
    QCOMPARE(nowhere.requests.size(), 1);
}

void TestApiClient::cliFetch()
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOGDECK_TOKEN"), QStringLiteral("demo-admin"));
    cli.setProcessEnvironment(env);
    const QString program = qEnvironmentVariable("LOGDECK_CLI");
    cli.start(program,
              {QStringLiteral("fetch"), QStringLiteral("--url"), m_server.baseUrl().toString(),
               QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--channel"),
               QStringLiteral("email"), QStringLiteral("--page"), QStringLiteral("2"),
               QStringLiteral("--page-size"), QStringLiteral("7")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("log_")));
        QCOMPARE(o.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
    }

    // An error: non-zero, the typed error with the server's own message, no token.
    env.insert(QStringLiteral("LOGDECK_TOKEN"), QStringLiteral("demo-user"));
    cli.setProcessEnvironment(env);
    cli.start(program,
              {QStringLiteral("fetch"), QStringLiteral("--url"), m_server.baseUrl().toString(),
               QStringLiteral("--source"), QStringLiteral("api-logs")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 1);
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(err.contains("[forbidden]") && err.contains("this endpoint requires the admin role")
                 && err.contains("403"),
             err.constData());
    QVERIFY(!err.contains("demo-user"));

    // A filter the source does not have is refused before any request.
    cli.start(program,
              {QStringLiteral("fetch"), QStringLiteral("--url"), m_server.baseUrl().toString(),
               QStringLiteral("--source"), QStringLiteral("mfa-audit"), QStringLiteral("--channel"),
               QStringLiteral("sms")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("--channel"));

    // A date range on comm-* is not a server parameter: refused, never silently dropped.
    cli.start(program,
              {QStringLiteral("fetch"), QStringLiteral("--url"), m_server.baseUrl().toString(),
               QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--from"),
               QStringLiteral("2026-11-01T00:00:00Z")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("--from"));
}

void TestApiClient::rateLimitsAreWaitedOutAndSlowTheHost()
{
    ScriptedLogServer server;
    server.addRecords(5);
    server.scripted = {{429, "1", R"({"code":429,"message":"rate limited"})"}};
    ApiClient client;
    QCOMPARE(client.hostLimit(server.baseUrl()), 4);
    QSignalSpy waiting(&client, &ApiClient::waitingChanged);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ApiReply> reply(client.get(server.baseUrl().resolved(QUrl(QStringLiteral("/x?page=1")))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), reply->error() ? qPrintable(reply->error()->message()) : "");
    QVERIFY2(clock.elapsed() >= 900, "waited as long as Retry-After said");
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(waiting.size() >= 2);
    QCOMPARE(waiting.first().first().toInt(), 1);
    QCOMPARE(waiting.last().first().toInt(), 0);
    QCOMPARE(client.waitingSeconds(), 0);
    QCOMPARE(client.hostLimit(server.baseUrl()), 2); // halved for this host
    // It grows back as the server answers.
    ApiClient::Options options = client.options();
    options.recoverAfterSuccesses = 2;
    client.setOptions(options);
    for (int i = 0; i < 4; ++i) {
        std::unique_ptr<ApiReply> ok(
            client.get(server.baseUrl().resolved(QUrl(QStringLiteral("/x?page=1")))));
        QVERIFY(waitFor(ok.get()));
    }
    QCOMPARE(client.hostLimit(server.baseUrl()), 4);
}

void TestApiClient::retryAfterIsCapped()
{
    ScriptedLogServer server;
    server.addRecords(5);
    server.scripted = {{503, "3600", "overloaded"}};
    ApiClient client;
    ApiClient::Options options = client.options();
    options.maxRetryAfterSeconds = 1; // 120 in use; the cap is what is tested
    client.setOptions(options);
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<ApiReply> reply(client.get(server.baseUrl().resolved(QUrl(QStringLiteral("/x")))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->ok());
    QVERIFY(clock.elapsed() >= 900);
    QVERIFY2(clock.elapsed() < 30000, "an hour's Retry-After was capped");
    QCOMPARE(ApiClient::Options().maxRetryAfterSeconds, 120);
}

void TestApiClient::rateLimitThatNeverEndsIsTypedAsSuch()
{
    ScriptedLogServer server;
    server.scripted = {{429, "0", "slow down"}, {429, "0", "slow down"}, {429, "0", "slow down"}};
    ApiClient client;
    ApiClient::Options options = client.options();
    options.maxRateLimitWaits = 2;
    client.setOptions(options);
    std::unique_ptr<ApiReply> reply(client.get(server.baseUrl().resolved(QUrl(QStringLiteral("/x")))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->kind, ApiError::Kind::RateLimited);
    QCOMPARE(reply->error()->httpStatus, 429);
    QVERIFY(reply->error()->title() != ApiError(ApiError::Kind::Validation, 400, {}, {}).title());
    QCOMPARE(server.requests.size(), 3);
}

namespace
{
// Sets an environment variable for one scope.
struct ScopedEnv {
    QByteArray name;
    ScopedEnv(const char *n, const QByteArray &value)
        : name(n)
    {
        qputenv(n, value);
    }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};
} // namespace

void TestApiClient::systemProxyIsHonoured()
{
    // The proxy: it is sent the absolute URL, which is how an HTTP proxy is asked.
    ScriptedPeer proxy("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
    const ScopedEnv env("http_proxy", proxy.url({}).toString().toUtf8());
    ApiClient client;
    std::unique_ptr<ApiReply> reply(
        client.get(QUrl(QStringLiteral("http://logs.example.invalid/admin/communication/logs?page=1"))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->ok(), reply->error() ? qPrintable(reply->error()->message()) : "");
    QCOMPARE(proxy.requests.size(), 1);
    QVERIFY2(
        proxy.requests.first().startsWith("GET http://logs.example.invalid/admin/communication/logs?page=1 "),
        proxy.requests.first().constData());

    // no_proxy: straight to the host (which does not exist here), not through the proxy.
    const ScopedEnv bypass("no_proxy", "logs.example.invalid");
    std::unique_ptr<ApiReply> direct(client.get(QUrl(QStringLiteral("http://logs.example.invalid/x"))));
    QVERIFY(waitFor(direct.get()));
    QVERIFY(direct->error());
    QCOMPARE(proxy.requests.size(), 1);
}

void TestApiClient::connectionProxyOverridesTheSystem()
{
    ScriptedPeer systemProxy("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    ScriptedPeer own("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    const ScopedEnv env("http_proxy", systemProxy.url({}).toString().toUtf8());
    ApiClient client;
    QVERIFY(client.setProxy(QStringLiteral("http://127.0.0.1:%1").arg(own.serverPort())));
    std::unique_ptr<ApiReply> reply(client.get(QUrl(QStringLiteral("http://logs.example.invalid/y"))));
    QVERIFY(waitFor(reply.get()));
    QVERIFY(reply->ok());
    QCOMPARE(own.requests.size(), 1);
    QCOMPARE(systemProxy.requests.size(), 0);
    // "direct": neither proxy.
    QVERIFY(client.setProxy(QStringLiteral("direct")));
    std::unique_ptr<ApiReply> none(client.get(QUrl(QStringLiteral("http://logs.example.invalid/z"))));
    QVERIFY(waitFor(none.get()));
    QVERIFY(none->error());
    QCOMPARE(own.requests.size() + systemProxy.requests.size(), 1);
    // Credentials in a proxy URL would be stored with the connection: refused.
    QVERIFY(!ApiClient::isValidProxy(QStringLiteral("http://user:secret@proxy:3128")));
    QVERIFY(!ApiClient::isValidProxy(QStringLiteral("ftp://proxy:21")));
    QVERIFY(ApiClient::isValidProxy(QStringLiteral("socks5://proxy:1080")));
    QVERIFY(!client.setProxy(QStringLiteral("not a url")));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
