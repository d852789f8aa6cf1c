#pragma once

#include "overview/TimeBuckets.h"
#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

// What the overview counts, whoever counts it (DatasetOverview in SQL, ServerOverview
// over HTTP): records per time bucket stacked by one enum filter, and per value of each
// filter. Both are exact; both follow the query's other filters.
namespace Overview
{
struct Count {
    QString value;
    qint64 count = 0;
};
// A filter and its values, the most frequent first, each counted under every other filter
// of the query, so that picking a value narrows the rest as the rows are narrowed.
struct Facet {
    QString key;
    QList<Count> values;
    bool complete = true; // false: the `top` most frequent of a free-text field
};
struct Bucket {
    qint64 startMs = 0; // inclusive
    qint64 endMs = 0; // exclusive
    qint64 count = 0;
    QMap<QString, qint64> byStatus; // by the value of the stack filter
};
struct Histogram {
    TimeBuckets::Step step;
    QString stackKey; // the filter the bars are stacked by; empty: one series
    QList<Bucket> buckets;
    qint64 total() const;
};
struct HistogramRequest {
    std::optional<TimeBuckets::Step> step; // none: the shortest that fits maxBuckets
    int maxBuckets = 60;
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// The filter the histogram stacks by: the source's outcome field if it is an enum filter,
// else "status", else its first enum filter; empty if it has none.
QString stackKey(const SourceDefinition &def);
bool isEnum(const FilterSpec &f);
bool isDate(const FilterSpec &f);
// The values an enum filter can take, as the server spells them; empty for free text.
QStringList values(const FilterSpec &f);
// The filters a facet is shown for: all but the dates.
QList<const FilterSpec *> facetFilters(const SourceDefinition &def);
// The query's date range in ms (from and to, both inclusive), where it has one.
std::optional<qint64> bound(const Query &query, const char *key);
// Whether the source's dates must be searched for in its list (BoundarySearch): the API
// has no date parameters, or only whole days.
bool searchesDates(const SourceDefinition &def);
// The query without its dates or sort (counts need neither; windows need the list's order).
Query undated(const Query &query);
// The query for [fromMs, endMs): the API's `to` is inclusive.
Query between(const Query &query, qint64 fromMs, qint64 endMs);
// The bucket edges for records from firstMs to lastMs (inclusive), with the step the
// request names or the one chosen for it.
QList<qint64> edges(const HistogramRequest &request, qint64 firstMs, qint64 lastMs, TimeBuckets::Step *step);
// The records' times in ms, in their order; none if any record's time is unreadable.
std::optional<QList<qint64>> timesOf(const SourceDefinition &def, const QList<QJsonObject> &records);
// One list's counts, a count per bucket: the records with `value` of the stack filter, or
// (value empty) every record.
struct SeriesCounts {
    QString value;
    QList<qint64> counts;
};
// The histogram of the buckets between `edges` from the lists counted. `allCounted`: the
// list with no value counts every record and the stacks only some (values the enum does
// not name are stacked under an empty value); else a bucket is the sum of its stacks.
Histogram histogramOf(const TimeBuckets::Step &step, const QString &stackKey, const QList<qint64> &edges,
                      const QList<SeriesCounts> &series, bool allCounted);
} // namespace Overview

#include <QMetaType>
Q_DECLARE_METATYPE(Overview::Histogram)
Q_DECLARE_METATYPE(QList<Overview::Facet>)
