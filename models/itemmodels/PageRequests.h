#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// A table's pages in flight and what their answers said: each page's ticket and when it
// was asked for, the pages an offline cache lacks, and the rows short pages left out.
// The counts start over with each query (reset); tickets are cancelled by the caller,
// who knows the page source.
class PageRequests
{
public:
    void reset(); // a new query: nothing pending, counts from zero

    // `askedAtMs`: when, on the caller's clock (unset: not timed, e.g. from the cache).
    void add(int page, quint64 ticket, std::optional<qint64> askedAtMs);
    // Whether this is the answer waited for (not an old query's, not one cancelled
    // since); if so the page is no longer pending.
    bool take(int page, quint64 ticket, qint64 nowMs);
    bool contains(int page) const { return m_pending.contains(page); }
    bool isEmpty() const { return m_pending.isEmpty(); }
    int size() const { return int(m_pending.size()); }
    QList<int> pages() const { return m_pending.keys(); }
    // No longer wanted: the tickets to cancel.
    quint64 drop(int page); // counted as cancelled
    QList<quint64> dropAll();

    int requestCount() const { return m_requestCount; } // pages asked for since reset
    int cancelledCount() const { return m_cancelledCount; }
    int lastResponseMs() const { return m_lastResponseMs; } // -1 before the first answer

    void markNotCached(int page) { m_notCached.insert(page); }
    bool isNotCached(int page) const { return m_notCached.contains(page); }
    void clearNotCached() { m_notCached.clear(); }

    // An answer held `count` rows where the server's total promised `promised`.
    void noteRows(int page, qint64 count, qint64 promised);
    qint64 missingRowCount() const; // rows promised that pages did not hold

private:
    QHash<int, quint64> m_pending; // page → its fetch's ticket
    QHash<int, qint64> m_askedAt; // page → ms
    QSet<int> m_notCached;
    QHash<int, int> m_shortPages; // page → rows it lacked
    int m_requestCount = 0;
    int m_cancelledCount = 0;
    int m_lastResponseMs = -1;
};
