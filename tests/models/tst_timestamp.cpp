#include "core/Timestamp.h"

#include <QRandomGenerator>
#include <QTest>

class TestTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void parsesTolerantForms_data();
    void parsesTolerantForms();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void formatsRfc3339();
    void millisecondsAgreeWithTheDateTime();
};

void TestTimestamp::parsesTolerantForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs");
    const qint64 base = QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("utc") << QStringLiteral("2026-04-15T10:00:00Z") << base;
    QTest::newRow("lowercase") << QStringLiteral("2026-04-15t10:00:00z") << base;
    QTest::newRow("fraction") << QStringLiteral("2026-04-15T10:00:00.250Z") << base + 250;
    QTest::newRow("one digit") << QStringLiteral("2026-04-15T10:00:00.5Z") << base + 500;
    QTest::newRow(".NET seven digits") << QStringLiteral("2026-04-15T10:00:00.1234567Z") << base + 123;
    QTest::newRow("offset") << QStringLiteral("2026-04-15T18:00:00+08:00") << base;
    QTest::newRow("negative offset") << QStringLiteral("2026-04-15T05:30:00-04:30") << base;
    QTest::newRow("offset without colon") << QStringLiteral("2026-04-15T18:00:00+0800") << base;
    QTest::newRow("no zone is UTC") << QStringLiteral("2026-04-15T10:00:00") << base;
    QTest::newRow("space separator") << QStringLiteral("2026-04-15 10:00:00Z") << base;
    QTest::newRow("surrounding space") << QStringLiteral(" 2026-04-15T10:00:00Z ") << base;
}

void TestTimestamp::parsesTolerantForms()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const auto parsed = Timestamp::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->toMSecsSinceEpoch(), msecs);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
    QCOMPARE(Timestamp::parseMsecs(text), std::optional<qint64>(msecs));
}

void TestTimestamp::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("date only") << QStringLiteral("2026-04-15");
    QTest::newRow("month 13") << QStringLiteral("2026-13-15T10:00:00Z");
    QTest::newRow("feb 30") << QStringLiteral("2026-02-30T10:00:00Z");
    QTest::newRow("hour 25") << QStringLiteral("2026-04-15T25:00:00Z");
    QTest::newRow("letters") << QStringLiteral("2026-04-1xT10:00:00Z");
    QTest::newRow("trailing junk") << QStringLiteral("2026-04-15T10:00:00Zjunk");
    QTest::newRow("empty fraction") << QStringLiteral("2026-04-15T10:00:00.Z");
    QTest::newRow("bad offset") << QStringLiteral("2026-04-15T10:00:00+8");
    QTest::newRow("offset minutes 60") << QStringLiteral("2026-04-15T10:00:00+08:60");
    QTest::newRow("unix seconds") << QStringLiteral("1776247200");
}

void TestTimestamp::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!Timestamp::parse(text).has_value());
    QVERIFY(!Timestamp::parseMsecs(text).has_value());
}

void TestTimestamp::formatsRfc3339()
{
    const QDateTime t(QDate(2026, 4, 15), QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600);
    QCOMPARE(Timestamp::toRfc3339(t), QStringLiteral("2026-04-15T10:00:00Z"));
    QCOMPARE(Timestamp::toRfc3339(t.addMSecs(7)), QStringLiteral("2026-04-15T10:00:00.007Z"));
    QCOMPARE(Timestamp::parse(Timestamp::toRfc3339(t.addMSecs(7)))->toMSecsSinceEpoch(),
             t.toMSecsSinceEpoch() + 7);
}

void TestTimestamp::millisecondsAgreeWithTheDateTime()
{
    // parseMsecs reckons without a QDateTime: the same instant for any date, before 1970
    // too, with any offset and fraction.
    QRandomGenerator rng(17);
    for (int i = 0; i < 5000; ++i) {
        const QDate date = QDate(1900, 1, 1).addDays(qint64(rng.bounded(110'000)));
        const int offset = int(rng.bounded(-14 * 60, 14 * 60 + 1));
        QString text = QStringLiteral("%1T%2:%3:%4")
                           .arg(date.toString(Qt::ISODate))
                           .arg(rng.bounded(24), 2, 10, QLatin1Char('0'))
                           .arg(rng.bounded(60), 2, 10, QLatin1Char('0'))
                           .arg(rng.bounded(60), 2, 10, QLatin1Char('0'));
        if (rng.bounded(2))
            text += QStringLiteral(".%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        if (rng.bounded(3) == 0)
            text += QLatin1Char('Z');
        else if (rng.bounded(2))
            text += QStringLiteral("%1%2:%3")
                        .arg(QChar(offset < 0 ? u'-' : u'+'))
                        .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                        .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
        const auto parsed = Timestamp::parse(text);
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(Timestamp::parseMsecs(text), std::optional<qint64>(parsed->toMSecsSinceEpoch()));
    }
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
