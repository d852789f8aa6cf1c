#include "itemmodels/PageRequests.h"

#include <QTest>

// The bookkeeping of pages in flight: only the answer waited for is taken, cancelled
// pages are counted, and short pages add up to the rows that are missing.
class TestPageRequests : public QObject
{
    Q_OBJECT
private slots:
    void onlyTheAwaitedTicketIsTaken();
    void responseTimeIsMeasuredOnTheCallersClock();
    void droppedPagesAreCountedAsCancelled();
    void shortPagesAddUpToMissingRows();
    void resetStartsTheCountsOver();
};

void TestPageRequests::onlyTheAwaitedTicketIsTaken()
{
    PageRequests r;
    r.add(3, 11, 0);
    QVERIFY(r.contains(3));
    QVERIFY(!r.take(3, 12, 0)); // an old query's answer
    QVERIFY(!r.take(4, 11, 0)); // another page
    QVERIFY(r.contains(3));
    QVERIFY(r.take(3, 11, 0));
    QVERIFY(!r.contains(3));
    QVERIFY(!r.take(3, 11, 0)); // answered once
    QVERIFY(r.isEmpty());
    QCOMPARE(r.requestCount(), 1);
}

void TestPageRequests::responseTimeIsMeasuredOnTheCallersClock()
{
    PageRequests r;
    QCOMPARE(r.lastResponseMs(), -1);
    r.add(0, 1, 1000);
    QVERIFY(r.take(0, 1, 1250));
    QCOMPARE(r.lastResponseMs(), 250);
    r.add(1, 2, std::nullopt); // from the cache: not timed
    QVERIFY(r.take(1, 2, 9999));
    QCOMPARE(r.lastResponseMs(), 250);
}

void TestPageRequests::droppedPagesAreCountedAsCancelled()
{
    PageRequests r;
    r.add(0, 1, 0);
    r.add(1, 2, 0);
    r.add(2, 3, 0);
    QCOMPARE(r.drop(1), quint64(2));
    QCOMPARE(r.cancelledCount(), 1);
    QCOMPARE(r.size(), 2);
    QList<quint64> rest = r.dropAll();
    std::sort(rest.begin(), rest.end());
    QCOMPARE(rest, (QList<quint64> {1, 3}));
    QVERIFY(r.isEmpty());
    QCOMPARE(r.cancelledCount(), 1); // dropAll is a new query's or a move's, not the user's scrolling
    QCOMPARE(r.requestCount(), 3);
}

void TestPageRequests::shortPagesAddUpToMissingRows()
{
    PageRequests r;
    r.noteRows(0, 50, 50);
    r.noteRows(1, 45, 50);
    r.noteRows(2, 48, 50);
    QCOMPARE(r.missingRowCount(), qint64(7));
    r.noteRows(1, 50, 50); // fetched again, whole this time
    QCOMPARE(r.missingRowCount(), qint64(2));
    r.markNotCached(4);
    QVERIFY(r.isNotCached(4));
    r.clearNotCached();
    QVERIFY(!r.isNotCached(4));
}

void TestPageRequests::resetStartsTheCountsOver()
{
    PageRequests r;
    r.add(0, 1, 0);
    r.drop(0);
    r.noteRows(0, 1, 2);
    r.markNotCached(1);
    r.reset();
    QCOMPARE(r.requestCount(), 0);
    QCOMPARE(r.cancelledCount(), 0);
    QCOMPARE(r.missingRowCount(), qint64(0));
    QVERIFY(!r.isNotCached(1));
}

QTEST_GUILESS_MAIN(TestPageRequests)
#include "tst_pagerequests.moc"
