#include "itemmodels/FacetModel.h"

#include "sources/EnumText.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>
#include <QLocale>

FacetModel::FacetModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void FacetModel::setFacets(SourceKind source, const QList<Overview::Facet> &facets,
                           const QMap<QString, QString> &filters)
{
    beginResetModel();
    m_source = source;
    m_facets = facets;
    m_filters = filters;
    const SourceDefinition &def = SourceDefinitions::get(source);
    for (Overview::Facet &f : m_facets) {
        const FilterSpec *spec = def.filterSpec(f.key);
        if (!spec)
            continue;
        // Every value of an enum, with the ones no record has at the end.
        for (const QString &value : Overview::values(*spec)) {
            const bool listed = std::any_of(f.values.cbegin(), f.values.cend(),
                                            [&value](const Overview::Count &c) { return c.value == value; });
            if (!listed)
                f.values.append({value, 0});
        }
    }
    endResetModel();
}

void FacetModel::clear()
{
    beginResetModel();
    m_facets.clear();
    m_filters.clear();
    endResetModel();
}

QModelIndex FacetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) : Top);
}

QModelIndex FacetModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == Top)
        return {};
    return createIndex(int(child.internalId()), 0, Top);
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_facets.size());
    if (parent.internalId() == Top && parent.column() == 0)
        return int(m_facets.at(parent.row()).values.size());
    return 0;
}

int FacetModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool top = index.internalId() == Top;
    const Overview::Facet &facet = m_facets.at(top ? index.row() : int(index.internalId()));
    if (role == KeyRole)
        return facet.key;
    const SourceDefinition &def = SourceDefinitions::get(m_source);
    const FilterSpec *spec = def.filterSpec(facet.key);
    if (top) {
        if (role == Qt::DisplayRole && index.column() == 0) {
            const QString label =
                spec && spec->label ? QCoreApplication::translate("Filters", spec->label) : facet.key;
            return facet.complete ? label : tr("%1 (top %Ln)", nullptr, int(facet.values.size())).arg(label);
        }
        return {};
    }
    const Overview::Count &c = facet.values.at(index.row());
    const bool selected = m_filters.value(facet.key) == c.value;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 1)
            return QLocale().toString(c.count);
        if (c.value.isEmpty())
            return tr("(none)");
        return spec && !spec->enumField.isEmpty() ? EnumText::display(m_source, spec->enumField, c.value)
                                                  : c.value;
    case Qt::ToolTipRole:
        return c.value;
    case Qt::TextAlignmentRole:
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ValueRole:
        return c.value;
    case CountRole:
        return c.count;
    case SelectedRole:
        return selected;
    default:
        return {};
    }
}

QVariant FacetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Value") : tr("Records");
}
