#pragma once

#include <Qt>

// The roles both log table models (RemoteLogModel, DatasetLogModel) answer, so that the
// table view, its delegates, the detail pane and exports read a record one way whatever
// the table is backed by.
namespace LogRoles
{
enum Role {
    RecordRole = Qt::UserRole + 1, // the whole record, QJsonObject
    RawValueRole, // the field as the server sent it (QJsonValue → QVariant)
    IsPlaceholderRole, // true while the row is not loaded
    RecordIdRole, // the record's id as text
    ColumnKeyRole, // headerData: the column's field key
    RemoteSortableRole, // headerData: whether the backend can sort by it
    NotCachedRole, // offline: the row's page is not in the cache
    OutcomeRole, // the source's outcome column: Outcome (core/Outcome.h) as int
};
} // namespace LogRoles
