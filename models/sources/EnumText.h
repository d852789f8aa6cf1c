#pragma once

#include "core/Outcome.h"
#include "core/SourceKind.h"

#include <QJsonValue>
#include <QString>

// The words users read for a source and its enum values, from the source's definition
// (its EnumTables), and how a record turned out. The raw value stays what the server
// sent: the detail pane and exports show it as is. Values a table does not know are
// shown raw.
namespace EnumText
{
// The source's title: "My communication logs", "API logs", …
QString sourceTitle(SourceKind kind);
// Source keys as a sentence lists them: "comm-mine, comm-admin or api-logs" (help texts).
QString keyList(const QList<SourceKind> &kinds);
// The display text of a field's value; `fieldKey` is the record's JSON key.
QString display(SourceKind kind, const QString &fieldKey, const QJsonValue &value);
// Whether the field is one the tables translate.
bool isEnumField(SourceKind kind, const QString &fieldKey);
// The outcome a record with this value has, for the source's outcome field; None for
// other fields.
Outcome outcome(SourceKind kind, const QString &fieldKey, const QJsonValue &value);
} // namespace EnumText
