#include "api/ApiError.h"

#include <QFile>
#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data();
    void shapes();
};

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
    QTest::newRow("json of another shape") << 418 << "" << QByteArray(R"({"detail":"teapot"})")
                                           << int(ApiError::Kind::Validation) << R"({"detail":"teapot"})"
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
