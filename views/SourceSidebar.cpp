#include "SourceSidebar.h"
#include "sources/SourceRegistry.h"

#include "sources/EnumText.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>

namespace
{
constexpr int kConnectionRole = Qt::UserRole + 1;
constexpr int kSourceRole = Qt::UserRole + 2; // the source key, empty for other rows
constexpr int kReasonRole = Qt::UserRole + 3;
constexpr int kDatasetRole = Qt::UserRole + 4; // a dataset's path
} // namespace

SourceSidebar::SourceSidebar(QWidget *parent)
    : QTreeWidget(parent)
    , m_datasets(new QTreeWidgetItem)
{
    setObjectName(QStringLiteral("sourceSidebar"));
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setExpandsOnDoubleClick(false);
    m_datasets->setData(0, kSourceRole, QString());
    m_datasets->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    m_datasets->setFont(0, bold);
    addTopLevelItem(m_datasets);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, kDatasetRole).toString().isEmpty()) {
            emit datasetActivated(item->data(0, kDatasetRole).toString());
            return;
        }
        if (!item || item->data(0, kSourceRole).toString().isEmpty() || !(item->flags() & Qt::ItemIsEnabled))
            return;
        emit sourceActivated(item->data(0, kConnectionRole).toString(),
                             SourceKind(item->data(0, kSourceRole).toString()));
    });
    retranslate();
}

QTreeWidgetItem *SourceSidebar::connectionItem(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (item != m_datasets && item->data(0, kConnectionRole).toString() == id)
            return item;
    }
    return nullptr;
}

void SourceSidebar::addConnection(const QString &id, const QString &name)
{
    if (connectionItem(id))
        return;
    auto *item = new QTreeWidgetItem;
    item->setText(0, name);
    item->setData(0, kConnectionRole, id);
    item->setData(0, kSourceRole, QString());
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(0, bold);
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        auto *source = new QTreeWidgetItem(item);
        source->setData(0, kConnectionRole, id);
        source->setData(0, kSourceRole, kind.key());
        source->setText(0, EnumText::sourceTitle(kind));
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    insertTopLevelItem(indexOfTopLevelItem(m_datasets), item);
    item->setExpanded(true);
}

void SourceSidebar::removeConnection(const QString &id)
{
    delete connectionItem(id);
}

void SourceSidebar::renameConnection(const QString &id, const QString &name)
{
    if (QTreeWidgetItem *item = connectionItem(id))
        item->setText(0, name);
}

void SourceSidebar::clearConnections()
{
    for (int i = topLevelItemCount() - 1; i >= 0; --i) {
        if (topLevelItem(i) != m_datasets)
            delete takeTopLevelItem(i);
    }
}

QTreeWidgetItem *SourceSidebar::sourceItem(const QString &connectionId, SourceKind kind) const
{
    QTreeWidgetItem *parent = connectionItem(connectionId);
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->data(0, kSourceRole).toString() == kind.key())
            return parent->child(i);
    }
    return nullptr;
}

void SourceSidebar::setSourceUnavailable(const QString &connectionId, SourceKind kind, const QString &reason)
{
    QTreeWidgetItem *item = sourceItem(connectionId, kind);
    if (!item)
        return;
    item->setData(0, kReasonRole, reason);
    item->setToolTip(0, reason);
    // Greyed but still selectable: the user can read why, and retry after a token change.
    item->setForeground(0,
                        reason.isEmpty() ? palette().brush(QPalette::Text)
                                         : palette().brush(QPalette::Disabled, QPalette::Text));
    QFont f = item->font(0);
    f.setItalic(!reason.isEmpty());
    item->setFont(0, f);
}

bool SourceSidebar::isSourceAvailable(const QString &connectionId, SourceKind kind) const
{
    QTreeWidgetItem *item = sourceItem(connectionId, kind);
    return item && item->data(0, kReasonRole).toString().isEmpty();
}

void SourceSidebar::setCurrentSource(const QString &connectionId, SourceKind kind)
{
    if (QTreeWidgetItem *item = sourceItem(connectionId, kind)) {
        const QSignalBlocker blocker(this);
        setCurrentItem(item);
    }
}

void SourceSidebar::addDataset(const QString &path, const QString &title, const QString &tooltip)
{
    for (int i = 0; i < m_datasets->childCount(); ++i) {
        if (m_datasets->child(i)->data(0, kDatasetRole).toString() == path)
            return;
    }
    auto *item = new QTreeWidgetItem(m_datasets);
    item->setText(0, title);
    item->setToolTip(0, tooltip);
    item->setData(0, kDatasetRole, path);
    item->setData(0, kSourceRole, QString());
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_datasets->setExpanded(true);
}

void SourceSidebar::setDatasetToolTip(const QString &path, const QString &tooltip)
{
    for (int i = 0; i < m_datasets->childCount(); ++i) {
        if (m_datasets->child(i)->data(0, kDatasetRole).toString() == path)
            m_datasets->child(i)->setToolTip(0, tooltip);
    }
}

void SourceSidebar::setDatasetTitle(const QString &path, const QString &title)
{
    for (int i = 0; i < m_datasets->childCount(); ++i) {
        if (m_datasets->child(i)->data(0, kDatasetRole).toString() == path)
            m_datasets->child(i)->setText(0, title);
    }
}

void SourceSidebar::removeDataset(const QString &path)
{
    for (int i = m_datasets->childCount() - 1; i >= 0; --i) {
        if (m_datasets->child(i)->data(0, kDatasetRole).toString() == path)
            delete m_datasets->takeChild(i);
    }
}

QStringList SourceSidebar::datasets() const
{
    QStringList paths;
    for (int i = 0; i < m_datasets->childCount(); ++i)
        paths << m_datasets->child(i)->data(0, kDatasetRole).toString();
    return paths;
}

void SourceSidebar::setCurrentDataset(const QString &path)
{
    for (int i = 0; i < m_datasets->childCount(); ++i) {
        if (m_datasets->child(i)->data(0, kDatasetRole).toString() == path) {
            const QSignalBlocker blocker(this);
            setCurrentItem(m_datasets->child(i));
        }
    }
}

void SourceSidebar::contextMenuEvent(QContextMenuEvent *event)
{
    QTreeWidgetItem *item = itemAt(event->pos());
    if (!item || item == m_datasets || item->parent() == m_datasets)
        return;
    const QString id = item->data(0, kConnectionRole).toString();
    QMenu menu(this);
    QAction *edit = menu.addAction(tr("Edit connection…"));
    QAction *remove = menu.addAction(tr("Remove connection"));
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == edit)
        emit editConnectionRequested(id);
    else if (chosen == remove)
        emit removeConnectionRequested(id);
}

void SourceSidebar::retranslate()
{
    m_datasets->setText(0, tr("Datasets"));
    m_datasets->setToolTip(0, tr("Exported datasets open here."));
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *parent = topLevelItem(i);
        for (int c = 0; parent != m_datasets && c < parent->childCount(); ++c)
            parent->child(c)->setText(
                0, EnumText::sourceTitle(SourceKind(parent->child(c)->data(0, kSourceRole).toString())));
    }
}

void SourceSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}
