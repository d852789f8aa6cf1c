#pragma once

#include "core/Query.h"
#include "core/SourceKind.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

// Everything that differs between the five log APIs, as data: where they live, how
// pages and filters are spelled, what can be sorted, and the columns. Code that builds
// requests, decodes pages or lays out the table reads a definition instead of asking
// which source it is (docs/architecture.md: adding a sixth source).
enum class Envelope { A, SpringPage, AbpList };
enum class PageStyle { OneBasedPage, ZeroBasedPage, SkipMax };
enum class SortStyle { None, SpringSortBy, AbpSorting };
enum class ColumnType { Text, DateTime, Enum, Number, Json };

struct FilterSpec {
    enum class Format {
        Text, // sent as typed
        Enum, // one of `values`, sent as typed
        EnumNumber, // one of `values` (names) or its number, sent as the number
        Rfc3339, // an instant, sent as RFC 3339 UTC
        DateYmd, // an instant, sent as its UTC date YYYY-MM-DD
    };
    enum class AppliedBy {
        Server, // a query parameter
        ClientBisect, // the API has no parameter: rows are found by bisecting ordered pages
    };
    QString key; // Query filter key
    QString param; // query parameter name (Server only)
    Format format = Format::Text;
    AppliedBy appliedBy = AppliedBy::Server;
    QStringList values; // Enum / EnumNumber names
    QList<int> numbers; // EnumNumber numbers, parallel to values
};

struct ColumnSpec {
    QString key; // JSON field of the record
    const char *title; // translatable (QT_TRANSLATE_NOOP("Columns", …))
    ColumnType type = ColumnType::Text;
    bool visible = true;
    int width = 120;
    QString serverSortField; // empty: the server cannot sort by this column
};

struct SourceDefinition {
    SourceKind kind = SourceKind::CommMine;
    QString path; // list endpoint, appended to the base URL
    QString detailPath; // get-by-id endpoint with "{id}", empty if none
    bool adminOnly = true;
    Envelope envelope = Envelope::A;
    PageStyle pageStyle = PageStyle::OneBasedPage;
    QString pageParam; // page / page / SkipCount
    QString pageSizeParam; // page_size / size / MaxResultCount
    int maxPageSize = 100;
    SortStyle sortStyle = SortStyle::None;
    Query::Sort defaultSort; // what the server does without being asked
    QString idField = QStringLiteral("id");
    QString timeField; // the field the default order runs on
    QList<FilterSpec> filters;
    QList<ColumnSpec> columns;

    const FilterSpec *filterSpec(const QString &key) const;
    const ColumnSpec *column(const QString &key) const;
    bool canSortRemotely(const QString &columnKey) const;
};

// Why a query cannot be turned into a request (a filter value outside the enum, an
// instant that does not parse, a sort the server cannot do). Shown to the user as is.
struct RequestProblem {
    QString filterKey;
    QString message; // translated
};

namespace SourceDefinitions
{
const SourceDefinition &get(SourceKind kind);

// The URL of one page (pageIndex 0-based, whatever the API's own base). `pathOverride`
// replaces the definition's path (deployments mount services under prefixes).
std::optional<QUrl> pageUrl(const SourceDefinition &def, const QUrl &baseUrl, const Query &query,
                            int pageIndex, const QString &pathOverride = {},
                            RequestProblem *problem = nullptr);
QUrl detailUrl(const SourceDefinition &def, const QUrl &baseUrl, const QString &id,
               const QString &pathOverride = {});
} // namespace SourceDefinitions
