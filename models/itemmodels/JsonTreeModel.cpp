#include "itemmodels/JsonTreeModel.h"

#include "core/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::build(Node *node, const QJsonValue &value)
{
    node->type = value.type();
    auto add = [node](const QString &key, const QJsonValue &v) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->parent = node;
        child->row = int(node->children.size());
        build(child.get(), v);
        node->children.push_back(std::move(child));
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), a.at(i));
    } else {
        node->value = value;
    }
}

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (value.isObject() || value.isArray()) {
        build(m_root.get(), value);
    } else if (!value.isUndefined()) {
        auto leaf = std::make_unique<Node>();
        leaf->parent = m_root.get();
        build(leaf.get(), value);
        m_root->children.push_back(std::move(leaf));
    }
    endResetModel();
}

bool JsonTreeModel::setText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        setJson(text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
        return false;
    }
    setJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    return true;
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *node = nodeOf(index);
    if (index.column() == KeyColumn)
        return node->key;
    switch (node->type) {
    case QJsonValue::Object:
        return QStringLiteral("{%1}").arg(node->children.size());
    case QJsonValue::Array:
        return QStringLiteral("[%1]").arg(node->children.size());
    case QJsonValue::String:
        return node->value.toString();
    case QJsonValue::Double:
        return JsonNumber::text(node->value.toDouble());
    case QJsonValue::Bool:
        return node->value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? QCoreApplication::translate("JsonTreeModel", "Key")
                                : QCoreApplication::translate("JsonTreeModel", "Value");
}
