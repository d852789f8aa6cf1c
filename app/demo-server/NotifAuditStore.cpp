#include "NotifAuditStore.h"

#include "CommLogStore.h"
#include "DemoRandom.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace
{
constexpr quint64 kStream = 30;
} // namespace

const QStringList &NotifAuditStore::eventTypes()
{
    static const QStringList types =
        QStringLiteral(
            "NOTIFICATION_SENT NOTIFICATION_FAILED NOTIFICATION_RETRIED NOTIFICATION_DELIVERED "
            "NOTIFICATION_READ NOTIFICATION_CLICKED NOTIFICATION_UNSUBSCRIBED USER_CREATED USER_UPDATED "
            "USER_DELETED USER_SUBSCRIPTION_UPDATED ADMIN_RESEND_NOTIFICATION ADMIN_UNBLOCK_EMAIL "
            "ADMIN_PATCH_CATEGORY_SUBSCRIPTION ADMIN_GET_AUDIT_LOGS ADMIN_POST_CATEGORY_SUBSCRIPTION "
            "ADMIN_POST_NOTIFICATION_SUBSCRIPTION EMAIL_BLOCKED_BOUNCE EMAIL_UNSUBSCRIBED_COMPLAINT "
            "EMAIL_TEMP_BLOCKED_TRANSIENT_BOUNCE DEVICE_TOKEN_CREATED DEVICE_TOKEN_DELETED "
            "API_NOTIFICATION_SENT ADMIN_BLOCK_WEBHOOK_URL ADMIN_UNBLOCK_WEBHOOK_URL ADMIN_WEBHOOK_RETRIGGER "
            "WEBHOOK_RETRIGGER USER_MUTE_ENTERPRISE USER_UNMUTE_ENTERPRISE USER_MUTE_WALLET "
            "USER_UNMUTE_WALLET "
            "USER_UPDATE_MUTED_WALLETS USER_UPDATE_MUTED_ENTERPRISES ADMIN_MUTE_ENTERPRISE "
            "ADMIN_UNMUTE_ENTERPRISE ADMIN_MUTE_WALLET ADMIN_UNMUTE_WALLET ADMIN_UPDATE_MUTED_WALLETS "
            "ADMIN_UPDATE_MUTED_ENTERPRISES")
            .split(QLatin1Char(' '));
    return types;
}

NotifAuditStore::NotifAuditStore(const DemoDirectory &directory, int count)
    : m_directory(directory)
{
    // Zipf-like weights over the document's order: sends and deliveries dominate, the
    // admin mute operations are rare, and every type still occurs.
    const int types = int(eventTypes().size());
    std::vector<double> cumulative(static_cast<size_t>(types));
    double sum = 0;
    for (int t = 0; t < types; ++t) {
        sum += 1.0 / std::pow(t + 1, 1.2);
        cumulative[size_t(t)] = sum;
    }

    m_rows.resize(size_t(qMax(0, count)));
    const double meanGapMs = count > 0 ? 60.0 * 86400.0 * 1000.0 / count : 1000.0;
    qint64 logged = (directory.anchorSecs() - 60LL * 86400) * 1000;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        DemoRandom rng(directory.seed(), kStream, i);
        logged += qint64(rng.unit() * 2.0 * meanGapMs) + 1;
        Row &row = m_rows[i];
        // Ids follow the order of writing, timestamps the order of the events, which a
        // busy service writes a little out of order: sorting by id and by timestamp differ.
        row.timestampMs = logged - rng.between(0, 4000);
        row.user = quint16(1 + rng.below(quint32(directory.userCount())));
        const double roll = rng.unit() * sum;
        row.eventType =
            quint8(std::lower_bound(cumulative.begin(), cumulative.end(), roll) - cumulative.begin());
        // Guarantee every type appears at least once in any data set of 39 or more.
        if (i < size_t(types) && m_rows.size() >= size_t(types) * 10)
            row.eventType = quint8(i);
    }
    // The random walk may overshoot the anchor by hours: nothing happens in the future.
    qint64 newest = LLONG_MIN;
    for (const Row &row : m_rows)
        newest = qMax(newest, row.timestampMs);
    const qint64 overshoot = newest - directory.anchorSecs() * 1000;
    if (overshoot > 0) {
        for (Row &row : m_rows)
            row.timestampMs -= overshoot;
    }
    RowIndex::Rows ids(m_rows.size());
    std::iota(ids.begin(), ids.end(), 0);
    RowIndex::Rows byTime = ids;
    std::stable_sort(byTime.begin(), byTime.end(),
                     [this](quint32 a, quint32 b) { return m_rows[a].timestampMs < m_rows[b].timestampMs; });
    m_byId = index(std::move(ids));
    m_byTimestamp = index(std::move(byTime));
}

NotifAuditStore::Order NotifAuditStore::index(RowIndex::Rows order) const
{
    Order o;
    o.byUser =
        RowIndex::postings(order, m_directory.userCount() + 1, [this](quint32 r) { return m_rows[r].user; });
    o.byType = RowIndex::postings(order, int(eventTypes().size()),
                                  [this](quint32 r) { return m_rows[r].eventType; });
    o.all = std::move(order);
    return o;
}

NotifAuditStore::Result NotifAuditStore::list(const Filter &filter, bool byId, bool descending, int offset,
                                              int limit) const
{
    Result result;
    if (filter.impossible || (filter.user && (*filter.user < 1 || *filter.user > m_directory.userCount()))
        || (filter.eventType && (*filter.eventType < 0 || *filter.eventType >= eventTypes().size())))
        return result;
    // The narrowest list that holds every match; what it does not decide is checked per row.
    const Order &order = byId ? m_byId : m_byTimestamp;
    const RowIndex::Rows &list = filter.user ? order.byUser[size_t(*filter.user)]
        : filter.eventType                   ? order.byType[size_t(*filter.eventType)]
                                             : order.all;
    const bool checkType = filter.user && filter.eventType;
    // In time order a date range is a slice; in id order (ids follow writing, times the
    // events) it is checked per row.
    const auto timeOf = [this](quint32 r) {
        return m_rows[r].timestampMs;
    };
    const auto [first, last] = byId ? std::pair<size_t, size_t>(0, list.size())
                                    : RowIndex::timeRange(list, timeOf, filter.startMs, filter.endMs);
    const bool checkTime = byId && (filter.startMs || filter.endMs);
    const RowIndex::Page page = !checkType && !checkTime
        ? RowIndex::slice(list, first, last, descending, offset, limit)
        : RowIndex::page(list, first, last, descending, offset, limit, [&](size_t at) {
              const Row &row = m_rows[list[at]];
              return (!checkType || row.eventType == *filter.eventType)
                  && (!checkTime
                      || ((!filter.startMs || row.timestampMs >= *filter.startMs)
                          && (!filter.endMs || row.timestampMs <= *filter.endMs)));
          });
    result.total = page.total;
    for (quint32 r : page.rows)
        result.items.append(build(int(r)));
    return result;
}

QJsonObject NotifAuditStore::build(int index) const
{
    const Row &row = m_rows[size_t(index)];
    DemoRandom rng(m_directory.seed(), kStream + 1, quint64(index));
    const QString type = eventTypes().at(row.eventType);
    const bool adminAction = type.startsWith(u"ADMIN_");
    const bool aboutNotification = type.contains(u"NOTIFICATION") || type.startsWith(u"EMAIL_");

    QJsonObject details;
    if (type.startsWith(u"EMAIL_"))
        details.insert(QStringLiteral("reason"),
                       type.contains(u"BOUNCE") ? QStringLiteral("550 5.1.1 mailbox unavailable")
                                                : QStringLiteral("complaint"));
    if (type.contains(u"WALLET"))
        details.insert(QStringLiteral("walletId"), QStringLiteral("wal_%1").arg(rng.between(1000, 9999)));
    if (type.contains(u"ENTERPRISE"))
        details.insert(QStringLiteral("enterpriseId"), QStringLiteral("ent_%1").arg(rng.between(100, 999)));
    if (type.contains(u"WEBHOOK"))
        details.insert(QStringLiteral("url"),
                       QStringLiteral("https://hooks.example.com/n/%1").arg(rng.between(1, 500)));
    if (type.contains(u"SUBSCRIPTION"))
        details.insert(QStringLiteral("category"), QStringLiteral("marketing"));
    if (type == u"NOTIFICATION_FAILED")
        details.insert(QStringLiteral("error"), QStringLiteral("Provider timeout"));
    details.insert(QStringLiteral("ip"), QStringLiteral("192.0.2.%1").arg(rng.between(1, 254)));

    QJsonObject o;
    o.insert(QStringLiteral("id"), index + 1);
    o.insert(QStringLiteral("timestamp"),
             DemoDirectory::rfc3339(row.timestampMs / 1000, int(row.timestampMs % 1000)));
    o.insert(QStringLiteral("eventType"), type);
    o.insert(QStringLiteral("userId"), DemoDirectory::userId(row.user));
    o.insert(QStringLiteral("email"), m_directory.email(row.user));
    o.insert(QStringLiteral("username"), m_directory.username(row.user));
    o.insert(QStringLiteral("actorId"),
             adminAction ? DemoDirectory::operatorId(1 + int(rng.below(DemoDirectory::adminCount())))
                         : DemoDirectory::userId(row.user));
    o.insert(QStringLiteral("notificationId"),
             aboutNotification ? QJsonValue(
                 QStringLiteral("ntf_%1").arg(rng.next() % 100000000ull, 8, 10, QLatin1Char('0')))
                               : QJsonValue());
    o.insert(QStringLiteral("channel"),
             aboutNotification ? QJsonValue(CommLogStore::channels().at(int(rng.below(3)))) : QJsonValue());
    o.insert(QStringLiteral("details"), details);
    return o;
}
