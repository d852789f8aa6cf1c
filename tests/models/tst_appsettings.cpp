#include "core/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// What LogDeck remembers, typed, under the keys released versions wrote.
class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTrips();
    void foldersToStartInExist();
    void keysStayAsReleased();
    void recentDatasetsNewestFirstAtMostEight();
};

void TestAppSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QSettings().clear();
}

void TestAppSettings::roundTrips()
{
    QCOMPARE(AppSettings::utcTimes(), false);
    AppSettings::setUtcTimes(true);
    QCOMPARE(AppSettings::utcTimes(), true);
    QTemporaryDir exports;
    AppSettings::setExportDir(exports.path());
    QCOMPARE(AppSettings::exportDir(), exports.path());
    const QMap<QString, QString> filters {{QStringLiteral("status"), QStringLiteral("failed")},
                                          {QStringLiteral("channel"), QStringLiteral("sms")}};
    AppSettings::setFilters(QStringLiteral("comm-admin"), filters);
    QCOMPARE(AppSettings::filters(QStringLiteral("comm-admin")), filters);
    QVERIFY(AppSettings::filters(QStringLiteral("api-logs")).isEmpty());
    AppSettings::setImportSource(SourceKind(QStringLiteral("mfa-audit")));
    QCOMPARE(AppSettings::importSource(), QStringLiteral("mfa-audit"));
    AppSettings::setWindowLayout(QStringLiteral("geometry"), QByteArray("\x01\x02", 2));
    QCOMPARE(AppSettings::windowLayout(QStringLiteral("geometry")), QByteArray("\x01\x02", 2));
}

void TestAppSettings::foldersToStartInExist()
{
    // A fresh account: no Documents folder. The home folder, never a path that fails.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    AppSettings::setExportDir(home.filePath(QStringLiteral("gone")));
    QCOMPARE(AppSettings::exportDir(), home.path());
    QCOMPARE(AppSettings::importDir(), home.path());
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    QCOMPARE(AppSettings::exportDir(), home.filePath(QStringLiteral("Documents")));
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("gone"))); // the one used last, back again
    QCOMPARE(AppSettings::exportDir(), home.filePath(QStringLiteral("gone")));
    qputenv("HOME", oldHome);
}

void TestAppSettings::keysStayAsReleased()
{
    // Settings an older LogDeck wrote read the same.
    QSettings().setValue(QStringLiteral("lastSource"), QStringLiteral("notif-audit"));
    QSettings().setValue(QStringLiteral("filters/notif-audit"),
                         QVariantMap {{QStringLiteral("event_type"), QStringLiteral("USER_CREATED")}});
    QSettings().setValue(QStringLiteral("MainWindow/state"), QByteArray("s"));
    QCOMPARE(AppSettings::lastSource(), QStringLiteral("notif-audit"));
    QCOMPARE(AppSettings::filters(QStringLiteral("notif-audit")).value(QStringLiteral("event_type")),
             QStringLiteral("USER_CREATED"));
    QCOMPARE(AppSettings::windowLayout(QStringLiteral("state")), QByteArray("s"));
    AppSettings::setLastConnection(QStringLiteral("c7"));
    QCOMPARE(QSettings().value(QStringLiteral("lastConnection")).toString(), QStringLiteral("c7"));
}

void TestAppSettings::recentDatasetsNewestFirstAtMostEight()
{
    for (int i = 0; i < 10; ++i)
        AppSettings::addRecentDataset(QStringLiteral("/d/%1.logdeck").arg(i));
    AppSettings::addRecentDataset(QStringLiteral("/d/5.logdeck")); // opened again: to the top, once
    const QStringList recent = AppSettings::recentDatasets();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.first(), QStringLiteral("/d/5.logdeck"));
    QCOMPARE(recent.at(1), QStringLiteral("/d/9.logdeck"));
    QCOMPARE(recent.count(QStringLiteral("/d/5.logdeck")), 1);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
