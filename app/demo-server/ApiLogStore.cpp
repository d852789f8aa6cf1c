#include "ApiLogStore.h"

#include "DemoRandom.h"

#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace
{
constexpr quint64 kStream = 20;
const char *const kApps[] = {"ECOMMERCE", "BANKING", "LOGISTICS", "CRM", "HR_PORTAL"};
const char *const kRegions[] = {"CN-NORTH", "CN-EAST", "EU-WEST", "US-EAST", "AP-SOUTHEAST"};
const char *const kTypes[] = {"ORDER", "ACCOUNT", "SECURITY", "MARKETING", "DELIVERY"};
const char *const kSubtypes[] = {"CREATED", "UPDATED", "REMINDER", "ALERT", "DIGEST"};
const char *const kLanguages[] = {"zh-CN", "en-US", "en-GB", "zh-TW"};
const char *const kValidation[] = {"ApplicationCode is required", "Unknown NotificationTypeCode",
                                   "Recipients must not be empty", "LanguageCode 'xx' is not supported"};
const char *const kErrors[] = {"All recipients failed: provider timeout", "Template rendering failed",
                               "Provider rejected the request (quota exceeded)"};

enum Status { Received = 1, ValidationError = 2, Queued = 3, Ok = 10, Warning = 11, Error = 12 };

QString statusName(int status)
{
    switch (status) {
    case Received:
        return QStringLiteral("Received");
    case ValidationError:
        return QStringLiteral("ValidationError");
    case Queued:
        return QStringLiteral("Queued");
    case Ok:
        return QStringLiteral("OK");
    case Warning:
        return QStringLiteral("Warning");
    default:
        return QStringLiteral("Error");
    }
}

QString guid(DemoRandom &rng)
{
    const quint64 a = rng.next(), b = rng.next();
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | ((b >> 48) & 0x3fff), 4, 16, QLatin1Char('0'))
        .arg(b & 0xffffffffffffull, 12, 16, QLatin1Char('0'));
}

QString iso(qint64 ms)
{
    return DemoDirectory::rfc3339(ms / 1000, int(ms % 1000));
}
} // namespace

const QStringList &ApiLogStore::sortFieldNames()
{
    static const QStringList names = {QStringLiteral("ReceivedAt"), QStringLiteral("CompletedAt"),
                                      QStringLiteral("DurationMs"), QStringLiteral("Status"),
                                      QStringLiteral("TransactionId")};
    return names;
}

std::optional<int> ApiLogStore::statusFromText(QStringView text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    for (int s : {Received, ValidationError, Queued, Ok, Warning, Error}) {
        if ((ok && number == s) || text.compare(statusName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

ApiLogStore::ApiLogStore(const DemoDirectory &directory, int count)
    : m_directory(directory)
{
    m_entries.reserve(size_t(qMax(0, count)));
    const double meanGapMs = count > 0 ? 30.0 * 86400.0 * 1000.0 / count : 1000.0;
    qint64 received = directory.anchorSecs() * 1000;
    for (int i = 0; i < count; ++i) {
        DemoRandom rng(directory.seed(), kStream, quint64(i));
        received -= qint64(rng.unit() * 2.0 * meanGapMs) + 1;
        Entry e;
        e.id = guid(rng);
        e.transactionId =
            QStringLiteral("txn-%1").arg(rng.next() % 100000000000ull, 11, 10, QLatin1Char('0'));
        e.receivedMs = received;
        // The newest few are still in flight.
        const int roll = i < 5 ? 0 : rng.weighted({0, 8, 0, 76, 6, 10});
        static const int outcomes[] = {Queued, ValidationError, Received, Ok, Warning, Error};
        e.status = i < 2 ? Received : outcomes[roll];
        if (e.status == Received || e.status == Queued) {
            e.completedMs = -1;
            e.durationMs = -1;
        } else {
            e.durationMs =
                e.status == ValidationError ? int(rng.between(3, 40)) : int(rng.between(120, 9000));
            e.completedMs = received + e.durationMs;
        }
        m_byId.insert(e.id, i);
        m_entries.push_back(std::move(e));
    }

    m_orders.resize(size_t(sortFieldNames().size()));
    for (size_t f = 0; f < m_orders.size(); ++f) {
        auto &order = m_orders[f];
        order.resize(m_entries.size());
        std::iota(order.begin(), order.end(), 0);
        auto key = [this, f](int i) -> std::pair<qint64, QString> {
            const Entry &e = m_entries[size_t(i)];
            switch (SortField(f)) {
            case SortField::ReceivedAt:
                return {e.receivedMs, e.id};
            case SortField::CompletedAt:
                return {e.completedMs, e.id};
            case SortField::DurationMs:
                return {e.durationMs, e.id};
            case SortField::Status:
                return {e.status, e.id};
            case SortField::TransactionId:
                return {0, e.transactionId + e.id};
            }
            return {0, e.id};
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    }
}

ApiLogStore::Result ApiLogStore::list(const Filter &filter, SortField field, bool descending, int skip,
                                      int max) const
{
    Result result;
    const auto &order = m_orders[size_t(field)];
    const int n = int(order.size());
    for (int k = 0; k < n; ++k) {
        const int index = order[size_t(descending ? n - 1 - k : k)];
        const Entry &e = m_entries[size_t(index)];
        if ((filter.status && e.status != *filter.status)
            || (filter.receivedMinMs && e.receivedMs < *filter.receivedMinMs)
            || (filter.receivedMaxMs && e.receivedMs > *filter.receivedMaxMs))
            continue;
        if (result.total >= skip && result.total < skip + max)
            result.items.append(build(index, false));
        ++result.total;
    }
    return result;
}

std::optional<QJsonObject> ApiLogStore::get(const QString &id) const
{
    const auto it = m_byId.constFind(id.toLower());
    if (it == m_byId.constEnd())
        return std::nullopt;
    return build(*it, true);
}

QJsonObject ApiLogStore::build(int index, bool withHistory) const
{
    const Entry &e = m_entries[size_t(index)];
    DemoRandom rng(m_directory.seed(), kStream + 1, quint64(index));
    const int user = 1 + int(rng.below(quint32(m_directory.userCount())));
    const QString app = QLatin1String(rng.pick(kApps));
    const QString type = QLatin1String(rng.pick(kTypes));
    const QString subtype = QLatin1String(rng.pick(kSubtypes));
    const QString language = QLatin1String(rng.pick(kLanguages));
    const QString region = QLatin1String(rng.pick(kRegions));
    const int recipients = int(rng.between(1, 5));
    const int source = rng.chance(0.6) ? 2 : 1;
    const QString externalId = QStringLiteral("ext-%1").arg(rng.next() % 1000000000ull);
    const qint64 queuedMs = e.receivedMs + rng.between(2, 60);

    QJsonObject payload {{QStringLiteral("applicationCode"), app},
                         {QStringLiteral("notificationTypeCode"), type},
                         {QStringLiteral("notificationSubtypeCode"), subtype},
                         {QStringLiteral("languageCode"), language},
                         {QStringLiteral("transactionId"), e.transactionId},
                         {QStringLiteral("externalMessageId"), externalId}};
    QJsonArray to;
    for (int r = 0; r < recipients; ++r)
        to.append(QJsonObject {
            {QStringLiteral("userId"),
             DemoDirectory::userId(1 + int((user + r * 37) % m_directory.userCount()))},
            {QStringLiteral("channels"), QJsonArray {QStringLiteral("email"), QStringLiteral("push")}}});
    payload.insert(QStringLiteral("recipients"), to);
    payload.insert(
        QStringLiteral("data"),
        QJsonObject {{QStringLiteral("orderId"), QStringLiteral("SO-%1").arg(rng.between(100000, 999999))},
                     {QStringLiteral("amount"), double(rng.between(100, 99999)) / 100.0}});

    int created = 0, success = 0, failed = 0;
    QString detail;
    switch (e.status) {
    case ValidationError:
        detail = QLatin1String(rng.pick(kValidation));
        break;
    case Ok:
        created = success = recipients * 2;
        detail = QStringLiteral("Processed");
        break;
    case Warning:
        created = recipients * 2;
        failed = int(rng.between(1, created - 1));
        success = created - failed;
        detail = QStringLiteral("%1 of %2 messages failed").arg(failed).arg(created);
        break;
    case Error:
        created = failed = recipients * 2;
        detail = QLatin1String(rng.pick(kErrors));
        break;
    case Queued:
        detail = QStringLiteral("Waiting for a worker");
        break;
    default:
        detail = QStringLiteral("Request received");
        break;
    }

    QJsonObject o;
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("correlationId"),
             QStringLiteral("corr-%1").arg(rng.next() & 0xffffffffffull, 10, 16, QLatin1Char('0')));
    o.insert(QStringLiteral("transactionId"), e.transactionId);
    o.insert(QStringLiteral("applicationCode"), app);
    o.insert(QStringLiteral("regionCode"), region);
    o.insert(QStringLiteral("notificationTypeCode"), type);
    o.insert(QStringLiteral("notificationSubtypeCode"), subtype);
    o.insert(QStringLiteral("languageCode"), language);
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("endpoint"), QStringLiteral("/api/app/notifications/send"));
    o.insert(QStringLiteral("httpMethod"), QStringLiteral("POST"));
    o.insert(QStringLiteral("clientIp"),
             QStringLiteral("10.%1.%2.%3").arg(rng.below(255)).arg(rng.below(255)).arg(rng.below(254) + 1));
    o.insert(QStringLiteral("requestPayload"),
             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    o.insert(QStringLiteral("status"), e.status);
    o.insert(QStringLiteral("statusDetail"), detail);
    o.insert(QStringLiteral("externalMessageId"), externalId);
    o.insert(QStringLiteral("externalSequenceNumber"), QString::number(rng.between(1, 99)));
    const bool hasNotification = e.status == Ok || e.status == Warning || e.status == Error;
    o.insert(QStringLiteral("notificationId"), hasNotification ? QJsonValue(guid(rng)) : QJsonValue());
    o.insert(QStringLiteral("deploymentEnvironmentId"),
             QStringLiteral("6f1c2a9e-0d4b-4e1a-9c3f-%1")
                 .arg(m_directory.tenantId(user).right(3).toInt(), 12, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("messagesCreated"),
             e.status == Received || e.status == Queued ? QJsonValue() : QJsonValue(created));
    o.insert(QStringLiteral("messagesSuccess"),
             e.status == Received || e.status == Queued ? QJsonValue() : QJsonValue(success));
    o.insert(QStringLiteral("messagesError"),
             e.status == Received || e.status == Queued ? QJsonValue() : QJsonValue(failed));
    o.insert(QStringLiteral("receivedAt"), iso(e.receivedMs));
    const bool queued = e.status != Received && e.status != ValidationError;
    o.insert(QStringLiteral("queuedAt"), queued ? QJsonValue(iso(queuedMs)) : QJsonValue());
    o.insert(QStringLiteral("completedAt"),
             e.completedMs >= 0 ? QJsonValue(iso(e.completedMs)) : QJsonValue());
    o.insert(QStringLiteral("durationMs"), e.durationMs >= 0 ? QJsonValue(e.durationMs) : QJsonValue());

    if (withHistory) {
        auto step = [](qint64 ms, int status, const QString &text, const char *source) {
            return QJsonObject {{QStringLiteral("timestamp"), iso(ms)},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("statusDetail"), text},
                                {QStringLiteral("source"), QLatin1String(source)}};
        };
        QJsonArray history {step(e.receivedMs, Received, QStringLiteral("Request received"), "Api")};
        if (e.status == ValidationError)
            history.append(step(e.completedMs, ValidationError, detail, "Api"));
        if (queued)
            history.append(step(queuedMs, Queued, QStringLiteral("Queued for processing"), "Queue"));
        if (hasNotification)
            history.append(step(e.completedMs, e.status, detail, e.status == Error ? "Provider" : "Worker"));
        o.insert(QStringLiteral("statusHistory"), history);
    }
    return o;
}
