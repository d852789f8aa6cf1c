#include "sources/SourceRegistry.h"

SourceRegistry &SourceRegistry::instance()
{
    static SourceRegistry registry;
    return registry;
}

SourceRegistry::SourceRegistry()
{
    BuiltinSources::addCommunicationLogs(*this);
    BuiltinSources::addNotificationAudit(*this);
    BuiltinSources::addApiLogs(*this);
    BuiltinSources::addMfaAudit(*this);
}

const SourceDefinition &SourceRegistry::add(SourceDefinition definition)
{
    Q_ASSERT(!definition.kind.isNull());
    for (FilterSpec &f : definition.filters) {
        if (f.cliFlag.isEmpty())
            f.cliFlag = QString(f.key).replace(QLatin1Char('_'), QLatin1Char('-'));
        if (const EnumTable *table = definition.enumTable(f.enumField)) {
            f.values = table->names();
            f.numbers = table->numbers();
        }
    }
    ++m_generation;
    for (auto &existing : m_definitions) {
        if (existing->kind == definition.kind) {
            *existing = std::move(definition);
            return *existing;
        }
    }
    m_definitions.push_back(std::make_unique<SourceDefinition>(std::move(definition)));
    return *m_definitions.back();
}

const SourceDefinition *SourceRegistry::find(const QString &key) const
{
    for (const auto &d : m_definitions) {
        if (d->kind.key() == key)
            return d.get();
    }
    return nullptr;
}

const SourceDefinition &SourceRegistry::get(SourceKind kind) const
{
    const SourceDefinition *d = find(kind);
    return d ? *d : *m_definitions.front();
}

QList<const SourceDefinition *> SourceRegistry::all() const
{
    QList<const SourceDefinition *> list;
    for (const auto &d : m_definitions)
        list << d.get();
    return list;
}

QList<SourceKind> SourceRegistry::kinds() const
{
    QList<SourceKind> list;
    for (const auto &d : m_definitions)
        list << d->kind;
    return list;
}

QStringList SourceRegistry::keys() const
{
    QStringList list;
    for (const auto &d : m_definitions)
        list << d->kind.key();
    return list;
}

SourceKind SourceRegistry::defaultKind(bool admin) const
{
    for (const auto &d : m_definitions) {
        if (d->adminOnly == admin)
            return d->kind;
    }
    return m_definitions.front()->kind;
}

std::optional<SourceKind> SourceRegistry::kindForKey(const QString &key) const
{
    if (const SourceDefinition *d = find(key))
        return d->kind;
    return std::nullopt;
}

QStringList SourceRegistry::filterKeys() const
{
    QStringList keys;
    for (const auto &d : m_definitions) {
        for (const FilterSpec &f : d->filters) {
            const bool date =
                f.format == FilterSpec::Format::Rfc3339 || f.format == FilterSpec::Format::DateYmd;
            if (!date && !keys.contains(f.key))
                keys << f.key;
        }
    }
    return keys;
}

EnumTable BuiltinSources::channels()
{
    return {"Channel",
            {{QStringLiteral("sms"), {}, QT_TRANSLATE_NOOP("Channel", "SMS"), Outcome::None},
             {QStringLiteral("email"), {}, QT_TRANSLATE_NOOP("Channel", "Email"), Outcome::None},
             {QStringLiteral("push"), {}, QT_TRANSLATE_NOOP("Channel", "Push"), Outcome::None}},
            Outcome::None};
}

QList<FilterSpec> BuiltinSources::dateFilters(const QString &fromParam, const QString &toParam,
                                              FilterSpec::Format format)
{
    const auto by = fromParam.isEmpty() ? FilterSpec::AppliedBy::ClientBisect : FilterSpec::AppliedBy::Server;
    FilterSpec from {QLatin1String(Query::From), fromParam, format, by};
    from.cliHelp = QT_TRANSLATE_NOOP("cli", "Start of the time range (RFC 3339, inclusive).");
    from.cliValueName = QStringLiteral("time");
    FilterSpec to {QLatin1String(Query::To), toParam, format, by};
    to.cliHelp = QT_TRANSLATE_NOOP("cli", "End of the time range (RFC 3339, inclusive).");
    to.cliValueName = QStringLiteral("time");
    return {from, to};
}
