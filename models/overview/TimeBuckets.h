#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// The time buckets of a histogram: edges on the local calendar (whole minutes, hours,
// local midnights, Mondays, firsts of the month), so that a bar means "Tuesday" or
// "09:00–10:00" as the user reads the clock, also across a daylight-saving change.
namespace TimeBuckets
{
enum class Unit { Minute, Hour, Day, Week, Month };

struct Step {
    Unit unit = Unit::Hour;
    int count = 1;
    // About how long a bucket lasts (a month as 30 days): to choose steps and to compare.
    qint64 nominalMs() const;
    QString name() const; // "15m", "1h", "1d", "1w", "1mo"
    bool operator==(const Step &o) const { return unit == o.unit && count == o.count; }
};

// "15m", "1h", "1d", "1w", "1mo" (a number and m, h, d, w or mo).
std::optional<Step> parse(const QString &text);
// The shortest step of the ladder (1m, 2m, 5m, … 12h, 1d, 1w, 1mo, 3mo, 1y) that covers
// [fromMs, toMs] in at most `maxBuckets` buckets.
Step choose(qint64 fromMs, qint64 toMs, int maxBuckets);
// The bucket edges that cover [fromMs, toMs] (both inclusive): the first is at or before
// fromMs, the last after toMs; bucket i is [edges[i], edges[i + 1]). Empty if that would
// take more than `maxBuckets`.
QList<qint64> edges(qint64 fromMs, qint64 toMs, const Step &step, const QTimeZone &zone,
                    int maxBuckets = 100000);
// The edge at or before `ms`.
qint64 floor(qint64 ms, const Step &step, const QTimeZone &zone);
} // namespace TimeBuckets
