#include "TimelineDelegate.h"

#include "StatusBadgeDelegate.h"
#include "itemmodels/StatusHistoryModel.h"
#include "sources/EnumText.h"

#include <QApplication>
#include <QPainter>

namespace
{
constexpr int kGutter = 28; // the line and the dots
constexpr int kPad = 6;

// A step without a known outcome is drawn as information.
int outcomeOf(const QModelIndex &index)
{
    const auto outcome = Outcome(index.data(StatusHistoryModel::OutcomeRole).toInt());
    return int(outcome == Outcome::None ? Outcome::Info : outcome);
}

QString cell(const QModelIndex &index, int column)
{
    return index.sibling(index.row(), column).data().toString();
}
} // namespace

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QRect r = option.rect;
    const int rows = index.model()->rowCount(index.parent());
    const QColor accent = StatusBadgeDelegate::outcomeColor(outcomeOf(index));
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int cx = r.left() + kGutter / 2;
    const int cy = r.top() + kPad + option.fontMetrics.height() / 2;
    QPen line(pal.color(QPalette::Mid), 2);
    painter->setPen(line);
    if (index.row() > 0)
        painter->drawLine(cx, r.top(), cx, cy);
    if (index.row() < rows - 1)
        painter->drawLine(cx, cy, cx, r.bottom() + 1);
    painter->setPen(QPen(pal.color(QPalette::Base), 2));
    painter->setBrush(accent);
    painter->drawEllipse(QPointF(cx, cy), 6, 6);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const QFontMetrics fm(option.font);
    const int x = r.left() + kGutter;
    const int width = r.right() - x - kPad;
    int y = r.top() + kPad;
    const QString status = cell(index, StatusHistoryModel::StatusColumn);
    const QString time = cell(index, StatusHistoryModel::TimeColumn);
    const QString since = cell(index, StatusHistoryModel::SinceColumn);
    // Line 1: the status, and when. Line 2: detail and source, and the time it took.
    painter->setFont(bold);
    painter->setPen(text);
    const int timeWidth = fm.horizontalAdvance(time) + 4;
    painter->drawText(QRect(x, y, width - timeWidth - 8, bfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      bfm.elidedText(status, Qt::ElideRight, width - timeWidth - 8));
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(QRect(x, y, width, bfm.height()), Qt::AlignRight | Qt::AlignVCenter, time);
    y += bfm.height() + 2;
    const QString detail = cell(index, StatusHistoryModel::DetailColumn);
    const QString source = cell(index, StatusHistoryModel::SourceColumn);
    const QString second =
        source.isEmpty() ? detail : (detail.isEmpty() ? source : detail + QStringLiteral("  ·  ") + source);
    const int sinceWidth = since.isEmpty() ? 0 : fm.horizontalAdvance(since) + 12;
    if (!since.isEmpty())
        painter->drawText(QRect(x, y, width, fm.height()), Qt::AlignRight | Qt::AlignVCenter, since);
    if (!second.isEmpty()) {
        painter->setPen(text);
        painter->drawText(QRect(x, y, width - sinceWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(second, Qt::ElideRight, width - sinceWidth));
    }
    painter->restore();
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    return QSize(300, kPad * 2 + QFontMetrics(bold).height() + 2 + option.fontMetrics.height() + 4);
}
