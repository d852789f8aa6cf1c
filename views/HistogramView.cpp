#include "HistogramView.h"

#include "StatusBadgeDelegate.h"
#include "core/TimeDisplay.h"
#include "sources/EnumText.h"
#include "sources/SourceRegistry.h"

#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

namespace
{
// Bottom to top: what went well at the foot, failures on top where the eye lands.
constexpr Outcome kOrder[] = {Outcome::Success,    Outcome::Info,    Outcome::None,
                              Outcome::InProgress, Outcome::Warning, Outcome::Failure};
constexpr int kAxisWidth = 44;
constexpr int kLabelHeight = 16;
} // namespace

HistogramView::HistogramView(QWidget *parent)
    : QWidget(parent)
    , m_back(new QToolButton(this))
    , m_click(new QTimer(this))
{
    m_click->setSingleShot(true);
    setObjectName(QStringLiteral("histogram"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_back->setObjectName(QStringLiteral("histogramBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setAutoRaise(true);
    m_back->setToolTip(tr("Back to the previous time range (or double-click the histogram)"));
    m_back->hide();
    connect(m_back, &QToolButton::clicked, this, &HistogramView::stepBackRequested);
}

QSize HistogramView::sizeHint() const
{
    return {600, 96};
}

QSize HistogramView::minimumSizeHint() const
{
    return {200, 72};
}

void HistogramView::setHistogram(SourceKind source, const Overview::Histogram &histogram)
{
    m_source = source;
    m_histogram = histogram;
    m_max = 0;
    for (const Overview::Bucket &b : histogram.buckets)
        m_max = qMax(m_max, b.count);
    m_hover = m_anchor = m_current = -1;
    update();
}

void HistogramView::setStatus(const QString &text)
{
    m_status = text;
    update();
}

void HistogramView::clear()
{
    m_histogram = {};
    m_max = 0;
    m_status.clear();
    m_hover = m_anchor = m_current = -1;
    update();
}

void HistogramView::setCanStepBack(bool can)
{
    m_back->setVisible(can);
    m_back->move(2, 2);
}

QRect HistogramView::plotRect() const
{
    return rect().adjusted(kAxisWidth, 6, -8, -kLabelHeight - 2);
}

int HistogramView::bucketAt(int x) const
{
    const QRect plot = plotRect();
    const int n = int(m_histogram.buckets.size());
    if (n == 0 || x < plot.left() || x > plot.right())
        return -1;
    return qBound(0, int(qint64(x - plot.left()) * n / qMax(1, plot.width())), n - 1);
}

int HistogramView::bucketCentre(int i) const
{
    const QRect plot = plotRect();
    const int n = qMax(1, int(m_histogram.buckets.size()));
    return plot.left() + int((2 * qint64(i) + 1) * plot.width() / (2 * n));
}

Outcome HistogramView::outcomeOf(const QString &value) const
{
    const SourceDefinition &def = SourceDefinitions::get(m_source);
    const FilterSpec *spec = def.filterSpec(m_histogram.stackKey);
    const EnumTable *table = spec ? def.enumTable(spec->enumField) : nullptr;
    return table ? table->outcome(QJsonValue(value)) : Outcome::None;
}

QList<HistogramView::Stack> HistogramView::stacksOf(const Overview::Bucket &bucket) const
{
    QList<Stack> out;
    if (bucket.byStatus.isEmpty()) {
        out.append({Outcome::None, bucket.count});
        return out;
    }
    for (Outcome o : kOrder) {
        qint64 n = 0;
        for (auto it = bucket.byStatus.cbegin(); it != bucket.byStatus.cend(); ++it) {
            if (outcomeOf(it.key()) == o)
                n += it.value();
        }
        if (n > 0)
            out.append({o, n});
    }
    return out;
}

QString HistogramView::bucketLabel(qint64 ms, bool full) const
{
    const QDateTime t = TimeDisplay::isUtc() ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                                             : QDateTime::fromMSecsSinceEpoch(ms);
    using TimeBuckets::Unit;
    const Unit unit = m_histogram.step.unit;
    if (full)
        return unit == Unit::Month ? t.toString(QStringLiteral("yyyy-MM"))
            : unit >= Unit::Day    ? t.toString(QStringLiteral("yyyy-MM-dd"))
                                   : t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return unit == Unit::Month ? t.toString(QStringLiteral("yyyy-MM"))
        : unit >= Unit::Day    ? t.toString(QStringLiteral("MM-dd"))
                               : t.toString(QStringLiteral("MM-dd HH:mm"));
}

QString HistogramView::toolTipFor(int i) const
{
    if (i < 0 || i >= m_histogram.buckets.size())
        return {};
    const Overview::Bucket &b = m_histogram.buckets.at(i);
    const QLocale locale;
    QStringList lines;
    lines << tr("%1 – %2").arg(bucketLabel(b.startMs, true), bucketLabel(b.endMs, true));
    lines << tr("%Ln record(s)", nullptr, int(qMin<qint64>(b.count, INT_MAX)));
    const SourceDefinition &def = SourceDefinitions::get(m_source);
    const FilterSpec *spec = def.filterSpec(m_histogram.stackKey);
    for (auto it = b.byStatus.cbegin(); it != b.byStatus.cend(); ++it) {
        const QString name = it.key().isEmpty()  ? tr("other")
            : spec && !spec->enumField.isEmpty() ? EnumText::display(m_source, spec->enumField, it.key())
                                                 : it.key();
        lines << QStringLiteral("  %1: %2").arg(name, locale.toString(it.value()));
    }
    return lines.join(u'\n');
}

void HistogramView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRect plot = plotRect();
    const QColor text = palette().color(QPalette::PlaceholderText);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int n = int(m_histogram.buckets.size());
    if (n > 0 && m_max > 0) {
        const QLocale locale;
        p.setPen(text);
        p.drawText(QRect(0, plot.top() - 4, kAxisWidth - 6, 14), Qt::AlignRight | Qt::AlignTop,
                   locale.toString(m_max));
        p.drawText(QRect(0, plot.bottom() - 12, kAxisWidth - 6, 14), Qt::AlignRight | Qt::AlignBottom,
                   QStringLiteral("0"));
        // The selection being dragged, under the bars.
        if (m_anchor >= 0 && m_current >= 0) {
            const int a = qMin(m_anchor, m_current), b = qMax(m_anchor, m_current);
            const int x0 = plot.left() + int(qint64(a) * plot.width() / n);
            const int x1 = plot.left() + int(qint64(b + 1) * plot.width() / n);
            QColor sel = palette().color(QPalette::Highlight);
            sel.setAlpha(60);
            p.fillRect(QRect(x0, plot.top(), x1 - x0, plot.height()), sel);
        }
        const double unitHeight = double(plot.height()) / double(m_max);
        for (int i = 0; i < n; ++i) {
            const int x0 = plot.left() + int(qint64(i) * plot.width() / n);
            const int x1 = plot.left() + int(qint64(i + 1) * plot.width() / n);
            const int w = qMax(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
            double y = plot.bottom() + 1;
            for (const Stack &s : stacksOf(m_histogram.buckets.at(i))) {
                const double h = double(s.count) * unitHeight;
                QColor c = StatusBadgeDelegate::outcomeColor(int(s.outcome));
                if (i == m_hover)
                    c = c.lighter(125);
                p.fillRect(QRectF(x0, y - h, w, h), c);
                y -= h;
            }
        }
        // A few time labels, as many as fit.
        p.setPen(text);
        const int labelWidth =
            fontMetrics().horizontalAdvance(bucketLabel(m_histogram.buckets.first().startMs, false)) + 16;
        const int every = qMax(1, (labelWidth * n + plot.width() - 1) / qMax(1, plot.width()));
        for (int i = 0; i < n; i += every) {
            const int x = plot.left() + int(qint64(i) * plot.width() / n);
            p.drawText(QRect(x, plot.bottom() + 2, labelWidth, kLabelHeight),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       bucketLabel(m_histogram.buckets.at(i).startMs, false));
        }
    }
    if (!m_status.isEmpty()) {
        p.setPen(text);
        p.drawText(plot.adjusted(8, 0, -8, 0), Qt::AlignRight | Qt::AlignTop, m_status);
    }
}

void HistogramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_anchor = m_current = bucketAt(event->position().toPoint().x());
    update();
}

void HistogramView::mouseMoveEvent(QMouseEvent *event)
{
    const int bucket = bucketAt(event->position().toPoint().x());
    if (m_anchor >= 0 && bucket >= 0)
        m_current = bucket;
    if (bucket != m_hover) {
        m_hover = bucket;
        if (m_anchor < 0 && bucket >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(bucket), this);
    }
    update();
}

void HistogramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_anchor < 0)
        return QWidget::mouseReleaseEvent(event);
    const int a = qMin(m_anchor, m_current), b = qMax(m_anchor, m_current);
    m_anchor = m_current = -1;
    update();
    if (a < 0 || b >= m_histogram.buckets.size())
        return;
    const qint64 from = m_histogram.buckets.at(a).startMs;
    const qint64 to = m_histogram.buckets.at(b).endMs - 1;
    if (a != b) {
        emit rangeSelected(from, to);
        return;
    }
    // A click on one bar: unless it was the first of a double-click.
    m_click->disconnect();
    connect(m_click, &QTimer::timeout, this, [this, from, to] { emit rangeSelected(from, to); });
    m_click->start(QApplication::doubleClickInterval());
}

void HistogramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_click->stop();
    m_anchor = m_current = -1;
    emit stepBackRequested();
}

void HistogramView::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

bool HistogramView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipFor(bucketAt(help->pos().x()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}
