// RemoteLogModel against logdeck-demo-server over real HTTP.
#include "DemoServerProcess.h"
#include "ScriptedLogServer.h"
#include "core/Outcome.h"
#include "core/Timestamp.h"
#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/BuiltinSources.h"
#include "sources/EnumText.h"
#include "store/PageCache.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace
{
enum class Tester { On, Off };

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

struct Fixture {
    ApiClient client;
    RemoteLogModel model {&client};
    std::unique_ptr<QAbstractItemModelTester> tester;

    // The tester walks every row on every model signal: at a million rows that is
    // seconds per page, so the scrolling test runs without it (the others keep it).
    Fixture(const QUrl &base, const QString &token, Tester withTester = Tester::On)
    {
        if (withTester == Tester::On)
            tester = std::make_unique<QAbstractItemModelTester>(
                &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        client.setToken(token);
        model.setServer(base);
    }
    int column(const QString &key) const
    {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == key)
                return c;
        }
        return -1;
    }
};

Query query(SourceKind kind, int pageSize,
            std::initializer_list<std::pair<const char *, const char *>> filters = {})
{
    Query q;
    q.source = kind;
    q.pageSize = pageSize;
    for (const auto &[k, v] : filters)
        q.setFilter(QLatin1String(k), QLatin1String(v));
    return q;
}
} // namespace

class TestRemoteLogModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void placeholdersThenData();
    void filtersReachTheServer();
    void jumpToRow900000CostsAtMostTwoRequests();
    void pagesOutOfReachAreCancelled();
    void memoryBoundedAfterScrolling10000Pages();
    void serverSideSort();
    void growsWithoutTotal();
    void errorsAreSignalled();
    void dateRangeBisectionIsExact();
    void unorderedPagesApplyTheRangeLocally();
    void liveTailKeepsTheSelection();
    void refreshKeepsTheSelection();
    void offlineAfterRestartServesTheCache();
    void clampedPagesShowEveryRowOnce();
    void movingListNeverShowsARecordTwice();
    void businessErrorInside200IsTyped();
    void rateLimitIsWaitedOut();
    void shortPagesAreCounted();
    void goNullListIsAnEmptyTable();

private:
    DemoServerProcess m_small;
    DemoServerProcess m_million;
};

void TestRemoteLogModel::initTestCase()
{
    QVERIFY2(m_small.start({QStringLiteral("--comm"), QStringLiteral("3000"), QStringLiteral("--api-logs"),
                            QStringLiteral("400"), QStringLiteral("--audit"), QStringLiteral("500"),
                            QStringLiteral("--mfa"), QStringLiteral("100")}),
             qPrintable(m_small.errorString()));
    QVERIFY2(m_million.start({QStringLiteral("--comm"), QStringLiteral("1000000"),
                              QStringLiteral("--api-logs"), QStringLiteral("10"), QStringLiteral("--audit"),
                              QStringLiteral("10"), QStringLiteral("--mfa"), QStringLiteral("10")},
                             60000),
             qPrintable(m_million.errorString()));
}

void TestRemoteLogModel::placeholdersThenData()
{
    Fixture f(m_small.baseUrl(), QStringLiteral("demo-admin"));
    QSignalSpy total(&f.model, &RemoteLogModel::totalChanged);
    QSignalSpy loading(&f.model, &RemoteLogModel::loadingChanged);
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QTRY_COMPARE(f.model.rowCount(), 3000);
    QCOMPARE(total.size(), 1);
    QCOMPARE(total.first().first().toLongLong(), qint64(3000));
    const int idColumn = f.column(QStringLiteral("id"));
    QVERIFY(idColumn >= 0);

    // The first page came with the total; row 1234 is a placeholder until its page loads.
    QCOMPARE(f.model.index(0, idColumn).data(LogRoles::IsPlaceholderRole).toBool(), false);
    const QModelIndex row = f.model.index(1234, idColumn);
    QCOMPARE(row.data(LogRoles::IsPlaceholderRole).toBool(), true);
    QCOMPARE(row.data().toString(), QStringLiteral("…"));
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QTRY_COMPARE(row.data(LogRoles::IsPlaceholderRole).toBool(), false);
    QVERIFY(!changed.isEmpty());
    // Newest first, ids count down from the newest: row r has id N - r.
    QCOMPARE(row.data().toString(), QStringLiteral("log_%1").arg(3000 - 1234, 8, 10, QLatin1Char('0')));
    QCOMPARE(row.data(LogRoles::RecordIdRole).toString(), row.data().toString());
    QCOMPARE(row.data(LogRoles::RecordRole).toJsonObject().value(QStringLiteral("id")).toString(),
             row.data().toString());
}

void TestRemoteLogModel::filtersReachTheServer()
{
    Fixture f(m_small.baseUrl(), QStringLiteral("demo-admin"));
    f.model.setQuery(query(Sources::CommAdmin, 100, {{"channel", "email"}, {"status", "failed"}}));
    QTRY_VERIFY(f.model.total().has_value());
    QVERIFY(*f.model.total() > 0 && *f.model.total() < 3000);
    const int channel = f.column(QStringLiteral("channel")), status = f.column(QStringLiteral("status"));
    for (int r = 0; r < qMin(f.model.rowCount(), 100); ++r) {
        QCOMPARE(f.model.index(r, channel).data(LogRoles::RawValueRole).toString(), QStringLiteral("email"));
        QCOMPARE(f.model.index(r, status).data(LogRoles::RawValueRole).toString(), QStringLiteral("failed"));
        // Shown in words, coloured by how it turned out.
        QCOMPARE(f.model.index(r, channel).data().toString(), QStringLiteral("Email"));
        QCOMPARE(f.model.index(r, status).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(f.model.index(r, status).data(LogRoles::OutcomeRole).toInt(), int(Outcome::Failure));
    }
}

void TestRemoteLogModel::jumpToRow900000CostsAtMostTwoRequests()
{
    Fixture f(m_million.baseUrl(), QStringLiteral("demo-admin"));
    f.model.setQuery(query(Sources::CommAdmin, 100));
    QTRY_COMPARE(f.model.rowCount(), 1000000);
    QTRY_COMPARE(f.model.pendingPageCount(), 0);
    const int before = f.model.requestCount();
    const QModelIndex target = f.model.index(900000, f.column(QStringLiteral("id")));
    QVERIFY(target.data(LogRoles::IsPlaceholderRole).toBool());
    target.data(); // what a view's paint asks
    QTRY_COMPARE(target.data(LogRoles::IsPlaceholderRole).toBool(), false);
    QCOMPARE(target.data().toString(), QStringLiteral("log_%1").arg(100000, 8, 10, QLatin1Char('0')));
    QTRY_COMPARE(f.model.pendingPageCount(), 0);
    // The page itself, and one page of prefetch in the direction of travel.
    QVERIFY2(f.model.requestCount() - before <= 2,
             qPrintable(QString::number(f.model.requestCount() - before)));
}

void TestRemoteLogModel::pagesOutOfReachAreCancelled()
{
    DemoServerProcess slow;
    QVERIFY(slow.start({QStringLiteral("--comm"), QStringLiteral("20000"), QStringLiteral("--latency-ms"),
                        QStringLiteral("400")}));
    Fixture f(slow.baseUrl(), QStringLiteral("demo-admin"));
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QTRY_COMPARE(f.model.rowCount(), 20000);
    f.model.index(5000, 0).data();
    QTRY_COMPARE(f.model.pendingPageCount(), 2); // page 100 and the prefetch
    f.model.index(15000, 0).data(); // the user jumped on before they arrived
    QTRY_COMPARE(f.model.cancelledCount(), 2);
    QCOMPARE(f.model.pendingPageCount(), 2); // page 300 and its prefetch
    QTRY_COMPARE(f.model.index(15000, 0).data(LogRoles::IsPlaceholderRole).toBool(), false);
    QCOMPARE(f.model.index(5000, 0).data(LogRoles::IsPlaceholderRole).toBool(), true);
}

void TestRemoteLogModel::memoryBoundedAfterScrolling10000Pages()
{
    Fixture f(m_million.baseUrl(), QStringLiteral("demo-admin"), Tester::Off);
    f.model.setQuery(query(Sources::CommAdmin, 100));
    QTRY_COMPARE(f.model.rowCount(), 1000000);
    const qint64 rssBefore = residentBytes();
    // A view scrolling down a page per frame: the rows of the screen are asked for, then
    // the event loop runs. Every 20th page the user pauses until the screen has filled,
    // so about a thousand pages are really loaded (with prefetch), far more than the LRU keeps.
    int peakCached = 0;
    for (int page = 0; page < 10000; ++page) {
        for (int r = 0; r < 40; ++r)
            f.model.index(page * 100 + r * 2, 0).data();
        QCoreApplication::processEvents();
        peakCached = qMax(peakCached, f.model.cachedPageCount());
        if (page % 20 == 19) {
            const QModelIndex shown = f.model.index(page * 100, 0);
            QSignalSpy loaded(&f.model, &RemoteLogModel::pageLoaded);
            while (shown.data(LogRoles::IsPlaceholderRole).toBool())
                QVERIFY(loaded.wait(5000));
        }
    }
    QVERIFY2(f.model.requestCount() >= 500, qPrintable(QString::number(f.model.requestCount())));
    QTRY_COMPARE(f.model.pendingPageCount(), 0);
    QCOMPARE(peakCached, 64);
    QCOMPARE(f.model.cachedPageCount(), 64);
    QCOMPARE(f.model.index(999999, 0).data(LogRoles::IsPlaceholderRole).toBool(), false);
    // Pages scrolled past are gone: the first screen is a placeholder again.
    QCOMPARE(f.model.index(0, 0).data(LogRoles::IsPlaceholderRole).toBool(), true);
#if !defined(__SANITIZE_ADDRESS__)
    // 500+ pages of 100 records kept would be well over 50 MB; 64 are a few MB.
    const qint64 grown = residentBytes() - rssBefore;
    QVERIFY2(grown < 32 * 1024 * 1024, qPrintable(QString::number(grown / 1024) + QStringLiteral(" KiB")));
#else
    Q_UNUSED(rssBefore)
#endif
}

void TestRemoteLogModel::serverSideSort()
{
    Fixture f(m_small.baseUrl(), QStringLiteral("demo-admin"));
    f.model.setQuery(query(Sources::ApiLogs, 100));
    QTRY_COMPARE(f.model.rowCount(), 400);
    const int duration = f.column(QStringLiteral("durationMs"));
    const int client = f.column(QStringLiteral("clientIp"));
    QVERIFY(f.model.headerData(duration, Qt::Horizontal, LogRoles::RemoteSortableRole).toBool());
    QVERIFY(!f.model.headerData(client, Qt::Horizontal, LogRoles::RemoteSortableRole).toBool());

    QSignalSpy refused(&f.model, &RemoteLogModel::sortRefused);
    f.model.sort(client, Qt::AscendingOrder);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().toString(), QStringLiteral("clientIp"));
    QVERIFY(!f.model.query().sort.has_value());

    f.model.sort(duration, Qt::DescendingOrder);
    QCOMPARE(f.model.query().sort->column, QStringLiteral("durationMs"));
    QTRY_COMPARE(f.model.rowCount(), 400);
    QTRY_COMPARE(f.model.index(99, duration).data(LogRoles::IsPlaceholderRole).toBool(), false);
    int previous = INT_MAX;
    for (int r = 0; r < 100; ++r) {
        const QVariant v = f.model.index(r, duration).data(LogRoles::RawValueRole);
        const int d = v.isNull() ? -1 : v.toInt();
        QVERIFY(d <= previous);
        previous = d;
    }
}

void TestRemoteLogModel::growsWithoutTotal()
{
    DemoServerProcess bare;
    QVERIFY(bare.start({QStringLiteral("--audit"), QStringLiteral("230"),
                        QStringLiteral("--notif-audit-body"), QStringLiteral("array")}));
    Fixture f(bare.baseUrl(), QStringLiteral("demo-admin"));
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    f.model.setQuery(query(Sources::NotifAudit, 100));
    QTRY_VERIFY(f.model.rowCount() >= 100);
    QVERIFY(!f.model.total().has_value());
    // Views (and the model tester) call fetchMore() while canFetchMore() says so.
    while (f.model.canFetchMore({})) {
        const int rows = f.model.rowCount();
        f.model.fetchMore({});
        QTRY_VERIFY(f.model.rowCount() > rows || !f.model.canFetchMore({}));
    }
    QTRY_COMPARE(f.model.rowCount(), 230);
    QVERIFY(!f.model.canFetchMore({}));
    // It grew a page at a time: 100, 100, 30.
    QList<int> steps;
    for (const auto &args : std::as_const(inserted))
        steps << args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(steps, (QList<int> {100, 100, 30}));
    QCOMPARE(f.model.index(229, f.column(QStringLiteral("id"))).data(LogRoles::IsPlaceholderRole).toBool(),
             false);
}

void TestRemoteLogModel::errorsAreSignalled()
{
    Fixture f(m_small.baseUrl(), QStringLiteral("demo-user"));
    QSignalSpy errors(&f.model, &RemoteLogModel::errorOccurred);
    f.model.setQuery(query(Sources::ApiLogs, 50));
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Forbidden);
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.lastError()->httpStatus, 403);

    // A query the source cannot express is an error before any request.
    errors.clear();
    f.model.setQuery(query(Sources::CommAdmin, 50, {{"channel", "fax"}}));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(f.model.requestCount(), 0);
}

namespace
{
// Every record of a comm-admin list, fetched page by page: the brute-force oracle.
QList<QJsonObject> fetchAll(const QUrl &base, int pageSize)
{
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    Query q = query(Sources::CommAdmin, pageSize);
    QList<QJsonObject> all;
    for (int page = 0;; ++page) {
        std::unique_ptr<ApiReply> reply(client.get(*SourceDefinitions::pageUrl(def, base, q, page)));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        if (!done.wait(10000) || reply->error())
            return {};
        const Page p = std::get<Page>(PageCodec::decodePage(def, reply->body(), {}));
        all += p.records;
        if (p.records.size() < pageSize)
            return all;
    }
}

qint64 serverTotal(const QUrl &base)
{
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    std::unique_ptr<ApiReply> reply(
        client.get(*SourceDefinitions::pageUrl(def, base, query(Sources::CommAdmin, 1), 0)));
    QSignalSpy done(reply.get(), &ApiReply::finished);
    if (!done.wait(10000) || reply->error())
        return -1;
    return std::get<Page>(PageCodec::decodePage(def, reply->body(), {})).total.value_or(-1);
}

qint64 createdMs(const QJsonObject &record)
{
    return *Timestamp::parseMsecs(record.value(QStringLiteral("created_at")).toString());
}

// Waits until the row exists and its page is in, asking for it as a view's paint does.
bool waitForRow(RemoteLogModel &model, int row)
{
    QSignalSpy loaded(&model, &RemoteLogModel::pageLoaded);
    for (int i = 0; i < 50; ++i) {
        if (row < model.rowCount()) {
            const QModelIndex index = model.index(row, 0);
            if (!index.data(LogRoles::IsPlaceholderRole).toBool())
                return true;
            index.data();
        }
        if (!loaded.wait(5000))
            return false;
    }
    return false;
}
} // namespace

void TestRemoteLogModel::dateRangeBisectionIsExact()
{
    // 60,000 records over 30 days: whole seconds, so some neighbours share a time, and
    // some of those pairs sit across a page edge.
    DemoServerProcess server;
    QVERIFY(server.start({QStringLiteral("--comm"), QStringLiteral("60000"), QStringLiteral("--api-logs"),
                          QStringLiteral("10"), QStringLiteral("--audit"), QStringLiteral("10"),
                          QStringLiteral("--mfa"), QStringLiteral("10")}));
    const QList<QJsonObject> all = fetchAll(server.baseUrl(), 100);
    QCOMPARE(all.size(), 60000);
    const int pageSize = 50;
    QList<qint64> straddling; // times shared by the last row of a page and the first of the next
    for (int i = pageSize; i < all.size(); i += pageSize) {
        if (createdMs(all.at(i - 1)) == createdMs(all.at(i)))
            straddling.append(createdMs(all.at(i)));
    }
    QVERIFY2(straddling.size() >= 2, "the data should have equal times across a page edge");

    Fixture f(server.baseUrl(), QStringLiteral("demo-admin"));
    QRandomGenerator rng(2026);
    for (int round = 0; round < 20; ++round) {
        // Bounds on record times (the first rounds on the straddling ones), or between them.
        auto pick = [&]() {
            const qint64 t = createdMs(all.at(int(rng.bounded(all.size()))));
            return rng.bounded(4) == 0 ? t + 500 : t;
        };
        qint64 from = round < 2 ? straddling.at(round) : pick();
        qint64 to = round < 2 ? straddling.at(1 - round) + 60000 : pick();
        if (round == 1)
            to = straddling.at(1);
        if (from > to)
            std::swap(from, to);
        int first = -1, last = -1;
        for (int i = 0; i < all.size(); ++i) {
            const qint64 t = createdMs(all.at(i));
            if (t >= from && t <= to) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        Query q = query(Sources::CommAdmin, pageSize);
        q.setFilter(QLatin1String(Query::From),
                    Timestamp::toRfc3339(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC)));
        q.setFilter(QLatin1String(Query::To),
                    Timestamp::toRfc3339(QDateTime::fromMSecsSinceEpoch(to, Qt::UTC)));
        QSignalSpy resolved(&f.model, &RemoteLogModel::rangeResolved);
        f.model.setQuery(q);
        QVERIFY(resolved.wait(20000));
        const int expected = first < 0 ? 0 : last - first + 1;
        QCOMPARE(f.model.rowCount(), expected);
        // About log2(1200 pages) ≈ 11 requests per boundary.
        QVERIFY2(resolved.first().at(2).toInt() <= 2 * 13, qPrintable(resolved.first().at(2).toString()));
        if (expected == 0)
            continue;
        const int idColumn = f.column(QStringLiteral("id"));
        QVERIFY(waitForRow(f.model, 0));
        QCOMPARE(f.model.index(0, idColumn).data().toString(),
                 all.at(first).value(QStringLiteral("id")).toString());
        QVERIFY(waitForRow(f.model, expected - 1));
        QCOMPARE(f.model.index(expected - 1, idColumn).data().toString(),
                 all.at(last).value(QStringLiteral("id")).toString());
    }
}

void TestRemoteLogModel::unorderedPagesApplyTheRangeLocally()
{
    DemoServerProcess broken;
    QVERIFY(
        broken.start({QStringLiteral("--comm"), QStringLiteral("2000"), QStringLiteral("--disorder-comm")}));
    Fixture f(broken.baseUrl(), QStringLiteral("demo-admin"));
    QSignalSpy local(&f.model, &RemoteLogModel::rangeAppliedLocally);
    Query q = query(Sources::CommAdmin, 100);
    // The demo data spans the 30 days before 2026-11-20.
    q.setFilter(QLatin1String(Query::From), QStringLiteral("2026-11-05T00:00:00Z"));
    q.setFilter(QLatin1String(Query::To), QStringLiteral("2026-11-10T00:00:00Z"));
    f.model.setQuery(q);
    QVERIFY(local.wait(10000));
    QVERIFY(f.model.isRangeAppliedLocally());
    QTRY_VERIFY(f.model.rowCount() >= 50);
    // Grows as asked, every row inside the range.
    while (f.model.canFetchMore({}))
        f.model.fetchMore({});
    QTRY_VERIFY(!f.model.isLoading());
    while (f.model.canFetchMore({})) {
        f.model.fetchMore({});
        QTRY_VERIFY(!f.model.isLoading());
    }
    const qint64 from = *Timestamp::parseMsecs(u"2026-11-05T00:00:00Z");
    const qint64 to = *Timestamp::parseMsecs(u"2026-11-10T00:00:00Z");
    QVERIFY(f.model.rowCount() > 200);
    for (int r = 0; r < f.model.rowCount(); ++r) {
        const qint64 t = createdMs(f.model.index(r, 0).data(LogRoles::RecordRole).toJsonObject());
        QVERIFY(t >= from && t <= to);
    }
}

void TestRemoteLogModel::liveTailKeepsTheSelection()
{
    DemoServerProcess live;
    QVERIFY(live.start({QStringLiteral("--comm"), QStringLiteral("500"), QStringLiteral("--arrivals"),
                        QStringLiteral("1000"), QStringLiteral("--arrival-ms"), QStringLiteral("100")}));
    Fixture f(live.baseUrl(), QStringLiteral("demo-admin"));
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QVERIFY(f.model.canLiveTail());
    QVERIFY(waitForRow(f.model, 20));
    QItemSelectionModel selection(&f.model);
    selection.setCurrentIndex(f.model.index(20, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selectedId = f.model.index(20, 0).data(LogRoles::RecordIdRole).toString();
    QVERIFY(f.model.total().has_value());
    const qint64 totalBefore = *f.model.total();

    QSignalSpy arrived(&f.model, &RemoteLogModel::newRecordsArrived);
    f.model.setLiveTail(true, 300);
    QVERIFY(arrived.wait(5000));
    const int count = arrived.first().first().toInt();
    QVERIFY(count > 0);
    QCOMPARE(*f.model.total(), totalBefore + count);
    // The selection stayed on the same record, which moved down.
    QCOMPARE(selection.currentIndex().row(), 20 + count);
    QCOMPARE(selection.currentIndex().data(LogRoles::RecordIdRole).toString(), selectedId);
    QVERIFY(selection.isRowSelected(20 + count));
    // The newest is on top, newer than what was first before.
    QVERIFY(!f.model.index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    QVERIFY(f.model.index(0, 0).data(LogRoles::RecordIdRole).toString() > selectedId);

    f.model.setLiveTail(false);
    arrived.clear();
    QVERIFY(!arrived.wait(800));
}

void TestRemoteLogModel::refreshKeepsTheSelection()
{
    DemoServerProcess live;
    QVERIFY(live.start({QStringLiteral("--comm"), QStringLiteral("500"), QStringLiteral("--arrivals"),
                        QStringLiteral("1000"), QStringLiteral("--arrival-ms"), QStringLiteral("50")}));
    Fixture f(live.baseUrl(), QStringLiteral("demo-admin"));
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QVERIFY(waitForRow(f.model, 120));
    QItemSelectionModel selection(&f.model);
    selection.setCurrentIndex(f.model.index(120, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString selectedId = selection.currentIndex().data(LogRoles::RecordIdRole).toString();
    QTRY_VERIFY(serverTotal(live.baseUrl()) > *f.model.total()); // records arrived meanwhile
    QSignalSpy arrived(&f.model, &RemoteLogModel::newRecordsArrived);
    f.model.refresh();
    QVERIFY(arrived.wait(5000));
    QTRY_VERIFY(!f.model.isLoading());
    QCOMPARE(selection.currentIndex().data(LogRoles::RecordIdRole).toString(), selectedId);
    QCOMPARE(selection.currentIndex().row(), 120 + arrived.first().first().toInt());
    QVERIFY(!selection.currentIndex().data(LogRoles::IsPlaceholderRole).toBool());
}

void TestRemoteLogModel::offlineAfterRestartServesTheCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    QStringList ids;
    QUrl base;
    {
        DemoServerProcess server;
        QVERIFY(server.start({QStringLiteral("--comm"), QStringLiteral("1000")}));
        base = server.baseUrl();
        PageCache cache(path);
        Fixture f(base, QStringLiteral("demo-admin"));
        f.model.setCache(&cache);
        f.model.setQuery(query(Sources::CommAdmin, 50));
        QVERIFY(waitForRow(f.model, 0));
        QVERIFY(waitForRow(f.model, 120)); // pages 0, 2 (and 3, the prefetch)
        QTRY_VERIFY(!f.model.isLoading());
        for (int r : {0, 49, 120})
            ids << f.model.index(r, 0).data(LogRoles::RecordIdRole).toString();
        cache.flush();
    } // the server and the cache are gone: a restart, offline
    PageCache cache(path);
    Fixture f(base, QStringLiteral("demo-admin"));
    f.model.setCache(&cache);
    f.model.setOffline(true);
    QSignalSpy fromCache(&f.model, &RemoteLogModel::servedFromCache);
    QSignalSpy notCached(&f.model, &RemoteLogModel::pageNotCached);
    QSignalSpy errors(&f.model, &RemoteLogModel::errorOccurred);
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QTRY_COMPARE(f.model.rowCount(), 1000);
    QVERIFY(fromCache.first().at(1).toDateTime().isValid());
    QVERIFY(waitForRow(f.model, 120));
    QCOMPARE(f.model.index(0, 0).data(LogRoles::RecordIdRole).toString(), ids.at(0));
    QCOMPARE(f.model.index(49, 0).data(LogRoles::RecordIdRole).toString(), ids.at(1));
    QCOMPARE(f.model.index(120, 0).data(LogRoles::RecordIdRole).toString(), ids.at(2));
    // A page never fetched is marked, not fetched.
    f.model.index(700, 0).data();
    QTRY_VERIFY(notCached.size() >= 1);
    QVERIFY(f.model.index(700, 0).data(LogRoles::NotCachedRole).toBool());
    QCOMPARE(errors.size(), 0);
    // Another query was never cached at all: no rows, and the first page says so.
    f.model.setQuery(query(Sources::CommAdmin, 50, {{"channel", "push"}}));
    QTRY_VERIFY(notCached.last().first().toInt() == 0);
    QCOMPARE(f.model.rowCount(), 0);
}

namespace
{
// Every row's id, loading the table window by window as a view scrolling down would.
QStringList loadAllIds(Fixture &f)
{
    const int idColumn = f.column(QStringLiteral("id"));
    QStringList ids;
    for (int first = 0; first < f.model.rowCount(); first += 25) {
        const int last = qMin(first + 25, f.model.rowCount());
        for (int attempt = 0; attempt < 10; ++attempt) {
            bool loaded = true;
            QSignalSpy page(&f.model, &RemoteLogModel::pageLoaded);
            for (int row = first; row < last; ++row) {
                const QModelIndex index = f.model.index(row, idColumn);
                index.data(); // what a view painting the row asks: the page is wanted
                loaded = !index.data(LogRoles::IsPlaceholderRole).toBool() && loaded;
            }
            if (loaded)
                break;
            page.wait(5000);
        }
        for (int row = first; row < last; ++row)
            ids << f.model.index(row, idColumn).data(LogRoles::RecordIdRole).toString();
    }
    return ids;
}
} // namespace

void TestRemoteLogModel::clampedPagesShowEveryRowOnce()
{
    ScriptedLogServer server;
    server.addRecords(230);
    server.maxPageSize = 50;
    server.reportsPageSize = false; // a server that clamps without saying so
    Fixture f(server.baseUrl(), QStringLiteral("t"));
    f.model.setQuery(query(Sources::CommAdmin, 100));
    QTRY_COMPARE(f.model.rowCount(), 230);
    QCOMPARE(f.model.effectivePageSize(), 50);
    const QStringList ids = loadAllIds(f);
    QCOMPARE(ids, server.ids());
    QCOMPARE(f.model.missingRowCount(), 0);
    // Remembered for the connection: the next query asks for 50 at once.
    server.requests.clear();
    f.model.setQuery(query(Sources::CommAdmin, 100, {{"channel", "sms"}}));
    QTRY_VERIFY(!server.requests.isEmpty());
    QCOMPARE(QUrlQuery(server.requests.first()).queryItemValue(QStringLiteral("page_size")),
             QStringLiteral("50"));
}

void TestRemoteLogModel::movingListNeverShowsARecordTwice()
{
    ScriptedLogServer server;
    server.addRecords(300);
    const QStringList before = server.ids();
    Fixture f(server.baseUrl(), QStringLiteral("t"));
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QTRY_COMPARE(f.model.rowCount(), 300);
    server.arrivalsPerRequest = 4; // records land on top while the user scrolls down
    const QStringList ids = loadAllIds(f);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QCOMPARE(ids, before); // the rows stay as they were counted: nothing jumps
    QVERIFY(f.model.hiddenArrivalCount() > 0);
    QCOMPARE(f.model.rowCount(), 300);

    // A refresh shows what arrived on top, and still every record once.
    server.arrivalsPerRequest = 0;
    QSignalSpy arrived(&f.model, &RemoteLogModel::newRecordsArrived);
    f.model.refresh();
    QVERIFY(arrived.wait(5000));
    QCOMPARE(f.model.hiddenArrivalCount(), 0);
    QTRY_COMPARE(f.model.rowCount(), int(server.ids().size()));
    const QStringList after = loadAllIds(f);
    QCOMPARE(after, server.ids());
}

void TestRemoteLogModel::businessErrorInside200IsTyped()
{
    ScriptedLogServer server;
    server.bodyOverride = R"({"code":401,"message":"登录已过期,请重新登录"})";
    Fixture f(server.baseUrl(), QStringLiteral("t"));
    QSignalSpy errors(&f.model, &RemoteLogModel::errorOccurred);
    f.model.setQuery(query(Sources::CommMine, 50));
    QVERIFY(errors.wait(5000));
    const ApiError e = errors.first().first().value<ApiError>();
    QCOMPARE(e.kind, ApiError::Kind::Auth); // the re-enter-token path, not "invalid parameters"
    QCOMPARE(e.serverMessage, QStringLiteral("登录已过期,请重新登录"));
}

void TestRemoteLogModel::rateLimitIsWaitedOut()
{
    ScriptedLogServer server;
    server.addRecords(40);
    server.scripted = {{429, "1", R"({"code":429,"message":"too many requests"})"}};
    Fixture f(server.baseUrl(), QStringLiteral("t"));
    QSignalSpy waiting(&f.client, &ApiClient::waitingChanged);
    QSignalSpy errors(&f.model, &RemoteLogModel::errorOccurred);
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QVERIFY(waiting.wait(5000));
    QCOMPARE(waiting.first().first().toInt(), 1);
    QTRY_COMPARE(f.model.rowCount(), 40);
    QVERIFY(errors.isEmpty()); // waited out, not an error
    QCOMPARE(f.client.waitingSeconds(), 0);
}

void TestRemoteLogModel::shortPagesAreCounted()
{
    ScriptedLogServer server;
    server.addRecords(70);
    server.totalSurplus = 6; // counted, never sent
    Fixture f(server.baseUrl(), QStringLiteral("t"));
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QTRY_COMPARE(f.model.rowCount(), 76);
    QVERIFY(waitForRow(f.model, 69));
    QCOMPARE(f.model.missingRowCount(), 6);
    QVERIFY(f.model.index(75, 0).data(LogRoles::IsPlaceholderRole).toBool());
}

void TestRemoteLogModel::goNullListIsAnEmptyTable()
{
    ScriptedLogServer server;
    server.bodyOverride =
        R"({"code":0,"message":"success","items":null,"pagination":{"page":1,"page_size":50}})";
    Fixture f(server.baseUrl(), QStringLiteral("t"));
    QSignalSpy errors(&f.model, &RemoteLogModel::errorOccurred);
    QSignalSpy total(&f.model, &RemoteLogModel::totalChanged);
    f.model.setQuery(query(Sources::CommAdmin, 50));
    QTRY_VERIFY(!f.model.isLoading());
    QVERIFY(errors.isEmpty());
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.total(), std::optional<qint64>(0));
}

QTEST_GUILESS_MAIN(TestRemoteLogModel)
#include "tst_remotelogmodel.moc"
