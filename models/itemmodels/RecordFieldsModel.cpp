#include "itemmodels/RecordFieldsModel.h"

#include "core/JsonNumber.h"
#include "core/TimeDisplay.h"
#include "sources/EnumText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

RecordFieldsModel::RecordFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RecordFieldsModel::setRecord(const SourceDefinition &def, const QJsonObject &record)
{
    beginResetModel();
    m_kind = def.kind;
    m_record = record;
    m_fields.clear();
    QSet<QString> known;
    for (const ColumnSpec &column : def.columns) {
        known.insert(column.key);
        if (record.contains(column.key))
            m_fields.append({column.key, column.title});
    }
    m_knownCount = int(m_fields.size());
    QStringList others;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (!known.contains(it.key()))
            others.append(it.key());
    }
    others.sort(Qt::CaseInsensitive);
    for (const QString &key : std::as_const(others))
        m_fields.append({key, nullptr});
    endResetModel();
}

void RecordFieldsModel::clear()
{
    beginResetModel();
    m_record = {};
    m_fields.clear();
    m_knownCount = 0;
    endResetModel();
}

int RecordFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int RecordFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field &field = m_fields.at(index.row());
    const QJsonValue value = m_record.value(field.key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn) {
            if (role == Qt::ToolTipRole)
                return field.key;
            return field.title ? QCoreApplication::translate("Columns", field.title) : field.key;
        }
        if (m_kind && EnumText::isEnumField(*m_kind, field.key) && !value.isNull() && !value.isUndefined()) {
            // The words, and the value as sent beside them.
            const QString words = EnumText::display(*m_kind, field.key, value);
            const QString raw = value.isDouble() ? JsonNumber::text(value.toDouble()) : value.toString();
            return words == raw ? raw : QStringLiteral("%1 (%2)").arg(words, raw);
        }
        if (const ColumnSpec *column = m_kind ? SourceDefinitions::get(*m_kind).column(field.key) : nullptr;
            column && column->type == ColumnType::DateTime && value.isString()) {
            // As the table shows it (local or UTC, as View says), so the two can be compared;
            // the text as sent in the tooltip.
            return role == Qt::ToolTipRole ? value.toString() : TimeDisplay::formatText(value.toString());
        }
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        if (value.isNull())
            return role == Qt::DisplayRole ? QStringLiteral("null") : QVariant();
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isDouble())
            return JsonNumber::text(value.toDouble());
        return value.toString();
    case FieldKeyRole:
        return field.key;
    case RawValueRole:
        return value.toVariant();
    case IsKnownRole:
        return field.title != nullptr;
    default:
        return {};
    }
}

QVariant RecordFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return QCoreApplication::translate("RecordFieldsModel", "Field");
    case ValueColumn:
        return QCoreApplication::translate("RecordFieldsModel", "Value");
    default:
        return {};
    }
}
