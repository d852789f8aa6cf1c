#include "dataset/DatasetFile.h"
#include "dataset/DatasetOverview.h"
#include "dataset/RecordSink.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

// Counts of a dataset, in SQL, against counts made by hand over the same records: facets
// under random filters, histograms over random ranges that cut through buckets, and the
// command line's JSON.
class TestDatasetOverview : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bucketsParse();
    void facetsMatchABruteForceCount();
    void histogramsMatchABruteForceCount();
    void theCommandLinePrintsTheSame();

private:
    struct Record {
        qint64 ms;
        QString channel, status, user;
    };
    bool matches(const Record &r, const Query &q, const QString &skip = {}) const;

    QTemporaryDir m_dir;
    QString m_path;
    QList<Record> m_records;
    QSqlDatabase m_db;
};

namespace
{
const QString kConnection = QStringLiteral("tst_datasetoverview");
const qint64 kStart = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const QStringList kChannels = {QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("push")};
const QStringList kStatuses = {QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("failed"),
                               QStringLiteral("delivered")};
} // namespace

void TestDatasetOverview::initTestCase()
{
    QRandomGenerator rng(17);
    m_path = m_dir.filePath(QStringLiteral("overview.logdeck"));
    auto sink = RecordSink::forPath(m_path);
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    info.origin = QStringLiteral("http://logs.test");
    QVERIFY(sink->open(m_path, info));
    QList<QJsonObject> rows;
    for (int i = 0; i < 4000; ++i) {
        // Ten days, with runs of equal times and a quiet day in the middle.
        qint64 ms = kStart + qint64(rng.bounded(10 * 24 * 60)) * 60'000;
        if (ms >= kStart + 4 * 86'400'000 && ms < kStart + 5 * 86'400'000)
            ms += 86'400'000;
        const Record r {ms, kChannels.at(int(rng.bounded(3))), kStatuses.at(int(rng.bounded(4))),
                        QStringLiteral("usr_%1").arg(1 + rng.bounded(30), 4, 10, QLatin1Char('0'))};
        m_records << r;
        rows.append({{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                     {QStringLiteral("created_at"),
                      QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)},
                     {QStringLiteral("channel"), r.channel},
                     {QStringLiteral("status"), r.status},
                     {QStringLiteral("user_id"), r.user},
                     {QStringLiteral("content"),
                      i % 7 == 0 ? QStringLiteral("your code is 1234") : QStringLiteral("hello")}});
    }
    QVERIFY(sink->write(rows));
    QVERIFY(sink->finish());
    QString error;
    QVERIFY2(DatasetFile::open(m_path, kConnection, &error), qPrintable(error));
    m_db = QSqlDatabase::database(kConnection);
}

void TestDatasetOverview::cleanupTestCase()
{
    m_db = {};
    QSqlDatabase::removeDatabase(kConnection);
}

bool TestDatasetOverview::matches(const Record &r, const Query &q, const QString &skip) const
{
    const auto is = [&](const char *key, const QString &value) {
        const QString wanted = q.filter(QLatin1String(key));
        if (skip == QLatin1String(key) || wanted.isEmpty())
            return true;
        return wanted.startsWith(u'!') ? wanted.mid(1) != value : wanted == value; // "!v": all but v
    };
    const QString from = q.filter(QLatin1String(Query::From)), to = q.filter(QLatin1String(Query::To));
    return is(Query::Channel, r.channel) && is(Query::Status, r.status) && is(Query::UserId, r.user)
        && (from.isEmpty() || r.ms >= QDateTime::fromString(from, Qt::ISODate).toMSecsSinceEpoch())
        && (to.isEmpty() || r.ms <= QDateTime::fromString(to, Qt::ISODate).toMSecsSinceEpoch());
}

void TestDatasetOverview::bucketsParse()
{
    QCOMPARE(Overview::stackKey(SourceDefinitions::get(Sources::CommAdmin)), QStringLiteral("status"));
    QCOMPARE(Overview::stackKey(SourceDefinitions::get(Sources::ApiLogs)), QStringLiteral("status"));
    QCOMPARE(Overview::stackKey(SourceDefinitions::get(Sources::NotifAudit)), QStringLiteral("event_type"));
    QCOMPARE(Overview::stackKey(SourceDefinitions::get(Sources::MfaAudit)), QString());
}

void TestDatasetOverview::facetsMatchABruteForceCount()
{
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    QRandomGenerator rng(5);
    for (int round = 0; round < 12; ++round) {
        Query q;
        q.source = Sources::CommAdmin;
        if (rng.bounded(2))
            q.setFilter(QLatin1String(Query::Channel), kChannels.at(int(rng.bounded(3))));
        if (rng.bounded(2))
            q.setFilter(QLatin1String(Query::Status),
                        (rng.bounded(3) == 0 ? QStringLiteral("!") : QString())
                            + kStatuses.at(int(rng.bounded(4))));
        if (rng.bounded(3) == 0)
            q.setFilter(QLatin1String(Query::From),
                        QDateTime::fromMSecsSinceEpoch(kStart + rng.bounded(5 * 86'400) * 1000LL, Qt::UTC)
                            .toString(Qt::ISODate));
        auto result = DatasetOverview::facets(m_db, def, q, {}, 5);
        QVERIFY(std::holds_alternative<QList<DatasetOverview::Facet>>(result));
        for (const DatasetOverview::Facet &facet : std::get<QList<DatasetOverview::Facet>>(result)) {
            // Each value counted under the other filters.
            QMap<QString, qint64> expected;
            for (const Record &r : std::as_const(m_records)) {
                if (!matches(r, q, facet.key))
                    continue;
                const QString v = facet.key == u"channel" ? r.channel
                    : facet.key == u"status"              ? r.status
                                                          : r.user;
                ++expected[v];
            }
            if (facet.key == u"user_id")
                QCOMPARE(facet.values.size(), qsizetype(qMin<qsizetype>(5, expected.size())));
            else
                QCOMPARE(facet.values.size(), expected.size());
            qint64 previous = LLONG_MAX;
            for (const auto &c : facet.values) {
                QCOMPARE(c.count, expected.value(c.value));
                QVERIFY(c.count <= previous); // the most frequent first
                previous = c.count;
            }
        }
    }
}

void TestDatasetOverview::histogramsMatchABruteForceCount()
{
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    QRandomGenerator rng(9);
    using TimeBuckets::Step;
    using TimeBuckets::Unit;
    const QList<Step> steps = {{Unit::Minute, 15}, {Unit::Hour, 1}, {Unit::Hour, 6}, {Unit::Day, 1}};
    // A zone with daylight saving and one a quarter hour off: edges on their clocks.
    const QList<QTimeZone> zones = {QTimeZone("America/New_York"), QTimeZone("Asia/Kathmandu"),
                                    QTimeZone::utc()};
    for (int round = 0; round < 18; ++round) {
        Overview::HistogramRequest request;
        request.step = steps.at(round % steps.size());
        request.zone = zones.at(round % zones.size());
        QVERIFY(request.zone.isValid());
        Query q;
        q.source = Sources::CommAdmin;
        // Ranges on odd seconds: they cut through buckets.
        const qint64 from = kStart + rng.bounded(4 * 86'400) * 1000LL + 17'000;
        const qint64 to = from + rng.bounded(1, 5 * 86'400) * 1000LL;
        q.setFilter(QLatin1String(Query::From),
                    QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate));
        if (round % 3)
            q.setFilter(QLatin1String(Query::To),
                        QDateTime::fromMSecsSinceEpoch(to, Qt::UTC).toString(Qt::ISODate));
        if (round % 4 == 1)
            q.setFilter(QLatin1String(Query::Channel), QStringLiteral("email"));
        if (round % 5 == 2)
            q.setFilter(QLatin1String(Query::Status), QStringLiteral("!failed"));
        auto result = DatasetOverview::histogram(m_db, def, q, {}, request);
        QVERIFY(std::holds_alternative<Overview::Histogram>(result));
        const auto &list = std::get<Overview::Histogram>(result).buckets;
        QVERIFY(!list.isEmpty());
        QVERIFY(list.constFirst().startMs <= from && from < list.constFirst().endMs);
        qint64 total = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto &b = list.at(i);
            QCOMPARE(TimeBuckets::floor(b.startMs, *request.step, request.zone), b.startMs); // aligned
            QVERIFY(b.endMs > b.startMs);
            if (i > 0)
                QCOMPARE(b.startMs, list.at(i - 1).endMs); // no gaps: empty buckets are listed
            qint64 count = 0;
            QMap<QString, qint64> byStatus;
            for (const Record &r : std::as_const(m_records)) {
                if (r.ms >= b.startMs && r.ms < b.endMs && matches(r, q)) {
                    ++count;
                    ++byStatus[r.status];
                }
            }
            QCOMPARE(b.count, count);
            QCOMPARE(b.byStatus, byStatus);
            total += count;
        }
        qint64 all = 0;
        for (const Record &r : std::as_const(m_records))
            all += matches(r, q) ? 1 : 0;
        QCOMPARE(total, all);
    }
    // A full-text search narrows the counts as it narrows the rows.
    Query q;
    q.source = Sources::CommAdmin;
    Overview::HistogramRequest daily;
    daily.step = TimeBuckets::Step {TimeBuckets::Unit::Day, 1};
    auto searched = DatasetOverview::histogram(m_db, def, q, QStringLiteral("your code"), daily);
    const qint64 total = std::get<Overview::Histogram>(searched).total();
    QCOMPARE(total, qint64((m_records.size() + 6) / 7));
}

void TestDatasetOverview::theCommandLinePrintsTheSame()
{
    const QString cli = qEnvironmentVariable("LOGDECK_CLI");
    if (cli.isEmpty())
        QSKIP("LOGDECK_CLI is not set (ctest sets it)");
    QProcess p;
    p.start(cli,
            {QStringLiteral("histogram"), m_path, QStringLiteral("--bucket"), QStringLiteral("1d"),
             QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonArray days = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(days.size(), 10); // ten days, the fifth left empty (its records moved a day on)
    qint64 total = 0;
    for (const QJsonValue &v : days) {
        const QJsonObject day = v.toObject();
        const qint64 start = QDateTime::fromString(day.value(QStringLiteral("start")).toString(), Qt::ISODate)
                                 .toMSecsSinceEpoch();
        qint64 expected = 0;
        for (const Record &r : std::as_const(m_records))
            expected += r.status == u"failed" && r.ms >= start && r.ms < start + 86'400'000 ? 1 : 0;
        QCOMPARE(qint64(day.value(QStringLiteral("count")).toInteger()), expected);
        QCOMPARE(day.value(QStringLiteral("end")).toString().endsWith(u'Z'), true);
        total += expected;
    }
    QVERIFY(total > 0);
    QCOMPARE(days.at(4).toObject().value(QStringLiteral("count")).toInt(), 0); // the quiet day

    p.start(cli, {QStringLiteral("facets"), m_path, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject facets = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    qint64 sms = 0;
    for (const Record &r : std::as_const(m_records))
        sms += r.channel == u"sms" ? 1 : 0;
    bool found = false;
    for (const QJsonValue &v : facets.value(QStringLiteral("channel")).toArray()) {
        if (v.toObject().value(QStringLiteral("value")).toString() == u"sms") {
            QCOMPARE(qint64(v.toObject().value(QStringLiteral("count")).toInteger()), sms);
            found = true;
        }
    }
    QVERIFY(found);

    p.start(cli, {QStringLiteral("histogram"), m_path, QStringLiteral("--bucket"), QStringLiteral("soon")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--bucket"));
}

QTEST_GUILESS_MAIN(TestDatasetOverview)
#include "tst_datasetoverview.moc"
