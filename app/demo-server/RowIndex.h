#pragma once

#include <QtGlobal>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

// Indexes over a store's rows, so that a page of a million-record list costs a binary
// search and a slice, not a scan of every record.
namespace RowIndex
{
using Rows = std::vector<quint32>;

// For each value of a small field, the rows of `order` with that value, in that order.
template<class ValueOf>
std::vector<Rows> postings(const Rows &order, int values, ValueOf valueOf)
{
    std::vector<Rows> lists(size_t(qMax(0, values)));
    for (quint32 row : order)
        lists[size_t(valueOf(row))].push_back(row);
    return lists;
}

// Where the rows with a time in [min, max] lie in `list`, whose times ascend (or
// descend, newest first).
template<class TimeOf>
std::pair<size_t, size_t> timeRange(const Rows &list, TimeOf timeOf, std::optional<qint64> min,
                                    std::optional<qint64> max, bool descending = false)
{
    size_t first = 0, last = list.size();
    const auto before = [&](quint32 row, qint64 t) {
        return descending ? timeOf(row) > t : timeOf(row) < t;
    };
    const auto after = [&](qint64 t, quint32 row) {
        return descending ? t > timeOf(row) : t < timeOf(row);
    };
    if (descending) {
        if (max)
            first = size_t(std::lower_bound(list.begin(), list.end(), *max, before) - list.begin());
        if (min)
            last = size_t(std::upper_bound(list.begin(), list.end(), *min, after) - list.begin());
    } else {
        if (min)
            first = size_t(std::lower_bound(list.begin(), list.end(), *min, before) - list.begin());
        if (max)
            last = size_t(std::upper_bound(list.begin(), list.end(), *max, after) - list.begin());
    }
    return {first, qMax(first, last)};
}

// The rows list[first, last) that `keep` lets through, in list order or reversed: how
// many there are, and those at [offset, offset + limit). `keep` is given the position in
// `list`, so that it may read arrays kept parallel to it (sequential memory, not the
// rows' own scattered records).
struct Page {
    int total = 0;
    Rows rows;
};
template<class Keep>
Page page(const Rows &list, size_t first, size_t last, bool reversed, int offset, int limit, Keep keep)
{
    Page out;
    for (size_t k = 0; k < last - first; ++k) {
        const size_t at = reversed ? last - 1 - k : first + k;
        if (!keep(at))
            continue;
        const quint32 row = list[at];
        if (out.total >= offset && out.total < offset + limit)
            out.rows.push_back(row);
        ++out.total;
    }
    return out;
}
// …when every row of the range is kept: a slice.
inline Page slice(const Rows &list, size_t first, size_t last, bool reversed, int offset, int limit)
{
    Page out;
    out.total = int(last - first);
    for (qint64 k = qMax(0, offset); k < qMin<qint64>(out.total, qint64(offset) + limit); ++k)
        out.rows.push_back(list[reversed ? last - 1 - size_t(k) : first + size_t(k)]);
    return out;
}
} // namespace RowIndex
