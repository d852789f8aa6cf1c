#pragma once

#include "sources/SourceDefinition.h"

#include <QTableView>

// The log table: status badges, monospace ids, long text elided with the full text as
// tooltip, a column chooser on the header's context menu, server-side sort on the
// headers that allow it, Ctrl+C for the selected rows as TSV (the context menu also
// offers JSON), Enter or double-click to open the detail. The column layout is saved
// and restored per source (saveLayout/restoreLayout with a settings key).
//
// Works on any model with RemoteLogModel's roles (RecordRole, ColumnKeyRole,
// RemoteSortableRole, OutcomeRole).
class LogTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LogTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Widths and visibility from the source definition, then what the user left last time.
    void applyDefaultLayout(const SourceDefinition &def);
    void saveLayout(const QString &settingsKey) const;
    bool restoreLayout(const QString &settingsKey);

    QString selectionAsTsv() const;
    QString selectionAsJson() const;
    QList<int> selectedRows() const;

signals:
    void recordActivated(const QModelIndex &index);
    void sortRefused(const QString &columnTitle);
    void copied(int rows);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onHeaderClicked(int section);
    void showColumnMenu(const QPoint &pos);

    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
