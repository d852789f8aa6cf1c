#include "core/SourceKind.h"
#include "sources/SourceRegistry.h"

#include <QSet>
#include <QTest>

class TestSourceKind : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void unknownKeys();
};

void TestSourceKind::keysRoundTrip()
{
    const QStringList expected = {QStringLiteral("comm-mine"), QStringLiteral("comm-admin"),
                                  QStringLiteral("notif-audit"), QStringLiteral("api-logs"),
                                  QStringLiteral("mfa-audit")};
    QStringList keys;
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        keys << kind.key();
        QCOMPARE(SourceRegistry::instance().kindForKey(kind.key()), std::optional<SourceKind>(kind));
    }
    QCOMPARE(keys, expected);
}

void TestSourceKind::unknownKeys()
{
    QVERIFY(!SourceRegistry::instance().kindForKey(QString()).has_value());
    QVERIFY(!SourceRegistry::instance().kindForKey(QStringLiteral("COMM-MINE")).has_value());
    QVERIFY(!SourceRegistry::instance().kindForKey(QStringLiteral("comm")).has_value());
}

QTEST_GUILESS_MAIN(TestSourceKind)
#include "tst_sourcekind.moc"
