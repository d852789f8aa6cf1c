#include "overview/TimeBuckets.h"

#include <QDateTime>
#include <QTest>

// Bucket edges on the local calendar, in zones with daylight saving and odd offsets.
class TestTimeBuckets : public QObject
{
    Q_OBJECT

private slots:
    void stepsParse();
    void theStepFollowsTheRange();
    void hoursAndDaysFollowTheLocalClock();
    void daysAcrossADaylightSavingChange();
    void weeksStartOnMondayAndMonthsOnTheFirst();
    void edgesCoverTheRange();
};

using namespace TimeBuckets;

namespace
{
qint64 ms(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QString local(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm ddd"));
}
} // namespace

void TestTimeBuckets::stepsParse()
{
    QCOMPARE(parse(QStringLiteral("15m")), std::optional<Step>(Step {Unit::Minute, 15}));
    QCOMPARE(parse(QStringLiteral("1h")), std::optional<Step>(Step {Unit::Hour, 1}));
    QCOMPARE(parse(QStringLiteral(" 2D ")), std::optional<Step>(Step {Unit::Day, 2}));
    QCOMPARE(parse(QStringLiteral("1w")), std::optional<Step>(Step {Unit::Week, 1}));
    QCOMPARE(parse(QStringLiteral("3mo")), std::optional<Step>(Step {Unit::Month, 3}));
    QCOMPARE(parse(QStringLiteral("15m"))->name(), QStringLiteral("15m"));
    QCOMPARE(parse(QStringLiteral("1mo"))->name(), QStringLiteral("1mo"));
    QVERIFY(!parse(QStringLiteral("0h")));
    QVERIFY(!parse(QStringLiteral("7m"))); // does not divide a day
    QVERIFY(!parse(QStringLiteral("5h")));
    QVERIFY(!parse(QStringLiteral("h")));
    QVERIFY(!parse(QStringLiteral("1 hour")));
    QVERIFY(!parse(QStringLiteral("30s")));
}

void TestTimeBuckets::theStepFollowsTheRange()
{
    const qint64 t0 = ms("2026-11-01T00:00:00Z");
    QCOMPARE(choose(t0, t0 + 30 * 60'000, 60), (Step {Unit::Minute, 1}));
    QCOMPARE(choose(t0, t0 + 3 * 3'600'000, 60), (Step {Unit::Minute, 5}));
    QCOMPARE(choose(t0, t0 + 2 * 86'400'000, 60), (Step {Unit::Hour, 1}));
    QCOMPARE(choose(t0, t0 + 30LL * 86'400'000, 60), (Step {Unit::Day, 1}));
    QCOMPARE(choose(t0, t0 + 200LL * 86'400'000, 60), (Step {Unit::Week, 1}));
    QCOMPARE(choose(t0, t0 + 1000LL * 86'400'000, 60), (Step {Unit::Month, 1}));
    QCOMPARE(choose(t0, t0, 60), (Step {Unit::Minute, 1}));
}

void TestTimeBuckets::hoursAndDaysFollowTheLocalClock()
{
    // Nepal is 5:45 ahead of UTC: its hours start at a quarter past in UTC.
    const QTimeZone kathmandu("Asia/Kathmandu");
    QVERIFY(kathmandu.isValid());
    const QList<qint64> hours =
        edges(ms("2026-11-01T00:20:00Z"), ms("2026-11-01T02:00:00Z"), {Unit::Hour, 1}, kathmandu);
    QCOMPARE(hours.size(), 3); // 06:05, 07:05 and 07:45 local fall in 06:00, 07:00
    QCOMPARE(hours.first(), ms("2026-11-01T00:15:00Z"));
    for (qint64 e : hours)
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(e, kathmandu).time().minute(), 0);
    const QTimeZone shanghai("Asia/Shanghai");
    const QList<qint64> days =
        edges(ms("2026-11-01T12:00:00Z"), ms("2026-11-03T12:00:00Z"), {Unit::Day, 1}, shanghai);
    QCOMPARE(local(days.first(), shanghai), QStringLiteral("2026-11-01 00:00 Sun"));
    QCOMPARE(days.first(), ms("2026-10-31T16:00:00Z"));
    QCOMPARE(days.size(), 4);
}

void TestTimeBuckets::daysAcrossADaylightSavingChange()
{
    // New York falls back on 2026-11-01: that day has 25 hours; 3-hour buckets stay on
    // 00, 03, 06… of the wall clock on both sides.
    const QTimeZone ny("America/New_York");
    QVERIFY(ny.isValid());
    const QList<qint64> days =
        edges(ms("2026-10-31T12:00:00Z"), ms("2026-11-02T12:00:00Z"), {Unit::Day, 1}, ny);
    QCOMPARE(days.size(), 4);
    QCOMPARE(days.at(2) - days.at(1), 25 * 3'600'000LL);
    QCOMPARE(days.at(1) - days.at(0), 24 * 3'600'000LL);
    const QList<qint64> threes =
        edges(ms("2026-11-01T00:00:00Z"), ms("2026-11-02T00:00:00Z"), {Unit::Hour, 3}, ny);
    QStringList wall;
    for (qint64 e : threes)
        wall << QDateTime::fromMSecsSinceEpoch(e, ny).toString(QStringLiteral("HH"));
    QCOMPARE(wall.mid(0, 4),
             (QStringList {QStringLiteral("18"), QStringLiteral("21"), QStringLiteral("00"),
                           QStringLiteral("03")}));
    QVERIFY(wall.contains(QStringLiteral("06")));
    for (qsizetype i = 1; i < threes.size(); ++i)
        QVERIFY(threes.at(i) > threes.at(i - 1));
}

void TestTimeBuckets::weeksStartOnMondayAndMonthsOnTheFirst()
{
    const QTimeZone utc = QTimeZone::utc();
    const QList<qint64> weeks =
        edges(ms("2026-11-05T10:00:00Z"), ms("2026-11-20T10:00:00Z"), {Unit::Week, 1}, utc);
    QCOMPARE(local(weeks.first(), utc), QStringLiteral("2026-11-02 00:00 Mon"));
    QCOMPARE(weeks.size(), 4);
    const QList<qint64> months =
        edges(ms("2026-01-31T10:00:00Z"), ms("2026-04-02T10:00:00Z"), {Unit::Month, 1}, utc);
    QCOMPARE(months.size(), 5);
    QCOMPARE(local(months.at(1), utc), QStringLiteral("2026-02-01 00:00 Sun"));
    QCOMPARE(local(months.at(2), utc), QStringLiteral("2026-03-01 00:00 Sun"));
    const QList<qint64> quarters =
        edges(ms("2026-05-10T00:00:00Z"), ms("2026-05-11T00:00:00Z"), {Unit::Month, 3}, utc);
    QCOMPARE(local(quarters.first(), utc), QStringLiteral("2026-04-01 00:00 Wed"));
}

void TestTimeBuckets::edgesCoverTheRange()
{
    const QTimeZone ny("America/New_York");
    const qint64 from = ms("2026-03-07T13:17:00Z");
    for (const Step &s : {Step {Unit::Minute, 15}, Step {Unit::Hour, 1}, Step {Unit::Hour, 6},
                          Step {Unit::Day, 1}, Step {Unit::Week, 1}, Step {Unit::Month, 1}}) {
        const qint64 to = from + 5 * s.nominalMs() + 12345; // across 2026-03-08, spring forward
        const QList<qint64> e = edges(from, to, s, ny);
        QVERIFY2(e.size() >= 6, qPrintable(s.name()));
        QVERIFY(e.first() <= from && from < e.at(1));
        QVERIFY(e.at(e.size() - 2) <= to && to < e.last());
        QCOMPARE(floor(e.at(2), s, ny), e.at(2));
    }
    QVERIFY(edges(0, 86'400'000LL * 365 * 10, {Unit::Minute, 1}, QTimeZone::utc(), 1000).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeBuckets)
#include "tst_timebuckets.moc"
