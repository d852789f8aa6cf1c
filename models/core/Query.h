#pragma once

#include "core/SourceKind.h"

#include <QMap>
#include <QString>

#include <optional>

// What the user asked for: a source, filters by canonical key, an optional sort and a
// page size. The same value comes from the filter panel and from the CLI flags; the
// source definition decides how (and whether) the server sees each part.
struct Query {
    // Canonical filter keys, shared by the GUI, the CLI flags and dataset queries.
    static constexpr const char *Channel = "channel";
    static constexpr const char *Status = "status";
    static constexpr const char *UserId = "user_id";
    static constexpr const char *EventType = "event_type";
    static constexpr const char *Email = "email";
    static constexpr const char *Username = "username";
    static constexpr const char *Action = "action";
    static constexpr const char *TargetType = "target_type";
    static constexpr const char *OperatorId = "operator_id";
    static constexpr const char *From = "from"; // RFC 3339 instant, inclusive
    static constexpr const char *To = "to"; // RFC 3339 instant, inclusive

    struct Sort {
        QString column; // a column key of the source's schema
        bool descending = true;
        bool operator==(const Sort &o) const { return column == o.column && descending == o.descending; }
    };

    SourceKind source;
    QMap<QString, QString> filters; // key → value; empty values are never stored
    std::optional<Sort> sort;
    int pageSize = 50;

    void setFilter(const QString &key, const QString &value)
    {
        if (value.isEmpty())
            filters.remove(key);
        else
            filters.insert(key, value);
    }
    QString filter(const QString &key) const { return filters.value(key); }
    bool operator==(const Query &o) const
    {
        return source == o.source && filters == o.filters && sort == o.sort && pageSize == o.pageSize;
    }
};

#include <QMetaType>
Q_DECLARE_METATYPE(Query)
