#pragma once

#include "core/Outcome.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// The states one record went through, as its source's definition tells them
// (SourceDefinition::history): a list the server keeps, steps derived from the record's
// times, or the single event of an audit record.
struct HistoryStep {
    QDateTime timestamp; // UTC; invalid if unknown
    // A fixed step's name (QT_TRANSLATE_NOOP("StatusHistory", …)), or null when the step
    // is `status`, in the words of the enum of `enumField`.
    const char *label = nullptr;
    QString enumField;
    QJsonValue status;
    QString detail;
    QString source; // who or what made the step
    QString sourceEnumField; // set where `source` is a value of that field's enum
    Outcome outcome = Outcome::Info;
};

struct StatusHistory {
    QList<HistoryStep> steps;
    std::optional<qint64> totalMs; // first step → last step, or what the record says
    std::optional<int> created, succeeded, failed; // messages, where the record counts them
};
