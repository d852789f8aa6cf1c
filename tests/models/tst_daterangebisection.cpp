// DateRangeBisection against a brute-force scan of synthetic lists.
#include "net/DateRangeBisection.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

namespace
{
// Newest first, with runs of equal times (some longer than a page).
QList<qint64> makeList(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<qint64> times;
    qint64 t = 1'800'000'000'000;
    for (int i = 0; i < count; ++i) {
        times.append(t);
        const int roll = int(rng.bounded(10));
        if (roll >= 4) // 40 % equal to the previous one
            t -= 1000 * (1 + rng.bounded(5));
        if (roll == 0 && rng.bounded(20) == 0)
            for (int k = 0; k < 120 && i + 1 < count; ++k, ++i)
                times.append(t); // a run longer than a page
    }
    return times;
}

struct Outcome {
    qint64 first, end;
    int pages;
    bool unordered;
};

Outcome run(const QList<qint64> &times, int pageSize, std::optional<qint64> from, std::optional<qint64> to)
{
    DateRangeBisection b(times.size(), pageSize, from, to);
    int guard = 0;
    while (!b.isDone() && guard++ < 1000) {
        const QList<int> pages = b.neededPages();
        if (pages.isEmpty())
            break;
        for (int page : pages)
            b.supply(page, times.mid(qsizetype(page) * pageSize, pageSize));
    }
    return {b.firstRow(), b.endRow(), b.pagesSupplied(), b.isUnordered()};
}
} // namespace

class TestDateRangeBisection : public QObject
{
    Q_OBJECT
private slots:
    void exactAgainstBruteForce_data();
    void exactAgainstBruteForce();
    void boundsOutsideTheList();
    void emptyList();
    void unorderedIsNoticed();
};

void TestDateRangeBisection::exactAgainstBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("10k/50") << 10000 << 50;
    QTest::newRow("10k/100") << 10000 << 100;
    QTest::newRow("1001/7") << 1001 << 7;
    QTest::newRow("one page") << 30 << 100;
}

void TestDateRangeBisection::exactAgainstBruteForce()
{
    QFETCH(int, count);
    QFETCH(int, pageSize);
    const QList<qint64> times = makeList(count, quint32(count * 31 + pageSize));
    QRandomGenerator rng(7);
    const int pageCount = (count + pageSize - 1) / pageSize;
    const int perBoundary = int(std::ceil(std::log2(qMax(2, pageCount)))) + 2;
    for (int round = 0; round < 200; ++round) {
        // Bounds on existing times (so runs of equal times sit on them) or anywhere.
        auto pick = [&]() -> qint64 {
            const qint64 t = times.at(int(rng.bounded(count)));
            return rng.bounded(3) == 0 ? t + qint64(rng.bounded(2000)) - 1000 : t;
        };
        std::optional<qint64> from, to;
        if (rng.bounded(4) != 0)
            from = pick();
        if (rng.bounded(4) != 0)
            to = pick();
        if (from && to && *from > *to)
            std::swap(*from, *to);
        qint64 first = -1, end = -1;
        for (int i = 0; i < count; ++i) {
            const bool inside = (!from || times.at(i) >= *from) && (!to || times.at(i) <= *to);
            if (inside && first < 0)
                first = i;
            if (inside)
                end = i + 1;
        }
        const Outcome got = run(times, pageSize, from, to);
        QVERIFY(!got.unordered);
        if (first < 0) {
            QCOMPARE(got.end - got.first <= 0, true);
        } else {
            QCOMPARE(got.first, first);
            QCOMPARE(got.end, end);
        }
        QVERIFY2(got.pages <= 2 * perBoundary,
                 qPrintable(QStringLiteral("%1 pages for %2").arg(got.pages).arg(pageCount)));
    }
}

void TestDateRangeBisection::boundsOutsideTheList()
{
    const QList<qint64> times = makeList(500, 3);
    Outcome all = run(times, 50, times.last() - 1, times.first() + 1);
    QCOMPARE(all.first, 0);
    QCOMPARE(all.end, 500);
    Outcome none = run(times, 50, times.first() + 1, std::nullopt); // newer than everything
    QCOMPARE(none.end, 0);
    Outcome older = run(times, 50, std::nullopt, times.last() - 1); // older than everything
    QCOMPARE(older.first, 500);
}

void TestDateRangeBisection::emptyList()
{
    DateRangeBisection b(0, 50, 1, 2);
    QVERIFY(b.isDone());
    QCOMPARE(b.firstRow(), 0);
    QCOMPARE(b.endRow(), 0);
}

void TestDateRangeBisection::unorderedIsNoticed()
{
    QList<qint64> times = makeList(1000, 5);
    times[525] = times.at(500) + 5000; // newer than the rows above it, inside page 10
    DateRangeBisection inPage(1000, 50, times.at(700), times.at(300));
    for (int guard = 0; !inPage.isDone() && guard < 100; ++guard) {
        for (int page : inPage.neededPages())
            inPage.supply(page, times.mid(page * 50, 50));
    }
    QVERIFY(inPage.isUnordered());

    // Pages each in order, but a later page newer than an earlier one.
    QList<qint64> swapped = makeList(1000, 6);
    for (int i = 0; i < 50; ++i)
        std::swap(swapped[500 + i], swapped[200 + i]);
    DateRangeBisection across(1000, 50, swapped.at(990), swapped.at(10));
    for (int guard = 0; !across.isDone() && guard < 100; ++guard) {
        for (int page : across.neededPages())
            across.supply(page, swapped.mid(page * 50, 50));
    }
    QVERIFY(across.isUnordered());
}

QTEST_GUILESS_MAIN(TestDateRangeBisection)
#include "tst_daterangebisection.moc"
