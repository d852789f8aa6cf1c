#pragma once

#include "core/Query.h"
#include "sources/SourceDefinition.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <variant>

class QSqlDatabase;

// How many records a dataset query finds, counted in SQL rather than rows: per value of
// each of the source's filters (facets), and per time bucket, stacked by the source's
// status (a histogram). Exact, and under the same filters and search as the rows.
namespace DatasetOverview
{
struct Count {
    QString value;
    qint64 count = 0;
};
// A filter and its values, the most frequent first. Each is counted under every other
// filter of the query, so that picking a value narrows the rest as the rows are narrowed.
struct Facet {
    QString key;
    QList<Count> values;
};
// Enum filters list every value; free-text filters (a user id) their `top` most frequent.
std::variant<QList<Facet>, QString> facets(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                           const QString &search, int top = 10);

struct Bucket {
    qint64 startMs = 0; // inclusive
    qint64 endMs = 0; // exclusive
    qint64 count = 0;
    QMap<QString, qint64> byStatus;
};
// Buckets of `bucketMs` from the query's date range (or the first and last record found),
// aligned to multiples of the bucket since the epoch (UTC); empty buckets included.
std::variant<QList<Bucket>, QString> histogram(QSqlDatabase &db, const SourceDefinition &def,
                                               const Query &query, const QString &search, qint64 bucketMs);
// The filter the histogram stacks by: "status" where the source has one, else its first enum.
QString stackKey(const SourceDefinition &def);
// "30s", "15m", "1h", "1d", "1w": the bucket in ms, if it is one.
std::optional<qint64> parseBucket(const QString &text);
} // namespace DatasetOverview
