#include "sources/EnumText.h"

#include "core/JsonNumber.h"

#include <QCoreApplication>

namespace
{
struct Entry {
    const char *raw;
    const char *text;
};

const Entry kChannels[] = {
    {"sms", QT_TRANSLATE_NOOP("Channel", "SMS")},
    {"email", QT_TRANSLATE_NOOP("Channel", "Email")},
    {"push", QT_TRANSLATE_NOOP("Channel", "Push")},
};

const Entry kSendStatuses[] = {
    {"pending", QT_TRANSLATE_NOOP("SendStatus", "Pending")},
    {"sent", QT_TRANSLATE_NOOP("SendStatus", "Sent")},
    {"failed", QT_TRANSLATE_NOOP("SendStatus", "Failed")},
    {"delivered", QT_TRANSLATE_NOOP("SendStatus", "Delivered")},
};

// By number (the wire form) and name.
struct NumberedEntry {
    int number;
    const char *raw;
    const char *text;
};
const NumberedEntry kApiLogStatuses[] = {
    {1, "Received", QT_TRANSLATE_NOOP("ApiLogStatus", "Received")},
    {2, "ValidationError", QT_TRANSLATE_NOOP("ApiLogStatus", "Validation error")},
    {3, "Queued", QT_TRANSLATE_NOOP("ApiLogStatus", "Queued")},
    {10, "OK", QT_TRANSLATE_NOOP("ApiLogStatus", "OK")},
    {11, "Warning", QT_TRANSLATE_NOOP("ApiLogStatus", "Warning")},
    {12, "Error", QT_TRANSLATE_NOOP("ApiLogStatus", "Error")},
};
const NumberedEntry kApiLogSources[] = {
    {1, "CPaaS", QT_TRANSLATE_NOOP("ApiLogSource", "CPaaS")},
    {2, "API", QT_TRANSLATE_NOOP("ApiLogSource", "API")},
};

const Entry kEventTypes[] = {
    {"NOTIFICATION_SENT", QT_TRANSLATE_NOOP("EventType", "Notification sent")},
    {"NOTIFICATION_FAILED", QT_TRANSLATE_NOOP("EventType", "Notification failed")},
    {"NOTIFICATION_RETRIED", QT_TRANSLATE_NOOP("EventType", "Notification retried")},
    {"NOTIFICATION_DELIVERED", QT_TRANSLATE_NOOP("EventType", "Notification delivered")},
    {"NOTIFICATION_READ", QT_TRANSLATE_NOOP("EventType", "Notification read")},
    {"NOTIFICATION_CLICKED", QT_TRANSLATE_NOOP("EventType", "Notification clicked")},
    {"NOTIFICATION_UNSUBSCRIBED", QT_TRANSLATE_NOOP("EventType", "Unsubscribed from notifications")},
    {"USER_CREATED", QT_TRANSLATE_NOOP("EventType", "User created")},
    {"USER_UPDATED", QT_TRANSLATE_NOOP("EventType", "User updated")},
    {"USER_DELETED", QT_TRANSLATE_NOOP("EventType", "User deleted")},
    {"USER_SUBSCRIPTION_UPDATED", QT_TRANSLATE_NOOP("EventType", "User subscription updated")},
    {"ADMIN_RESEND_NOTIFICATION", QT_TRANSLATE_NOOP("EventType", "Admin resent a notification")},
    {"ADMIN_UNBLOCK_EMAIL", QT_TRANSLATE_NOOP("EventType", "Admin unblocked an email address")},
    {"ADMIN_PATCH_CATEGORY_SUBSCRIPTION",
     QT_TRANSLATE_NOOP("EventType", "Admin changed a category subscription")},
    {"ADMIN_GET_AUDIT_LOGS", QT_TRANSLATE_NOOP("EventType", "Admin read the audit logs")},
    {"ADMIN_POST_CATEGORY_SUBSCRIPTION",
     QT_TRANSLATE_NOOP("EventType", "Admin added a category subscription")},
    {"ADMIN_POST_NOTIFICATION_SUBSCRIPTION",
     QT_TRANSLATE_NOOP("EventType", "Admin added a notification subscription")},
    {"EMAIL_BLOCKED_BOUNCE", QT_TRANSLATE_NOOP("EventType", "Email blocked after a bounce")},
    {"EMAIL_UNSUBSCRIBED_COMPLAINT", QT_TRANSLATE_NOOP("EventType", "Email unsubscribed after a complaint")},
    {"EMAIL_TEMP_BLOCKED_TRANSIENT_BOUNCE",
     QT_TRANSLATE_NOOP("EventType", "Email blocked for a while after a transient bounce")},
    {"DEVICE_TOKEN_CREATED", QT_TRANSLATE_NOOP("EventType", "Device token created")},
    {"DEVICE_TOKEN_DELETED", QT_TRANSLATE_NOOP("EventType", "Device token deleted")},
    {"API_NOTIFICATION_SENT", QT_TRANSLATE_NOOP("EventType", "Notification sent through the API")},
    {"ADMIN_BLOCK_WEBHOOK_URL", QT_TRANSLATE_NOOP("EventType", "Admin blocked a webhook URL")},
    {"ADMIN_UNBLOCK_WEBHOOK_URL", QT_TRANSLATE_NOOP("EventType", "Admin unblocked a webhook URL")},
    {"ADMIN_WEBHOOK_RETRIGGER", QT_TRANSLATE_NOOP("EventType", "Admin re-triggered a webhook")},
    {"WEBHOOK_RETRIGGER", QT_TRANSLATE_NOOP("EventType", "Webhook re-triggered")},
    {"USER_MUTE_ENTERPRISE", QT_TRANSLATE_NOOP("EventType", "User muted an enterprise")},
    {"USER_UNMUTE_ENTERPRISE", QT_TRANSLATE_NOOP("EventType", "User unmuted an enterprise")},
    {"USER_MUTE_WALLET", QT_TRANSLATE_NOOP("EventType", "User muted a wallet")},
    {"USER_UNMUTE_WALLET", QT_TRANSLATE_NOOP("EventType", "User unmuted a wallet")},
    {"USER_UPDATE_MUTED_WALLETS", QT_TRANSLATE_NOOP("EventType", "User updated muted wallets")},
    {"USER_UPDATE_MUTED_ENTERPRISES", QT_TRANSLATE_NOOP("EventType", "User updated muted enterprises")},
    {"ADMIN_MUTE_ENTERPRISE", QT_TRANSLATE_NOOP("EventType", "Admin muted an enterprise")},
    {"ADMIN_UNMUTE_ENTERPRISE", QT_TRANSLATE_NOOP("EventType", "Admin unmuted an enterprise")},
    {"ADMIN_MUTE_WALLET", QT_TRANSLATE_NOOP("EventType", "Admin muted a wallet")},
    {"ADMIN_UNMUTE_WALLET", QT_TRANSLATE_NOOP("EventType", "Admin unmuted a wallet")},
    {"ADMIN_UPDATE_MUTED_WALLETS", QT_TRANSLATE_NOOP("EventType", "Admin updated muted wallets")},
    {"ADMIN_UPDATE_MUTED_ENTERPRISES", QT_TRANSLATE_NOOP("EventType", "Admin updated muted enterprises")},
};

const Entry kMfaActions[] = {
    {"mfa_totp.enabled", QT_TRANSLATE_NOOP("MfaAction", "TOTP enabled")},
    {"mfa_totp.disabled", QT_TRANSLATE_NOOP("MfaAction", "TOTP disabled")},
    {"mfa_totp.reset", QT_TRANSLATE_NOOP("MfaAction", "TOTP reset")},
    {"mfa_sms.enabled", QT_TRANSLATE_NOOP("MfaAction", "SMS verification enabled")},
    {"mfa_sms.disabled", QT_TRANSLATE_NOOP("MfaAction", "SMS verification disabled")},
    {"mfa_email.enabled", QT_TRANSLATE_NOOP("MfaAction", "Email verification enabled")},
    {"mfa_email.disabled", QT_TRANSLATE_NOOP("MfaAction", "Email verification disabled")},
    {"mfa_webauthn.registered", QT_TRANSLATE_NOOP("MfaAction", "Security key registered")},
    {"mfa_webauthn.removed", QT_TRANSLATE_NOOP("MfaAction", "Security key removed")},
    {"mfa_recovery_codes.generated", QT_TRANSLATE_NOOP("MfaAction", "Recovery codes generated")},
    {"mfa_policy.updated", QT_TRANSLATE_NOOP("MfaAction", "MFA policy updated")},
    {"mfa_policy.enforced", QT_TRANSLATE_NOOP("MfaAction", "MFA enforced")},
};

template<size_t N>
QString lookup(const char *context, const Entry (&table)[N], const QString &raw)
{
    for (const Entry &e : table) {
        if (raw == QLatin1String(e.raw))
            return QCoreApplication::translate(context, e.text);
    }
    return raw;
}

template<size_t N>
const NumberedEntry *findNumbered(const NumberedEntry (&table)[N], const QJsonValue &value)
{
    for (const NumberedEntry &e : table) {
        if ((value.isDouble() && value.toInt() == e.number)
            || (value.isString() && value.toString().compare(QLatin1String(e.raw), Qt::CaseInsensitive) == 0))
            return &e;
    }
    return nullptr;
}

QString rawText(const QJsonValue &v)
{
    return v.isDouble() ? JsonNumber::text(v.toDouble()) : v.toString();
}

bool isComm(SourceKind kind)
{
    return kind == SourceKind::CommMine || kind == SourceKind::CommAdmin;
}
} // namespace

namespace EnumText
{
QString sourceTitle(SourceKind kind)
{
    switch (kind) {
    case SourceKind::CommMine:
        return QCoreApplication::translate("Source", "My communication logs");
    case SourceKind::CommAdmin:
        return QCoreApplication::translate("Source", "All users' communication logs");
    case SourceKind::NotifAudit:
        return QCoreApplication::translate("Source", "Notification audit logs");
    case SourceKind::ApiLogs:
        return QCoreApplication::translate("Source", "Notification API logs");
    case SourceKind::MfaAudit:
        return QCoreApplication::translate("Source", "MFA configuration audit logs");
    }
    return {};
}

bool isEnumField(SourceKind kind, const QString &key)
{
    if (key == u"channel" || key == u"status")
        return kind != SourceKind::MfaAudit;
    if (kind == SourceKind::ApiLogs && key == u"source")
        return true;
    if (kind == SourceKind::NotifAudit && key == u"eventType")
        return true;
    return kind == SourceKind::MfaAudit && key == u"action";
}

QString display(SourceKind kind, const QString &key, const QJsonValue &value)
{
    if (!isEnumField(kind, key))
        return rawText(value);
    const QString raw = rawText(value);
    if (key == u"channel")
        return lookup("Channel", kChannels, raw);
    if (key == u"status" && isComm(kind))
        return lookup("SendStatus", kSendStatuses, raw);
    if (key == u"status" && kind == SourceKind::ApiLogs) {
        const NumberedEntry *e = findNumbered(kApiLogStatuses, value);
        return e ? QCoreApplication::translate("ApiLogStatus", e->text) : raw;
    }
    if (key == u"source") {
        const NumberedEntry *e = findNumbered(kApiLogSources, value);
        return e ? QCoreApplication::translate("ApiLogSource", e->text) : raw;
    }
    if (key == u"eventType")
        return lookup("EventType", kEventTypes, raw);
    if (key == u"action")
        return lookup("MfaAction", kMfaActions, raw);
    return raw;
}

Outcome outcome(SourceKind kind, const QString &key, const QJsonValue &value)
{
    if (key != u"status")
        return Outcome::None;
    if (isComm(kind)) {
        const QString s = value.toString();
        if (s == u"delivered" || s == u"sent")
            return Outcome::Success;
        if (s == u"failed")
            return Outcome::Failure;
        if (s == u"pending")
            return Outcome::InProgress;
        return Outcome::Info;
    }
    if (kind == SourceKind::ApiLogs) {
        const NumberedEntry *e = findNumbered(kApiLogStatuses, value);
        switch (e ? e->number : 0) {
        case 1:
        case 3:
            return Outcome::InProgress;
        case 10:
            return Outcome::Success;
        case 11:
            return Outcome::Warning;
        case 2:
        case 12:
            return Outcome::Failure;
        default:
            return Outcome::Info;
        }
    }
    return Outcome::None;
}
} // namespace EnumText
