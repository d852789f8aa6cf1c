#pragma once

#include "core/Query.h"
#include "sources/SourceDefinition.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <variant>

// A Query (the same filters as against a server), a full-text search and a sort, as SQL
// over the `records` table. Values are always bound, never spliced; the search is one
// quoted FTS5 phrase, so quotes, operators and SQL in it are searched for literally.
struct DatasetSql {
    QString where; // without "WHERE"
    QVariantList binds;
    QString orderBy; // without "ORDER BY"
    // A full-text search is the last condition and its phrase the last bind, so that a
    // reader can match once into a table of rowids and read that table afterwards.
    QString match; // the FTS5 phrase; empty without a full-text search
    // The same text as a LIKE pattern, for the records not yet in the search index (a
    // dataset whose index is being built): those are found by a scan of records_text.
    QString scanPattern;
    bool filtered = false; // a condition besides origin, source and the match
    bool timeOrder = false; // sorted by the time column (the indexes' order)

    QString select(const QString &columns) const
    {
        return QStringLiteral("SELECT %1 FROM records WHERE %2").arg(columns, where);
    }
    // The same query with the match read from `table` (rowids of the hits). `scan`: walk
    // the records in index order and look each up in the table, which pays when the hits
    // are many and the first rows are wanted; otherwise look up each hit.
    DatasetSql matchedFrom(const QString &table, bool scan) const;
};

namespace DatasetQuery
{
// `origin`: '' for dataset files; the connection for the cache.
// `searchIndexed`: false while the dataset's search index is being built, so that a
// search also scans the text still waiting for it.
std::variant<DatasetSql, QString> build(const SourceDefinition &def, const Query &query,
                                        const QString &search, const QString &origin = {},
                                        bool searchIndexed = true);
QString ftsPhrase(const QString &text);
// A filter's date: an instant, or a whole day (YYYY-MM-DD: from its start, to its end).
std::optional<qint64> instant(const QString &text, bool endOfDay);
} // namespace DatasetQuery
