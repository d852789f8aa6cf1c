#pragma once

#include <QStyledItemDelegate>

// Draws status cells as badges tinted by how the status turned out (OutcomeRole), and
// id columns in a monospace font. The tint is mixed into the palette's own base colour
// and the text stays the palette's text colour, so badges read in light and dark themes.
class StatusBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `outcomeRole`: the data role with Outcome as int; `columnKeyRole`: the
    // header role with the column's field key.
    StatusBadgeDelegate(int outcomeRole, int columnKeyRole, QObject *parent = nullptr);

    static QColor outcomeColor(int outcome);
    static bool isIdColumn(const QString &columnKey);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_outcomeRole;
    int m_columnKeyRole;
};
