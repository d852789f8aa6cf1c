#pragma once

#include "core/SourceKind.h"

#include <QTreeWidget>

// The connections, each with its five sources, and the open datasets. A source the
// token cannot read is greyed out with the reason as its tooltip.
class SourceSidebar : public QTreeWidget
{
    Q_OBJECT
public:
    explicit SourceSidebar(QWidget *parent = nullptr);

    void addConnection(const QString &id, const QString &name);
    void removeConnection(const QString &id);
    void renameConnection(const QString &id, const QString &name);
    void clearConnections();
    // Greys the source out (reason non-empty) or back in (reason empty).
    void setSourceUnavailable(const QString &connectionId, SourceKind kind, const QString &reason);
    bool isSourceAvailable(const QString &connectionId, SourceKind kind) const;
    void setCurrentSource(const QString &connectionId, SourceKind kind);
    QTreeWidgetItem *sourceItem(const QString &connectionId, SourceKind kind) const;
    void addDataset(const QString &path, const QString &title, const QString &tooltip);
    void setDatasetToolTip(const QString &path, const QString &tooltip);
    void setDatasetTitle(const QString &path, const QString &title);
    void setCurrentDataset(const QString &path);
    void removeDataset(const QString &path);
    QStringList datasets() const; // the paths listed under Datasets

signals:
    void sourceActivated(const QString &connectionId, SourceKind kind);
    void datasetActivated(const QString &path);
    void editConnectionRequested(const QString &connectionId);
    void removeConnectionRequested(const QString &connectionId);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void retranslate();
    QTreeWidgetItem *connectionItem(const QString &id) const;

    QTreeWidgetItem *m_datasets;
};
