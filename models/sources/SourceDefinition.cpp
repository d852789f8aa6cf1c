#include "sources/SourceDefinition.h"

#include "sources/SourceRegistry.h"

#include "core/Timestamp.h"

#include <QCoreApplication>

namespace
{
using F = FilterSpec::Format;

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString joinPath(const QUrl &base, const QString &path)
{
    QString joined = base.path();
    while (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    return joined + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
}

// The value as the server wants it, or nullopt with a problem.
std::optional<QString> wireValue(const FilterSpec &spec, const QString &value, RequestProblem *problem)
{
    auto fail = [&](const QString &message) -> std::optional<QString> {
        if (problem)
            *problem = {spec.key, message};
        return std::nullopt;
    };
    switch (spec.format) {
    case F::Text:
        return value;
    case F::Enum:
        if (!spec.values.contains(value))
            return fail(QCoreApplication::translate("SourceDefinition", "“%1” is not a valid value for %2")
                            .arg(value, spec.key));
        return value;
    case F::EnumNumber: {
        for (qsizetype i = 0; i < spec.values.size(); ++i) {
            if (value.compare(spec.values.at(i), Qt::CaseInsensitive) == 0
                || value == QString::number(spec.numbers.at(i)))
                return QString::number(spec.numbers.at(i));
        }
        return fail(QCoreApplication::translate("SourceDefinition", "“%1” is not a valid value for %2")
                        .arg(value, spec.key));
    }
    case F::Rfc3339:
    case F::DateYmd: {
        const auto instant = Timestamp::parse(value);
        if (!instant)
            return fail(
                QCoreApplication::translate("SourceDefinition", "“%1” is not a date and time").arg(value));
        return spec.format == F::Rfc3339 ? Timestamp::toRfc3339(*instant)
                                         : instant->toUTC().date().toString(QStringLiteral("yyyy-MM-dd"));
    }
    }
    return value;
}
} // namespace

const FilterSpec *SourceDefinition::filterSpec(const QString &key) const
{
    for (const FilterSpec &f : filters) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const ColumnSpec *SourceDefinition::column(const QString &key) const
{
    for (const ColumnSpec &c : columns) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

bool SourceDefinition::canSortRemotely(const QString &columnKey) const
{
    const ColumnSpec *c = column(columnKey);
    return sortStyle != SortStyle::None && c && !c->serverSortField.isEmpty();
}

const EnumTable *SourceDefinition::enumTable(const QString &field) const
{
    if (field.isEmpty())
        return nullptr;
    const auto it = enums.constFind(field);
    return it == enums.constEnd() ? nullptr : &it.value();
}

const SourceDefinition &SourceDefinitions::get(SourceKind kind)
{
    return SourceRegistry::instance().get(kind);
}

std::optional<QUrl> SourceDefinitions::pageUrl(const SourceDefinition &def, const QUrl &baseUrl,
                                               const Query &query, int pageIndex, const QString &pathOverride,
                                               RequestProblem *problem)
{
    const int size = qBound(1, query.pageSize, def.maxPageSize);
    QStringList items;
    auto add = [&items](const QString &name, const QString &value) {
        items << encoded(name) + QLatin1Char('=') + encoded(value);
    };

    switch (def.pageStyle) {
    case PageStyle::OneBasedPage:
        add(def.pageParam, QString::number(pageIndex + 1));
        break;
    case PageStyle::ZeroBasedPage:
        add(def.pageParam, QString::number(pageIndex));
        break;
    case PageStyle::SkipMax:
        add(def.pageParam, QString::number(qint64(pageIndex) * size));
        break;
    }
    add(def.pageSizeParam, QString::number(size));

    // Filters in the definition's order, so the URL (and the cache key) is stable.
    for (const FilterSpec &spec : def.filters) {
        const QString value = query.filter(spec.key);
        if (value.isEmpty() || spec.appliedBy != FilterSpec::AppliedBy::Server)
            continue;
        const auto wire = wireValue(spec, value, problem);
        if (!wire)
            return std::nullopt;
        add(spec.param, *wire);
    }
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        if (!def.filterSpec(it.key())) {
            if (problem)
                *problem = {
                    it.key(),
                    QCoreApplication::translate("SourceDefinition", "This source cannot be filtered by %1")
                        .arg(it.key())};
            return std::nullopt;
        }
    }

    const Query::Sort sort = query.sort.value_or(def.defaultSort);
    if (query.sort && !(sort == def.defaultSort) && !def.canSortRemotely(sort.column)) {
        if (problem)
            *problem = {{},
                        QCoreApplication::translate("SourceDefinition", "The server cannot sort by %1")
                            .arg(sort.column)};
        return std::nullopt;
    }
    if (def.sortStyle == SortStyle::SpringSortBy) {
        // Required by the API even for the default order.
        const ColumnSpec *c = def.column(sort.column);
        add(QStringLiteral("sortBy"), c ? c->serverSortField : QStringLiteral("timestamp"));
        add(QStringLiteral("sortDirection"),
            sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    } else if (def.sortStyle == SortStyle::AbpSorting && query.sort) {
        const ColumnSpec *c = def.column(sort.column);
        add(QStringLiteral("Sorting"),
            c->serverSortField + (sort.descending ? QStringLiteral(" desc") : QStringLiteral(" asc")));
    }

    QUrl url = baseUrl;
    url.setPath(joinPath(baseUrl, pathOverride.isEmpty() ? def.path : pathOverride));
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    url.setFragment({});
    return url;
}

QUrl SourceDefinitions::detailUrl(const SourceDefinition &def, const QUrl &baseUrl, const QString &id,
                                  const QString &pathOverride)
{
    if (def.detailPath.isEmpty())
        return {};
    QString path = pathOverride.isEmpty() ? def.detailPath : pathOverride;
    path.replace(QStringLiteral("{id}"), encoded(id));
    QUrl url = baseUrl;
    url.setPath(joinPath(baseUrl, path), QUrl::StrictMode);
    url.setQuery(QString());
    return url;
}
