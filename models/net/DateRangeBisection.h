#pragma once

#include <QHash>
#include <QList>

#include <optional>

// Finds the block of rows inside [from, to] in a list sorted newest first, by bisecting
// over its pages (CONTRACTS.md: comm-* have no date parameters). Knows nothing of the
// network: it says which pages it needs, is given their timestamps, and ends with the
// first row inside the range and the first row after it, about log2(pages) pages per
// boundary. Exact also when equal timestamps straddle a page edge, because it bisects on
// rows ("first row with time ≤ to"), not on pages. Every page it sees is checked for the
// order it relies on; if the list turns out not to be sorted, it stops and says so.
class DateRangeBisection
{
public:
    DateRangeBisection(qint64 total, int pageSize, std::optional<qint64> fromMs, std::optional<qint64> toMs);

    // The pages it waits for (none when done).
    QList<int> neededPages() const;
    // The record times (ms since the epoch) of one page, in list order.
    void supply(int page, const QList<qint64> &timesMs);

    bool isDone() const;
    bool isUnordered() const { return m_unordered; }
    qint64 firstRow() const { return m_start.result; } // valid when done
    qint64 endRow() const { return m_end.result; } // one past the last row inside
    int pagesSupplied() const { return int(m_pages.size()); }

private:
    struct Search {
        bool active = false; // false: the boundary is fixed (no bound on this side)
        qint64 bound = 0;
        bool strict = false; // true: "time < bound"; false: "time ≤ bound"
        int lo = 0, hi = 0; // page range still in question
        qint64 result = -1;
        bool matches(qint64 t) const { return strict ? t < bound : t <= bound; }
    };
    void advance(Search &search);
    std::optional<int> nextPage(const Search &search) const;
    bool checkOrder(int page, const QList<qint64> &times);

    qint64 m_total;
    int m_pageSize;
    int m_pageCount;
    QHash<int, QList<qint64>> m_pages;
    Search m_start; // first row with time ≤ to
    Search m_end; // first row with time < from
    bool m_unordered = false;
};
