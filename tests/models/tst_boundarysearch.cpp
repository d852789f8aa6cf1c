#include "overview/BoundarySearch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <climits>

// BoundarySearch against lists held in memory: every answer compared with a count of the
// list itself, and the windows it takes compared with what interpolation promises.
class TestBoundarySearch : public QObject
{
    Q_OBJECT

private slots:
    void countsMatchABruteForceCount();
    void interpolationTakesAboutTwoWindowsPerBoundary();
    void aGuideTakesThePlaceOfTheOldestRows();
    void anotherListOfTheSameRecordsGuidesTheFirstBoundary();
    void aGuideThatMissesGoesOnFromWhereItLanded_data();
    void aGuideThatMissesGoesOnFromWhereItLanded();
    void recordsArrivingAtTheTopChangeNoCount();
    void aListOutOfOrderIsReported();
    void anEmptyListHasNothingOlder();
    void boundariesFarOutsideTheListAreCountedToo();
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
        if (round % 2 == 1) { // guides anywhere, even off the list, change no count
            for (int i = 0; i < bounds.size(); ++i)
                search.guide(i, qint64(rng.bounded(n + 20)) - 10);
        }
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

namespace
{
// Runs a search to its end one window at a time; the windows read, in order.
QList<BoundarySearch::Window> windowsRead(BoundarySearch &search, const List &list)
{
    QList<BoundarySearch::Window> read;
    QList<BoundarySearch::Window> open = search.take();
    while (!open.isEmpty() && read.size() < 100000) {
        const auto w = open.takeFirst();
        search.supply(w, qint64(list.times.size()), list.window(w));
        read.append(w);
        open += search.take();
    }
    return read;
}

bool readsTheOldest(const QList<BoundarySearch::Window> &windows, qint64 n, qint64 rows)
{
    return std::any_of(windows.cbegin(), windows.cend(), [n, rows](const BoundarySearch::Window &w) {
        return qint64(w.page + 1) * w.pageSize > n - rows;
    });
}
} // namespace

void TestBoundarySearch::aGuideTakesThePlaceOfTheOldestRows()
{
    // Without a guide the first boundary is found from the oldest rows up; with one that
    // is right, the window after the newest holds it.
    QRandomGenerator rng(21);
    const List list = generate(rng, 200'000, 2000);
    const qint64 n = qint64(list.times.size());
    const QList<qint64> bounds {list.times[size_t(n * 4 / 5)] + 1, list.times[size_t(n / 2)] + 1,
                                list.times[size_t(n / 5)] + 1};
    BoundarySearch unguided(bounds, 100);
    QVERIFY(readsTheOldest(windowsRead(unguided, list), n, 100));

    BoundarySearch search(bounds, 100);
    search.guide(0, list.olderThan(bounds.at(0)));
    QList<BoundarySearch::Window> open = search.take(); // the newest rows
    QCOMPARE(open.size(), 1);
    search.supply(open.at(0), n, list.window(open.at(0)));
    open = search.take();
    QCOMPARE(open.size(), 1);
    search.supply(open.at(0), n, list.window(open.at(0)));
    QCOMPARE(search.olderThan(0), list.olderThan(bounds.at(0)));
    const QList<BoundarySearch::Window> rest = windowsRead(search, list);
    QVERIFY(!readsTheOldest(rest, n, 100));
    QVERIFY(search.isDone());
    for (int i = 0; i < bounds.size(); ++i)
        QCOMPARE(search.olderThan(i), list.olderThan(bounds.at(i)));
}

void TestBoundarySearch::anotherListOfTheSameRecordsGuidesTheFirstBoundary()
{
    // One status's records are a fifth of all: where the first boundary falls in all of
    // them says where it falls in that status's list, without its oldest rows.
    QRandomGenerator rng(77);
    const List all = generate(rng, 200'000, 2000);
    List fifth;
    for (qint64 t : all.times) {
        if (rng.bounded(5) == 0)
            fifth.times.push_back(t);
    }
    const qint64 n = qint64(all.times.size());
    const QList<qint64> bounds {all.times[size_t(n * 3 / 4)] + 1, all.times[size_t(n / 3)] + 1};
    BoundarySearch longest(bounds, 100);
    BoundarySearch status(bounds, 100);
    const auto first = status.take(); // the newest rows: the list's total
    status.supply(first.at(0), qint64(fifth.times.size()), fifth.window(first.at(0)));
    QVERIFY(!status.guideFirstFrom(longest)); // it has found nothing yet
    run(longest, all);
    QVERIFY(status.guideFirstFrom(longest));
    const QList<BoundarySearch::Window> read = windowsRead(status, fifth);
    QVERIFY(!readsTheOldest(read, qint64(fifth.times.size()), 100));
    QVERIFY(status.isDone());
    for (int i = 0; i < bounds.size(); ++i)
        QCOMPARE(status.olderThan(i), fifth.olderThan(bounds.at(i)));
}

void TestBoundarySearch::aGuideThatMissesGoesOnFromWhereItLanded_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("too new by 3,000 rows") << qint64(3000);
    QTest::newRow("too old by 3,000 rows") << qint64(-3000);
    QTest::newRow("too new by 150 rows") << qint64(150);
}

void TestBoundarySearch::aGuideThatMissesGoesOnFromWhereItLanded()
{
    // Too new, nothing older than the boundary has been seen: the rows below the window are
    // reckoned at the rate of the rows above it, not read from the oldest up.
    QFETCH(qint64, offset);
    QRandomGenerator rng(34);
    const List list = generate(rng, 300'000, 2000);
    const qint64 n = qint64(list.times.size());
    const QList<qint64> bounds {list.times[size_t(n * 3 / 4)] + 1, list.times[size_t(n / 4)] + 1};
    BoundarySearch search(bounds, 100);
    search.guide(0, list.olderThan(bounds.at(0)) + offset);
    QList<BoundarySearch::Window> read;
    while (search.olderThan(0) < 0 && read.size() < 50) {
        const QList<BoundarySearch::Window> open = search.take();
        QVERIFY(!open.isEmpty());
        for (const auto &w : open) {
            search.supply(w, n, list.window(w));
            read.append(w);
        }
    }
    QCOMPARE(search.olderThan(0), list.olderThan(bounds.at(0)));
    QVERIFY2(read.size() <= 4, qPrintable(QString::number(read.size()))); // the newest, the guide, two more
    QVERIFY(!readsTheOldest(read, n, 100));
    read += windowsRead(search, list);
    QVERIFY(search.isDone());
    for (int i = 0; i < bounds.size(); ++i)
        QCOMPARE(search.olderThan(i), list.olderThan(bounds.at(i)));
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

void TestBoundarySearch::boundariesFarOutsideTheListAreCountedToo()
{
    // An open range: the overview counts from far before the oldest record to far after
    // the newest, and a guide that misses must not reckon rows down to there.
    QRandomGenerator rng(55);
    const List list = generate(rng, 50'000, 2000);
    const QList<qint64> bounds {LLONG_MIN / 4, list.times[25'000] + 1, LLONG_MAX / 4};
    for (qint64 guide : {qint64(-1), qint64(40'000), qint64(49'999)}) {
        BoundarySearch search(bounds, 100);
        if (guide >= 0)
            search.guide(0, guide);
        run(search, list);
        QVERIFY(search.isDone());
        QCOMPARE(search.olderThan(0), qint64(0));
        QCOMPARE(search.olderThan(1), list.olderThan(bounds.at(1)));
        QCOMPARE(search.olderThan(2), qint64(list.times.size()));
    }
}

QTEST_GUILESS_MAIN(TestBoundarySearch)
#include "tst_boundarysearch.moc"
