#pragma once

#include "sources/SourceDefinition.h"

#include <QAbstractTableModel>
#include <QJsonObject>

#include <optional>

// One record as a two-column table, Field | Value: the source's known fields first, in
// column order and with their translated titles, then every other field the server sent
// ("Other fields", by name), so nothing the server said is hidden. Values are shown as
// sent, except the source's time columns, which read as in the table (the text as sent is
// their tooltip); objects and arrays as compact JSON (RawValueRole has the value itself).
class RecordFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        FieldKeyRole = Qt::UserRole + 1, // the JSON key
        RawValueRole, // the value as a QVariant (QJsonValue::toVariant)
        IsKnownRole, // whether the source definition names this field
    };
    Q_ENUM(Role)
    enum Column { FieldColumn, ValueColumn, ColumnCount };

    explicit RecordFieldsModel(QObject *parent = nullptr);

    void setRecord(const SourceDefinition &def, const QJsonObject &record);
    void clear();
    QJsonObject record() const { return m_record; }
    int knownFieldCount() const { return m_knownCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Field {
        QString key;
        const char *title = nullptr; // known fields: the column title to translate
    };
    std::optional<SourceKind> m_kind;
    QJsonObject m_record;
    QList<Field> m_fields;
    int m_knownCount = 0;
};
