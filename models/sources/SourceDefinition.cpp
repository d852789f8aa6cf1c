#include "sources/SourceDefinition.h"

#include "core/Timestamp.h"

#include <QCoreApplication>

namespace
{
using F = FilterSpec::Format;
using A = FilterSpec::AppliedBy;

const QStringList kChannels = {QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("push")};
const QStringList kSendStatuses = {QStringLiteral("pending"), QStringLiteral("sent"),
                                   QStringLiteral("failed"), QStringLiteral("delivered")};
const QStringList kApiLogStatuses = {QStringLiteral("Received"), QStringLiteral("ValidationError"),
                                     QStringLiteral("Queued"),   QStringLiteral("OK"),
                                     QStringLiteral("Warning"),  QStringLiteral("Error")};
const QList<int> kApiLogStatusNumbers = {1, 2, 3, 10, 11, 12};

QStringList eventTypes()
{
    return QStringLiteral(
               "NOTIFICATION_SENT NOTIFICATION_FAILED NOTIFICATION_RETRIED NOTIFICATION_DELIVERED "
               "NOTIFICATION_READ "
               "NOTIFICATION_CLICKED NOTIFICATION_UNSUBSCRIBED USER_CREATED USER_UPDATED USER_DELETED "
               "USER_SUBSCRIPTION_UPDATED ADMIN_RESEND_NOTIFICATION ADMIN_UNBLOCK_EMAIL "
               "ADMIN_PATCH_CATEGORY_SUBSCRIPTION "
               "ADMIN_GET_AUDIT_LOGS ADMIN_POST_CATEGORY_SUBSCRIPTION ADMIN_POST_NOTIFICATION_SUBSCRIPTION "
               "EMAIL_BLOCKED_BOUNCE EMAIL_UNSUBSCRIBED_COMPLAINT EMAIL_TEMP_BLOCKED_TRANSIENT_BOUNCE "
               "DEVICE_TOKEN_CREATED DEVICE_TOKEN_DELETED API_NOTIFICATION_SENT ADMIN_BLOCK_WEBHOOK_URL "
               "ADMIN_UNBLOCK_WEBHOOK_URL ADMIN_WEBHOOK_RETRIGGER WEBHOOK_RETRIGGER USER_MUTE_ENTERPRISE "
               "USER_UNMUTE_ENTERPRISE USER_MUTE_WALLET USER_UNMUTE_WALLET USER_UPDATE_MUTED_WALLETS "
               "USER_UPDATE_MUTED_ENTERPRISES ADMIN_MUTE_ENTERPRISE ADMIN_UNMUTE_ENTERPRISE "
               "ADMIN_MUTE_WALLET "
               "ADMIN_UNMUTE_WALLET ADMIN_UPDATE_MUTED_WALLETS ADMIN_UPDATE_MUTED_ENTERPRISES")
        .split(QLatin1Char(' '));
}

QList<ColumnSpec> commColumns(bool showUser)
{
    return {
        {QStringLiteral("created_at"),
         QT_TRANSLATE_NOOP("Columns", "Created at"),
         ColumnType::DateTime,
         true,
         160,
         {}},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Columns", "Channel"), ColumnType::Enum, true, 80, {}},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP("Columns", "Send status"),
         ColumnType::Enum,
         true,
         90,
         {}},
        {QStringLiteral("user_id"),
         QT_TRANSLATE_NOOP("Columns", "User ID"),
         ColumnType::Text,
         showUser,
         100,
         {}},
        {QStringLiteral("recipient"),
         QT_TRANSLATE_NOOP("Columns", "Recipient"),
         ColumnType::Text,
         true,
         130,
         {}},
        {QStringLiteral("content"), QT_TRANSLATE_NOOP("Columns", "Content"), ColumnType::Text, true, 280, {}},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("Columns", "Error"), ColumnType::Text, true, 160, {}},
        {QStringLiteral("provider"),
         QT_TRANSLATE_NOOP("Columns", "Provider"),
         ColumnType::Text,
         true,
         90,
         {}},
        {QStringLiteral("template_id"),
         QT_TRANSLATE_NOOP("Columns", "Template ID"),
         ColumnType::Text,
         false,
         110,
         {}},
        {QStringLiteral("sent_at"),
         QT_TRANSLATE_NOOP("Columns", "Sent at"),
         ColumnType::DateTime,
         false,
         160,
         {}},
        {QStringLiteral("updated_at"),
         QT_TRANSLATE_NOOP("Columns", "Updated at"),
         ColumnType::DateTime,
         false,
         160,
         {}},
        {QStringLiteral("tenant_id"),
         QT_TRANSLATE_NOOP("Columns", "Tenant ID"),
         ColumnType::Text,
         false,
         90,
         {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), ColumnType::Text, true, 120, {}},
        {QStringLiteral("response"),
         QT_TRANSLATE_NOOP("Columns", "Provider response"),
         ColumnType::Json,
         false,
         200,
         {}},
    };
}

SourceDefinition commDefinition(SourceKind kind)
{
    const bool admin = kind == SourceKind::CommAdmin;
    SourceDefinition d;
    d.kind = kind;
    d.path = admin ? QStringLiteral("/admin/communication/logs") : QStringLiteral("/communication/logs");
    d.adminOnly = admin;
    d.envelope = Envelope::A;
    d.pageStyle = PageStyle::OneBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("page_size");
    d.defaultSort = {QStringLiteral("created_at"), true};
    d.timeField = QStringLiteral("created_at");
    if (admin)
        d.filters.append(
            {QLatin1String(Query::UserId), QStringLiteral("user_id"), F::Text, A::Server, {}, {}});
    d.filters.append(
        {QLatin1String(Query::Channel), QStringLiteral("channel"), F::Enum, A::Server, kChannels, {}});
    d.filters.append(
        {QLatin1String(Query::Status), QStringLiteral("status"), F::Enum, A::Server, kSendStatuses, {}});
    d.filters.append({QLatin1String(Query::From), {}, F::Rfc3339, A::ClientBisect, {}, {}});
    d.filters.append({QLatin1String(Query::To), {}, F::Rfc3339, A::ClientBisect, {}, {}});
    d.columns = commColumns(admin);
    return d;
}

SourceDefinition notifAuditDefinition()
{
    SourceDefinition d;
    d.kind = SourceKind::NotifAudit;
    d.path = QStringLiteral("/api/notifications/v1/admin/audit-logs");
    d.envelope = Envelope::SpringPage;
    d.pageStyle = PageStyle::ZeroBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("size");
    d.sortStyle = SortStyle::SpringSortBy;
    d.defaultSort = {QStringLiteral("timestamp"), true};
    d.timeField = QStringLiteral("timestamp");
    d.filters = {
        {QLatin1String(Query::EventType), QStringLiteral("eventType"), F::Enum, A::Server, eventTypes(), {}},
        {QLatin1String(Query::UserId), QStringLiteral("userId"), F::Text, A::Server, {}, {}},
        {QLatin1String(Query::Email), QStringLiteral("email"), F::Text, A::Server, {}, {}},
        {QLatin1String(Query::Username), QStringLiteral("username"), F::Text, A::Server, {}, {}},
        {QLatin1String(Query::From), QStringLiteral("startDate"), F::Rfc3339, A::Server, {}, {}},
        {QLatin1String(Query::To), QStringLiteral("endDate"), F::Rfc3339, A::Server, {}, {}},
    };
    d.columns = {
        {QStringLiteral("timestamp"), QT_TRANSLATE_NOOP("Columns", "Time"), ColumnType::DateTime, true, 185,
         QStringLiteral("timestamp")},
        {QStringLiteral("eventType"),
         QT_TRANSLATE_NOOP("Columns", "Event type"),
         ColumnType::Enum,
         true,
         220,
         {}},
        {QStringLiteral("userId"), QT_TRANSLATE_NOOP("Columns", "User ID"), ColumnType::Text, true, 100, {}},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Columns", "Email"), ColumnType::Text, true, 200, {}},
        {QStringLiteral("username"),
         QT_TRANSLATE_NOOP("Columns", "Username"),
         ColumnType::Text,
         true,
         150,
         {}},
        {QStringLiteral("actorId"),
         QT_TRANSLATE_NOOP("Columns", "Actor ID"),
         ColumnType::Text,
         true,
         100,
         {}},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Columns", "Channel"), ColumnType::Enum, true, 80, {}},
        {QStringLiteral("notificationId"),
         QT_TRANSLATE_NOOP("Columns", "Notification ID"),
         ColumnType::Text,
         false,
         130,
         {}},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("Columns", "Details"), ColumnType::Json, true, 260, {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), ColumnType::Number, true, 80,
         QStringLiteral("id")},
    };
    return d;
}

SourceDefinition apiLogsDefinition()
{
    SourceDefinition d;
    d.kind = SourceKind::ApiLogs;
    d.path = QStringLiteral("/api/app/api-logs");
    d.detailPath = QStringLiteral("/api/app/api-logs/{id}");
    d.envelope = Envelope::AbpList;
    d.pageStyle = PageStyle::SkipMax;
    d.pageParam = QStringLiteral("SkipCount");
    d.pageSizeParam = QStringLiteral("MaxResultCount");
    d.sortStyle = SortStyle::AbpSorting;
    d.defaultSort = {QStringLiteral("receivedAt"), true};
    d.timeField = QStringLiteral("receivedAt");
    d.filters = {
        {QLatin1String(Query::Status), QStringLiteral("Status"), F::EnumNumber, A::Server, kApiLogStatuses,
         kApiLogStatusNumbers},
        {QLatin1String(Query::From), QStringLiteral("ReceivedAtMin"), F::Rfc3339, A::Server, {}, {}},
        {QLatin1String(Query::To), QStringLiteral("ReceivedAtMax"), F::Rfc3339, A::Server, {}, {}},
    };
    d.columns = {
        {QStringLiteral("receivedAt"), QT_TRANSLATE_NOOP("Columns", "Received at"), ColumnType::DateTime,
         true, 190, QStringLiteral("ReceivedAt")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Columns", "Status"), ColumnType::Enum, true, 150,
         QStringLiteral("Status")},
        {QStringLiteral("transactionId"), QT_TRANSLATE_NOOP("Columns", "Transaction ID"), ColumnType::Text,
         true, 140, QStringLiteral("TransactionId")},
        {QStringLiteral("applicationCode"),
         QT_TRANSLATE_NOOP("Columns", "Application"),
         ColumnType::Text,
         true,
         110,
         {}},
        {QStringLiteral("notificationTypeCode"),
         QT_TRANSLATE_NOOP("Columns", "Notification type"),
         ColumnType::Text,
         true,
         120,
         {}},
        {QStringLiteral("durationMs"), QT_TRANSLATE_NOOP("Columns", "Duration (ms)"), ColumnType::Number,
         true, 100, QStringLiteral("DurationMs")},
        {QStringLiteral("messagesCreated"),
         QT_TRANSLATE_NOOP("Columns", "Messages created"),
         ColumnType::Number,
         true,
         90,
         {}},
        {QStringLiteral("messagesSuccess"),
         QT_TRANSLATE_NOOP("Columns", "Messages succeeded"),
         ColumnType::Number,
         true,
         90,
         {}},
        {QStringLiteral("messagesError"),
         QT_TRANSLATE_NOOP("Columns", "Messages failed"),
         ColumnType::Number,
         true,
         90,
         {}},
        {QStringLiteral("statusDetail"),
         QT_TRANSLATE_NOOP("Columns", "Status detail"),
         ColumnType::Text,
         true,
         220,
         {}},
        {QStringLiteral("completedAt"), QT_TRANSLATE_NOOP("Columns", "Completed at"), ColumnType::DateTime,
         false, 170, QStringLiteral("CompletedAt")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("Columns", "Source"), ColumnType::Enum, false, 80, {}},
        {QStringLiteral("regionCode"),
         QT_TRANSLATE_NOOP("Columns", "Region"),
         ColumnType::Text,
         false,
         100,
         {}},
        {QStringLiteral("languageCode"),
         QT_TRANSLATE_NOOP("Columns", "Language"),
         ColumnType::Text,
         false,
         80,
         {}},
        {QStringLiteral("clientIp"),
         QT_TRANSLATE_NOOP("Columns", "Client IP"),
         ColumnType::Text,
         false,
         110,
         {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), ColumnType::Text, false, 260, {}},
        {QStringLiteral("requestPayload"),
         QT_TRANSLATE_NOOP("Columns", "Request payload"),
         ColumnType::Json,
         false,
         260,
         {}},
    };
    return d;
}

SourceDefinition mfaAuditDefinition()
{
    SourceDefinition d;
    d.kind = SourceKind::MfaAudit;
    d.path = QStringLiteral("/admin/mfa/config-audit-logs");
    d.envelope = Envelope::A;
    d.pageStyle = PageStyle::OneBasedPage;
    d.pageParam = QStringLiteral("page");
    d.pageSizeParam = QStringLiteral("page_size");
    d.defaultSort = {QStringLiteral("timestamp"), true};
    d.timeField = QStringLiteral("timestamp");
    d.filters = {
        {QLatin1String(Query::Action), QStringLiteral("action"), F::Text, A::Server, {}, {}},
        {QLatin1String(Query::TargetType), QStringLiteral("target_type"), F::Text, A::Server, {}, {}},
        {QLatin1String(Query::OperatorId), QStringLiteral("operator_id"), F::Text, A::Server, {}, {}},
        {QLatin1String(Query::From), QStringLiteral("start_date"), F::DateYmd, A::Server, {}, {}},
        {QLatin1String(Query::To), QStringLiteral("end_date"), F::DateYmd, A::Server, {}, {}},
    };
    d.columns = {
        {QStringLiteral("timestamp"),
         QT_TRANSLATE_NOOP("Columns", "Time"),
         ColumnType::DateTime,
         true,
         160,
         {}},
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("Columns", "Action"), ColumnType::Enum, true, 200, {}},
        {QStringLiteral("target_type"),
         QT_TRANSLATE_NOOP("Columns", "Target type"),
         ColumnType::Text,
         true,
         130,
         {}},
        {QStringLiteral("target_id"),
         QT_TRANSLATE_NOOP("Columns", "Target ID"),
         ColumnType::Text,
         true,
         120,
         {}},
        {QStringLiteral("operator_id"),
         QT_TRANSLATE_NOOP("Columns", "Operator ID"),
         ColumnType::Text,
         true,
         110,
         {}},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("Columns", "Message"), ColumnType::Text, true, 260, {}},
        {QStringLiteral("tenant_id"),
         QT_TRANSLATE_NOOP("Columns", "Tenant ID"),
         ColumnType::Text,
         true,
         90,
         {}},
        {QStringLiteral("module"), QT_TRANSLATE_NOOP("Columns", "Module"), ColumnType::Text, false, 80, {}},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Columns", "ID"), ColumnType::Text, true, 130, {}},
    };
    return d;
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString joinPath(const QUrl &base, const QString &path)
{
    QString joined = base.path();
    while (joined.endsWith(QLatin1Char('/')))
        joined.chop(1);
    return joined + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
}

// The value as the server wants it, or nullopt with a problem.
std::optional<QString> wireValue(const FilterSpec &spec, const QString &value, RequestProblem *problem)
{
    auto fail = [&](const QString &message) -> std::optional<QString> {
        if (problem)
            *problem = {spec.key, message};
        return std::nullopt;
    };
    switch (spec.format) {
    case F::Text:
        return value;
    case F::Enum:
        if (!spec.values.contains(value))
            return fail(QCoreApplication::translate("SourceDefinition", "“%1” is not a valid value for %2")
                            .arg(value, spec.key));
        return value;
    case F::EnumNumber: {
        for (qsizetype i = 0; i < spec.values.size(); ++i) {
            if (value.compare(spec.values.at(i), Qt::CaseInsensitive) == 0
                || value == QString::number(spec.numbers.at(i)))
                return QString::number(spec.numbers.at(i));
        }
        return fail(QCoreApplication::translate("SourceDefinition", "“%1” is not a valid value for %2")
                        .arg(value, spec.key));
    }
    case F::Rfc3339:
    case F::DateYmd: {
        const auto instant = Timestamp::parse(value);
        if (!instant)
            return fail(
                QCoreApplication::translate("SourceDefinition", "“%1” is not a date and time").arg(value));
        return spec.format == F::Rfc3339 ? Timestamp::toRfc3339(*instant)
                                         : instant->toUTC().date().toString(QStringLiteral("yyyy-MM-dd"));
    }
    }
    return value;
}
} // namespace

const FilterSpec *SourceDefinition::filterSpec(const QString &key) const
{
    for (const FilterSpec &f : filters) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

const ColumnSpec *SourceDefinition::column(const QString &key) const
{
    for (const ColumnSpec &c : columns) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

bool SourceDefinition::canSortRemotely(const QString &columnKey) const
{
    const ColumnSpec *c = column(columnKey);
    return sortStyle != SortStyle::None && c && !c->serverSortField.isEmpty();
}

const SourceDefinition &SourceDefinitions::get(SourceKind kind)
{
    static const SourceDefinition definitions[] = {
        commDefinition(SourceKind::CommMine),
        commDefinition(SourceKind::CommAdmin),
        notifAuditDefinition(),
        apiLogsDefinition(),
        mfaAuditDefinition(),
    };
    for (const SourceDefinition &d : definitions) {
        if (d.kind == kind)
            return d;
    }
    return definitions[0];
}

std::optional<QUrl> SourceDefinitions::pageUrl(const SourceDefinition &def, const QUrl &baseUrl,
                                               const Query &query, int pageIndex, const QString &pathOverride,
                                               RequestProblem *problem)
{
    const int size = qBound(1, query.pageSize, def.maxPageSize);
    QStringList items;
    auto add = [&items](const QString &name, const QString &value) {
        items << encoded(name) + QLatin1Char('=') + encoded(value);
    };

    switch (def.pageStyle) {
    case PageStyle::OneBasedPage:
        add(def.pageParam, QString::number(pageIndex + 1));
        break;
    case PageStyle::ZeroBasedPage:
        add(def.pageParam, QString::number(pageIndex));
        break;
    case PageStyle::SkipMax:
        add(def.pageParam, QString::number(qint64(pageIndex) * size));
        break;
    }
    add(def.pageSizeParam, QString::number(size));

    // Filters in the definition's order, so the URL (and the cache key) is stable.
    for (const FilterSpec &spec : def.filters) {
        const QString value = query.filter(spec.key);
        if (value.isEmpty() || spec.appliedBy != FilterSpec::AppliedBy::Server)
            continue;
        const auto wire = wireValue(spec, value, problem);
        if (!wire)
            return std::nullopt;
        add(spec.param, *wire);
    }
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        if (!def.filterSpec(it.key())) {
            if (problem)
                *problem = {
                    it.key(),
                    QCoreApplication::translate("SourceDefinition", "This source cannot be filtered by %1")
                        .arg(it.key())};
            return std::nullopt;
        }
    }

    const Query::Sort sort = query.sort.value_or(def.defaultSort);
    if (query.sort && !(sort == def.defaultSort) && !def.canSortRemotely(sort.column)) {
        if (problem)
            *problem = {{},
                        QCoreApplication::translate("SourceDefinition", "The server cannot sort by %1")
                            .arg(sort.column)};
        return std::nullopt;
    }
    if (def.sortStyle == SortStyle::SpringSortBy) {
        // Required by the API even for the default order.
        const ColumnSpec *c = def.column(sort.column);
        add(QStringLiteral("sortBy"), c ? c->serverSortField : QStringLiteral("timestamp"));
        add(QStringLiteral("sortDirection"),
            sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    } else if (def.sortStyle == SortStyle::AbpSorting && query.sort) {
        const ColumnSpec *c = def.column(sort.column);
        add(QStringLiteral("Sorting"),
            c->serverSortField + (sort.descending ? QStringLiteral(" desc") : QStringLiteral(" asc")));
    }

    QUrl url = baseUrl;
    url.setPath(joinPath(baseUrl, pathOverride.isEmpty() ? def.path : pathOverride));
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    url.setFragment({});
    return url;
}

QUrl SourceDefinitions::detailUrl(const SourceDefinition &def, const QUrl &baseUrl, const QString &id,
                                  const QString &pathOverride)
{
    if (def.detailPath.isEmpty())
        return {};
    QString path = pathOverride.isEmpty() ? def.detailPath : pathOverride;
    path.replace(QStringLiteral("{id}"), encoded(id));
    QUrl url = baseUrl;
    url.setPath(joinPath(baseUrl, path), QUrl::StrictMode);
    url.setQuery(QString());
    return url;
}
