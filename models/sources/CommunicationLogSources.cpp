// The communication send logs: mine (GET /communication/logs) and all users' (admin,
// GET /admin/communication/logs). Envelope A, newest first, no date parameters.
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include "core/Timestamp.h"

namespace
{
using F = FilterSpec::Format;
using A = FilterSpec::AppliedBy;
using O = Outcome;

EnumTable sendStatuses()
{
    return {"SendStatus",
            {{QStringLiteral("pending"), {}, QT_TRANSLATE_NOOP("SendStatus", "Pending"), O::InProgress},
             {QStringLiteral("sent"), {}, QT_TRANSLATE_NOOP("SendStatus", "Sent"), O::Success},
             {QStringLiteral("failed"), {}, QT_TRANSLATE_NOOP("SendStatus", "Failed"), O::Failure},
             {QStringLiteral("delivered"), {}, QT_TRANSLATE_NOOP("SendStatus", "Delivered"), O::Success}},
            O::Info};
}

ColumnSpec column(const char *key, const char *title, ColumnType type, bool visible, int width)
{
    return {QLatin1String(key), title, type, visible, width, {}};
}

QList<ColumnSpec> columns(bool showUser)
{
    using T = ColumnType;
    return {
        column("created_at", QT_TRANSLATE_NOOP("Columns", "Created at"), T::DateTime, true, 160),
        column("channel", QT_TRANSLATE_NOOP("Columns", "Channel"), T::Enum, true, 80),
        column("status", QT_TRANSLATE_NOOP("Columns", "Send status"), T::Enum, true, 90),
        column("user_id", QT_TRANSLATE_NOOP("Columns", "User ID"), T::Text, showUser, 100),
        column("recipient", QT_TRANSLATE_NOOP("Columns", "Recipient"), T::Text, true, 130),
        column("content", QT_TRANSLATE_NOOP("Columns", "Content"), T::Text, true, 280),
        column("error", QT_TRANSLATE_NOOP("Columns", "Error"), T::Text, true, 160),
        column("provider", QT_TRANSLATE_NOOP("Columns", "Provider"), T::Text, true, 90),
        column("template_id", QT_TRANSLATE_NOOP("Columns", "Template ID"), T::Text, false, 110),
        column("sent_at", QT_TRANSLATE_NOOP("Columns", "Sent at"), T::DateTime, false, 160),
        column("updated_at", QT_TRANSLATE_NOOP("Columns", "Updated at"), T::DateTime, false, 160),
        column("tenant_id", QT_TRANSLATE_NOOP("Columns", "Tenant ID"), T::Text, false, 90),
        column("id", QT_TRANSLATE_NOOP("Columns", "ID"), T::Text, true, 120),
        column("response", QT_TRANSLATE_NOOP("Columns", "Provider response"), T::Json, false, 200),
    };
}

QDateTime timeOf(const QJsonObject &record, const char *key)
{
    return Timestamp::parse(record.value(QLatin1String(key)).toString()).value_or(QDateTime());
}

// The API keeps no history: it is told from created_at → sent_at → updated_at, with the
// final status and error.
StatusHistory history(const QJsonObject &r)
{
    static const EnumTable statuses = sendStatuses();
    StatusHistory h;
    const QString status = r.value(QStringLiteral("status")).toString();
    const QString channel = r.value(QStringLiteral("channel")).toString();
    const QString provider = r.value(QStringLiteral("provider")).toString();
    const QDateTime created = timeOf(r, "created_at");
    const QDateTime sent = timeOf(r, "sent_at");
    const QDateTime updated = timeOf(r, "updated_at");
    if (created.isValid())
        h.steps.append({created, QT_TRANSLATE_NOOP("StatusHistory", "Created"), QString(), QJsonValue(),
                        r.value(QStringLiteral("recipient")).toString(), channel, QStringLiteral("channel"),
                        O::Info});
    if (sent.isValid())
        h.steps.append({sent, QT_TRANSLATE_NOOP("StatusHistory", "Sent"), QString(), QStringLiteral("sent"),
                        QString(), provider, QString(), O::Success});
    // The final status, unless the sent step already says it all.
    const bool finalIsSent = status == u"sent" && sent.isValid() && (!updated.isValid() || updated == sent);
    if (!status.isEmpty() && !finalIsSent) {
        const QDateTime at = updated.isValid() ? updated : (sent.isValid() ? sent : created);
        h.steps.append({at, nullptr, QStringLiteral("status"), status,
                        r.value(QStringLiteral("error")).toString(), provider, QString(),
                        statuses.outcome(status)});
    }
    if (created.isValid() && updated.isValid())
        h.totalMs = created.msecsTo(updated);
    return h;
}

SourceDefinition definition(bool admin)
{
    SourceDefinition d;
    d.kind = admin ? Sources::CommAdmin : Sources::CommMine;
    d.title = admin ? QT_TRANSLATE_NOOP("Source", "All users' communication logs")
                    : QT_TRANSLATE_NOOP("Source", "My communication logs");
    d.path = admin ? QStringLiteral("/admin/communication/logs") : QStringLiteral("/communication/logs");
    d.adminOnly = admin;
    d.envelope = Envelope::A;
    d.pageStyle = PageStyle::OneBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("page_size");
    d.defaultSort = {QStringLiteral("created_at"), true};
    d.timeField = QStringLiteral("created_at");
    if (admin) {
        // The admin API's user_id picks whose logs to see: 目标用户ID, target user ID.
        FilterSpec user {QLatin1String(Query::UserId), QStringLiteral("user_id"), F::Text, A::Server};
        user.label = QT_TRANSLATE_NOOP("Filters", "Target user ID");
        user.cliHelp = QT_TRANSLATE_NOOP("cli", "User ID.");
        user.cliValueName = QStringLiteral("id");
        d.filters.append(user);
    }
    FilterSpec channel {QLatin1String(Query::Channel), QStringLiteral("channel"), F::Enum, A::Server};
    channel.label = QT_TRANSLATE_NOOP("Filters", "Channel");
    channel.enumField = QStringLiteral("channel");
    channel.cliHelp = QT_TRANSLATE_NOOP("cli", "Send channel: sms, email or push.");
    channel.cliValueName = QStringLiteral("channel");
    FilterSpec status {QLatin1String(Query::Status), QStringLiteral("status"), F::Enum, A::Server};
    status.label = QT_TRANSLATE_NOOP("Filters", "Send status"); // 发送状态
    status.enumField = QStringLiteral("status");
    status.cliHelp = QT_TRANSLATE_NOOP("cli", "Send status: pending, sent, failed or delivered.");
    status.cliValueName = QStringLiteral("status");
    d.filters << channel << status;
    d.filters << BuiltinSources::dateFilters({}, {});
    d.columns = columns(admin);
    d.enums.insert(QStringLiteral("channel"), BuiltinSources::channels());
    d.enums.insert(QStringLiteral("status"), sendStatuses());
    d.outcomeField = QStringLiteral("status");
    d.payloadField = QStringLiteral("response");
    d.history = history;
    d.textFields = {{QStringLiteral("content"), {QStringLiteral("content")}},
                    {QStringLiteral("error"), {QStringLiteral("error")}},
                    {QStringLiteral("recipient"), {QStringLiteral("recipient")}},
                    {QStringLiteral("payload"), {QStringLiteral("response")}}};
    return d;
}
} // namespace

void BuiltinSources::addCommunicationLogs(SourceRegistry &registry)
{
    registry.add(definition(false));
    registry.add(definition(true));
}
