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

// A version-4 GUID from two random numbers, as the numbers it shows: 60 bits of `a`
// (8, 4 and 3 hex digits) and 62 of `b` (the variant's 14 and 12 digits). Compared as
// numbers, these order GUIDs as their strings do.
std::pair<quint64, quint64> guidNumbers(quint64 a, quint64 b)
{
    return {((a >> 32) << 28) | (((a >> 16) & 0xffff) << 12) | (a & 0xfff),
            (((b >> 48) & 0x3fff) << 48) | (b & 0xffffffffffffull)};
}

QString guidText(quint64 high, quint64 low)
{
    return QStringLiteral("%1-%2-4%3-%4-%5")
        .arg(high >> 28, 8, 16, QLatin1Char('0'))
        .arg((high >> 12) & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(high & 0xfff, 3, 16, QLatin1Char('0'))
        .arg(0x8000 | (low >> 48), 4, 16, QLatin1Char('0'))
        .arg(low & 0xffffffffffffull, 12, 16, QLatin1Char('0'));
}

QString guid(DemoRandom &rng)
{
    const quint64 a = rng.next(), b = rng.next();
    const auto [high, low] = guidNumbers(a, b);
    return guidText(high, low);
}

// The numbers guidText() shows, back from the text (any case).
std::optional<std::pair<quint64, quint64>> parseGuid(const QString &text)
{
    static const int widths[] = {8, 4, 4, 4, 12};
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 5)
        return std::nullopt;
    quint64 v[5];
    for (int i = 0; i < 5; ++i) {
        bool ok = false;
        v[i] = parts.at(i).toULongLong(&ok, 16);
        if (!ok || parts.at(i).size() != widths[i])
            return std::nullopt;
    }
    if ((v[2] >> 12) != 4 || (v[3] >> 14) != 2)
        return std::nullopt;
    return std::pair((v[0] << 28) | (v[1] << 12) | (v[2] & 0xfff), ((v[3] & 0x3fff) << 48) | v[4]);
}

QString transactionText(quint64 number)
{
    return QStringLiteral("txn-%1").arg(number, 11, 10, QLatin1Char('0'));
}

// The status's place among the six, for the per-status lists.
int statusSlot(int status)
{
    switch (status) {
    case Received:
        return 0;
    case ValidationError:
        return 1;
    case Queued:
        return 2;
    case Ok:
        return 3;
    case Warning:
        return 4;
    default:
        return 5;
    }
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
        const quint64 a = rng.next(), b = rng.next();
        std::tie(e.idHigh, e.idLow) = guidNumbers(a, b);
        e.transaction = rng.next() % 100000000000ull;
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
        m_entries.push_back(e);
    }

    {
        struct Id {
            quint64 high, low;
            quint32 row;
        };
        std::vector<Id> ids(m_entries.size());
        for (size_t i = 0; i < ids.size(); ++i)
            ids[i] = {m_entries[i].idHigh, m_entries[i].idLow, quint32(i)};
        std::sort(ids.begin(), ids.end(),
                  [](const Id &a, const Id &b) { return std::tie(a.high, a.low) < std::tie(b.high, b.low); });
        m_byId.resize(ids.size());
        for (size_t k = 0; k < ids.size(); ++k)
            m_byId[k] = ids[k].row;
    }
    m_orders.resize(size_t(sortFieldNames().size()));
    m_byStatus.resize(m_orders.size());
    for (size_t f = 0; f < m_orders.size(); ++f) {
        auto key = [this, f](quint32 i) -> std::pair<qint64, quint64> {
            const Entry &e = m_entries[i];
            switch (SortField(f)) {
            case SortField::ReceivedAt:
                return {e.receivedMs, 0};
            case SortField::CompletedAt:
                return {e.completedMs, 0};
            case SortField::DurationMs:
                return {e.durationMs, 0};
            case SortField::Status:
                return {e.status, 0};
            case SortField::TransactionId:
                return {0, e.transaction};
            }
            return {0, 0};
        };
        // Ties in id order, as the strings compared before. Sorted as keys side by side,
        // not through the entries: a million rows in a fraction of a second.
        struct Item {
            std::pair<qint64, quint64> key;
            quint32 idPlace;
            quint32 row;
        };
        std::vector<Item> items(m_byId.size());
        for (size_t k = 0; k < m_byId.size(); ++k)
            items[k] = {key(m_byId[k]), quint32(k), m_byId[k]};
        std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
            return std::tie(a.key, a.idPlace) < std::tie(b.key, b.idPlace);
        });
        auto &order = m_orders[f];
        order.resize(items.size());
        for (size_t k = 0; k < items.size(); ++k)
            order[k] = items[k].row;
        m_byStatus[f] =
            RowIndex::postings(order, 6, [this](quint32 r) { return statusSlot(m_entries[r].status); });
    }
    RowIndex::Rows rank(m_entries.size());
    const RowIndex::Rows &byReceived = m_orders[size_t(SortField::ReceivedAt)];
    for (size_t k = 0; k < byReceived.size(); ++k)
        rank[byReceived[k]] = quint32(k);
    const auto ranksOf = [&rank](const RowIndex::Rows &list) {
        RowIndex::Rows out(list.size());
        for (size_t k = 0; k < list.size(); ++k)
            out[k] = rank[list[k]];
        return out;
    };
    m_receivedRank.resize(m_orders.size());
    m_receivedRankByStatus.resize(m_orders.size());
    for (size_t f = 0; f < m_orders.size(); ++f) {
        m_receivedRank[f] = ranksOf(m_orders[f]);
        for (const RowIndex::Rows &list : m_byStatus[f])
            m_receivedRankByStatus[f].push_back(ranksOf(list));
    }
}

ApiLogStore::Result ApiLogStore::list(const Filter &filter, SortField field, bool descending, int skip,
                                      int max) const
{
    Result result;
    const RowIndex::Rows &list = filter.status ? m_byStatus[size_t(field)][size_t(statusSlot(*filter.status))]
                                               : m_orders[size_t(field)];
    // By time received, a range of it is a slice; in other orders it is checked per row.
    const bool byReceived = field == SortField::ReceivedAt;
    const auto receivedOf = [this](quint32 r) {
        return m_entries[r].receivedMs;
    };
    const auto [first, last] = byReceived
        ? RowIndex::timeRange(list, receivedOf, filter.receivedMinMs, filter.receivedMaxMs)
        : std::pair<size_t, size_t>(0, list.size());
    RowIndex::Page page;
    if (byReceived || (!filter.receivedMinMs && !filter.receivedMaxMs)) {
        page = RowIndex::slice(list, first, last, descending, skip, max);
    } else {
        // In another order: the range is the ranks [low, high) of the ReceivedAt order.
        const auto [low, high] = RowIndex::timeRange(m_orders[size_t(SortField::ReceivedAt)], receivedOf,
                                                     filter.receivedMinMs, filter.receivedMaxMs);
        const RowIndex::Rows &ranks = filter.status
            ? m_receivedRankByStatus[size_t(field)][size_t(statusSlot(*filter.status))]
            : m_receivedRank[size_t(field)];
        // How many: the same rows lie in a range of the ReceivedAt order (per status too).
        const RowIndex::Rows &byReceived = filter.status
            ? m_byStatus[size_t(SortField::ReceivedAt)][size_t(statusSlot(*filter.status))]
            : m_orders[size_t(SortField::ReceivedAt)];
        const auto [from, to] =
            RowIndex::timeRange(byReceived, receivedOf, filter.receivedMinMs, filter.receivedMaxMs);
        page.total = int(to - from);
        // Which: this order's rows inside the ranks, read until the page is full.
        int seen = 0;
        for (size_t k = 0; k < list.size() && int(page.rows.size()) < max; ++k) {
            const size_t at = descending ? list.size() - 1 - k : k;
            if (ranks[at] >= low && ranks[at] < high && seen++ >= skip)
                page.rows.push_back(list[at]);
        }
    }
    result.total = page.total;
    for (quint32 r : page.rows)
        result.items.append(build(int(r), false));
    return result;
}

std::optional<QJsonObject> ApiLogStore::get(const QString &id) const
{
    const auto wanted = parseGuid(id);
    if (!wanted)
        return std::nullopt;
    const auto it =
        std::lower_bound(m_byId.begin(), m_byId.end(), *wanted, [this](quint32 r, const auto &key) {
            return std::pair(m_entries[r].idHigh, m_entries[r].idLow) < key;
        });
    if (it == m_byId.end() || std::pair(m_entries[*it].idHigh, m_entries[*it].idLow) != *wanted)
        return std::nullopt;
    return build(int(*it), true);
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
                         {QStringLiteral("transactionId"), transactionText(e.transaction)},
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
    o.insert(QStringLiteral("id"), guidText(e.idHigh, e.idLow));
    o.insert(QStringLiteral("correlationId"),
             QStringLiteral("corr-%1").arg(rng.next() & 0xffffffffffull, 10, 16, QLatin1Char('0')));
    o.insert(QStringLiteral("transactionId"), transactionText(e.transaction));
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
