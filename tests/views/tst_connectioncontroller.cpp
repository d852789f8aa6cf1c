#include "ConnectionController.h"
#include "ErrorBanner.h"
#include "ScriptedLogServer.h"
#include "SourceSidebar.h"
#include "net/ConnectionSession.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"
#include "store/PageCache.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The window's connections: what the window is told when one opens, changes or goes.
class TestConnectionController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aSessionConnectionIsShownAndNotSaved();
    void forgettingTellsTheWindowFirst();

private:
    QTemporaryDir m_dir;
    ScriptedLogServer m_server;
};

void TestConnectionController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectioncontroller"));
    QSettings().clear();
    m_server.addRecords(10);
}

void TestConnectionController::aSessionConnectionIsShownAndNotSaved()
{
    QWidget window;
    SourceSidebar sidebar(&window);
    ErrorBanner banner(&window);
    PageCache cache(m_dir.filePath(QStringLiteral("a.sqlite")));
    ConnectionController connections(&cache, &sidebar, &banner, &window);
    QSignalSpy added(&connections, &ConnectionController::sessionAdded);
    QSignalSpy shown(&connections, &ConnectionController::showSource);
    QSignalSpy count(&connections, &ConnectionController::countChanged);
    QUrl url = m_server.baseUrl();
    url.setUserInfo(QStringLiteral("user:secret")); // never carried into the UI
    ConnectionSession *s = connections.openServer(url, QStringLiteral("token"), Sources::ApiLogs);
    QCOMPARE(added.size(), 1);
    QCOMPARE(count.last().first().toInt(), 1);
    QCOMPARE(shown.last().at(0).toString(), s->id());
    QCOMPARE(shown.last().at(1).value<SourceKind>(), Sources::ApiLogs);
    QVERIFY(!s->connection().baseUrl.toString().contains(QStringLiteral("secret")));
    QVERIFY(s->isTransient());
    QCOMPARE(connections.session(s->id()), s);
    QVERIFY(sidebar.sourceItem(s->id(), Sources::ApiLogs));
    // Without a source asked for, the default one.
    connections.openServer(m_server.baseUrl(), QStringLiteral("token"), std::nullopt);
    QCOMPARE(shown.last().at(1).value<SourceKind>(), SourceRegistry::instance().defaultKind());
    // Session connections are not saved.
    QCOMPARE(QSettings().value(QStringLiteral("connections/size"), 0).toInt(), 0);
}

void TestConnectionController::forgettingTellsTheWindowFirst()
{
    QWidget window;
    SourceSidebar sidebar(&window);
    ErrorBanner banner(&window);
    PageCache cache(m_dir.filePath(QStringLiteral("b.sqlite")));
    ConnectionController connections(&cache, &sidebar, &banner, &window);
    ConnectionSession *s = connections.openServer(m_server.baseUrl(), QStringLiteral("token"), std::nullopt);
    const QString id = s->id();
    bool stillListed = false;
    connect(&connections, &ConnectionController::aboutToForget, this,
            [&](ConnectionSession *going) { stillListed = going == s && connections.session(id) == s; });
    QSignalSpy count(&connections, &ConnectionController::countChanged);
    connections.forgetConnection(id);
    QVERIFY(stillListed); // the window lets go of its model while the session is whole
    QCOMPARE(count.last().first().toInt(), 0);
    QVERIFY(!connections.session(id));
    QVERIFY(!sidebar.sourceItem(id, Sources::CommMine));
    connections.forgetConnection(id); // twice: nothing
    QCOMPARE(count.size(), 1);
}

QTEST_MAIN(TestConnectionController)
#include "tst_connectioncontroller.moc"
