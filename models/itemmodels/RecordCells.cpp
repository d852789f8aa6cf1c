#include "itemmodels/RecordCells.h"

#include "core/TimeDisplay.h"
#include "itemmodels/LogRoles.h"
#include "sources/EnumText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
QVariant display(const SourceDefinition &def, const ColumnSpec &column, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (def.enumTable(column.key))
        return EnumText::display(def.kind, column.key, v);
    if (v.isString())
        return column.type == ColumnType::DateTime ? TimeDisplay::formatText(v.toString()) : v.toString();
    if (v.isDouble())
        return v.toVariant();
    if (v.isBool())
        return v.toBool();
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

QVariant RecordCells::data(const SourceDefinition &def, const ColumnSpec &column, const QJsonObject &record,
                           int role)
{
    const QJsonValue v = record.value(column.key);
    switch (role) {
    case Qt::DisplayRole:
        return display(def, column, v);
    case Qt::ToolTipRole:
        return v.isString() ? QVariant(v.toString()) : QVariant();
    case LogRoles::RecordRole:
        return record;
    case LogRoles::RawValueRole:
        return v.toVariant();
    case LogRoles::RecordIdRole:
        return record.value(def.idField).toVariant().toString();
    case LogRoles::OutcomeRole: {
        const Outcome o = EnumText::outcome(def.kind, column.key, v);
        return o == Outcome::None ? QVariant() : QVariant(int(o));
    }
    default:
        return {};
    }
}

QVariant RecordCells::header(const SourceDefinition &def, const ColumnSpec &column, int role, Sorter sorter)
{
    const bool sortable = sorter == Sorter::Sql || def.canSortRemotely(column.key);
    switch (role) {
    case LogRoles::RemoteSortableRole:
        return sortable;
    case Qt::ToolTipRole:
        return sortable
            ? QVariant()
            : QCoreApplication::translate("RemoteLogModel", "The server cannot sort by this column");
    case Qt::DisplayRole:
        return QCoreApplication::translate("Columns", column.title);
    case LogRoles::ColumnKeyRole:
        return column.key;
    default:
        return {};
    }
}
