#include "StatusBadgeDelegate.h"

#include "sources/EnumText.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

StatusBadgeDelegate::StatusBadgeDelegate(int outcomeRole, int columnKeyRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_outcomeRole(outcomeRole)
    , m_columnKeyRole(columnKeyRole)
{ }

QColor StatusBadgeDelegate::outcomeColor(int outcome)
{
    switch (Outcome(outcome)) {
    case Outcome::Success:
        return QColor(0x2e, 0x9e, 0x4f);
    case Outcome::Failure:
        return QColor(0xd6, 0x3b, 0x3b);
    case Outcome::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Outcome::InProgress:
        return QColor(0x2f, 0x7c, 0xd8);
    default:
        return QColor(0x80, 0x80, 0x80);
    }
}

bool StatusBadgeDelegate::isIdColumn(const QString &key)
{
    return key == u"id" || key.endsWith(u"_id") || (key.endsWith(u"Id") && key != u"Id");
}

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString key = index.model()->headerData(index.column(), Qt::Horizontal, m_columnKeyRole).toString();
    if (isIdColumn(key)) {
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(option->font.pointSizeF());
        option->font = mono;
    }
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QVariant outcome = index.data(m_outcomeRole);
    if (!outcome.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // The selection and focus background as for any cell, then the badge on top.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor accent = outcomeColor(outcome.toInt());
    const QColor base = opt.palette.color(QPalette::Base);
    QColor fill = accent;
    fill.setAlphaF(base.lightness() > 128 ? 0.18 : 0.35);
    const QFontMetrics fm(opt.font);
    const int padX = 8, padY = 2;
    QRect badge(0, 0, qMin(fm.horizontalAdvance(text) + 2 * padX + 10, opt.rect.width() - 4),
                fm.height() + 2 * padY);
    badge.moveCenter(opt.rect.center());
    badge.moveLeft(opt.rect.left() + 4);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), badge.height() / 2.0,
                        badge.height() / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(QPen(accent, 1));
    painter->drawPath(path);
    // A dot in the accent colour: the outcome reads without relying on the tint alone.
    painter->setBrush(accent);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(badge.left() + padX + 2, badge.center().y() + 0.5), 3, 3);
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText)
                                                       : opt.palette.color(QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect = badge.adjusted(padX + 8, 0, -padX + 2, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_outcomeRole).isValid())
        size.rwidth() += 26;
    return size;
}
