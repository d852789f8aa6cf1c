#include "core/Translations.h"
#include "net/ApiError.h"

#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void bestMatch();
    void installsEmbeddedCatalogues();
    void rejectsUnknownLanguage();
    void errorCategoriesUseTheDocumentTerms();
};

void TestTranslations::bestMatch()
{
    QCOMPARE(Translations::bestMatch(QLocale(QLocale::Chinese, QLocale::China)), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::bestMatch(QLocale(QLocale::Chinese, QLocale::Taiwan)), QStringLiteral("zh_CN"));
    QCOMPARE(Translations::bestMatch(QLocale(QLocale::German)), QStringLiteral("en"));
    QCOMPARE(Translations::bestMatch(QLocale::c()), QStringLiteral("en"));
}

void TestTranslations::installsEmbeddedCatalogues()
{
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("zh_CN")));
    QCOMPARE(translations.language(), QStringLiteral("zh_CN"));
    // A string from the main window, looked up the way tr() does it.
    QCOMPARE(QCoreApplication::translate("StatusFields", "Not connected"), QStringLiteral("未连接"));
    QCOMPARE(QCoreApplication::translate("StatusFields", "%n request(s) in flight", nullptr, 3),
             QStringLiteral("3 个请求进行中"));
    // Numbers and dates follow the language (this test runs under the C locale).
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QVERIFY(translations.install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("StatusFields", "Not connected"), QStringLiteral("Not connected"));
    // English plurals come from the English catalogue.
    QCOMPARE(QCoreApplication::translate("StatusFields", "%n request(s) in flight", nullptr, 1),
             QStringLiteral("1 request in flight"));
    QCOMPARE(QCoreApplication::translate("StatusFields", "%n request(s) in flight", nullptr, 2),
             QStringLiteral("2 requests in flight"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestTranslations::rejectsUnknownLanguage()
{
    Translations translations;
    QVERIFY(!translations.install(QStringLiteral("xx")));
    QVERIFY(translations.language().isEmpty());
}

void TestTranslations::errorCategoriesUseTheDocumentTerms()
{
    // The response descriptions of 001_896db7dfb70db6cb.txt, word for word.
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("zh_CN")));
    auto title = [](ApiError::Kind kind) {
        return ApiError(kind, 0, {}, {}).title();
    };
    QCOMPARE(title(ApiError::Kind::Validation), QStringLiteral("请求参数错误"));
    QCOMPARE(title(ApiError::Kind::Auth), QStringLiteral("未认证或令牌无效"));
    QCOMPARE(title(ApiError::Kind::Forbidden), QStringLiteral("无权访问该资源"));
    QCOMPARE(title(ApiError::Kind::Server), QStringLiteral("服务内部错误"));
    QCOMPARE(QCoreApplication::translate("Columns", "Channel"), QStringLiteral("发送渠道"));
    QVERIFY(translations.install(QStringLiteral("en")));
    QCOMPARE(title(ApiError::Kind::Validation), QStringLiteral("Invalid request parameters"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
