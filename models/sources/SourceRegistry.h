#pragma once

#include "sources/SourceDefinition.h"

#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// Every source LogDeck knows, each a complete SourceDefinition. The built-in ones
// (models/sources/*Source*.cpp) are registered on first use; a test or a later plug-in
// adds its own with add(). The sidebar, the filters, the CLI's flags and --source lists,
// the cache and the dataset schema all read the registry rather than naming a source.
class SourceRegistry
{
public:
    static SourceRegistry &instance();

    // Registers a definition, filling the filters' enum values from its enum tables.
    // A key that is already registered is replaced. Definitions stay where they are for
    // the life of the process: callers keep references.
    const SourceDefinition &add(SourceDefinition definition);

    const SourceDefinition *find(const QString &key) const;
    const SourceDefinition *find(SourceKind kind) const { return find(kind.key()); }
    // The definition of a registered kind; the first source for an unknown one.
    const SourceDefinition &get(SourceKind kind) const;
    // In the order registered (the sidebar's order).
    QList<const SourceDefinition *> all() const;
    QList<SourceKind> kinds() const;
    QStringList keys() const;
    // The source a new connection shows first; with an admin token, the first source
    // that needs one (all users' logs rather than one's own).
    SourceKind defaultKind(bool admin = false) const;
    std::optional<SourceKind> kindForKey(const QString &key) const;

    // Every filter key (dates aside) of every source, in first-seen order: the dataset
    // schema's filter columns.
    QStringList filterKeys() const;
    // Bumped by add(): caches derived from the registry (the schema's columns) rebuild.
    int generation() const { return m_generation; }

private:
    SourceRegistry();
    std::vector<std::unique_ptr<SourceDefinition>> m_definitions;
    int m_generation = 0;
};

// Registration of the built-in families, one file each, and what they share.
namespace BuiltinSources
{
// The send channels (sms, email, push), as the communication logs and the notification
// audit events both carry them.
EnumTable channels();
// The from/to filters: `param` on the wire in `format`, or found by bisection when
// `param` is empty.
QList<FilterSpec> dateFilters(const QString &fromParam, const QString &toParam,
                              FilterSpec::Format format = FilterSpec::Format::Rfc3339);

void addCommunicationLogs(SourceRegistry &registry);
void addNotificationAudit(SourceRegistry &registry);
void addApiLogs(SourceRegistry &registry);
void addMfaAudit(SourceRegistry &registry);
} // namespace BuiltinSources
