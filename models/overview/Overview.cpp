#include "overview/Overview.h"

#include "core/Timestamp.h"
#include "dataset/DatasetQuery.h"

#include <QDateTime>

namespace Overview
{
qint64 Histogram::total() const
{
    qint64 sum = 0;
    for (const Bucket &b : buckets)
        sum += b.count;
    return sum;
}

bool isEnum(const FilterSpec &f)
{
    return f.format == FilterSpec::Format::Enum || f.format == FilterSpec::Format::EnumNumber;
}

bool isDate(const FilterSpec &f)
{
    return f.format == FilterSpec::Format::Rfc3339 || f.format == FilterSpec::Format::DateYmd;
}

QStringList values(const FilterSpec &f)
{
    return isEnum(f) ? f.values : QStringList();
}

QString stackKey(const SourceDefinition &def)
{
    QString first;
    QString status;
    for (const FilterSpec &f : def.filters) {
        if (!isEnum(f))
            continue;
        if (!def.outcomeField.isEmpty() && f.enumField == def.outcomeField)
            return f.key;
        if (f.key == QLatin1String(Query::Status))
            status = f.key;
        if (first.isEmpty())
            first = f.key;
    }
    return status.isEmpty() ? first : status;
}

QList<const FilterSpec *> facetFilters(const SourceDefinition &def)
{
    QList<const FilterSpec *> out;
    for (const FilterSpec &f : def.filters) {
        if (!isDate(f))
            out.append(&f);
    }
    return out;
}

std::optional<qint64> bound(const Query &query, const char *key)
{
    const QString value = query.filter(QLatin1String(key));
    if (value.isEmpty())
        return std::nullopt;
    return DatasetQuery::instant(value, qstrcmp(key, Query::To) == 0);
}

bool searchesDates(const SourceDefinition &def)
{
    const FilterSpec *from = def.filterSpec(QLatin1String(Query::From));
    return !from || from->appliedBy != FilterSpec::AppliedBy::Server
        || from->format == FilterSpec::Format::DateYmd;
}

Query undated(const Query &query)
{
    Query q = query;
    q.filters.remove(QLatin1String(Query::From));
    q.filters.remove(QLatin1String(Query::To));
    q.sort.reset();
    return q;
}

Query between(const Query &query, qint64 fromMs, qint64 endMs)
{
    Query q = query;
    const auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    q.setFilter(QLatin1String(Query::From), iso(fromMs));
    q.setFilter(QLatin1String(Query::To), iso(endMs - 1));
    return q;
}

QList<qint64> edges(const HistogramRequest &request, qint64 firstMs, qint64 lastMs, TimeBuckets::Step *step)
{
    const TimeBuckets::Step s =
        request.step.value_or(TimeBuckets::choose(firstMs, lastMs, qMax(1, request.maxBuckets)));
    if (step)
        *step = s;
    return TimeBuckets::edges(firstMs, lastMs, s, request.zone);
}
std::optional<QList<qint64>> timesOf(const SourceDefinition &def, const QList<QJsonObject> &records)
{
    QList<qint64> times;
    times.reserve(records.size());
    for (const QJsonObject &record : records) {
        const auto t = Timestamp::parseMsecs(record.value(def.timeField).toString());
        if (!t)
            return std::nullopt;
        times.append(*t);
    }
    return times;
}

Histogram histogramOf(const TimeBuckets::Step &step, const QString &stackKey, const QList<qint64> &edges,
                      const QList<SeriesCounts> &series, bool allCounted)
{
    Histogram h;
    h.step = step;
    h.stackKey = stackKey;
    for (qsizetype j = 0; j + 1 < edges.size(); ++j)
        h.buckets.append(Bucket {edges.at(j), edges.at(j + 1), 0, {}});
    for (const SeriesCounts &s : series) {
        for (qsizetype j = 0; j < s.counts.size() && j < h.buckets.size(); ++j) {
            Bucket &b = h.buckets[j];
            if (s.value.isEmpty() && allCounted) {
                b.count = s.counts.at(j); // all records; the stacks are some of them
            } else {
                if (s.counts.at(j) > 0)
                    b.byStatus.insert(s.value, s.counts.at(j));
                if (!allCounted)
                    b.count += s.counts.at(j);
            }
        }
    }
    if (allCounted && !stackKey.isEmpty()) {
        for (Bucket &b : h.buckets) {
            qint64 stacked = 0;
            for (qint64 n : std::as_const(b.byStatus))
                stacked += n;
            if (b.count > stacked)
                b.byStatus.insert(QString(), b.count - stacked); // values the enum does not name
        }
    }
    return h;
}
} // namespace Overview
