#include "core/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

// No Secret Service and no KWallet reachable (ctest points D-Bus at nothing): the token
// must stay usable for the session, and the caller must learn the keychain is missing.
class TestTokenStoreNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void saveFallsBackToSession();
};

void TestTokenStoreNoKeychain::saveFallsBackToSession()
{
    TokenStore store(QStringLiteral("LogDeckTest"));
    QSignalSpy spy(&store, &TokenStore::finished);
    store.save(QStringLiteral("conn"), QStringLiteral("secret-token"));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 30000);
    const auto saved = spy.takeFirst().at(0).value<TokenStore::Result>();
    QVERIFY(saved.ok);
    QVERIFY(!saved.inKeychain);
    QVERIFY(saved.keychainUnavailable);
    QVERIFY(!saved.error.isEmpty());
    QVERIFY(!saved.error.contains(QStringLiteral("secret-token")));
    QVERIFY(store.hasSessionToken(QStringLiteral("conn")));

    store.load(QStringLiteral("conn"));
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<TokenStore::Result>().token, QStringLiteral("secret-token"));
}

QTEST_GUILESS_MAIN(TestTokenStoreNoKeychain)
#include "tst_tokenstore_nokeychain.moc"
