#pragma once

#include "core/Outcome.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One enum of a log API, written once: each value's raw name as the server spells it,
// its number where the wire uses numbers, the words users read (translatable in the
// table's context) and how a record with that value turned out. Filters, the table's
// cells, the status history, the dataset columns and the wire format all read it.
struct EnumValue {
    QString raw;
    std::optional<int> number;
    const char *text = nullptr; // QT_TRANSLATE_NOOP(context, …)
    Outcome outcome = Outcome::None;
};

struct EnumTable {
    const char *context = nullptr; // the translation context of the values' texts
    QList<EnumValue> values;
    // A value the table does not know: raw text, with this outcome (Info for statuses,
    // so that an unknown status still gets a neutral badge).
    Outcome unknownOutcome = Outcome::None;

    bool isNumbered() const { return !values.isEmpty() && values.constFirst().number.has_value(); }
    // By number (a JSON number or its digits) or by name, case-insensitively.
    const EnumValue *find(const QJsonValue &value) const;
    // The value's words in the current language; unknown values as sent.
    QString display(const QJsonValue &value) const;
    Outcome outcome(const QJsonValue &value) const;
    // The name users filter by and datasets store (numbers become names).
    QString canonicalName(const QJsonValue &value) const;
    QStringList names() const;
    QList<int> numbers() const;
};
