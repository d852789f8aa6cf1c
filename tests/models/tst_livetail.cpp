#include "itemmodels/LiveTail.h"

#include <QSignalSpy>
#include <QTest>

// When live tail polls, and how a fresh first page says how many records arrived.
class TestLiveTail : public QObject
{
    Q_OBJECT
private slots:
    void pollsOnlyWhenChosenAndPossible();
    void enabledChangedOnlyOnChange();
    void arrivalsAreCountedAboveTheOldTop();
};

void TestLiveTail::pollsOnlyWhenChosenAndPossible()
{
    LiveTail tail;
    QSignalSpy due(&tail, &LiveTail::due);
    tail.setEnabled(true, 100);
    QVERIFY(!tail.isRunning()); // the query does not allow it yet
    tail.setPossible(true);
    QVERIFY(tail.isRunning());
    QVERIFY(due.wait(5000));
    tail.setPossible(false); // e.g. an upper date bound was set
    QVERIFY(!tail.isRunning());
    tail.setPossible(true);
    tail.setEnabled(false, 100);
    QVERIFY(!tail.isRunning());
    QCOMPARE(tail.intervalMs(), 100);
    tail.setEnabled(true, 5); // too often for any server
    QCOMPARE(tail.intervalMs(), 100);
}

void TestLiveTail::enabledChangedOnlyOnChange()
{
    LiveTail tail;
    QSignalSpy changed(&tail, &LiveTail::enabledChanged);
    tail.setEnabled(true, 1000);
    tail.setEnabled(true, 2000);
    tail.setEnabled(false, 2000);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toBool(), true);
    QCOMPARE(changed.at(1).at(0).toBool(), false);
}

void TestLiveTail::arrivalsAreCountedAboveTheOldTop()
{
    const auto page = [](std::initializer_list<const char *> ids) {
        QList<QJsonObject> out;
        for (const char *id : ids)
            out.append({{QStringLiteral("id"), QString::fromLatin1(id)}});
        return out;
    };
    const QString id = QStringLiteral("id");
    QCOMPARE(LiveTail::arrivalsAbove(page({"c", "b", "a"}), id, QStringLiteral("a"), 0), qint64(2));
    QCOMPARE(LiveTail::arrivalsAbove(page({"a", "z"}), id, QStringLiteral("a"), 0), qint64(0));
    // Not on the first page: more than a page arrived, as the total grew.
    QCOMPARE(LiveTail::arrivalsAbove(page({"e", "d"}), id, QStringLiteral("a"), 4), qint64(4));
    // Not there and the total did not grow: the old top is gone.
    QCOMPARE(LiveTail::arrivalsAbove(page({"e", "d"}), id, QStringLiteral("a"), 0), qint64(-1));
    QCOMPARE(LiveTail::arrivalsAbove(page({"e"}), id, QString(), 3), qint64(0)); // no top known yet
    // Numeric ids compare as text, as the table shows them.
    QCOMPARE(LiveTail::arrivalsAbove({{{id, 7}}, {{id, 6}}}, id, QStringLiteral("6"), 0), qint64(1));
}

QTEST_GUILESS_MAIN(TestLiveTail)
#include "tst_livetail.moc"
