#pragma once

#include "core/Outcome.h"
#include "core/SourceKind.h"
#include "overview/Overview.h"

#include <QWidget>

class QTimer;
class QToolButton;

// Records over time above the table: a bar per bucket, stacked by outcome in the status
// badges' colours. Hovering tells the bucket and its counts; a click on a bar, or a drag
// across several, selects their time range (rangeSelected), which the window makes the
// date filter; a double-click or the back button asks to step back out. Painted, so that
// 500 bars cost no more than 50.
class HistogramView : public QWidget
{
    Q_OBJECT
public:
    explicit HistogramView(QWidget *parent = nullptr);

    void setHistogram(SourceKind source, const Overview::Histogram &histogram);
    const Overview::Histogram &histogram() const { return m_histogram; }
    // A line in the corner: counting progress, or why there is nothing to show.
    void setStatus(const QString &text);
    QString status() const { return m_status; }
    void clear();
    void setCanStepBack(bool can);

    // The bucket under x (widget coordinates), or -1.
    int bucketAt(int x) const;
    // The horizontal centre of bucket i, for tests and tooltips.
    int bucketCentre(int i) const;
    QString toolTipFor(int bucket) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rangeSelected(qint64 fromMs, qint64 toMs); // both inclusive
    void stepBackRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Stack {
        Outcome outcome;
        qint64 count;
    };
    QRect plotRect() const;
    QString bucketLabel(qint64 ms, bool full) const;
    QList<Stack> stacksOf(const Overview::Bucket &bucket) const;
    Outcome outcomeOf(const QString &value) const;

    SourceKind m_source;
    Overview::Histogram m_histogram;
    qint64 m_max = 0;
    QString m_status;
    QToolButton *m_back;
    QTimer *m_click; // a click waits to see whether it is the first of a double-click
    int m_hover = -1;
    int m_anchor = -1; // the bucket a drag started on; -1: none
    int m_current = -1;
};
