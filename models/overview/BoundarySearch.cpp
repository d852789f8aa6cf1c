#include "overview/BoundarySearch.h"

#include <QtGlobal>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

BoundarySearch::BoundarySearch(QList<qint64> boundaries, int maxWindow, int lookahead)
    : m_boundaries(std::move(boundaries))
    , m_maxWindow(qMax(1, maxWindow))
    , m_lookahead(qMax(1, lookahead))
    , m_lastWidth(m_boundaries.size(), 0)
    , m_slowSteps(m_boundaries.size(), 0)
    , m_guides(m_boundaries.size(), -1)
    , m_firstProbes(m_boundaries.size())
{
    std::sort(m_boundaries.begin(), m_boundaries.end());
}

BoundarySearch::Bracket BoundarySearch::bracket(qint64 boundary) const
{
    // Times rise with the rank, so the rows older than the boundary come first.
    const auto it = std::partition_point(m_times.cbegin(), m_times.cend(), [boundary](const auto &rankTime) {
        return rankTime.second < boundary;
    });
    Bracket b;
    b.hi = it == m_times.cend() ? m_total : it->first;
    if (it != m_times.cbegin())
        b.lo = std::prev(it)->first;
    return b;
}

std::optional<qint64> BoundarySearch::resolved(int i) const
{
    if (m_total < 0)
        return std::nullopt;
    const Bracket b = bracket(m_boundaries.at(i));
    if (b.hi == b.lo + 1)
        return b.hi;
    return std::nullopt;
}

bool BoundarySearch::isDone() const
{
    if (m_total < 0 || m_unordered)
        return false;
    for (int i = 0; i < m_boundaries.size(); ++i) {
        if (!resolved(i))
            return false;
    }
    return true;
}

qint64 BoundarySearch::olderThan(int i) const
{
    return resolved(i).value_or(-1);
}

bool BoundarySearch::pendingWithin(const Bracket &b) const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&b](const Pending &p) { return p.firstRank <= b.hi - 1 && p.lastRank >= b.lo + 1; });
}

void BoundarySearch::guide(int i, qint64 rank)
{
    if (i >= 0 && i < m_guides.size())
        m_guides[i] = qMax<qint64>(0, rank);
}

bool BoundarySearch::guideFirstFrom(const BoundarySearch &other)
{
    const qint64 found = other.olderThan(0);
    if (found < 0 || other.m_total <= 0 || m_total < 0 || m_boundaries.isEmpty())
        return false;
    guide(0, std::llround(double(found) / double(other.m_total) * double(m_total)));
    return true;
}

std::optional<qint64> BoundarySearch::extrapolateDown(int i, const Bracket &b) const
{
    // Below the oldest row seen, at the rate of the rows seen above it. Only as far down
    // as that rate was measured over: further, its error outgrows a window.
    if (b.hi <= 0 || b.hi >= m_total || m_times.empty())
        return std::nullopt;
    const qint64 tHi = timeAt(b.hi);
    const qint64 tTop = m_times.back().second;
    const qint64 span = m_times.back().first - b.hi;
    if (span <= 0 || tTop <= tHi)
        return std::nullopt;
    const double rowsPerMs = double(span) / double(tTop - tHi);
    // In doubles until it is known to be small: a boundary far out (an open range) would
    // overflow a count of rows.
    const double down = double(tHi - m_boundaries.at(i)) * rowsPerMs;
    if (!(down <= double(span)))
        return std::nullopt;
    return qBound<qint64>(0, b.hi - qMax<qint64>(1, std::llround(down)), b.hi - 1);
}

qint64 BoundarySearch::estimate(int i, const Bracket &b)
{
    // A guide is the first probe only: once it missed, the rows it read say more.
    const qint64 guided = std::exchange(m_guides[i], -1);
    if (guided >= 0 && guided > b.lo && guided < b.hi)
        return guided;
    if (b.lo < 0) {
        // Nothing older seen yet: below the oldest row seen, else the oldest rows.
        // Twice at most, so that rows far denser below than above cannot make it crawl.
        if (m_slowSteps.at(i) < 2) {
            if (const auto below = extrapolateDown(i, b)) {
                ++m_slowSteps[i];
                return *below;
            }
        }
        m_slowSteps[i] = 0;
        return 0;
    }
    if (b.hi >= m_total)
        return m_total - 1; // nothing newer seen yet: the newest rows
    const qint64 width = b.hi - b.lo;
    // Interpolation can crawl where the times bunch up; two slow steps in a row, and the
    // next probe bisects instead, so that no boundary costs more than about log2(n).
    const qint64 last = m_lastWidth.at(i);
    m_slowSteps[i] = last > 0 && width > last / 2 ? m_slowSteps.at(i) + 1 : 0;
    m_lastWidth[i] = width;
    if (m_slowSteps.at(i) >= 2) {
        m_slowSteps[i] = 0;
        return b.lo + width / 2;
    }
    const qint64 tLo = timeAt(b.lo);
    const qint64 tHi = timeAt(b.hi);
    const double fraction = double(m_boundaries.at(i) - tLo) / double(qMax<qint64>(1, tHi - tLo));
    return qBound(b.lo + 1, b.lo + qint64(std::llround(fraction * double(width))), b.hi - 1);
}

qint64 BoundarySearch::timeAt(qint64 rank) const
{
    const auto it = std::lower_bound(m_times.cbegin(), m_times.cend(), rank,
                                     [](const auto &rankTime, qint64 r) { return rankTime.first < r; });
    return it->second; // only asked for ranks a bracket was made of
}

BoundarySearch::Window BoundarySearch::place(qint64 firstRank, qint64 lastRank, qint64 centreRank,
                                             double sigma) const
{
    // Ranks count from the oldest row; pages count from the newest.
    const qint64 first = m_total - 1 - lastRank;
    const qint64 last = m_total - 1 - firstRank;
    if (last - first + 1 <= m_maxWindow) {
        // The whole gap in one page, if some page size puts it in one.
        for (qint64 p = last - first + 1; p <= m_maxWindow; ++p) {
            if (first / p == last / p)
                return {int(first / p), int(p)};
        }
    }
    // Pages are aligned to their size, so few windows are centred on the estimate. Of the
    // windows that hold it or border the one that does, the one most likely to hold the
    // boundary, taken to be normally distributed about the estimate; rows outside the
    // gap count for nothing.
    const double centre = double(m_total - 1 - centreRank);
    const auto below = [centre, sigma](double x) {
        return 0.5 * std::erfc((centre - x) / (sigma * std::sqrt(2.0)));
    };
    Window best {int(qint64(centre) / m_maxWindow), m_maxWindow};
    double bestMass = -1;
    for (qint64 p = m_maxWindow; p >= qMax(1, m_maxWindow / 2); --p) {
        const qint64 home = qint64(centre) / p;
        for (qint64 page = qMax<qint64>(0, home - 1); page <= home + 1; ++page) {
            const qint64 a = qMax(first, page * p);
            const qint64 b = qMin(last, page * p + p - 1);
            if (a > b)
                continue;
            const double mass = below(double(b) + 0.5) - below(double(a) - 0.5);
            if (mass > bestMass + 1e-9) {
                best = {int(page), int(p)};
                bestMass = mass;
            }
        }
    }
    return best;
}

QList<BoundarySearch::Window> BoundarySearch::take()
{
    QList<Window> out;
    if (!m_started) {
        m_started = true;
        const Window top {0, m_maxWindow}; // the total, and the newest times
        m_pending.append({top, 0, 0});
        return {top};
    }
    if (m_total < 0 || m_unordered)
        return out;
    learnSpread();
    int active = 0;
    for (int i = 0; i < m_boundaries.size() && active < m_lookahead; ++i) {
        if (resolved(i))
            continue;
        ++active;
        const Bracket b = bracket(m_boundaries.at(i));
        if (pendingWithin(b))
            continue;
        const qint64 centre = estimate(i, b);
        // How far off an estimate may be grows with the square root of the rows between
        // it and the nearest row known, as the count of a random arrival process does; by
        // how much, the boundaries found so far tell.
        const qint64 nearest = qMax<qint64>(1, qMin(centre - b.lo, b.hi - centre));
        if (m_firstProbes.at(i).centre < 0) // interpolated ones only: the others are guesses
            m_firstProbes[i] = {centre, nearest, b.lo < 0 || b.hi >= m_total};
        const double spread = m_spreadSum / m_spreadCount;
        const Window w = place(b.lo + 1, b.hi - 1, centre, qMax(1.0, std::sqrt(spread * double(nearest))));
        const qint64 firstIndex = qint64(w.page) * w.pageSize;
        const qint64 lastIndex = qMin(m_total - 1, firstIndex + w.pageSize - 1);
        m_pending.append({w, m_total - 1 - lastIndex, m_total - 1 - firstIndex});
        out.append(w);
    }
    return out;
}

void BoundarySearch::learnSpread()
{
    for (int i = 0; i < m_boundaries.size(); ++i) {
        FirstProbe &probe = m_firstProbes[i];
        if (probe.centre < 0 || probe.counted)
            continue;
        if (const auto found = resolved(i)) {
            const double error = double(*found - probe.centre);
            m_spreadSum += error * error / double(probe.distance);
            ++m_spreadCount;
            probe.counted = true;
        }
    }
}

void BoundarySearch::drop(const Window &window)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).window.page == window.page
            && m_pending.at(i).window.pageSize == window.pageSize) {
            m_pending.removeAt(i);
            if (m_total < 0)
                m_started = false; // the first window again
            return;
        }
    }
}

void BoundarySearch::supply(const Window &window, qint64 total, const QList<qint64> &timesMs)
{
    drop(window);
    m_started = true;
    ++m_supplied;
    if (total < 0)
        return;
    if (m_total >= 0 && total < m_total)
        m_times.clear(); // rows went, from where is unknown: every rank may have moved
    m_total = total;
    // Records arriving at the top leave the ranks of the older ones as they were.
    const qint64 firstIndex = qint64(window.page) * window.pageSize;
    std::vector<std::pair<qint64, qint64>> fresh;
    for (qsizetype j = timesMs.size() - 1; j >= 0; --j) {
        const qint64 rank = total - 1 - (firstIndex + j);
        if (rank < 0)
            continue;
        if (j > 0 && timesMs.at(j) > timesMs.at(j - 1))
            m_unordered = true;
        fresh.emplace_back(rank, timesMs.at(j));
    }
    std::vector<std::pair<qint64, qint64>> merged;
    merged.reserve(m_times.size() + fresh.size());
    auto a = m_times.cbegin();
    auto f = fresh.cbegin();
    while (a != m_times.cend() || f != fresh.cend()) {
        if (f == fresh.cend() || (a != m_times.cend() && a->first < f->first)) {
            merged.push_back(*a++);
        } else {
            if (a != m_times.cend() && a->first == f->first)
                ++a; // the newer answer wins
            merged.push_back(*f++);
        }
    }
    m_times = std::move(merged);
    // The list must rise with the rank everywhere, or interpolation and brackets mislead.
    for (size_t i = 1; i < m_times.size() && !m_unordered; ++i) {
        if (m_times[i].second < m_times[i - 1].second)
            m_unordered = true;
    }
}
