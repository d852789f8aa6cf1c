#include "core/TokenStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestTokenStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadDelete();
    void sessionOnlyWhenDeclined();
    void tokenNeverInConfigOrDataFiles();

private:
    TokenStore::Result run(TokenStore &store, const std::function<void()> &call);
};

void TestTokenStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through ctest (with-keyring.sh)");
    QStandardPaths::setTestModeEnabled(true);
}

TokenStore::Result TestTokenStore::run(TokenStore &store, const std::function<void()> &call)
{
    QSignalSpy spy(&store, &TokenStore::finished);
    call();
    if (spy.isEmpty() && !spy.wait(20000))
        return {};
    return spy.takeFirst().at(0).value<TokenStore::Result>();
}

void TestTokenStore::writeReadDelete()
{
    TokenStore store(QStringLiteral("LogDeckTest"));
    const QString token = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());
    auto saved = run(store, [&] { store.save(QStringLiteral("conn-1"), token); });
    QVERIFY2(saved.ok && saved.inKeychain, qPrintable(saved.error));
    QCOMPARE(saved.operation, TokenStore::Operation::Save);
    QVERIFY(!store.hasSessionToken(QStringLiteral("conn-1")));

    // A second store (as after a restart) reads it back from the keychain.
    TokenStore other(QStringLiteral("LogDeckTest"));
    auto loaded = run(other, [&] { other.load(QStringLiteral("conn-1")); });
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.inKeychain);
    QCOMPARE(loaded.token, token);

    auto removed = run(other, [&] { other.remove(QStringLiteral("conn-1")); });
    QVERIFY2(removed.ok, qPrintable(removed.error));
    auto gone = run(store, [&] { store.load(QStringLiteral("conn-1")); });
    QVERIFY(gone.ok);
    QVERIFY(gone.token.isEmpty());
    QVERIFY(!gone.inKeychain);
}

void TestTokenStore::sessionOnlyWhenDeclined()
{
    TokenStore store(QStringLiteral("LogDeckTest"));
    QVERIFY(
        run(store, [&] { store.save(QStringLiteral("conn-2"), QStringLiteral("in-keychain")); }).inKeychain);
    // Declining the keychain keeps the token in memory and drops the keychain copy.
    auto saved =
        run(store, [&] { store.save(QStringLiteral("conn-2"), QStringLiteral("session-only"), false); });
    QVERIFY(saved.ok);
    QVERIFY(!saved.inKeychain);
    QVERIFY(store.hasSessionToken(QStringLiteral("conn-2")));
    auto loaded = run(store, [&] { store.load(QStringLiteral("conn-2")); });
    QCOMPARE(loaded.token, QStringLiteral("session-only"));
    TokenStore restarted(QStringLiteral("LogDeckTest"));
    auto afterRestart = run(restarted, [&] { restarted.load(QStringLiteral("conn-2")); });
    QVERIFY(afterRestart.ok);
    QVERIFY(afterRestart.token.isEmpty());
}

void TestTokenStore::tokenNeverInConfigOrDataFiles()
{
    TokenStore store(QStringLiteral("LogDeckTest"));
    const QByteArray token = "needle-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(run(store, [&] { store.save(QStringLiteral("conn-3"), QString::fromLatin1(token)); }).ok);
    QVERIFY(run(store, [&] {
                store.save(QStringLiteral("conn-4"), QString::fromLatin1(token + "x"), false);
            }).ok);
    // The keychain's own files live under the data dir too, encrypted: look for the text.
    const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                               QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                               qEnvironmentVariable("XDG_CONFIG_HOME"),
                               qEnvironmentVariable("XDG_DATA_HOME")};
    int files = 0;
    for (const QString &root : roots) {
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
            ++files;
        }
    }
    QVERIFY(files > 0); // the keyring did write its (encrypted) file
    run(store, [&] { store.remove(QStringLiteral("conn-3")); });
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
