#pragma once

#include "core/Query.h"
#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QList>

#include <optional>
#include <variant>

// The date bounds of a query that the source's API cannot apply itself (the
// communication logs have no date parameters): the table and the export find those rows
// by bisecting the newest-first list (DateRangeBisection), and check rows against them.
struct ClientDateRange {
    std::optional<qint64> fromMs, toMs; // inclusive, ms since the epoch

    bool isSet() const { return fromMs || toMs; }
    bool contains(qint64 ms) const { return (!fromMs || ms >= *fromMs) && (!toMs || ms <= *toMs); }
    // The query's client-side bounds, or the translated reason one does not parse.
    static std::variant<ClientDateRange, QString> of(const SourceDefinition &def, const Query &query);
    // The records' times on `timeField` (0 where unreadable), in list order.
    static QList<qint64> times(const QList<QJsonObject> &records, const QString &timeField);
};
