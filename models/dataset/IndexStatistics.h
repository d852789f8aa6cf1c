#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <string>
#include <unordered_set>

// The query planner's statistics (sqlite_stat1) for a dataset's indexes, counted while
// its records pass by on their way to the writer. ANALYZE read every index again after
// the load, a tenth of an import; from a sample it told the planner that every channel
// held 201 records, so a filter on status looked as narrow as one on a user.
class IndexStatistics
{
public:
    // `columns`: the filter columns, as a record's values list them; `indexed`: those
    // the dataset has an index on, records_<column>.
    IndexStatistics(const QStringList &columns, const QStringList &indexed);

    // One record's values, parallel to `columns` (a null value is NULL).
    void add(const QList<QByteArray> &values);

    // The statements that write the statistics, for `count` records: sqlite_stat1 made
    // (by analysing the small meta table) and a row for each index. Each reader's
    // connection reads them when it opens the file.
    QStringList statements(qint64 count) const;

    // Values past this many distinct ones are not told apart: the column is then taken to
    // be as narrow as that, which is all the planner needs to prefer it.
    static constexpr int MaxDistinct = 100000;

private:
    QStringList m_indexed;
    QList<qsizetype> m_positions; // of the indexed columns among a record's values
    // Parallel to m_indexed. The standard library's hash: Qt's for QByteArray took a
    // quarter of the parsing thread's time on a million records.
    QList<std::unordered_set<std::string>> m_distinct;
};
