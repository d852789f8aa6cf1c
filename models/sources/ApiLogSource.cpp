// The notification API logs (GET /api/app/api-logs, by id /api/app/api-logs/{id}): ABP
// lists, numbered enums, and a status history the server keeps in each entry.
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include "core/Timestamp.h"

#include <QJsonArray>

namespace
{
using F = FilterSpec::Format;
using A = FilterSpec::AppliedBy;
using O = Outcome;

EnumTable statuses()
{
    return {"ApiLogStatus",
            {{QStringLiteral("Received"), 1, QT_TRANSLATE_NOOP("ApiLogStatus", "Received"), O::InProgress},
             {QStringLiteral("ValidationError"), 2, QT_TRANSLATE_NOOP("ApiLogStatus", "Validation error"),
              O::Failure},
             {QStringLiteral("Queued"), 3, QT_TRANSLATE_NOOP("ApiLogStatus", "Queued"), O::InProgress},
             {QStringLiteral("OK"), 10, QT_TRANSLATE_NOOP("ApiLogStatus", "OK"), O::Success},
             {QStringLiteral("Warning"), 11, QT_TRANSLATE_NOOP("ApiLogStatus", "Warning"), O::Warning},
             {QStringLiteral("Error"), 12, QT_TRANSLATE_NOOP("ApiLogStatus", "Error"), O::Failure}},
            O::Info};
}

EnumTable requestSources()
{
    return {"ApiLogSource",
            {{QStringLiteral("CPaaS"), 1, QT_TRANSLATE_NOOP("ApiLogSource", "CPaaS"), O::None},
             {QStringLiteral("API"), 2, QT_TRANSLATE_NOOP("ApiLogSource", "API"), O::None}},
            O::None};
}

std::optional<int> intOf(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

// The entry's statusHistory, in time order (the codec has normalised ABP's PascalCase).
StatusHistory history(const QJsonObject &r)
{
    static const EnumTable table = statuses();
    StatusHistory h;
    const QJsonValue list = r.contains(QStringLiteral("statusHistory"))
        ? r.value(QStringLiteral("statusHistory"))
        : r.value(QStringLiteral("StatusHistory"));
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isObject())
            continue;
        const QJsonObject o = v.toObject();
        auto field = [&o](const char *camel, const char *pascal) {
            const QJsonValue value = o.value(QLatin1String(camel));
            return value.isUndefined() ? o.value(QLatin1String(pascal)) : value;
        };
        HistoryStep step;
        step.timestamp = Timestamp::parse(field("timestamp", "Timestamp").toString()).value_or(QDateTime());
        QJsonValue status = field("status", "Status");
        if (const EnumValue *e = table.find(status))
            status = *e->number;
        step.enumField = QStringLiteral("status");
        step.status = status;
        step.detail = field("statusDetail", "StatusDetail").toString();
        const QJsonValue source = field("source", "Source");
        step.source = source.isDouble() ? QString::number(source.toInt()) : source.toString();
        step.outcome = table.outcome(status);
        h.steps.append(step);
    }
    std::stable_sort(h.steps.begin(), h.steps.end(), [](const HistoryStep &a, const HistoryStep &b) {
        return a.timestamp.isValid() && b.timestamp.isValid() && a.timestamp < b.timestamp;
    });
    if (const auto ms = intOf(r.value(QStringLiteral("durationMs"))))
        h.totalMs = *ms;
    else if (h.steps.size() > 1 && h.steps.constFirst().timestamp.isValid()
             && h.steps.constLast().timestamp.isValid())
        h.totalMs = h.steps.constFirst().timestamp.msecsTo(h.steps.constLast().timestamp);
    h.created = intOf(r.value(QStringLiteral("messagesCreated")));
    h.succeeded = intOf(r.value(QStringLiteral("messagesSuccess")));
    h.failed = intOf(r.value(QStringLiteral("messagesError")));
    return h;
}

SourceDefinition definition()
{
    SourceDefinition d;
    d.kind = Sources::ApiLogs;
    d.title = QT_TRANSLATE_NOOP("Source", "Notification API logs");
    d.path = QStringLiteral("/api/app/api-logs");
    d.detailPath = QStringLiteral("/api/app/api-logs/{id}");
    d.envelope = Envelope::AbpList;
    d.pageStyle = PageStyle::SkipMax;
    d.pageParam = QStringLiteral("SkipCount");
    d.pageSizeParam = QStringLiteral("MaxResultCount");
    d.sortStyle = SortStyle::AbpSorting;
    d.defaultSort = {QStringLiteral("receivedAt"), true};
    d.timeField = QStringLiteral("receivedAt");
    FilterSpec status {QLatin1String(Query::Status), QStringLiteral("Status"), F::EnumNumber, A::Server};
    status.label = QT_TRANSLATE_NOOP("Filters", "Status");
    status.enumField = QStringLiteral("status");
    status.cliHelp = QT_TRANSLATE_NOOP("cli", "API log status (name or number).");
    status.cliValueName = QStringLiteral("status");
    d.filters = {status};
    d.filters << BuiltinSources::dateFilters(QStringLiteral("ReceivedAtMin"),
                                             QStringLiteral("ReceivedAtMax"));
    using T = ColumnType;
    auto col = [](const char *key, const char *title, T type, bool visible, int width,
                  const char *sortField = "") {
        return ColumnSpec {QLatin1String(key), title, type, visible, width, QLatin1String(sortField)};
    };
    d.columns = {
        col("receivedAt", QT_TRANSLATE_NOOP("Columns", "Received at"), T::DateTime, true, 190, "ReceivedAt"),
        col("status", QT_TRANSLATE_NOOP("Columns", "Status"), T::Enum, true, 150, "Status"),
        col("transactionId", QT_TRANSLATE_NOOP("Columns", "Transaction ID"), T::Text, true, 140,
            "TransactionId"),
        col("applicationCode", QT_TRANSLATE_NOOP("Columns", "Application"), T::Text, true, 110),
        col("notificationTypeCode", QT_TRANSLATE_NOOP("Columns", "Notification type"), T::Text, true, 120),
        col("durationMs", QT_TRANSLATE_NOOP("Columns", "Duration (ms)"), T::Number, true, 100, "DurationMs"),
        col("messagesCreated", QT_TRANSLATE_NOOP("Columns", "Messages created"), T::Number, true, 90),
        col("messagesSuccess", QT_TRANSLATE_NOOP("Columns", "Messages succeeded"), T::Number, true, 90),
        col("messagesError", QT_TRANSLATE_NOOP("Columns", "Messages failed"), T::Number, true, 90),
        col("statusDetail", QT_TRANSLATE_NOOP("Columns", "Status detail"), T::Text, true, 220),
        col("completedAt", QT_TRANSLATE_NOOP("Columns", "Completed at"), T::DateTime, false, 170,
            "CompletedAt"),
        col("source", QT_TRANSLATE_NOOP("Columns", "Source"), T::Enum, false, 80),
        col("regionCode", QT_TRANSLATE_NOOP("Columns", "Region"), T::Text, false, 100),
        col("languageCode", QT_TRANSLATE_NOOP("Columns", "Language"), T::Text, false, 80),
        col("clientIp", QT_TRANSLATE_NOOP("Columns", "Client IP"), T::Text, false, 110),
        col("id", QT_TRANSLATE_NOOP("Columns", "ID"), T::Text, false, 260),
        col("requestPayload", QT_TRANSLATE_NOOP("Columns", "Request payload"), T::Json, false, 260),
    };
    d.enums.insert(QStringLiteral("status"), statuses());
    d.enums.insert(QStringLiteral("source"), requestSources());
    d.outcomeField = QStringLiteral("status");
    d.payloadField = QStringLiteral("requestPayload");
    d.history = history;
    d.historyField = QStringLiteral("statusHistory");
    d.textFields = {
        {QStringLiteral("error"), {QStringLiteral("statusDetail")}},
        {QStringLiteral("payload"), {QStringLiteral("requestPayload"), QStringLiteral("payload")}}};
    return d;
}
} // namespace

void BuiltinSources::addApiLogs(SourceRegistry &registry)
{
    registry.add(definition());
}
