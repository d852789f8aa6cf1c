#include "itemmodels/DateRangeResolver.h"

#include "net/DateRangeBisection.h"

DateRangeResolver::DateRangeResolver() = default;
DateRangeResolver::~DateRangeResolver() = default;

std::optional<QString> DateRangeResolver::reset(const SourceDefinition &def, const Query &query)
{
    m_range = {};
    m_bisecting = false;
    m_bisection.reset();
    m_firstRow = m_endRow = 0;
    m_local = false;
    m_localFound = 0;
    m_localNextPage = 0;
    m_localTarget = 0;
    m_timeField = def.timeField;
    const auto range = ClientDateRange::of(def, query);
    if (const auto *why = std::get_if<QString>(&range))
        return *why;
    m_range = std::get<ClientDateRange>(range);
    m_bisecting = m_range.isSet();
    return std::nullopt;
}

void DateRangeResolver::supply(int page, const QList<QJsonObject> &records, qint64 serverTotal, int pageSize)
{
    if (!m_bisecting)
        return;
    if (!m_bisection)
        m_bisection =
            std::make_unique<DateRangeBisection>(serverTotal, pageSize, m_range.fromMs, m_range.toMs);
    m_bisection->supply(page, ClientDateRange::times(records, m_timeField));
}

QList<int> DateRangeResolver::advance(const LoadedPage &loaded)
{
    if (!m_bisecting || !m_bisection)
        return {};
    while (!m_bisection->isDone()) {
        QList<int> missing;
        for (int page : m_bisection->neededPages()) {
            if (const auto records = loaded(page))
                m_bisection->supply(page, ClientDateRange::times(*records, m_timeField));
            else
                missing.append(page);
        }
        if (!missing.isEmpty())
            return missing;
    }
    m_bisecting = false;
    if (m_bisection->isUnordered()) {
        m_local = true;
        m_localTarget = LocalScreen;
    } else {
        m_firstRow = m_bisection->firstRow();
        m_endRow = qMax(m_firstRow, m_bisection->endRow());
    }
    m_bisection.reset();
    return {};
}

std::optional<int> DateRangeResolver::nextLocalPage(std::optional<qint64> serverTotal, int pageSize) const
{
    if (!m_local || m_localFound >= m_localTarget || localReachedEnd(serverTotal, pageSize))
        return std::nullopt;
    return m_localNextPage;
}

bool DateRangeResolver::localReachedEnd(std::optional<qint64> serverTotal, int pageSize) const
{
    const int pages = serverTotal ? int((*serverTotal + pageSize - 1) / pageSize) : INT_MAX;
    return m_localNextPage >= pages;
}

QList<QJsonObject> DateRangeResolver::matches(const QList<QJsonObject> &records) const
{
    QList<QJsonObject> inside;
    const QList<qint64> times = ClientDateRange::times(records, m_timeField);
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (m_range.contains(times.at(i)))
            inside.append(records.at(i));
    }
    return inside;
}

void DateRangeResolver::acceptLocalPage(qsizetype matched)
{
    m_localFound += matched;
    ++m_localNextPage;
}
