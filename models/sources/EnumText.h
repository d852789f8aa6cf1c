#pragma once

#include "core/SourceKind.h"

#include <QJsonValue>
#include <QString>

// The words users read for the APIs' enum values, translated (contexts Channel,
// SendStatus, ApiLogStatus, ApiLogSource, EventType, MfaAction), and how each status
// turned out. The raw value stays what the server sent: the detail pane and exports
// show it as is. Values the tables do not know are shown raw.
namespace EnumText
{
enum class Outcome { None, Info, InProgress, Success, Warning, Failure };

// The source's title: "My communication logs", "API logs", …
QString sourceTitle(SourceKind kind);
// The display text of a field's value; `fieldKey` is the record's JSON key.
QString display(SourceKind kind, const QString &fieldKey, const QJsonValue &value);
// Whether the field is one the tables translate.
bool isEnumField(SourceKind kind, const QString &fieldKey);
Outcome outcome(SourceKind kind, const QString &fieldKey, const QJsonValue &value);
} // namespace EnumText
