#include "QueryOptions.h"

#include "sources/SourceDefinition.h"

#include <QCoreApplication>

namespace
{
} // namespace

QueryOptions::QueryOptions()
    : m_sort(
        QStringLiteral("sort"),
        QCoreApplication::translate("cli", "Sort by a column, COLUMN[:asc|desc] (where the server can)."),
        QStringLiteral("column"))
{
    auto flag = [this](const char *name, const char *key, const char *help, const char *value) {
        m_flags.append({QCommandLineOption(QLatin1String(name), QCoreApplication::translate("cli", help),
                                           QLatin1String(value)),
                        QLatin1String(key)});
    };
    flag("channel", Query::Channel, QT_TRANSLATE_NOOP("cli", "Send channel: sms, email or push."), "channel");
    flag("status", Query::Status,
         QT_TRANSLATE_NOOP("cli", "Send status, or API log status (name or number)."), "status");
    flag("user-id", Query::UserId, QT_TRANSLATE_NOOP("cli", "User ID."), "id");
    flag("event-type", Query::EventType,
         QT_TRANSLATE_NOOP("cli", "Audit event type, such as NOTIFICATION_SENT."), "type");
    flag("email", Query::Email, QT_TRANSLATE_NOOP("cli", "Email address (exact)."), "email");
    flag("username", Query::Username, QT_TRANSLATE_NOOP("cli", "Username (exact)."), "name");
    flag("action", Query::Action, QT_TRANSLATE_NOOP("cli", "MFA action, such as mfa_totp.enabled."),
         "action");
    flag("target-type", Query::TargetType, QT_TRANSLATE_NOOP("cli", "MFA target type, such as mfa_totp."),
         "type");
    flag("operator-id", Query::OperatorId, QT_TRANSLATE_NOOP("cli", "Operator ID."), "id");
    flag("from", Query::From, QT_TRANSLATE_NOOP("cli", "Start of the time range (RFC 3339, inclusive)."),
         "time");
    flag("to", Query::To, QT_TRANSLATE_NOOP("cli", "End of the time range (RFC 3339, inclusive)."), "time");
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
        if (!def.filterSpec(f.key)) {
            *error = QCoreApplication::translate("cli", "--%1 does not apply to %2")
                         .arg(f.option.names().first(), SourceKinds::key(source));
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
                         .arg(SourceKinds::key(source));
            return std::nullopt;
        }
        query.sort = Query::Sort {parts.first(), parts.size() == 1 || parts.at(1) == u"desc"};
    }
    return query;
}
