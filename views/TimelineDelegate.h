#pragma once

#include <QStyledItemDelegate>

// Draws a StatusHistoryModel row as one step of a vertical timeline: a dot coloured by
// the outcome on a line joining the steps, the status in bold with its time, the time
// since the step before, the detail and the source.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
