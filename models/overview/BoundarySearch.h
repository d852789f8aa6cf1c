#pragma once

#include <QList>

#include <optional>
#include <utility>
#include <vector>

// Counts the rows of a list sorted newest first that are older than each of a set of
// instants, by reading small windows of it (CONTRACTS.md: comm-* have no date
// parameters). Knows nothing of the network: take() says which windows to read, supply()
// is given their times. Instead of bisecting it interpolates, from the times already
// seen on either side, where an instant falls, and every window read serves every
// instant: the boundaries of 48 buckets over a million rows cost about two windows each.
// Rows are placed by their rank from the oldest, which records arriving at the top of the
// list do not move, so the counts stay exact while the list grows. If the list turns out
// not to be sorted, it stops and says so.
class BoundarySearch
{
public:
    // A page of the list as it stands: rows [page × pageSize, (page + 1) × pageSize).
    struct Window {
        int page = 0;
        int pageSize = 0;
    };

    // `boundaries`: instants in ms, ascending. `maxWindow`: the largest page the server
    // gives. `lookahead`: how many boundaries are searched at once (the later ones start
    // from what the earlier found, which saves windows; more at once saves round trips).
    BoundarySearch(QList<qint64> boundaries, int maxWindow, int lookahead = 1);

    // The windows to read now; none while the answers awaited are all that is needed, or
    // when done. Each is asked for once.
    QList<Window> take();
    // A window's answer: the list's total then, and its rows' times in list order.
    void supply(const Window &window, qint64 total, const QList<qint64> &timesMs);
    // A window that could not be read, to be asked for again by take().
    void drop(const Window &window);
    // Where boundary `i` probably falls (rank from the oldest), learned elsewhere: the
    // boundary's first probe, if it falls in what is still unknown. For the first boundary
    // it takes the place of the oldest window that would otherwise anchor the search.
    void guide(int i, qint64 rank);
    // guide() for the first boundary at the fraction of its length where `other`, a search
    // of another list of the same records, found it; false if `other` has not found it.
    bool guideFirstFrom(const BoundarySearch &other);

    bool isDone() const;
    bool isUnordered() const { return m_unordered; }
    // How many rows are older than boundary `i` (time < boundaries[i]); valid when done.
    qint64 olderThan(int i) const;
    qint64 total() const { return m_total; }
    int windowsSupplied() const { return m_supplied; }

private:
    struct Bracket {
        qint64 lo = -1; // rank of the newest row seen that is older than the boundary (-1: none)
        qint64 hi = 0; // rank of the oldest row seen that is not (m_total: none)
    };
    Bracket bracket(qint64 boundary) const;
    std::optional<qint64> resolved(int i) const;
    qint64 estimate(int i, const Bracket &b);
    std::optional<qint64> extrapolateDown(int i, const Bracket &b) const;
    qint64 timeAt(qint64 rank) const;
    Window place(qint64 firstRank, qint64 lastRank, qint64 centreRank, double sigma) const;
    bool pendingWithin(const Bracket &b) const;
    void learnSpread();

    QList<qint64> m_boundaries;
    int m_maxWindow;
    int m_lookahead;
    qint64 m_total = -1; // unknown until the first answer
    std::vector<std::pair<qint64, qint64>> m_times; // (rank from the oldest, time), by rank
    struct Pending {
        Window window;
        qint64 firstRank, lastRank; // as placed
    };
    QList<Pending> m_pending;
    QList<qint64> m_lastWidth; // per boundary: the bracket's width when last probed
    QList<int> m_slowSteps; // per boundary: probes in a row that did not halve the bracket
    QList<qint64> m_guides; // per boundary: guide(), -1 for none
    // How far off estimates turn out, learned from the boundaries found: per boundary its
    // first estimate and the rows between it and the nearest row known then.
    struct FirstProbe {
        qint64 centre = -1;
        qint64 distance = 0;
        bool counted = false; // in the spread, or never to be (a guess, not an interpolation)
    };
    QList<FirstProbe> m_firstProbes;
    double m_spreadSum = 1.0; // of error² / distance, with a prior of one boundary at 1
    int m_spreadCount = 1;
    bool m_unordered = false;
    bool m_started = false;
    int m_supplied = 0;
};
