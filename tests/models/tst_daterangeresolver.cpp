#include "itemmodels/DateRangeResolver.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QDateTime>
#include <QTest>

// A date range the communication-log APIs cannot filter, resolved against a list in
// memory: by bisection to the exact block of rows, or page by page when the list is
// not in order. Pages are handed over by the test, so every step is deterministic.
class TestDateRangeResolver : public QObject
{
    Q_OBJECT
private slots:
    void badBoundsSayWhy();
    void serverSideBoundsNeedNoResolving();
    void bisectionFindsTheExactBlock_data();
    void bisectionFindsTheExactBlock();
    void anUnorderedListIsReadPageByPage();

private:
    static QList<QJsonObject> records(int count, bool newestFirst);
    static QString at(int minute);
    static Query rangeQuery(int fromMinute, int toMinute);
};

namespace
{
constexpr int kPageSize = 10;
const QDateTime kStart(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
} // namespace

QString TestDateRangeResolver::at(int minute)
{
    return kStart.addSecs(60 * minute).toString(Qt::ISODate);
}

QList<QJsonObject> TestDateRangeResolver::records(int count, bool newestFirst)
{
    QList<QJsonObject> out;
    for (int i = 0; i < count; ++i) {
        const int minute = newestFirst ? count - 1 - i : i;
        out.append(
            {{QStringLiteral("id"), QString::number(minute)}, {QStringLiteral("created_at"), at(minute)}});
    }
    return out;
}

Query TestDateRangeResolver::rangeQuery(int fromMinute, int toMinute)
{
    Query q;
    q.source = Sources::CommAdmin;
    if (fromMinute >= 0)
        q.setFilter(QLatin1String(Query::From), at(fromMinute));
    if (toMinute >= 0)
        q.setFilter(QLatin1String(Query::To), at(toMinute));
    return q;
}

void TestDateRangeResolver::badBoundsSayWhy()
{
    DateRangeResolver r;
    Query q = rangeQuery(-1, -1);
    q.setFilter(QLatin1String(Query::From), QStringLiteral("yesterday-ish"));
    const auto why = r.reset(SourceDefinitions::get(Sources::CommAdmin), q);
    QVERIFY(why);
    QVERIFY(why->contains(QStringLiteral("yesterday-ish")));
    QVERIFY(!r.isBisecting());
}

void TestDateRangeResolver::serverSideBoundsNeedNoResolving()
{
    // The API-log endpoint filters dates itself: nothing to bisect.
    DateRangeResolver r;
    Query q = rangeQuery(5, 20);
    q.source = Sources::ApiLogs;
    QVERIFY(!r.reset(SourceDefinitions::get(Sources::ApiLogs), q));
    QVERIFY(!r.isSet());
    QVERIFY(!r.isBisecting());
    QVERIFY(r.advance([](int) { return std::nullopt; }).isEmpty());
}

void TestDateRangeResolver::bisectionFindsTheExactBlock_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("both bounds") << 123 << 456;
    QTest::newRow("from only") << 700 << -1;
    QTest::newRow("to only") << -1 << 33;
    QTest::newRow("on page edges") << 100 << 199;
    QTest::newRow("nothing inside") << 5000 << 6000;
}

void TestDateRangeResolver::bisectionFindsTheExactBlock()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const QList<QJsonObject> list = records(1000, true);
    DateRangeResolver r;
    QVERIFY(!r.reset(SourceDefinitions::get(Sources::CommAdmin), rangeQuery(from, to)));
    QVERIFY(r.isSet());
    QVERIFY(r.isBisecting());
    QCOMPARE(r.hasUpperBound(), to >= 0);

    QSet<int> inMemory;
    const auto page = [&list](int p) {
        return list.mid(qsizetype(p) * kPageSize, kPageSize);
    };
    const auto loaded = [&](int p) -> std::optional<QList<QJsonObject>> {
        if (!inMemory.contains(p))
            return std::nullopt;
        return page(p);
    };
    r.supply(0, page(0), list.size(), kPageSize);
    inMemory.insert(0);
    int fetched = 1;
    for (QList<int> wanted = r.advance(loaded); !wanted.isEmpty(); wanted = r.advance(loaded)) {
        for (int p : wanted) {
            QVERIFY(!inMemory.contains(p)); // only pages it does not have
            r.supply(p, page(p), list.size(), kPageSize);
            inMemory.insert(p);
            ++fetched;
        }
    }
    QVERIFY(!r.isBisecting());
    QVERIFY(!r.isLocal());
    QVERIFY2(fetched <= 2 * 7 + 1, qPrintable(QString::number(fetched))); // ~log2(100) per bound

    // Brute force: the rows whose minute lies inside the bounds.
    qint64 first = -1, end = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int minute = list.at(i).value(QStringLiteral("id")).toString().toInt();
        const bool inside = (from < 0 || minute >= from) && (to < 0 || minute <= to);
        if (inside && first < 0)
            first = i;
        if (inside)
            end = i + 1;
    }
    if (first < 0) {
        QCOMPARE(r.endRow(), r.firstRow()); // an empty block
    } else {
        QCOMPARE(r.firstRow(), first);
        QCOMPARE(r.endRow(), end);
    }
}

void TestDateRangeResolver::anUnorderedListIsReadPageByPage()
{
    const QList<QJsonObject> list = records(200, false); // oldest first: not what it relies on
    DateRangeResolver r;
    QVERIFY(!r.reset(SourceDefinitions::get(Sources::CommAdmin), rangeQuery(20, 139)));
    const auto page = [&list](int p) {
        return list.mid(qsizetype(p) * kPageSize, kPageSize);
    };
    QSet<int> inMemory {0};
    r.supply(0, page(0), list.size(), kPageSize);
    const auto loaded = [&](int p) -> std::optional<QList<QJsonObject>> {
        return inMemory.contains(p) ? std::optional(page(p)) : std::nullopt;
    };
    for (QList<int> wanted = r.advance(loaded); !wanted.isEmpty(); wanted = r.advance(loaded)) {
        for (int p : wanted) {
            r.supply(p, page(p), list.size(), kPageSize);
            inMemory.insert(p);
        }
    }
    QVERIFY(r.isLocal());
    QVERIFY(!r.isBisecting());

    // A screenful at a time, from the top of the list.
    QList<QJsonObject> found;
    const auto readOn = [&] {
        while (const auto p = r.nextLocalPage(list.size(), kPageSize)) {
            const QList<QJsonObject> inside = r.matches(page(*p));
            r.acceptLocalPage(inside.size());
            found.append(inside);
        }
    };
    readOn();
    QCOMPARE(found.size(), qsizetype(DateRangeResolver::LocalScreen));
    QCOMPARE(found.constFirst().value(QStringLiteral("id")).toString(), QStringLiteral("20"));
    QVERIFY(!r.localReachedEnd(list.size(), kPageSize));
    r.wantMore();
    readOn();
    QCOMPARE(found.size(), qsizetype(100));
    r.wantMore();
    readOn();
    QCOMPARE(found.size(), qsizetype(120)); // minutes 20…139
    QCOMPARE(found.constLast().value(QStringLiteral("id")).toString(), QStringLiteral("139"));
    QVERIFY(r.localReachedEnd(list.size(), kPageSize));
    QCOMPARE(r.localRowCount(), qsizetype(120));
}

QTEST_GUILESS_MAIN(TestDateRangeResolver)
#include "tst_daterangeresolver.moc"
