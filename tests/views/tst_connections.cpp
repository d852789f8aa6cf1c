// Saved connections and their tokens: in the keychain (a real gnome-keyring in a private
// D-Bus session) or, without one, for the session only — and never in any file.
#include "ConnectionDialog.h"
#include "DemoServerProcess.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "WelcomePage.h"
#include "core/TokenStore.h"
#include "itemmodels/RemoteLogModel.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace
{
// Unusual enough that finding it anywhere means it leaked.
const QString kToken = QStringLiteral("Zq9-fL2-secret-token-XYZ");

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    for (auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                          QStandardPaths::GenericCacheLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::AppDataLocation}) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << file.fileName();
        }
    }
    return hits;
}

// What the keychain holds for the connection ("" if nothing), and whether it answered.
[[maybe_unused]] std::pair<QString, bool> keychainToken(const QString &connectionId)
{
    TokenStore store(QStringLiteral("LogDeck"));
    QSignalSpy done(&store, &TokenStore::finished);
    store.load(connectionId);
    if (!done.wait(20000))
        return {QString(), false};
    const auto result = done.first().first().value<TokenStore::Result>();
    return {result.inKeychain ? result.token : QString(), result.ok};
}
} // namespace

class TestConnections : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void savedConnectionKeepsTheTokenOutOfFiles();

private:
    DemoServerProcess m_server;
};

void TestConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connections"));
    QSettings().clear();
    QVERIFY(m_server.start({QStringLiteral("--comm"), QStringLiteral("500"), QStringLiteral("--token"),
                            kToken + QStringLiteral(":usr_0001:admin")}));
}

void TestConnections::savedConnectionKeepsTheTokenOutOfFiles()
{
    QString id;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.welcomePage()->isVisible());
        QTest::mouseClick(window.welcomePage()->connectButton(), Qt::LeftButton);
        auto *dialog = window.findChild<ConnectionDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("connectionName"))
            ->setText(QStringLiteral("Test server"));
        dialog->findChild<QLineEdit *>(QStringLiteral("connectionUrl"))
            ->setText(m_server.baseUrl().toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("connectionToken"))->setText(kToken);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("rememberToken"))->isChecked());
        // Loopback over plain http is fine: no warning.
        QVERIFY(!dialog->insecureWarning()->isVisible());
        dialog->accept();
        QTRY_VERIFY(window.logModel() && window.logModel()->rowCount() > 0);
        id = window.currentConnectionId();
#ifdef LOGDECK_NO_KEYCHAIN
        // Told plainly, and the token still works for this session.
        QTRY_VERIFY(window.errorBanner()->isVisible());
        QVERIFY(window.errorBanner()->text().contains(QStringLiteral("No keychain available")));
#else
        QTRY_COMPARE(keychainToken(id).first, kToken);
#endif
        window.close();
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(QSettings()
                .value(QStringLiteral("connections/1/baseUrl"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1")));
    QCOMPARE(filesContaining(kToken.toUtf8()), QStringList());

    // A restart: the connection comes back from the settings, the token from the keychain.
    MainWindow window;
    window.show();
    QSignalSpy prompted(&window, &MainWindow::tokenPromptShown);
    QTRY_VERIFY(window.logModel());
    QCOMPARE(window.currentConnectionId(), id);
#ifdef LOGDECK_NO_KEYCHAIN
    // Nothing kept it: the server says 401 and the user is asked.
    QTRY_COMPARE(prompted.size(), 1);
    auto *prompt = window.findChild<QInputDialog *>(QStringLiteral("tokenPrompt"));
    prompt->setTextValue(kToken);
    prompt->accept();
    QTRY_VERIFY(window.logModel()->rowCount() > 0);
#else
    QTRY_VERIFY(window.logModel()->rowCount() > 0);
    QCOMPARE(prompted.size(), 0);
    window.forgetConnection(id);
    QTRY_COMPARE(keychainToken(id), std::make_pair(QString(), true));
    QVERIFY(window.welcomePage()->isVisible());
#endif
    QCOMPARE(filesContaining(kToken.toUtf8()), QStringList());
}

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
