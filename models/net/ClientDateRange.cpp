#include "net/ClientDateRange.h"

#include "core/Timestamp.h"

#include <QCoreApplication>

std::variant<ClientDateRange, QString> ClientDateRange::of(const SourceDefinition &def, const Query &query)
{
    ClientDateRange range;
    for (const char *key : {Query::From, Query::To}) {
        const FilterSpec *spec = def.filterSpec(QLatin1String(key));
        const QString value = query.filter(QLatin1String(key));
        if (!spec || spec->appliedBy != FilterSpec::AppliedBy::ClientBisect || value.isEmpty())
            continue;
        const auto ms = Timestamp::parseMsecs(value);
        if (!ms)
            return QCoreApplication::translate("ClientDateRange", "“%1” is not a date and time").arg(value);
        (qstrcmp(key, Query::From) == 0 ? range.fromMs : range.toMs) = ms;
    }
    return range;
}

QList<qint64> ClientDateRange::times(const QList<QJsonObject> &records, const QString &timeField)
{
    QList<qint64> out;
    out.reserve(records.size());
    for (const QJsonObject &r : records)
        out.append(Timestamp::parseMsecs(r.value(timeField).toString()).value_or(0));
    return out;
}
