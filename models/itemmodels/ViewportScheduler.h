#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

// Decides which pages a table's view is worth a request for. The view asks for rows
// from data() while it paints; requests go out once the asking has paused for a moment
// (or at least every so often while it goes on), and only for the pages of the latest
// paint, plus one page beyond in the direction of travel: a fast scroll does not request
// every page it passes over. The clock is injectable, so that a test can drive it.
class ViewportScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int SettleMs = 20; // a pause this long ends a burst of asking
    static constexpr int MaxWaitMs = 100; // while asking goes on, serve it at least this often
    static constexpr int PaintWindowMs = 30; // pages asked for this close to the last ask are "in view"
    static constexpr int MaxPagesInView = 8; // …but a screen never spans more pages than this

    using Clock = std::function<qint64()>; // milliseconds, never going back

    explicit ViewportScheduler(QObject *parent = nullptr);

    void setClock(Clock clock);
    qint64 now() const;
    // The view asked for a row of `page`. Never requests from inside data(): due() is
    // emitted from the event loop.
    void want(int page);
    // The pages in reach now, inside [firstPage, lastPage]: those of the latest paint and
    // the prefetch; empty if nothing was asked. Forgets the asks.
    QSet<int> take(int firstPage, int lastPage);
    // Milliseconds until due() (0: at the next turn of the event loop), -1 if not due.
    int delayMs() const;
    int lastPage() const { return m_lastPage; }
    void reset();

signals:
    void due();

private:
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer *m_timer;
    QHash<int, qint64> m_wantedAt; // page → (ms << 20 | sequence)
    qint64 m_batchStart = -1;
    quint32 m_sequence = 0;
    int m_lastPage = 0;
};
