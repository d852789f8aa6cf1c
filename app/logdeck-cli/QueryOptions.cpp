#include "QueryOptions.h"

#include "CliSupport.h"
#include "sources/SourceDefinition.h"
#include "sources/SourceRegistry.h"

#include <algorithm>

#include <QCoreApplication>

QueryOptions::QueryOptions()
    : m_sort(
        QStringLiteral("sort"),
        QCoreApplication::translate("cli", "Sort by a column, COLUMN[:asc|desc] (where the server can)."),
        QStringLiteral("column"))
{
    // One flag per filter of any registered source; where sources share a flag, its help
    // says what each of them means by it.
    struct Collected {
        QString key;
        QString valueName;
        QStringList helps;
    };
    QList<std::pair<QString, Collected>> flags;
    for (const SourceDefinition *def : SourceRegistry::instance().all()) {
        for (const FilterSpec &f : def->filters) {
            auto it = std::find_if(flags.begin(), flags.end(),
                                   [&f](const auto &e) { return e.first == f.cliFlag; });
            if (it == flags.end()) {
                flags.append(
                    {f.cliFlag,
                     {f.key, f.cliValueName.isEmpty() ? QStringLiteral("value") : f.cliValueName, {}}});
                it = flags.end() - 1;
            }
            const QString help = f.cliHelp ? QCoreApplication::translate("cli", f.cliHelp) : QString();
            if (!help.isEmpty() && !it->second.helps.contains(help))
                it->second.helps << help;
        }
    }
    for (const auto &[name, c] : std::as_const(flags))
        m_flags.append({QCommandLineOption(name, c.helps.join(QLatin1Char(' ')), c.valueName), c.key});
}

void QueryOptions::addTo(QCommandLineParser &parser) const
{
    for (const Flag &f : m_flags)
        parser.addOption(f.option);
    parser.addOption(m_sort);
}

std::optional<Query> QueryOptions::query(const QCommandLineParser &parser, SourceKind source,
                                         QString *error) const
{
    Query query;
    query.source = source;
    const SourceDefinition &def = SourceDefinitions::get(source);
    for (const Flag &f : m_flags) {
        if (!parser.isSet(f.option))
            continue;
        const FilterSpec *spec = def.filterSpec(f.key);
        if (!spec || spec->cliFlag != f.option.names().first()) {
            *error = QCoreApplication::translate("cli", "--%1 does not apply to %2")
                         .arg(f.option.names().first(), source.key());
            return std::nullopt;
        }
        query.setFilter(f.key, parser.value(f.option));
    }
    if (parser.isSet(m_sort)) {
        const QStringList parts = parser.value(m_sort).split(QLatin1Char(':'));
        const bool directionOk =
            parts.size() == 1 || (parts.size() == 2 && (parts.at(1) == u"asc" || parts.at(1) == u"desc"));
        if (!directionOk || !def.column(parts.first())) {
            *error = QCoreApplication::translate("cli", "--sort takes COLUMN[:asc|desc] with a column of %1")
                         .arg(source.key());
            return std::nullopt;
        }
        query.sort = Query::Sort {parts.first(), parts.size() == 1 || parts.at(1) == u"desc"};
    }
    return query;
}

int QueryOptions::onDataset(const QCommandLineParser &parser, const DatasetWork &work) const
{
    return CliSupport::withDataset(parser.positionalArguments().constFirst(),
                                   [&](QSqlDatabase &db, const DatasetInfo &info) {
                                       QString error;
                                       const auto q = query(parser, info.source, &error);
                                       if (!q)
                                           return CliSupport::fail(error);
                                       return work(db, SourceDefinitions::get(info.source), *q);
                                   });
}
