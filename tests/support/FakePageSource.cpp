#include "FakePageSource.h"

#include <QDateTime>

FakePageSource::FakePageSource(QObject *parent)
    : PageSource(parent)
{ }

void FakePageSource::addRecords(int count)
{
    const QDateTime start(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < count; ++i, ++m_next) {
        m_records.prepend({{QStringLiteral("id"), QStringLiteral("r%1").arg(m_next)},
                           {QStringLiteral("created_at"), start.addSecs(60 * m_next).toString(Qt::ISODate)},
                           {QStringLiteral("channel"), QStringLiteral("sms")},
                           {QStringLiteral("status"), QStringLiteral("sent")}});
    }
}

QStringList FakePageSource::ids() const
{
    QStringList out;
    for (const QJsonObject &r : m_records)
        out << r.value(QStringLiteral("id")).toString();
    return out;
}

quint64 FakePageSource::fetch(int page, const Query &query, std::optional<ApiError> *)
{
    ++fetched;
    const quint64 ticket = m_nextTicket++;
    m_waiting.append({ticket, page, query});
    return ticket;
}

void FakePageSource::cancel(quint64 ticket)
{
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).ticket == ticket) {
            m_waiting.removeAt(i);
            ++cancelled;
            return;
        }
    }
}

Page FakePageSource::pageFor(const Fetch &f) const
{
    const int size = maxPageSize > 0 ? qMin(maxPageSize, f.query.pageSize) : f.query.pageSize;
    Page page;
    const qint64 first = qint64(f.page) * size;
    for (qint64 i = first; i < qMin<qint64>(first + size, m_records.size()); ++i)
        page.records << m_records.at(i);
    if (reportsTotal)
        page.total = m_records.size();
    page.pageSize = size;
    return page;
}

int FakePageSource::answer(bool reverse)
{
    QList<Fetch> now = std::exchange(m_waiting, {});
    if (reverse)
        std::reverse(now.begin(), now.end());
    for (const Fetch &f : std::as_const(now))
        emit loaded(f.ticket, f.page, pageFor(f), Origin {false, {}, {}});
    return int(now.size());
}
