#include "dataset/IndexStatistics.h"

IndexStatistics::IndexStatistics(const QStringList &columns, const QStringList &indexed)
{
    for (const QString &c : indexed) {
        const qsizetype at = columns.indexOf(c);
        if (at < 0)
            continue;
        m_indexed << c;
        m_positions << at;
    }
    m_distinct.resize(m_indexed.size());
}

void IndexStatistics::add(const QList<QByteArray> &values)
{
    for (qsizetype i = 0; i < m_positions.size(); ++i) {
        std::unordered_set<std::string> &seen = m_distinct[i];
        if (seen.size() < MaxDistinct)
            seen.insert(values.value(m_positions.at(i)).toStdString());
    }
}

QStringList IndexStatistics::statements(qint64 count) const
{
    // "rows, then the rows per distinct value of each leading set of columns": every
    // index starts with the source (one per dataset) and ends with the time, taken as
    // telling records apart.
    const qint64 rows = qMax<qint64>(1, count);
    QStringList sql = {
        QStringLiteral("ANALYZE meta"), QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = 'records'"),
        QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('records', 'records_identity', '%1 1')").arg(rows),
        QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('records', 'records_source_ts', '%1 %1 %1 1')")
            .arg(rows)};
    for (qsizetype i = 0; i < m_indexed.size(); ++i) {
        const qint64 perValue = qMax<qint64>(1, rows / qMax<qint64>(1, qint64(m_distinct.at(i).size())));
        sql << QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('records', 'records_%1', '%2 %2 %3 1')")
                   .arg(m_indexed.at(i))
                   .arg(rows)
                   .arg(perValue);
    }
    return sql;
}
