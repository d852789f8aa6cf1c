#pragma once

#include "core/Query.h"
#include "net/ClientDateRange.h"
#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class DateRangeBisection;

// A query's date bounds that the API cannot apply (ClientDateRange), resolved against
// the server's newest-first list. First by bisection (DateRangeBisection): the range is
// then a block of the server's rows, [firstRow(), endRow()). If the list turns out not
// to be in order, it falls back to "local mode": pages are read from the top and the
// rows inside the range are picked out (matches()), a screenful more at a time.
//
// Knows nothing of the network or of the model: it is told the pages that arrive, and
// says which ones it needs.
class DateRangeResolver
{
public:
    // A page's records, if the page is in memory.
    using LoadedPage = std::function<std::optional<QList<QJsonObject>>(int page)>;
    static constexpr int LocalScreen = 50; // local mode grows by at least this many rows

    DateRangeResolver();
    ~DateRangeResolver();

    // Starts over for `query`: the translated reason when its bounds do not parse.
    std::optional<QString> reset(const SourceDefinition &def, const Query &query);
    bool isSet() const { return m_range.isSet(); }
    bool hasUpperBound() const { return bool(m_range.toMs); }
    // The range's rows are not known yet (nothing to show).
    bool isBisecting() const { return m_bisecting; }
    bool isLocal() const { return m_local; }
    // A page could not be read: the range will not be found.
    void abandon() { m_bisecting = false; }

    // Bisecting: a page's records as the server sent them.
    void supply(int page, const QList<QJsonObject> &records, qint64 serverTotal, int pageSize);
    // Bisects on as far as the pages in memory allow. Returns the pages it waits for that
    // are not in memory; when none remain, it is either resolved or local.
    QList<int> advance(const LoadedPage &loaded);
    qint64 firstRow() const { return m_firstRow; } // resolved: the block's first server row
    qint64 endRow() const { return m_endRow; } // one past its last

    // Local mode: the page to read next, until `wantMore` rows are found or the list ends.
    std::optional<int> nextLocalPage(std::optional<qint64> serverTotal, int pageSize) const;
    bool localReachedEnd(std::optional<qint64> serverTotal, int pageSize) const;
    // Of a page's records, those inside the range.
    QList<QJsonObject> matches(const QList<QJsonObject> &records) const;
    // The page nextLocalPage() named was read, and `matched` of its rows were inside.
    void acceptLocalPage(qsizetype matched);
    void wantMore() { m_localTarget = m_localFound + LocalScreen; }
    qsizetype localRowCount() const { return m_localFound; }

private:
    ClientDateRange m_range;
    QString m_timeField;
    bool m_bisecting = false;
    std::unique_ptr<DateRangeBisection> m_bisection;
    qint64 m_firstRow = 0, m_endRow = 0;
    bool m_local = false;
    qsizetype m_localFound = 0;
    int m_localNextPage = 0;
    qsizetype m_localTarget = 0;
};
