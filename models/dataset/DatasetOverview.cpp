#include "dataset/DatasetOverview.h"

#include "dataset/DatasetQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>

namespace
{
// Runs `select` over what `query` finds; the error text if it cannot.
std::variant<QSqlQuery, QString> run(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                     const QString &search, const QString &origin, const QString &columns,
                                     const QString &tail)
{
    auto built = DatasetQuery::build(def, query, search, origin);
    if (auto *problem = std::get_if<QString>(&built))
        return *problem;
    const DatasetSql &sql = std::get<DatasetSql>(built);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql.select(columns) + tail);
    for (const QVariant &v : sql.binds)
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError().text();
    return q;
}
} // namespace

namespace DatasetOverview
{
std::variant<QList<Facet>, QString> facets(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                           const QString &search, int top, const QString &origin)
{
    using Overview::isEnum;
    QList<Facet> out;
    for (const FilterSpec *spec : Overview::facetFilters(def)) {
        const FilterSpec &f = *spec;
        Query others = query;
        others.filters.remove(f.key);
        const QString tail =
            QStringLiteral(" AND records.%1 <> '' GROUP BY records.%1 ORDER BY 2 DESC, 1").arg(f.key)
            + (isEnum(f) ? QString() : QStringLiteral(" LIMIT %1").arg(qMax(1, top)));
        auto result =
            run(db, def, others, search, origin, QStringLiteral("records.%1, COUNT(*)").arg(f.key), tail);
        if (auto *problem = std::get_if<QString>(&result))
            return *problem;
        QSqlQuery &q = std::get<QSqlQuery>(result);
        Facet facet {f.key, {}, isEnum(f)};
        while (q.next())
            facet.values.append({q.value(0).toString(), q.value(1).toLongLong()});
        if (!facet.complete && facet.values.size() < top)
            facet.complete = true; // every value there is
        out.append(facet);
    }
    return out;
}

std::variant<Histogram, QString> histogram(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                           const QString &search, const Overview::HistogramRequest &request,
                                           const QString &origin)
{
    Histogram out;
    out.stackKey = Overview::stackKey(def);
    // The range: the query's, else the first and last record found (0: no readable time).
    std::optional<qint64> from = Overview::bound(query, Query::From);
    std::optional<qint64> to = Overview::bound(query, Query::To);
    const auto extreme = [&](const char *fn) -> std::variant<std::optional<qint64>, QString> {
        // One aggregate per statement, so that SQLite reads it off the ts index.
        auto result =
            run(db, def, query, search, origin, QStringLiteral("%1(records.ts)").arg(QLatin1String(fn)),
                QStringLiteral(" AND records.ts <> 0"));
        if (auto *problem = std::get_if<QString>(&result))
            return *problem;
        QSqlQuery &q = std::get<QSqlQuery>(result);
        if (!q.next() || q.value(0).isNull())
            return std::optional<qint64>();
        return std::optional<qint64>(q.value(0).toLongLong());
    };
    for (auto [side, fn] : {std::pair {&from, "MIN"}, std::pair {&to, "MAX"}}) {
        if (*side)
            continue;
        auto found = extreme(fn);
        if (auto *problem = std::get_if<QString>(&found))
            return *problem;
        *side = std::get<std::optional<qint64>>(found);
    }
    if (!from || !to || *to < *from) {
        out.step = request.step.value_or(TimeBuckets::Step {});
        return out; // nothing to count
    }
    const QList<qint64> edges = Overview::edges(request, *from, *to, &out.step);
    if (edges.size() < 2)
        return QCoreApplication::translate("DatasetOverview",
                                           "more than 100,000 buckets: choose a longer bucket");
    // Grouped by a unit that every local edge falls on (zone offsets are whole quarter
    // hours), then folded into the buckets, which may differ in length (months, DST).
    const qint64 stepMs = out.step.nominalMs();
    const qint64 unit = out.step.unit == TimeBuckets::Unit::Minute ? std::gcd(stepMs, qint64(15 * 60'000))
                                                                   : qint64(15 * 60'000);
    const QString stackColumn =
        out.stackKey.isEmpty() ? QStringLiteral("''") : QStringLiteral("records.") + out.stackKey;
    // Integer division rounds towards zero; before the epoch it must round down.
    const QString unitOf =
        QStringLiteral("((records.ts - (CASE WHEN records.ts < 0 THEN %1 - 1 ELSE 0 END)) / %1)").arg(unit);
    auto result =
        run(db, def, query, search, origin, QStringLiteral("%1, %2, COUNT(*)").arg(unitOf, stackColumn),
            QStringLiteral(" AND records.ts <> 0 AND records.ts >= %1 AND records.ts < %2 GROUP BY 1, 2")
                .arg(edges.first())
                .arg(edges.last()));
    if (auto *problem = std::get_if<QString>(&result))
        return *problem;
    for (qsizetype i = 0; i + 1 < edges.size(); ++i)
        out.buckets.append(Bucket {edges.at(i), edges.at(i + 1), 0, {}});
    QSqlQuery &q = std::get<QSqlQuery>(result);
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong() * unit;
        const auto i = std::upper_bound(edges.cbegin(), edges.cend(), at) - edges.cbegin() - 1;
        if (i < 0 || i >= out.buckets.size())
            continue;
        Bucket &b = out.buckets[i];
        const qint64 n = q.value(2).toLongLong();
        b.count += n;
        if (!out.stackKey.isEmpty())
            b.byStatus[q.value(1).toString()] += n;
    }
    return out;
}
} // namespace DatasetOverview
