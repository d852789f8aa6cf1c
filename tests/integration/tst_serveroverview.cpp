#include "DemoServerProcess.h"
#include "core/Timestamp.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "overview/ServerOverview.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"
#include "store/RecordSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// ServerOverview against the demo server over real HTTP: every count compared with a
// count of the records themselves, read page by page beforehand, under random filters and
// ranges that cut through buckets, for every source with a time.
class TestServerOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void histogramsMatchABruteForceCount_data();
    void histogramsMatchABruteForceCount();
    void facetsMatchABruteForceCount_data();
    void facetsMatchABruteForceCount();
    void countsAreKeptForTheSession();
    void aFailureSaysWhy();
    void theCommandLinePrintsTheSame();

private:
    struct Record {
        qint64 ms = 0;
        QHash<QString, QString> values; // filter key → value
    };
    QList<Record> readAll(SourceKind kind);
    Query randomQuery(SourceKind kind, QRandomGenerator &rng, const QString &except = {}) const;
    bool matches(const Record &r, const Query &q, const QString &except = {}) const;

    DemoServerProcess m_server;
    ApiClient m_client;
    QHash<QString, QList<Record>> m_records; // by source key
    QHash<QString, std::pair<qint64, qint64>> m_span;
};

namespace
{
const QList<SourceKind> kSources = {Sources::CommAdmin, Sources::NotifAudit, Sources::ApiLogs,
                                    Sources::MfaAudit};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

QList<TestServerOverview::Record> TestServerOverview::readAll(SourceKind kind)
{
    const SourceDefinition &def = SourceDefinitions::get(kind);
    const QStringList columns = RecordSchema::filterColumns();
    QList<Record> out;
    Query q;
    q.source = kind;
    q.pageSize = def.maxPageSize;
    for (int page = 0;; ++page) {
        std::unique_ptr<ApiReply> reply(
            m_client.get(*SourceDefinitions::pageUrl(def, m_server.baseUrl(), q, page)));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        if (!reply->isFinished() && !done.wait(30000))
            return {};
        const auto decoded = PageCodec::decodePage(def, reply->body(), reply->url().path());
        if (!std::holds_alternative<Page>(decoded))
            return {};
        const Page &p = std::get<Page>(decoded);
        for (const QJsonObject &o : p.records) {
            const RecordSchema::Row row = RecordSchema::rowFor(def, o);
            Record r;
            r.ms = row.timestampMs;
            for (int c = 0; c < columns.size(); ++c)
                r.values.insert(columns.at(c), row.filterValues.value(c));
            out.append(r);
        }
        if (p.records.size() < q.pageSize)
            break;
    }
    return out;
}

void TestServerOverview::initTestCase()
{
    QVERIFY2(m_server.start({QStringLiteral("--comm"), QStringLiteral("6000"), QStringLiteral("--audit"),
                             QStringLiteral("5000"), QStringLiteral("--api-logs"), QStringLiteral("2500"),
                             QStringLiteral("--mfa"), QStringLiteral("2000"), QStringLiteral("--users"),
                             QStringLiteral("40")}),
             qPrintable(m_server.errorString()));
    m_client.setToken(QStringLiteral("demo-admin"));
    for (SourceKind kind : kSources) {
        const QList<Record> all = readAll(kind);
        QVERIFY2(all.size() > 1000, qPrintable(kind.key()));
        qint64 lo = LLONG_MAX, hi = LLONG_MIN;
        for (const Record &r : all) {
            lo = qMin(lo, r.ms);
            hi = qMax(hi, r.ms);
        }
        m_records.insert(kind.key(), all);
        m_span.insert(kind.key(), {lo, hi});
    }
}

Query TestServerOverview::randomQuery(SourceKind kind, QRandomGenerator &rng, const QString &except) const
{
    const SourceDefinition &def = SourceDefinitions::get(kind);
    Query q;
    q.source = kind;
    for (const FilterSpec *f : Overview::facetFilters(def)) {
        const QStringList values = Overview::values(*f);
        if (!values.isEmpty() && f->key != except && rng.bounded(3) == 0)
            q.setFilter(f->key, values.at(int(rng.bounded(int(values.size())))));
    }
    // Ranges on odd milliseconds, so that they cut through buckets; sometimes open.
    const auto [lo, hi] = m_span.value(kind.key());
    const qint64 from = lo + qint64(rng.bounded(quint64(hi - lo))) / 2 + 12'345;
    const qint64 to = from + qint64(rng.bounded(quint64(hi - from))) + 777;
    const int shape = int(rng.bounded(4));
    if (shape != 1)
        q.setFilter(QLatin1String(Query::From), iso(from));
    if (shape != 2)
        q.setFilter(QLatin1String(Query::To), iso(to));
    return q;
}

bool TestServerOverview::matches(const Record &r, const Query &q, const QString &except) const
{
    for (auto it = q.filters.cbegin(); it != q.filters.cend(); ++it) {
        if (it.key() == except)
            continue;
        if (it.key() == u"from") {
            if (r.ms < *Overview::bound(q, Query::From))
                return false;
        } else if (it.key() == u"to") {
            if (r.ms > *Overview::bound(q, Query::To))
                return false;
        } else if (r.values.value(it.key()) != it.value()) {
            return false;
        }
    }
    return true;
}

void TestServerOverview::histogramsMatchABruteForceCount_data()
{
    QTest::addColumn<QString>("source");
    for (SourceKind kind : kSources)
        QTest::newRow(qPrintable(kind.key())) << kind.key();
}

void TestServerOverview::histogramsMatchABruteForceCount()
{
    QFETCH(QString, source);
    const SourceKind kind = *SourceRegistry::instance().kindForKey(source);
    const QList<Record> &records = m_records[source];
    ServerOverview overview(&m_client, m_server.baseUrl());
    QRandomGenerator rng(qHash(source));
    const QList<QTimeZone> zones = {QTimeZone("America/New_York"), QTimeZone("Asia/Kathmandu"),
                                    QTimeZone::utc()};
    for (int round = 0; round < 6; ++round) {
        const Query q = randomQuery(kind, rng);
        Overview::HistogramRequest request;
        request.maxBuckets = 12 + int(rng.bounded(40));
        request.zone = zones.at(round % zones.size());
        QSignalSpy ready(&overview, &ServerOverview::histogramReady);
        QSignalSpy failed(&overview, &ServerOverview::failed);
        overview.histogram(q, request);
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() == 1, 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        const auto h = ready.at(0).at(0).value<Overview::Histogram>();
        QCOMPARE(h.stackKey, Overview::stackKey(SourceDefinitions::get(kind)));
        qint64 expectedTotal = 0;
        for (const Record &r : records)
            expectedTotal += matches(r, q) ? 1 : 0;
        QCOMPARE(h.total(), expectedTotal);
        if (expectedTotal == 0)
            continue;
        QVERIFY(h.buckets.size() <= request.maxBuckets + 1);
        for (qsizetype i = 0; i < h.buckets.size(); ++i) {
            const Overview::Bucket &b = h.buckets.at(i);
            QCOMPARE(TimeBuckets::floor(b.startMs, h.step, request.zone), b.startMs);
            if (i > 0)
                QCOMPARE(b.startMs, h.buckets.at(i - 1).endMs);
            qint64 count = 0;
            QMap<QString, qint64> byStatus;
            for (const Record &r : records) {
                if (r.ms >= b.startMs && r.ms < b.endMs && matches(r, q)) {
                    ++count;
                    if (!h.stackKey.isEmpty())
                        ++byStatus[r.values.value(h.stackKey)];
                }
            }
            QCOMPARE(b.count, count);
            QCOMPARE(b.byStatus, byStatus);
        }
    }
}

void TestServerOverview::facetsMatchABruteForceCount_data()
{
    histogramsMatchABruteForceCount_data();
}

void TestServerOverview::facetsMatchABruteForceCount()
{
    QFETCH(QString, source);
    const SourceKind kind = *SourceRegistry::instance().kindForKey(source);
    const SourceDefinition &def = SourceDefinitions::get(kind);
    const QList<Record> &records = m_records[source];
    ServerOverview overview(&m_client, m_server.baseUrl());
    QRandomGenerator rng(qHash(source) + 1);
    for (int round = 0; round < 4; ++round) {
        const Query q = randomQuery(kind, rng);
        QSignalSpy ready(&overview, &ServerOverview::facetsReady);
        QSignalSpy failed(&overview, &ServerOverview::failed);
        overview.facets(q);
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() + failed.size() == 1, 120000);
        QVERIFY(failed.isEmpty());
        const auto facets = ready.at(0).at(0).value<QList<Overview::Facet>>();
        QStringList expectedKeys;
        for (const FilterSpec *f : Overview::facetFilters(def)) {
            if (!Overview::values(*f).isEmpty())
                expectedKeys << f->key;
        }
        QStringList keys;
        for (const Overview::Facet &facet : facets) {
            keys << facet.key;
            QCOMPARE(facet.values.size(), Overview::values(*def.filterSpec(facet.key)).size());
            qint64 previous = LLONG_MAX;
            for (const Overview::Count &c : facet.values) {
                qint64 expected = 0;
                for (const Record &r : records)
                    expected += matches(r, q, facet.key) && r.values.value(facet.key) == c.value ? 1 : 0;
                QCOMPARE(c.count, expected);
                QVERIFY(c.count <= previous);
                previous = c.count;
            }
        }
        QCOMPARE(keys, expectedKeys);
    }
}

void TestServerOverview::countsAreKeptForTheSession()
{
    // 48 buckets of an hour over the audit events: a request per bucket and event type,
    // and none the second time.
    ServerOverview overview(&m_client, m_server.baseUrl());
    const auto [lo, hi] = m_span.value(Sources::NotifAudit.key());
    Query q;
    q.source = Sources::NotifAudit;
    q.setFilter(QLatin1String(Query::To), iso(hi));
    q.setFilter(QLatin1String(Query::From), iso(hi - 47 * 3'600'000LL));
    Overview::HistogramRequest request;
    request.step = TimeBuckets::Step {TimeBuckets::Unit::Hour, 1};
    request.zone = QTimeZone::utc();
    QSignalSpy ready(&overview, &ServerOverview::histogramReady);
    overview.histogram(q, request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
    const auto h = ready.at(0).at(0).value<Overview::Histogram>();
    QCOMPARE(h.buckets.size(), 48);
    const int series =
        int(Overview::values(*SourceDefinitions::get(Sources::NotifAudit).filterSpec(h.stackKey)).size());
    QVERIFY2(overview.requestsSent() <= series * 48 + 1,
             qPrintable(QString::number(overview.requestsSent())));
    overview.histogram(q, request);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 120000);
    QCOMPARE(overview.requestsSent(), 0);
    QCOMPARE(ready.at(1).at(0).value<Overview::Histogram>().total(), h.total());
}

void TestServerOverview::aFailureSaysWhy()
{
    ApiClient client; // no token
    ServerOverview overview(&client, m_server.baseUrl());
    QSignalSpy failed(&overview, &ServerOverview::failed);
    Query q;
    q.source = Sources::CommAdmin;
    overview.histogram(q, {});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!overview.isRunning());
}

void TestServerOverview::theCommandLinePrintsTheSame()
{
    const QString cli = qEnvironmentVariable("LOGDECK_CLI");
    if (cli.isEmpty())
        QSKIP("LOGDECK_CLI is not set (ctest sets it)");
    const auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOGDECK_TOKEN"), QStringLiteral("demo-admin"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        p.setProcessEnvironment(env);
        p.start(cli, args);
        p.waitForFinished(120000);
        return std::pair(p.exitCode(), p.readAllStandardOutput());
    };
    const QStringList server {QStringLiteral("--url"),     m_server.baseUrl().toString(),
                              QStringLiteral("--source"),  QStringLiteral("comm-admin"),
                              QStringLiteral("--channel"), QStringLiteral("sms"),
                              QStringLiteral("--format"),  QStringLiteral("json")};
    const auto [code, out] = run(
        QStringList {QStringLiteral("histogram"), QStringLiteral("--bucket"), QStringLiteral("1d")} + server);
    QCOMPARE(code, 0);
    const QJsonArray days = QJsonDocument::fromJson(out).array();
    QVERIFY(days.size() > 20);
    qint64 total = 0;
    for (const QJsonValue &v : days) {
        const QJsonObject day = v.toObject();
        const qint64 start = *Timestamp::parseMsecs(day.value(QStringLiteral("start")).toString());
        const qint64 end = *Timestamp::parseMsecs(day.value(QStringLiteral("end")).toString());
        QCOMPARE(end - start, 86'400'000LL);
        QCOMPARE(start % 86'400'000LL, 0LL); // UTC midnights: TZ=UTC
        qint64 count = 0;
        QMap<QString, qint64> byStatus;
        for (const Record &r : m_records[Sources::CommAdmin.key()]) {
            if (r.ms >= start && r.ms < end && r.values.value(QStringLiteral("channel")) == u"sms") {
                ++count;
                ++byStatus[r.values.value(QStringLiteral("status"))];
            }
        }
        QCOMPARE(day.value(QStringLiteral("count")).toInteger(), count);
        const QJsonObject by = day.value(QStringLiteral("by_status")).toObject();
        QCOMPARE(by.size(), byStatus.size());
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            QCOMPARE(by.value(it.key()).toInteger(), it.value());
        total += count;
    }
    const auto [fcode, fout] = run(QStringList {QStringLiteral("facets")} + server);
    QCOMPARE(fcode, 0);
    const QJsonObject facets = QJsonDocument::fromJson(fout).object();
    qint64 statusTotal = 0;
    for (const QJsonValue &v : facets.value(QStringLiteral("status")).toArray())
        statusTotal += v.toObject().value(QStringLiteral("count")).toInteger();
    QCOMPARE(statusTotal, total); // every sms record has one status
    QCOMPARE(facets.value(QStringLiteral("channel")).toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestServerOverview)
#include "tst_serveroverview.moc"
