#include "dataset/DatasetQuery.h"

#include "dataset/SearchIndexBuilder.h"

#include "core/Timestamp.h"
#include "net/PageCodec.h"
#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace
{
const QString kMatchClause =
    QStringLiteral(" AND records.rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)");
}

DatasetSql DatasetSql::matchedFrom(const QString &table, bool scan) const
{
    Q_ASSERT(!match.isEmpty() && where.endsWith(kMatchClause));
    DatasetSql sql = *this;
    sql.where.chop(kMatchClause.size());
    // The unary + keeps the planner from driving the query by the table's rowids.
    sql.where +=
        QStringLiteral(" AND %1records.rowid IN %2").arg(scan ? QStringLiteral("+") : QString(), table);
    sql.binds.removeLast();
    sql.match.clear();
    return sql;
}

namespace DatasetQuery
{
// An instant, or a whole day (YYYY-MM-DD: from its start, to its end).
std::optional<qint64> instant(const QString &text, bool endOfDay)
{
    if (const auto ms = Timestamp::parseMsecs(text))
        return ms;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    const QDateTime start(date, QTime(0, 0), Qt::UTC);
    return endOfDay ? start.addDays(1).toMSecsSinceEpoch() - 1 : start.toMSecsSinceEpoch();
}

QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

std::variant<DatasetSql, QString> build(const SourceDefinition &def, const Query &query,
                                        const QString &search, const QString &origin, bool searchIndexed)
{
    DatasetSql sql;
    QStringList where = {QStringLiteral("records.origin = COALESCE(?, '')"),
                         QStringLiteral("records.source = ?")};
    sql.binds << origin << def.kind.key();
    const QStringList columns = RecordSchema::filterColumns();
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        const QString &key = it.key();
        QString value = it.value().trimmed();
        if (value.isEmpty())
            continue;
        if (key == QLatin1String(Query::From) || key == QLatin1String(Query::To)) {
            const bool to = key == QLatin1String(Query::To);
            const auto ms = instant(value, to);
            if (!ms)
                return QCoreApplication::translate("DatasetQuery", "“%1” is not a date or a date and time")
                    .arg(value);
            where << (to ? QStringLiteral("records.ts <= ?") : QStringLiteral("records.ts >= ?"));
            sql.binds << *ms;
            continue;
        }
        if (!columns.contains(key))
            return QCoreApplication::translate("DatasetQuery", "unknown filter “%1”").arg(key);
        // "!value": every record but those with it (a facet's Ctrl+click).
        const bool excluded = value.size() > 1 && value.startsWith(u'!');
        if (excluded)
            value = value.mid(1);
        const FilterSpec *spec = def.filterSpec(key);
        const EnumTable *table = spec ? def.enumTable(spec->enumField) : nullptr;
        if (table && table->isNumbered()) {
            // Stored by name; accepted by name (any case) or number, like the server.
            const EnumValue *known = table->find(QJsonValue(value));
            if (!known)
                return QCoreApplication::translate("DatasetQuery", "unknown status “%1”").arg(value);
            value = known->raw;
        }
        where << (excluded ? QStringLiteral("records.%1 <> ?") : QStringLiteral("records.%1 = ?")).arg(key);
        sql.binds << value;
    }
    const QString text = search.trimmed();
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    if (text.size() >= 3) {
        sql.match = ftsPhrase(text);
        sql.scanPattern = pattern;
    } else if (!text.isEmpty()) {
        // Shorter than a trigram: a plain substring scan of the same text columns.
        QStringList likes;
        for (const QString &c : RecordSchema::textColumns())
            likes << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(c);
        const QString tables = searchIndexed ? QStringLiteral("records_fts")
                                             : QStringLiteral("(SELECT rowid, * FROM records_fts UNION ALL "
                                                              "SELECT * FROM %1)")
                                                   .arg(SearchIndexBuilder::unindexedText());
        where << QStringLiteral("records.rowid IN (SELECT rowid FROM %1 WHERE %2)")
                     .arg(tables, likes.join(QStringLiteral(" OR ")));
        for (qsizetype i = 0; i < RecordSchema::textColumns().size(); ++i)
            sql.binds << pattern;
    }
    sql.filtered = where.size() > 2;
    sql.where = where.join(QStringLiteral(" AND "));
    if (!sql.match.isEmpty()) {
        sql.where += kMatchClause;
        sql.binds << sql.match;
    }

    const Query::Sort sort = query.sort.value_or(def.defaultSort);
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString expression;
    sql.timeOrder = sort.column == def.timeField;
    if (sql.timeOrder)
        expression = QStringLiteral("records.ts");
    else if (identifier.match(sort.column).hasMatch())
        expression = QStringLiteral("json_extract(records.json, '$.%1')").arg(sort.column);
    else
        return QCoreApplication::translate("DatasetQuery", "cannot sort by “%1”").arg(sort.column);
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql.orderBy = expression + direction + QStringLiteral(", records.rowid") + direction;
    return sql;
}
} // namespace DatasetQuery
