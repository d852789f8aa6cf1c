// The notification command center's audit events
// (GET /api/notifications/v1/admin/audit-logs): Spring Data pages, server-side dates and
// sort, 39 event types.
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include "core/Timestamp.h"

#include <QJsonDocument>

namespace
{
using F = FilterSpec::Format;
using A = FilterSpec::AppliedBy;
using O = Outcome;

EnumTable eventTypes()
{
    return {"EventType",
            {
                {QStringLiteral("NOTIFICATION_SENT"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification sent"),
                 O::None},
                {QStringLiteral("NOTIFICATION_FAILED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification failed"),
                 O::None},
                {QStringLiteral("NOTIFICATION_RETRIED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification retried"),
                 O::None},
                {QStringLiteral("NOTIFICATION_DELIVERED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification delivered"),
                 O::None},
                {QStringLiteral("NOTIFICATION_READ"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification read"),
                 O::None},
                {QStringLiteral("NOTIFICATION_CLICKED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification clicked"),
                 O::None},
                {QStringLiteral("NOTIFICATION_UNSUBSCRIBED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Unsubscribed from notifications"),
                 O::None},
                {QStringLiteral("USER_CREATED"), {}, QT_TRANSLATE_NOOP("EventType", "User created"), O::None},
                {QStringLiteral("USER_UPDATED"), {}, QT_TRANSLATE_NOOP("EventType", "User updated"), O::None},
                {QStringLiteral("USER_DELETED"), {}, QT_TRANSLATE_NOOP("EventType", "User deleted"), O::None},
                {QStringLiteral("USER_SUBSCRIPTION_UPDATED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User subscription updated"),
                 O::None},
                {QStringLiteral("ADMIN_RESEND_NOTIFICATION"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin resent a notification"),
                 O::None},
                {QStringLiteral("ADMIN_UNBLOCK_EMAIL"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin unblocked an email address"),
                 O::None},
                {QStringLiteral("ADMIN_PATCH_CATEGORY_SUBSCRIPTION"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin changed a category subscription"),
                 O::None},
                {QStringLiteral("ADMIN_GET_AUDIT_LOGS"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin read the audit logs"),
                 O::None},
                {QStringLiteral("ADMIN_POST_CATEGORY_SUBSCRIPTION"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin added a category subscription"),
                 O::None},
                {QStringLiteral("ADMIN_POST_NOTIFICATION_SUBSCRIPTION"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin added a notification subscription"),
                 O::None},
                {QStringLiteral("EMAIL_BLOCKED_BOUNCE"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Email blocked after a bounce"),
                 O::None},
                {QStringLiteral("EMAIL_UNSUBSCRIBED_COMPLAINT"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Email unsubscribed after a complaint"),
                 O::None},
                {QStringLiteral("EMAIL_TEMP_BLOCKED_TRANSIENT_BOUNCE"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Email blocked for a while after a transient bounce"),
                 O::None},
                {QStringLiteral("DEVICE_TOKEN_CREATED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Device token created"),
                 O::None},
                {QStringLiteral("DEVICE_TOKEN_DELETED"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Device token deleted"),
                 O::None},
                {QStringLiteral("API_NOTIFICATION_SENT"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Notification sent through the API"),
                 O::None},
                {QStringLiteral("ADMIN_BLOCK_WEBHOOK_URL"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin blocked a webhook URL"),
                 O::None},
                {QStringLiteral("ADMIN_UNBLOCK_WEBHOOK_URL"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin unblocked a webhook URL"),
                 O::None},
                {QStringLiteral("ADMIN_WEBHOOK_RETRIGGER"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin re-triggered a webhook"),
                 O::None},
                {QStringLiteral("WEBHOOK_RETRIGGER"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Webhook re-triggered"),
                 O::None},
                {QStringLiteral("USER_MUTE_ENTERPRISE"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User muted an enterprise"),
                 O::None},
                {QStringLiteral("USER_UNMUTE_ENTERPRISE"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User unmuted an enterprise"),
                 O::None},
                {QStringLiteral("USER_MUTE_WALLET"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User muted a wallet"),
                 O::None},
                {QStringLiteral("USER_UNMUTE_WALLET"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User unmuted a wallet"),
                 O::None},
                {QStringLiteral("USER_UPDATE_MUTED_WALLETS"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User updated muted wallets"),
                 O::None},
                {QStringLiteral("USER_UPDATE_MUTED_ENTERPRISES"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "User updated muted enterprises"),
                 O::None},
                {QStringLiteral("ADMIN_MUTE_ENTERPRISE"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin muted an enterprise"),
                 O::None},
                {QStringLiteral("ADMIN_UNMUTE_ENTERPRISE"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin unmuted an enterprise"),
                 O::None},
                {QStringLiteral("ADMIN_MUTE_WALLET"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin muted a wallet"),
                 O::None},
                {QStringLiteral("ADMIN_UNMUTE_WALLET"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin unmuted a wallet"),
                 O::None},
                {QStringLiteral("ADMIN_UPDATE_MUTED_WALLETS"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin updated muted wallets"),
                 O::None},
                {QStringLiteral("ADMIN_UPDATE_MUTED_ENTERPRISES"),
                 {},
                 QT_TRANSLATE_NOOP("EventType", "Admin updated muted enterprises"),
                 O::None},
            },
            O::None};
}

FilterSpec text(const char *key, const char *param, const char *label, const char *help, const char *value)
{
    FilterSpec f {QLatin1String(key), QLatin1String(param), F::Text, A::Server};
    f.label = label;
    f.cliHelp = help;
    f.cliValueName = QLatin1String(value);
    return f;
}

// An audit record is one event: its history is that event.
StatusHistory history(const QJsonObject &r)
{
    const QJsonValue details = r.value(QStringLiteral("details"));
    StatusHistory h;
    h.steps.append({Timestamp::parse(r.value(QStringLiteral("timestamp")).toString()).value_or(QDateTime()),
                    nullptr, QStringLiteral("eventType"), r.value(QStringLiteral("eventType")),
                    details.isObject()
                        ? QString::fromUtf8(QJsonDocument(details.toObject()).toJson(QJsonDocument::Compact))
                        : details.toString(),
                    r.value(QStringLiteral("actorId")).toVariant().toString(), QString(), O::Info});
    return h;
}

SourceDefinition definition()
{
    SourceDefinition d;
    d.kind = Sources::NotifAudit;
    d.title = QT_TRANSLATE_NOOP("Source", "Notification audit logs");
    d.path = QStringLiteral("/api/notifications/v1/admin/audit-logs");
    d.envelope = Envelope::SpringPage;
    d.pageStyle = PageStyle::ZeroBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("size");
    d.sortStyle = SortStyle::SpringSortBy;
    d.defaultSort = {QStringLiteral("timestamp"), true};
    d.timeField = QStringLiteral("timestamp");

    FilterSpec event {QLatin1String(Query::EventType), QStringLiteral("eventType"), F::Enum, A::Server};
    event.label = QT_TRANSLATE_NOOP("Filters", "Event type");
    event.recordFields = {QStringLiteral("eventType")};
    event.enumField = QStringLiteral("eventType");
    event.cliHelp = QT_TRANSLATE_NOOP("cli", "Audit event type, such as NOTIFICATION_SENT.");
    event.cliValueName = QStringLiteral("type");
    FilterSpec user = text(Query::UserId, "userId", QT_TRANSLATE_NOOP("Filters", "User ID"),
                           QT_TRANSLATE_NOOP("cli", "User ID."), "id");
    user.recordFields = {QStringLiteral("userId")};
    d.filters = {
        event,
        user,
        text(Query::Email, "email", QT_TRANSLATE_NOOP("Filters", "Email"),
             QT_TRANSLATE_NOOP("cli", "Email address (exact)."), "email"),
        text(Query::Username, "username", QT_TRANSLATE_NOOP("Filters", "Username"),
             QT_TRANSLATE_NOOP("cli", "Username (exact)."), "name"),
    };
    d.filters << BuiltinSources::dateFilters(QStringLiteral("startDate"), QStringLiteral("endDate"));

    using T = ColumnType;
    const QString timestamp = QStringLiteral("timestamp");
    d.columns = {
        {timestamp, QT_TRANSLATE_NOOP("Columns", "Time"), T::DateTime, true, 185, timestamp},
        {QStringLiteral("eventType"), QT_TRANSLATE_NOOP("Columns", "Event type"), T::Enum, true, 220, {}},
        {QStringLiteral("userId"), QT_TRANSLATE_NOOP("Columns", "User ID"), T::Text, true, 100, {}},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Columns", "Email"), T::Text, true, 200, {}},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("Columns", "Username"), T::Text, true, 150, {}},
        {QStringLiteral("actorId"), QT_TRANSLATE_NOOP("Columns", "Actor ID"), T::Text, true, 100, {}},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Columns", "Channel"), T::Enum, true, 80, {}},
        {QStringLiteral("notificationId"),
         QT_TRANSLATE_NOOP("Columns", "Notification ID"),
         T::Text,
         false,
         130,
         {}},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("Columns", "Details"), T::Json, true, 260, {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), T::Number, true, 80, QStringLiteral("id")},
    };
    d.enums.insert(QStringLiteral("eventType"), eventTypes());
    d.enums.insert(QStringLiteral("channel"), BuiltinSources::channels());
    d.payloadField = QStringLiteral("details");
    d.history = history;
    d.textFields = {{QStringLiteral("details"), {QStringLiteral("details")}}};
    return d;
}
} // namespace

void BuiltinSources::addNotificationAudit(SourceRegistry &registry)
{
    registry.add(definition());
}
