#pragma once

#include "core/Query.h"
#include "overview/Overview.h"
#include "sources/SourceDefinition.h"

#include <QList>
#include <QString>

#include <utility>
#include <variant>

class QSqlDatabase;

// The overview of a dataset query (Overview.h), counted in SQL rather than rows, under
// the same filters and search as the rows. `origin`: the cache's connection, as for
// DatasetQuery::build.
namespace DatasetOverview
{
using Overview::Bucket;
using Overview::Count;
using Overview::Facet;
using Overview::Histogram;

// Enum filters list every value; free-text filters (a user id) their `top` most frequent.
std::variant<QList<Facet>, QString> facets(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                           const QString &search, int top = 10, const QString &origin = {});

// Buckets from the query's date range (or the first and last record found) on the local
// calendar of `request.zone`; empty buckets included.
std::variant<Histogram, QString> histogram(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                           const QString &search, const Overview::HistogramRequest &request,
                                           const QString &origin = {});
} // namespace DatasetOverview
