#include "EmptyStateWidget.h"
#include "MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsEmptyState();
    void showsServerWithoutCredentials();
    void quitShortcutCloses();
    void geometrySurvivesRestart();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::showsEmptyState()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<EmptyStateWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->headline(), QStringLiteral("No log source open"));
    QCOMPARE(window.windowTitle(), QStringLiteral("LogDeck"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Not connected"));
}

void TestMainWindow::showsServerWithoutCredentials()
{
    MainWindow window;
    window.setServerUrl(QUrl(QStringLiteral("http://alice:secret@127.0.0.1:8080/base?token=abc")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("http://127.0.0.1:8080/base")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("secret")));
    QVERIFY(!window.windowTitle().contains(QStringLiteral("abc")));
    QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("secret")));
}

void TestMainWindow::quitShortcutCloses()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::geometrySurvivesRestart()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 610);
        QTRY_COMPARE(window.size(), QSize(900, 610));
        window.close();
    }
    MainWindow reopened;
    QCOMPARE(reopened.size(), QSize(900, 610));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
