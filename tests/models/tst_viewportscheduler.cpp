#include "itemmodels/ViewportScheduler.h"

#include <QSignalSpy>
#include <QTest>

// The scheduler on a clock the test moves: what a fast scroll, a pause and a steady
// scroll ask for, without waiting for time to pass.
class TestViewportScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void aBurstSettlesBeforeRequesting();
    void longAskingIsServedEveryHundredMs();
    void onlyTheLatestPaintIsInReach();
    void prefetchFollowsTheDirection();
    void repaintsDoNotHoldRequestsBack();
    void dueComesFromTheEventLoop();

private:
    qint64 m_now = 0;
    std::unique_ptr<ViewportScheduler> m_scheduler;
};

void TestViewportScheduler::init()
{
    m_now = 1000;
    m_scheduler = std::make_unique<ViewportScheduler>();
    m_scheduler->setClock([this] { return m_now; });
}

void TestViewportScheduler::aBurstSettlesBeforeRequesting()
{
    QCOMPARE(m_scheduler->delayMs(), -1);
    m_scheduler->want(4);
    QVERIFY(m_scheduler->delayMs() > 0);
    QVERIFY(m_scheduler->delayMs() <= ViewportScheduler::SettleMs);
    QCOMPARE(m_scheduler->take(0, 100), (QSet<int> {4, 5}));
    QCOMPARE(m_scheduler->delayMs(), -1);
    QCOMPARE(m_scheduler->take(0, 100), QSet<int>()); // asked once, taken once
}

void TestViewportScheduler::longAskingIsServedEveryHundredMs()
{
    for (int page = 0; page < 20; ++page) {
        m_scheduler->want(page);
        m_now += 10;
    }
    // 200 ms of asking without a pause: due at once rather than after it settles.
    QCOMPARE(m_scheduler->delayMs(), 0);
}

void TestViewportScheduler::onlyTheLatestPaintIsInReach()
{
    // A fast scroll passes pages 1…40; the screen it stopped on shows 41 and 42.
    for (int page = 1; page <= 40; ++page) {
        m_scheduler->want(page);
        m_now += 5;
    }
    m_now += 200;
    m_scheduler->want(41);
    m_scheduler->want(42);
    QCOMPARE(m_scheduler->take(0, 1000), (QSet<int> {41, 42, 43}));
    // Never more than a screen's worth of pages, however many were asked at once.
    for (int page = 100; page < 120; ++page)
        m_scheduler->want(page);
    QCOMPARE(m_scheduler->take(0, 1000).size(), ViewportScheduler::MaxPagesInView + 1);
}

void TestViewportScheduler::prefetchFollowsTheDirection()
{
    m_scheduler->want(10);
    QCOMPARE(m_scheduler->take(0, 100), (QSet<int> {10, 11}));
    m_now += 100;
    m_scheduler->want(7); // scrolling up now
    QCOMPARE(m_scheduler->take(0, 100), (QSet<int> {6, 7}));
    m_now += 100;
    m_scheduler->want(0); // the first page: nothing before it
    QCOMPARE(m_scheduler->take(0, 100), (QSet<int> {0}));
    m_now += 100;
    m_scheduler->want(100); // the last page: nothing after it
    QCOMPARE(m_scheduler->take(0, 100), (QSet<int> {100}));
}

void TestViewportScheduler::repaintsDoNotHoldRequestsBack()
{
    m_scheduler->want(3);
    const int first = m_scheduler->delayMs();
    m_now += 15;
    m_scheduler->want(3); // the same screen painted again (a hover): the timer runs on
    QVERIFY(m_scheduler->delayMs() <= first);
    m_scheduler->reset();
    QCOMPARE(m_scheduler->delayMs(), -1);
    QCOMPARE(m_scheduler->take(0, 100), QSet<int>());
}

void TestViewportScheduler::dueComesFromTheEventLoop()
{
    QSignalSpy due(m_scheduler.get(), &ViewportScheduler::due);
    m_scheduler->want(1);
    QCOMPARE(due.size(), 0); // never from inside the view's data() call
    QVERIFY(due.wait(5000));
    QCOMPARE(m_scheduler->take(0, 10), (QSet<int> {1, 2}));
}

QTEST_GUILESS_MAIN(TestViewportScheduler)
#include "tst_viewportscheduler.moc"
