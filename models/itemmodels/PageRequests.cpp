#include "itemmodels/PageRequests.h"

void PageRequests::reset()
{
    m_pending.clear();
    m_askedAt.clear();
    m_notCached.clear();
    m_shortPages.clear();
    m_requestCount = 0;
    m_cancelledCount = 0;
}

void PageRequests::add(int page, quint64 ticket, std::optional<qint64> askedAtMs)
{
    m_pending.insert(page, ticket);
    if (askedAtMs)
        m_askedAt.insert(page, *askedAtMs);
    else
        m_askedAt.remove(page);
    ++m_requestCount;
}

bool PageRequests::take(int page, quint64 ticket, qint64 nowMs)
{
    const auto it = m_pending.constFind(page);
    if (it == m_pending.cend() || *it != ticket)
        return false;
    m_pending.erase(it);
    if (m_askedAt.contains(page))
        m_lastResponseMs = int(nowMs - m_askedAt.take(page));
    return true;
}

quint64 PageRequests::drop(int page)
{
    m_askedAt.remove(page);
    ++m_cancelledCount;
    return m_pending.take(page);
}

QList<quint64> PageRequests::dropAll()
{
    m_askedAt.clear();
    return std::exchange(m_pending, {}).values();
}

void PageRequests::noteRows(int page, qint64 count, qint64 promised)
{
    if (count < promised)
        m_shortPages.insert(page, int(promised - count));
    else
        m_shortPages.remove(page);
}

qint64 PageRequests::missingRowCount() const
{
    qint64 missing = 0;
    for (int n : m_shortPages)
        missing += n;
    return missing;
}
