#pragma once

#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QVariant>

// One cell of a log table, for every role that depends on the record alone: the words
// of an enum, a time as the user reads times, a nested object or list as compact JSON,
// the raw value, the outcome, the id. Both table models call it, so that what one shows
// the other shows too.
namespace RecordCells
{
QVariant data(const SourceDefinition &def, const ColumnSpec &column, const QJsonObject &record, int role);
// Who sorts the table: the server sorts by the definition's sortable columns only, a
// dataset's SQL by any.
enum class Sorter { Server, Sql };
// A column's header, for the roles that depend on the definition and the sorter alone.
QVariant header(const SourceDefinition &def, const ColumnSpec &column, int role, Sorter sorter);
} // namespace RecordCells
