#include "overview/TimeBuckets.h"

#include <QDateTime>
#include <QRegularExpression>

#include <array>

namespace
{
using TimeBuckets::Step;
using TimeBuckets::Unit;

QDateTime at(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone);
}

QDateTime next(const QDateTime &edge, const Step &step, const QTimeZone &zone)
{
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        // Wall-clock steps from the local midnight, so that 3h buckets stay at 00, 03, 06…
        // on both sides of a daylight-saving change.
        const int unitMinutes = step.unit == Unit::Minute ? 1 : 60;
        const int stepMinutes = unitMinutes * step.count;
        const QTime t = edge.time();
        const int minute = (t.hour() * 60 + t.minute()) / stepMinutes * stepMinutes + stepMinutes;
        if (minute >= 24 * 60)
            return at(edge.date().addDays(1), QTime(0, 0), zone);
        QDateTime wall = at(edge.date(), QTime(minute / 60, minute % 60), zone);
        // In the hour a clock skips, or repeats, the wall time may not come after the edge.
        if (wall <= edge)
            wall = edge.addSecs(qint64(stepMinutes) * 60);
        return wall;
    }
    case Unit::Day:
        return at(edge.date().addDays(step.count), QTime(0, 0), zone);
    case Unit::Week:
        return at(edge.date().addDays(7 * step.count), QTime(0, 0), zone);
    case Unit::Month:
        return at(edge.date().addMonths(step.count), QTime(0, 0), zone);
    }
    return edge.addSecs(3600);
}
} // namespace

namespace TimeBuckets
{
qint64 Step::nominalMs() const
{
    static constexpr std::array<qint64, 5> unitMs {60'000, 3'600'000, 86'400'000, 7 * 86'400'000LL,
                                                   30 * 86'400'000LL};
    return unitMs[size_t(unit)] * count;
}

QString Step::name() const
{
    static const char *const suffix[] = {"m", "h", "d", "w", "mo"};
    return QString::number(count) + QLatin1String(suffix[int(unit)]);
}

std::optional<Step> parse(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,4})(mo|[mhdw])$"));
    const auto m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const int n = m.captured(1).toInt();
    if (n <= 0)
        return std::nullopt;
    const QString u = m.captured(2);
    const Unit unit = u == u"m" ? Unit::Minute
        : u == u"h"             ? Unit::Hour
        : u == u"d"             ? Unit::Day
        : u == u"w"             ? Unit::Week
                                : Unit::Month;
    // Sub-day steps must divide the day, so that every day starts on an edge.
    if ((unit == Unit::Minute && 1440 % n != 0) || (unit == Unit::Hour && 24 % n != 0))
        return std::nullopt;
    return Step {unit, n};
}

Step choose(qint64 fromMs, qint64 toMs, int maxBuckets)
{
    static const std::array<Step, 17> ladder {{{Unit::Minute, 1},
                                               {Unit::Minute, 2},
                                               {Unit::Minute, 5},
                                               {Unit::Minute, 10},
                                               {Unit::Minute, 15},
                                               {Unit::Minute, 30},
                                               {Unit::Hour, 1},
                                               {Unit::Hour, 2},
                                               {Unit::Hour, 3},
                                               {Unit::Hour, 6},
                                               {Unit::Hour, 12},
                                               {Unit::Day, 1},
                                               {Unit::Week, 1},
                                               {Unit::Month, 1},
                                               {Unit::Month, 3},
                                               {Unit::Month, 6},
                                               {Unit::Month, 12}}};
    const qint64 span = qMax<qint64>(1, toMs - fromMs + 1);
    for (const Step &s : ladder) {
        // +1: the first bucket starts before `fromMs`, on an edge.
        if (span / s.nominalMs() + 1 <= maxBuckets)
            return s;
    }
    return ladder.back();
}

qint64 floor(qint64 ms, const Step &step, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QDate d = t.date();
    QDateTime start;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        const int stepMinutes = (step.unit == Unit::Minute ? 1 : 60) * step.count;
        const int minute = (t.time().hour() * 60 + t.time().minute()) / stepMinutes * stepMinutes;
        start = at(d, QTime(minute / 60, minute % 60), zone);
        break;
    }
    case Unit::Day:
        start = at(d, QTime(0, 0), zone);
        break;
    case Unit::Week:
        start = at(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), zone); // ISO weeks start on Monday
        break;
    case Unit::Month: {
        const int month = (d.month() - 1) / qMin(step.count, 12) * qMin(step.count, 12) + 1;
        start = at(QDate(d.year(), month, 1), QTime(0, 0), zone);
        break;
    }
    }
    // A wall time the clock skipped maps forward; never past the instant itself.
    return qMin(start.toMSecsSinceEpoch(), ms);
}

QList<qint64> edges(qint64 fromMs, qint64 toMs, const Step &step, const QTimeZone &zone, int maxBuckets)
{
    QList<qint64> out;
    if (toMs < fromMs)
        return out;
    QDateTime edge = QDateTime::fromMSecsSinceEpoch(floor(fromMs, step, zone), zone);
    out.append(edge.toMSecsSinceEpoch());
    while (out.last() <= toMs) {
        if (out.size() > maxBuckets)
            return {};
        edge = next(edge, step, zone);
        out.append(edge.toMSecsSinceEpoch());
    }
    return out;
}
} // namespace TimeBuckets
