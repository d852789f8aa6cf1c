#include "dataset/DatasetOverview.h"

#include "dataset/DatasetQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace
{
bool isEnum(const FilterSpec &f)
{
    return f.format == FilterSpec::Format::Enum || f.format == FilterSpec::Format::EnumNumber;
}

bool isDate(const FilterSpec &f)
{
    return f.format == FilterSpec::Format::Rfc3339 || f.format == FilterSpec::Format::DateYmd;
}

// Runs `select` over what `query` finds; the error text if it cannot.
std::variant<QSqlQuery, QString> run(QSqlDatabase &db, const SourceDefinition &def, const Query &query,
                                     const QString &search, const QString &columns, const QString &tail)
{
    auto built = DatasetQuery::build(def, query, search);
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
                                           const QString &search, int top)
{
    QList<Facet> out;
    for (const FilterSpec &f : def.filters) {
        if (isDate(f))
            continue;
        Query others = query;
        others.filters.remove(f.key);
        const QString tail =
            QStringLiteral(" AND records.%1 <> '' GROUP BY records.%1 ORDER BY 2 DESC, 1").arg(f.key)
            + (isEnum(f) ? QString() : QStringLiteral(" LIMIT %1").arg(qMax(1, top)));
        auto result = run(db, def, others, search, QStringLiteral("records.%1, COUNT(*)").arg(f.key), tail);
        if (auto *problem = std::get_if<QString>(&result))
            return *problem;
        QSqlQuery &q = std::get<QSqlQuery>(result);
        Facet facet {f.key, {}};
        while (q.next())
            facet.values.append({q.value(0).toString(), q.value(1).toLongLong()});
        out.append(facet);
    }
    return out;
}

QString stackKey(const SourceDefinition &def)
{
    QString first;
    for (const FilterSpec &f : def.filters) {
        if (!isEnum(f))
            continue;
        if (f.key == QLatin1String(Query::Status))
            return f.key;
        if (first.isEmpty())
            first = f.key;
    }
    return first;
}

std::variant<QList<Bucket>, QString> histogram(QSqlDatabase &db, const SourceDefinition &def,
                                               const Query &query, const QString &search, qint64 bucketMs)
{
    if (bucketMs <= 0)
        return QCoreApplication::translate("DatasetOverview", "the bucket must be longer than nothing");
    const QString stack = stackKey(def);
    const QString stackColumn = stack.isEmpty() ? QStringLiteral("''") : QStringLiteral("records.") + stack;
    // Integer division rounds towards zero; before the epoch it must round down.
    const QString bucketOf =
        QStringLiteral("((records.ts - (CASE WHEN records.ts < 0 THEN %1 - 1 ELSE 0 END)) / %1)")
            .arg(bucketMs);
    auto result = run(db, def, query, search, QStringLiteral("%1, %2, COUNT(*)").arg(bucketOf, stackColumn),
                      QStringLiteral(" AND records.ts <> 0 GROUP BY 1, 2 ORDER BY 1")); // 0: no readable time
    if (auto *problem = std::get_if<QString>(&result))
        return *problem;
    QSqlQuery &q = std::get<QSqlQuery>(result);
    QMap<qint64, Bucket> found;
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong();
        Bucket &b = found[index];
        b.startMs = index * bucketMs;
        b.endMs = b.startMs + bucketMs;
        b.count += q.value(2).toLongLong();
        if (!stack.isEmpty())
            b.byStatus[q.value(1).toString()] += q.value(2).toLongLong();
    }
    // The range asked for, or else the records found, with the empty buckets between.
    std::optional<qint64> first, last;
    if (!found.isEmpty()) {
        first = found.firstKey();
        last = found.lastKey();
    }
    const auto bound = [&](const char *key) -> std::optional<qint64> {
        const QString value = query.filter(QLatin1String(key));
        const auto ms =
            value.isEmpty() ? std::nullopt : DatasetQuery::instant(value, qstrcmp(key, Query::To) == 0);
        if (!ms)
            return std::nullopt;
        return *ms >= 0 ? *ms / bucketMs : (*ms - bucketMs + 1) / bucketMs;
    };
    if (const auto from = bound(Query::From))
        first = first ? qMin(*first, *from) : *from;
    if (const auto to = bound(Query::To))
        last = last ? qMax(*last, *to) : *to;
    QList<Bucket> out;
    if (!first || !last)
        return out;
    if (*last - *first > 100000)
        return QCoreApplication::translate("DatasetOverview",
                                           "more than 100,000 buckets: choose a longer bucket");
    for (qint64 i = *first; i <= *last; ++i) {
        Bucket b = found.value(i);
        b.startMs = i * bucketMs;
        b.endMs = b.startMs + bucketMs;
        out.append(b);
    }
    return out;
}

std::optional<qint64> parseBucket(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,6})([smhdw])$"));
    const auto m = form.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    static const QMap<QChar, qint64> unit {
        {u's', 1000}, {u'm', 60'000}, {u'h', 3'600'000}, {u'd', 86'400'000}, {u'w', 7 * 86'400'000LL}};
    if (n <= 0)
        return std::nullopt;
    return n * unit.value(m.captured(2).at(0));
}
} // namespace DatasetOverview
