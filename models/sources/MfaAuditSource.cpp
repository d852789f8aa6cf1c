// The MFA configuration audit logs (GET /admin/mfa/config-audit-logs): envelope A,
// dates as YYYY-MM-DD parameters.
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include "core/Timestamp.h"

namespace
{
using F = FilterSpec::Format;
using A = FilterSpec::AppliedBy;
using O = Outcome;

// The actions the documents name; the filter stays free text (deployments add more).
EnumTable actions()
{
    return {
        "MfaAction",
        {
            {QStringLiteral("mfa_totp.enabled"), {}, QT_TRANSLATE_NOOP("MfaAction", "TOTP enabled"), O::None},
            {QStringLiteral("mfa_totp.disabled"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "TOTP disabled"),
             O::None},
            {QStringLiteral("mfa_totp.reset"), {}, QT_TRANSLATE_NOOP("MfaAction", "TOTP reset"), O::None},
            {QStringLiteral("mfa_sms.enabled"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "SMS verification enabled"),
             O::None},
            {QStringLiteral("mfa_sms.disabled"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "SMS verification disabled"),
             O::None},
            {QStringLiteral("mfa_email.enabled"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "Email verification enabled"),
             O::None},
            {QStringLiteral("mfa_email.disabled"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "Email verification disabled"),
             O::None},
            {QStringLiteral("mfa_webauthn.registered"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "Security key registered"),
             O::None},
            {QStringLiteral("mfa_webauthn.removed"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "Security key removed"),
             O::None},
            {QStringLiteral("mfa_recovery_codes.generated"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "Recovery codes generated"),
             O::None},
            {QStringLiteral("mfa_policy.updated"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "MFA policy updated"),
             O::None},
            {QStringLiteral("mfa_policy.enforced"),
             {},
             QT_TRANSLATE_NOOP("MfaAction", "MFA enforced"),
             O::None},
        },
        O::None};
}

FilterSpec text(const char *key, const char *label, const char *help, const char *value)
{
    FilterSpec f {QLatin1String(key), QLatin1String(key), F::Text, A::Server};
    f.label = label;
    f.cliHelp = help;
    f.cliValueName = QLatin1String(value);
    return f;
}

StatusHistory history(const QJsonObject &r)
{
    StatusHistory h;
    h.steps.append({Timestamp::parse(r.value(QStringLiteral("timestamp")).toString()).value_or(QDateTime()),
                    nullptr, QStringLiteral("action"), r.value(QStringLiteral("action")),
                    r.value(QStringLiteral("message")).toString(),
                    r.value(QStringLiteral("operator_id")).toVariant().toString(), QString(), O::Info});
    return h;
}

SourceDefinition definition()
{
    SourceDefinition d;
    d.kind = Sources::MfaAudit;
    d.title = QT_TRANSLATE_NOOP("Source", "MFA configuration audit logs");
    d.path = QStringLiteral("/admin/mfa/config-audit-logs");
    d.envelope = Envelope::A;
    d.pageStyle = PageStyle::OneBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("page_size");
    d.defaultSort = {QStringLiteral("timestamp"), true};
    d.timeField = QStringLiteral("timestamp");
    FilterSpec target = text(Query::TargetType, QT_TRANSLATE_NOOP("Filters", "Target type"),
                             QT_TRANSLATE_NOOP("cli", "MFA target type, such as mfa_totp."), "type");
    target.recordFields = {QStringLiteral("target_type"), QStringLiteral("targetType")};
    FilterSpec op = text(Query::OperatorId, QT_TRANSLATE_NOOP("Filters", "Operator ID"),
                         QT_TRANSLATE_NOOP("cli", "Operator ID."), "id");
    op.recordFields = {QStringLiteral("operator_id"), QStringLiteral("operatorId")};
    d.filters = {text(Query::Action, QT_TRANSLATE_NOOP("Filters", "Action"),
                      QT_TRANSLATE_NOOP("cli", "MFA action, such as mfa_totp.enabled."), "action"),
                 target, op};
    d.filters << BuiltinSources::dateFilters(QStringLiteral("start_date"), QStringLiteral("end_date"),
                                             F::DateYmd);
    using T = ColumnType;
    d.columns = {
        {QStringLiteral("timestamp"), QT_TRANSLATE_NOOP("Columns", "Time"), T::DateTime, true, 160, {}},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Columns", "Action"), T::Enum, true, 200, {}},
        {QStringLiteral("target_type"), QT_TRANSLATE_NOOP("Columns", "Target type"), T::Text, true, 130, {}},
        {QStringLiteral("target_id"), QT_TRANSLATE_NOOP("Columns", "Target ID"), T::Text, true, 120, {}},
        {QStringLiteral("operator_id"), QT_TRANSLATE_NOOP("Columns", "Operator ID"), T::Text, true, 110, {}},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("Columns", "Message"), T::Text, true, 260, {}},
        {QStringLiteral("tenant_id"), QT_TRANSLATE_NOOP("Columns", "Tenant ID"), T::Text, true, 90, {}},
        {QStringLiteral("module"), QT_TRANSLATE_NOOP("Columns", "Module"), T::Text, false, 80, {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), T::Text, true, 130, {}},
    };
    d.enums.insert(QStringLiteral("action"), actions());
    d.history = history;
    d.textFields = {{QStringLiteral("message"), {QStringLiteral("message")}}};
    return d;
}
} // namespace

void BuiltinSources::addMfaAudit(SourceRegistry &registry)
{
    registry.add(definition());
}
