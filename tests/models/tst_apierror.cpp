#include "net/ApiError.h"

#include <QFile>
#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data();
    void shapes();
    void detailsSayWhatWasWrong();
    void businessCodesAreTheirErrors_data();
    void businessCodesAreTheirErrors();
};

void TestApiError::detailsSayWhatWasWrong()
{
    // ABP: the message alone ("Your request is not valid!") does not say what to fix.
    const QByteArray abp =
        R"({"error":{"code":null,"message":"Your request is not valid!",)"
        R"("details":"The following errors were detected during validation.\n - The field )"
        R"(MaxResultCount must be between 1 and 1000.\n","validationErrors":[{"message":)"
        R"("The field MaxResultCount must be between 1 and 1000.","members":["maxResultCount"]}]}})";
    const ApiError e = ApiError::fromHttp(400, abp, QStringLiteral("/api/app/api-logs"));
    QCOMPARE(e.kind, ApiError::Kind::Validation);
    QCOMPARE(e.serverMessage, QStringLiteral("Your request is not valid!"));
    QCOMPARE(e.members, QStringList {QStringLiteral("maxResultCount")});
    QVERIFY2(e.details.contains(QStringLiteral("The field MaxResultCount must be between 1 and 1000.")),
             qPrintable(e.details.join(u'|')));
    QVERIFY(e.details.contains(
        QStringLiteral("maxResultCount: The field MaxResultCount must be between 1 and 1000.")));
    QVERIFY(e.message().contains(QStringLiteral("maxResultCount: The field MaxResultCount")));
    QVERIFY(e.message().contains(QStringLiteral("Your request is not valid!")));

    const QByteArray problem =
        R"({"title":"One or more validation errors occurred.","status":400,)"
        R"("errors":{"Status":["The value 'Bogus' is not valid."],"SkipCount":["Too big."]}})";
    const ApiError p = ApiError::fromHttp(400, problem, QStringLiteral("/api/app/api-logs"));
    QVERIFY(p.message().contains(QStringLiteral("Status: The value 'Bogus' is not valid.")));
    QVERIFY(p.message().contains(QStringLiteral("SkipCount: Too big.")));

    const QByteArray boot =
        R"({"status":400,"error":"Bad Request","message":"Validation failed",)"
        R"("errors":[{"field":"size","defaultMessage":"must be less than or equal to 100"}],"path":"/x"})";
    const ApiError b = ApiError::fromHttp(400, boot, QStringLiteral("/x"));
    QCOMPARE(b.members, QStringList {QStringLiteral("size")});
    QVERIFY(b.message().contains(QStringLiteral("size: must be less than or equal to 100")));
}

void TestApiError::businessCodesAreTheirErrors_data()
{
    QTest::addColumn<qint64>("code");
    QTest::addColumn<int>("kind");
    QTest::newRow("401") << qint64(401) << int(ApiError::Kind::Auth);
    QTest::newRow("403") << qint64(403) << int(ApiError::Kind::Forbidden);
    QTest::newRow("404") << qint64(404) << int(ApiError::Kind::NotFound);
    QTest::newRow("400") << qint64(400) << int(ApiError::Kind::Validation);
    QTest::newRow("429") << qint64(429) << int(ApiError::Kind::RateLimited);
    QTest::newRow("500") << qint64(500) << int(ApiError::Kind::Server);
    QTest::newRow("not a status") << qint64(10042) << int(ApiError::Kind::Server);
}

void TestApiError::businessCodesAreTheirErrors()
{
    QFETCH(qint64, code);
    QFETCH(int, kind);
    const ApiError e =
        ApiError::fromBusinessCode(code, QStringLiteral("登录已过期,请重新登录"), QStringLiteral("/x"));
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.serverCode, QString::number(code));
    QCOMPARE(e.serverMessage, QStringLiteral("登录已过期,请重新登录"));
    QVERIFY(e.message().contains(QStringLiteral("登录已过期")));
    QVERIFY(e.message().contains(QString::number(code)));
}

void TestApiError::shapes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("simple 400") << 400 << "error-simple-400.json" << QByteArray()
                                << int(ApiError::Kind::Validation)
                                << "invalid parameter channel: must be one of sms, email, push"
                                << "400" << QStringList();
    QTest::newRow("simple 401") << 401 << "error-simple-401.json" << QByteArray() << int(ApiError::Kind::Auth)
                                << "missing or invalid bearer token"
                                << "401" << QStringList();
    QTest::newRow("spring 403") << 403 << "error-spring-403.json" << QByteArray()
                                << int(ApiError::Kind::Forbidden) << "this endpoint requires the admin role"
                                << "AccessDenied" << QStringList();
    QTest::newRow("spring 500") << 500 << "error-spring-500.json" << QByteArray()
                                << int(ApiError::Kind::Server) << "fallback timed out"
                                << "USER_FALLBACK_TIMEOUT" << QStringList();
    QTest::newRow("abp 400") << 400 << "error-abp-400.json" << QByteArray() << int(ApiError::Kind::Validation)
                             << "MaxResultCount must be between 1 and 1000"
                             << "Validation" << QStringList {QStringLiteral("MaxResultCount")};
    QTest::newRow("abp 404") << 404 << "error-abp-404.json" << QByteArray() << int(ApiError::Kind::NotFound)
                             << "There is no entity ApiLog with id = 00000000-0000-4000-8000-000000000000"
                             << "EntityNotFound" << QStringList();
    QTest::newRow("html 502") << 502 << "error-html-502.html" << QByteArray() << int(ApiError::Kind::Server)
                              << "502 Bad Gateway"
                              << "" << QStringList();
    QTest::newRow("empty 503") << 503 << "" << QByteArray() << int(ApiError::Kind::Server) << ""
                               << "" << QStringList();
    QTest::newRow("plain text 500") << 500 << "" << QByteArray("upstream connect error")
                                    << int(ApiError::Kind::Server) << "upstream connect error"
                                    << "" << QStringList();
    QTest::newRow("json of another shape") << 418 << "" << QByteArray(R"({"oops":"teapot"})")
                                           << int(ApiError::Kind::Validation) << R"({"oops":"teapot"})"
                                           << "" << QStringList();
    // The conventions of the frameworks the APIs are built with.
    QTest::newRow("problem details (ASP.NET Core)")
        << 400 << ""
        << QByteArray(
               R"({"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1",)"
               R"("title":"One or more validation errors occurred.","status":400,)"
               R"("errors":{"MaxResultCount":["The field MaxResultCount must be between 1 and 1000."]}})")
        << int(ApiError::Kind::Validation) << "One or more validation errors occurred."
        << "" << QStringList {QStringLiteral("MaxResultCount")};
    QTest::newRow("problem detail (Spring 6)")
        << 400 << ""
        << QByteArray(R"({"type":"about:blank","title":"Bad Request","status":400,)"
                      R"("detail":"Failed to convert 'size' with value: 'x'","instance":"/x"})")
        << int(ApiError::Kind::Validation) << "Failed to convert 'size' with value: 'x'"
        << "" << QStringList();
    QTest::newRow("spring boot default")
        << 400 << ""
        << QByteArray(R"({"timestamp":"2026-04-15T10:00:00.000+00:00","status":400,)"
                      R"("error":"Bad Request","message":"page must not be negative","path":"/x"})")
        << int(ApiError::Kind::Validation) << "page must not be negative"
        << "Bad Request" << QStringList();
    QTest::newRow("spring boot, message hidden")
        << 400 << ""
        << QByteArray(R"({"timestamp":"2026-04-15T10:00:00.000+00:00","status":400,)"
                      R"("error":"Bad Request","path":"/x"})")
        << int(ApiError::Kind::Validation) << "Bad Request"
        << "" << QStringList();
    QTest::newRow("go error string") << 404 << "" << QByteArray(R"({"error":"no such log"})")
                                     << int(ApiError::Kind::NotFound) << "no such log"
                                     << "" << QStringList();
    QTest::newRow("429") << 429 << "" << QByteArray("Too Many Requests") << int(ApiError::Kind::RateLimited)
                         << "Too Many Requests"
                         << "" << QStringList();
    QTest::newRow("long text cut") << 500 << "" << QByteArray(5000, 'x') << int(ApiError::Kind::Server)
                                   << QString(200, QLatin1Char('x')) + QChar(0x2026) << "" << QStringList();
}

void TestApiError::shapes()
{
    QFETCH(int, status);
    QFETCH(QString, file);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(QStringList, members);
    if (!file.isEmpty()) {
        QFile f(qEnvironmentVariable("LOGDECK_FIXTURES") + QLatin1Char('/') + file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        body = f.readAll();
    }
    const ApiError e = ApiError::fromHttp(status, body, QStringLiteral("/admin/communication/logs"));
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.serverMessage, message);
    QCOMPARE(e.serverCode, code);
    QCOMPARE(e.members, members);
    QCOMPARE(e.endpoint, QStringLiteral("/admin/communication/logs"));
    QVERIFY(e.message().startsWith(e.title()));
    QVERIFY(e.message().contains(QString::number(status)));
    QVERIFY(e.message().contains(QStringLiteral("/admin/communication/logs")));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
