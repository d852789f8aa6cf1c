#pragma once

#include "core/Query.h"
#include "core/SourceKind.h"
#include "sources/EnumTable.h"
#include "sources/StatusHistory.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

// Everything that differs between the log APIs, as data: where they live, how pages and
// filters are spelled, what can be sorted, the columns, the enums, how a record's status
// history is told and where its text goes in a dataset. Code that builds requests,
// decodes pages, lays out the table or the filters, or writes datasets reads a
// definition instead of asking which source it is. Definitions are registered in the
// SourceRegistry (docs/architecture.md: how to add a source).
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
    FilterSpec() = default;
    FilterSpec(const QString &key, const QString &param, Format format, AppliedBy appliedBy)
        : key(key)
        , param(param)
        , format(format)
        , appliedBy(appliedBy)
    { }

    QString key; // Query filter key; also the dataset column the value is stored in
    QString param; // query parameter name (Server only)
    Format format = Format::Text;
    AppliedBy appliedBy = AppliedBy::Server;
    const char *label = nullptr; // QT_TRANSLATE_NOOP("Filters", …); dates have none
    // The record's fields that hold the value, the first present wins (a dataset stores it
    // under `key`). Empty: the field named `key`.
    QStringList recordFields;
    // The record field whose enum (SourceDefinition::enums) lists the values; empty for a
    // free-text filter. The registry fills `values` and `numbers` from it.
    QString enumField;
    // The command line: --flag VALUE, with help (QT_TRANSLATE_NOOP("cli", …)). The flag
    // defaults to the key with '-' for '_'.
    QString cliFlag;
    const char *cliHelp = nullptr;
    QString cliValueName;

    QStringList values; // Enum / EnumNumber names (filled by the registry)
    QList<int> numbers; // EnumNumber numbers, parallel to values (filled by the registry)
};

// Which record fields feed one of the dataset's full-text columns
// (RecordSchema::textColumns()), the first present wins.
struct TextFieldSpec {
    QString column;
    QStringList fields;
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
    SourceKind kind;
    const char *title = nullptr; // QT_TRANSLATE_NOOP("Source", …)
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

    // Enums by record field (the column key): their words, numbers and outcomes.
    QHash<QString, EnumTable> enums;
    // The field whose enum says how a record turned out (its badge); empty if none.
    QString outcomeField;
    // The part of a record worth reading as a document (a JSON object, or text that holds
    // one); empty if none.
    QString payloadField;
    // The record's status history, a step per state it went through.
    std::function<StatusHistory(const QJsonObject &record)> history;
    // The field of the record in which the server keeps the history as a list, if it
    // does: datasets store it step by step, and where list items omit it, the entry is
    // fetched by id (detailPath).
    QString historyField;
    QList<TextFieldSpec> textFields;

    const FilterSpec *filterSpec(const QString &key) const;
    const ColumnSpec *column(const QString &key) const;
    const EnumTable *enumTable(const QString &field) const;
    bool canSortRemotely(const QString &columnKey) const;
    // Whether the history is worth a request per record (export's --with-history).
    bool historyNeedsDetail() const { return !historyField.isEmpty() && !detailPath.isEmpty(); }
};

// Why a query cannot be turned into a request (a filter value outside the enum, an
// instant that does not parse, a sort the server cannot do). Shown to the user as is.
struct RequestProblem {
    QString filterKey;
    QString message; // translated
};

namespace SourceDefinitions
{
// The registered definition of `kind` (SourceRegistry::get).
const SourceDefinition &get(SourceKind kind);

// The URL of one page (pageIndex 0-based, whatever the API's own base). `pathOverride`
// replaces the definition's path (deployments mount services under prefixes).
std::optional<QUrl> pageUrl(const SourceDefinition &def, const QUrl &baseUrl, const Query &query,
                            int pageIndex, const QString &pathOverride = {},
                            RequestProblem *problem = nullptr);
QUrl detailUrl(const SourceDefinition &def, const QUrl &baseUrl, const QString &id,
               const QString &pathOverride = {});
} // namespace SourceDefinitions
