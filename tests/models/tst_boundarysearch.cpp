#include "overview/BoundarySearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

// BoundarySearch against lists held in memory: every answer compared with a count of the
// list itself, and the windows it takes compared with what interpolation promises.
class TestBoundarySearch : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchABruteForceCount();
    void interpolationTakesAboutTwoWindowsPerBoundary();
    void recordsArrivingAtTheTopChangeNoCount();
    void aListOutOfOrderIsReported();
    void anEmptyListHasNothingOlder();
};

namespace
{
// Newest first, as the API lists them.
struct List {
    std::vector<qint64> times;
    QList<qint64> window(const BoundarySearch::Window &w) const
    {
        QList<qint64> out;
        for (qint64 i = qint64(w.page) * w.pageSize;
             i < qint64(w.page + 1) * w.pageSize && i < qint64(times.size()); ++i)
            out.append(times[size_t(i)]);
        return out;
    }
    qint64 olderThan(qint64 t) const
    {
        return std::count_if(times.cbegin(), times.cend(), [t](qint64 x) { return x < t; });
    }
};

List generate(QRandomGenerator &rng, int n, int maxGap)
{
    List list;
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < n; ++i) {
        t += rng.bounded(maxGap + 1); // gaps of 0: runs of equal times
        list.times.push_back(t);
    }
    std::reverse(list.times.begin(), list.times.end());
    return list;
}

// Runs a search to its end, answering `inParallel` windows at a time; the windows read.
int run(BoundarySearch &search, const List &list, int maxWindows = 100000)
{
    int read = 0;
    QList<BoundarySearch::Window> open = search.take();
    while (!open.isEmpty() && read < maxWindows) {
        const auto w = open.takeFirst();
        search.supply(w, qint64(list.times.size()), list.window(w));
        ++read;
        open += search.take();
    }
    return read;
}
} // namespace

void TestBoundarySearch::countsMatchABruteForceCount()
{
    QRandomGenerator rng(11);
    for (int round = 0; round < 40; ++round) {
        const int n = int(rng.bounded(1, 5000));
        const List list = generate(rng, n, round % 3 == 0 ? 3 : 1000);
        const qint64 oldest = list.times.back();
        const qint64 newest = list.times.front();
        QList<qint64> bounds;
        const int k = int(rng.bounded(1, 12));
        for (int i = 0; i < k; ++i) // some before, some after, some on a record's time
            bounds.append(oldest - 500 + qint64(rng.bounded(quint64(newest - oldest + 1000))));
        if (round % 4 == 0)
            bounds.append(list.times[size_t(rng.bounded(n))]);
        std::sort(bounds.begin(), bounds.end());
        BoundarySearch search(bounds, int(rng.bounded(1, 101)), int(rng.bounded(1, 5)));
        run(search, list);
        QVERIFY(search.isDone());
        QVERIFY(!search.isUnordered());
        for (int i = 0; i < bounds.size(); ++i)
            QCOMPARE(search.olderThan(i), list.olderThan(bounds.at(i)));
    }
}

void TestBoundarySearch::interpolationTakesAboutTwoWindowsPerBoundary()
{
    // A million rows a second or so apart, 49 edges of 48 buckets: plain bisection with
    // pages of 100 would take about log2(10,000) ≈ 13 windows per edge.
    QRandomGenerator rng(3);
    const List list = generate(rng, 1'000'000, 2000);
    const qint64 oldest = list.times.back();
    const qint64 span = list.times.front() - oldest;
    QList<qint64> bounds;
    for (int i = 0; i <= 48; ++i)
        bounds.append(oldest + span * i / 48 + 1);
    BoundarySearch search(bounds, 100);
    const int read = run(search, list);
    QVERIFY(search.isDone());
    for (int i = 0; i < bounds.size(); ++i)
        QCOMPARE(search.olderThan(i), list.olderThan(bounds.at(i)));
    QVERIFY2(read <= 49 * 3, qPrintable(QString::number(read)));
}

void TestBoundarySearch::recordsArrivingAtTheTopChangeNoCount()
{
    QRandomGenerator rng(5);
    List list = generate(rng, 20000, 100);
    const qint64 oldest = list.times.back();
    const qint64 newest = list.times.front();
    QList<qint64> bounds {oldest + 1000, oldest + (newest - oldest) / 2, newest - 1000};
    List before = list;
    BoundarySearch search(bounds, 50);
    int read = 0;
    QList<BoundarySearch::Window> open = search.take();
    while (!open.isEmpty()) {
        const auto w = open.takeFirst();
        // Five newer records arrive before each answer.
        for (int i = 0; i < 5; ++i)
            list.times.insert(list.times.begin(), list.times.front() + 7);
        search.supply(w, qint64(list.times.size()), list.window(w));
        ++read;
        open += search.take();
    }
    QVERIFY(search.isDone());
    for (int i = 0; i < bounds.size(); ++i)
        QCOMPARE(search.olderThan(i), before.olderThan(bounds.at(i)));
}

void TestBoundarySearch::aListOutOfOrderIsReported()
{
    QRandomGenerator rng(8);
    List list = generate(rng, 3000, 100);
    std::reverse(list.times.begin() + 1000, list.times.begin() + 2000); // a stretch oldest first
    QList<qint64> bounds;
    for (int i = 1; i < 20; ++i)
        bounds.append(list.times[size_t(i * 150)]);
    std::sort(bounds.begin(), bounds.end());
    BoundarySearch search(bounds, 100);
    run(search, list);
    QVERIFY(search.isUnordered());
    QVERIFY(!search.isDone());
}

void TestBoundarySearch::anEmptyListHasNothingOlder()
{
    BoundarySearch search({10, 20}, 100);
    QCOMPARE(run(search, List {}), 1);
    QVERIFY(search.isDone());
    QCOMPARE(search.olderThan(0), qint64(0));
    QCOMPARE(search.olderThan(1), qint64(0));
}

QTEST_GUILESS_MAIN(TestBoundarySearch)
#include "tst_boundarysearch.moc"
