#include "core/Translations.h"

#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void bestMatch();
    void installsEmbeddedCatalogues();
    void rejectsUnknownLanguage();
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
    QCOMPARE(QCoreApplication::translate("EmptyStateWidget", "No log source open"),
             QStringLiteral("未打开日志源"));
    QVERIFY(translations.install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("EmptyStateWidget", "No log source open"),
             QStringLiteral("No log source open"));
}

void TestTranslations::rejectsUnknownLanguage()
{
    Translations translations;
    QVERIFY(!translations.install(QStringLiteral("xx")));
    QVERIFY(translations.language().isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
