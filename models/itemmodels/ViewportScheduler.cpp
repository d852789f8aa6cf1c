#include "itemmodels/ViewportScheduler.h"

#include <QTimer>

#include <algorithm>

ViewportScheduler::ViewportScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_elapsed.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ViewportScheduler::due);
}

void ViewportScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 ViewportScheduler::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void ViewportScheduler::want(int page)
{
    const qint64 at = now();
    const bool again = m_wantedAt.contains(page);
    // Milliseconds in the high bits, a counter in the low ones: asks within the same
    // millisecond still order.
    m_wantedAt.insert(page, (at << 20) | (++m_sequence & 0xFFFFF));
    // A repaint of the same screen (hover, a cursor blink) is not the view moving on:
    // only new pages hold the request back until the asking settles.
    if (again && m_timer->isActive())
        return;
    if (m_batchStart < 0)
        m_batchStart = at;
    m_timer->start(at - m_batchStart >= MaxWaitMs ? 0 : SettleMs);
}

QSet<int> ViewportScheduler::take(int firstPage, int lastPage)
{
    m_batchStart = -1;
    m_timer->stop();
    if (m_wantedAt.isEmpty())
        return {};
    qint64 latest = 0;
    for (qint64 at : std::as_const(m_wantedAt))
        latest = qMax(latest, at);
    latest >>= 20;
    QList<std::pair<qint64, int>> recent; // (sequence, page), newest first below
    for (auto it = m_wantedAt.cbegin(); it != m_wantedAt.cend(); ++it) {
        if ((it.value() >> 20) >= latest - PaintWindowMs)
            recent.append({it.value(), it.key()});
    }
    std::sort(recent.begin(), recent.end(), std::greater<>());
    QSet<int> reach;
    for (qsizetype i = 0; i < recent.size() && i < MaxPagesInView; ++i)
        reach.insert(recent.at(i).second);
    m_wantedAt.clear();
    const int lowest = *std::min_element(reach.cbegin(), reach.cend());
    const int highest = *std::max_element(reach.cbegin(), reach.cend());
    const bool forward = lowest >= m_lastPage;
    m_lastPage = forward ? highest : lowest;
    const int prefetch = forward ? highest + 1 : lowest - 1;
    if (prefetch >= firstPage && prefetch <= lastPage)
        reach.insert(prefetch);
    return reach;
}

int ViewportScheduler::delayMs() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void ViewportScheduler::reset()
{
    m_wantedAt.clear();
    m_batchStart = -1;
    m_lastPage = 0;
    m_timer->stop();
}
