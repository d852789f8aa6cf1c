#include "core/SourceKind.h"

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
    for (SourceKind kind : SourceKinds::all()) {
        keys << SourceKinds::key(kind);
        QCOMPARE(SourceKinds::fromKey(SourceKinds::key(kind)), std::optional<SourceKind>(kind));
    }
    QCOMPARE(keys, expected);
}

void TestSourceKind::unknownKeys()
{
    QVERIFY(!SourceKinds::fromKey(QString()).has_value());
    QVERIFY(!SourceKinds::fromKey(QStringLiteral("COMM-MINE")).has_value());
    QVERIFY(!SourceKinds::fromKey(QStringLiteral("comm")).has_value());
}

QTEST_GUILESS_MAIN(TestSourceKind)
#include "tst_sourcekind.moc"
