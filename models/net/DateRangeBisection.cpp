#include "net/DateRangeBisection.h"

DateRangeBisection::DateRangeBisection(qint64 total, int pageSize, std::optional<qint64> fromMs,
                                       std::optional<qint64> toMs)
    : m_total(qMax<qint64>(0, total))
    , m_pageSize(qMax(1, pageSize))
    , m_pageCount(int((m_total + m_pageSize - 1) / m_pageSize))
{
    m_start.result = 0;
    m_end.result = m_total;
    if (toMs) {
        m_start = Search {true, *toMs, false, 0, m_pageCount, -1};
        advance(m_start);
    }
    if (fromMs) {
        m_end = Search {true, *fromMs, true, 0, m_pageCount, -1};
        advance(m_end);
    }
}

bool DateRangeBisection::isDone() const
{
    return m_unordered || (m_start.result >= 0 && m_end.result >= 0);
}

std::optional<int> DateRangeBisection::nextPage(const Search &search) const
{
    if (search.result >= 0)
        return std::nullopt;
    return search.lo < search.hi ? (search.lo + search.hi) / 2 : search.lo;
}

QList<int> DateRangeBisection::neededPages() const
{
    QList<int> pages;
    if (m_unordered)
        return pages;
    for (const Search *s : {&m_start, &m_end}) {
        if (const auto p = nextPage(*s); p && !pages.contains(*p))
            pages.append(*p);
    }
    return pages;
}

void DateRangeBisection::advance(Search &search)
{
    while (search.result < 0) {
        if (search.lo < search.hi) {
            const int mid = (search.lo + search.hi) / 2;
            const auto it = m_pages.constFind(mid);
            if (it == m_pages.constEnd())
                return;
            // An empty page (the list shrank) counts as "past the boundary".
            if (it->isEmpty() || search.matches(it->constLast()))
                search.hi = mid;
            else
                search.lo = mid + 1;
            continue;
        }
        if (search.lo >= m_pageCount) {
            search.result = m_total;
            return;
        }
        const auto it = m_pages.constFind(search.lo);
        if (it == m_pages.constEnd())
            return;
        // The boundary is inside this page: its first matching row.
        qint64 row = qint64(search.lo) * m_pageSize + it->size();
        for (int i = 0; i < it->size(); ++i) {
            if (search.matches(it->at(i))) {
                row = qint64(search.lo) * m_pageSize + i;
                break;
            }
        }
        search.result = qMin(row, m_total);
    }
}

bool DateRangeBisection::checkOrder(int page, const QList<qint64> &times)
{
    for (int i = 1; i < times.size(); ++i) {
        if (times.at(i) > times.at(i - 1))
            return false;
    }
    if (times.isEmpty())
        return true;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->isEmpty() || it.key() == page)
            continue;
        // Every row of an earlier page is at least as new as every row of a later one.
        if (it.key() < page && it->constLast() < times.constFirst())
            return false;
        if (it.key() > page && it->constFirst() > times.constLast())
            return false;
    }
    return true;
}

void DateRangeBisection::supply(int page, const QList<qint64> &timesMs)
{
    if (m_unordered || page < 0 || page >= qMax(1, m_pageCount))
        return;
    if (!checkOrder(page, timesMs)) {
        m_unordered = true;
        return;
    }
    m_pages.insert(page, timesMs);
    if (m_start.active)
        advance(m_start);
    if (m_end.active)
        advance(m_end);
}
