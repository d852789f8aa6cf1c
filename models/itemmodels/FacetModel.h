#pragma once

#include "overview/Overview.h"

#include <QAbstractItemModel>
#include <QMap>

// The facets of a query as a tree: a filter per top-level row, its values below with
// their counts (column 1), the most frequent first. Enum filters list every value, also
// those no record has; the value a filter is set to is marked (SelectedRole, which the
// panel shows in bold).
class FacetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the filter key (both levels)
        ValueRole, // the value as the server spells it (values only)
        CountRole, // qint64 (values only)
        SelectedRole, // bool: the filter is set to this value
    };

    explicit FacetModel(QObject *parent = nullptr);

    void setFacets(SourceKind source, const QList<Overview::Facet> &facets,
                   const QMap<QString, QString> &filters);
    void clear();
    bool isEmpty() const { return m_facets.isEmpty(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr Top = ~quintptr(0); // internalId of a filter's row
    SourceKind m_source;
    QList<Overview::Facet> m_facets;
    QMap<QString, QString> m_filters;
};
