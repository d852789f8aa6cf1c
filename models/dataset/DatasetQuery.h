#pragma once

#include "api/Query.h"
#include "api/SourceDefinition.h"

#include <QString>
#include <QVariantList>

#include <variant>

// A Query (the same filters as against a server), a full-text search and a sort, as SQL
// over the `records` table. Values are always bound, never spliced; the search is one
// quoted FTS5 phrase, so quotes, operators and SQL in it are searched for literally.
struct DatasetSql {
    QString where; // without "WHERE"
    QVariantList binds;
    QString orderBy; // without "ORDER BY"

    QString select(const QString &columns) const
    {
        return QStringLiteral("SELECT %1 FROM records WHERE %2").arg(columns, where);
    }
};

namespace DatasetQuery
{
// `origin`: '' for dataset files; the connection for the cache.
std::variant<DatasetSql, QString> build(const SourceDefinition &def, const Query &query,
                                        const QString &search, const QString &origin = {});
QString ftsPhrase(const QString &text);
} // namespace DatasetQuery
