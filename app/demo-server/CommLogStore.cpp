#include "CommLogStore.h"

#include "DemoRandom.h"

#include <QJsonDocument>

namespace
{
constexpr quint64 kStream = 10;
constexpr int kChannelSlots = 4; // any + 3
constexpr int kStatusSlots = 5; // any + 4

const char *const kSmsProviders[] = {"aliyun", "tencent", "twilio"};
const char *const kEmailProviders[] = {"sendgrid", "ses", "mailgun"};
const char *const kPushProviders[] = {"fcm", "apns", "jpush"};
const char *const kSmsErrors[] = {"Send timeout", "发送超时", "Invalid phone number", "号码已停机",
                                  "Carrier rejected the message"};
const char *const kEmailErrors[] = {"Mailbox unavailable (550)", "Bounce: user unknown", "邮箱不存在",
                                    "Message rejected as spam"};
const char *const kPushErrors[] = {"Device token expired", "APNs: BadDeviceToken", "设备未注册",
                                   "FCM: quota exceeded"};
} // namespace

const QStringList &CommLogStore::channels()
{
    static const QStringList values = {QStringLiteral("sms"), QStringLiteral("email"),
                                       QStringLiteral("push")};
    return values;
}

const QStringList &CommLogStore::statuses()
{
    static const QStringList values = {QStringLiteral("pending"), QStringLiteral("sent"),
                                       QStringLiteral("failed"), QStringLiteral("delivered")};
    return values;
}

int CommLogStore::listKey(int userSlot, int channelSlot, int statusSlot)
{
    return (userSlot * kChannelSlots + channelSlot) * kStatusSlots + statusSlot;
}

CommLogStore::CommLogStore(const DemoDirectory &directory, int count, int arrivals)
    : m_directory(directory)
    , m_hidden(quint32(qMax(0, arrivals)))
{
    count = qMax(0, count) + int(m_hidden);
    const int users = directory.userCount();
    m_rows.resize(size_t(qMax(0, count)));
    // About 30 days of traffic whatever the count; integer seconds, so large counts
    // produce equal timestamps (and pages whose edges fall inside a run of them).
    const int stored = count - int(m_hidden);
    const double meanGap = stored > 0 ? 30.0 * 86400.0 / stored : 1.0;
    qint32 age = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        DemoRandom rng(directory.seed(), kStream, i);
        Row &row = m_rows[i];
        if (i < m_hidden) {
            row.ageSecs = 0; // stamped when it arrives
        } else {
            if (i > m_hidden)
                age += qint32(rng.unit() * 2.0 * meanGap + 0.5);
            row.ageSecs = age;
        }
        // A few busy users, a long tail.
        row.user = quint16(rng.chance(0.3) ? 1 + rng.below(quint32(qMin(users, 20)))
                                           : 1 + rng.below(quint32(users)));
        row.channel = quint8(rng.weighted({55, 35, 10}));
        // Recent records may still be pending; old ones have settled.
        row.status = quint8(i < 200 ? rng.weighted({30, 30, 10, 30}) : rng.weighted({2, 18, 15, 65}));
    }

    std::vector<quint32> sizes(size_t((users + 1) * kChannelSlots * kStatusSlots), 0);
    auto forEachList = [](const Row &row, auto &&fn) {
        for (int u : {0, int(row.user)})
            for (int c : {0, row.channel + 1})
                for (int s : {0, row.status + 1})
                    fn(listKey(u, c, s));
    };
    for (const Row &row : m_rows)
        forEachList(row, [&](int key) { ++sizes[size_t(key)]; });
    m_lists.resize(sizes.size());
    for (size_t k = 0; k < sizes.size(); ++k)
        m_lists[k].reserve(sizes[k]);
    for (size_t i = 0; i < m_rows.size(); ++i)
        forEachList(m_rows[i], [&](int key) { m_lists[size_t(key)].push_back(quint32(i)); });
}

const std::vector<quint32> &CommLogStore::postings(const Filter &filter) const
{
    const int u = filter.user.value_or(0);
    const int c = filter.channel ? *filter.channel + 1 : 0;
    const int s = filter.status ? *filter.status + 1 : 0;
    return m_lists[size_t(listKey(u, c, s))];
}

bool CommLogStore::reveal(qint64 nowSecs)
{
    if (m_hidden == 0)
        return false;
    --m_hidden;
    // Newest first stays true however the clock moves: not older than the one below.
    const qint32 age = qint32(qBound(qint64(INT_MIN), m_directory.anchorSecs() - nowSecs, qint64(INT_MAX)));
    const qint32 below = m_hidden + 1 < m_rows.size() ? m_rows[m_hidden + 1].ageSecs : INT_MAX;
    m_rows[m_hidden].ageSecs = qMin(age, below);
    return true;
}

size_t CommLogStore::firstArrived(const std::vector<quint32> &list) const
{
    return size_t(std::lower_bound(list.begin(), list.end(), m_hidden) - list.begin());
}

int CommLogStore::count(const Filter &filter) const
{
    if (filter.impossible || (filter.user && (*filter.user < 1 || *filter.user > m_directory.userCount())))
        return 0;
    const auto &list = postings(filter);
    return int(list.size() - firstArrived(list));
}

QJsonArray CommLogStore::page(const Filter &filter, int offset, int limit) const
{
    QJsonArray items;
    const int total = count(filter);
    if (total == 0)
        return items;
    const auto &list = postings(filter);
    const size_t first = firstArrived(list);
    for (int i = offset; i < total && i < offset + limit; ++i)
        items.append(record(int(list[first + size_t(i)])));
    return items;
}

QJsonObject CommLogStore::record(int index) const
{
    const Row &row = m_rows[size_t(index)];
    DemoRandom rng(m_directory.seed(), kStream + 1, quint64(index));
    const QString channel = channels().at(row.channel);
    const QString status = statuses().at(row.status);
    const qint64 created = m_directory.anchorSecs() - row.ageSecs;
    const bool chinese = rng.chance(0.5);

    QString provider, recipient, content, error;
    const int code = int(rng.between(100000, 999999));
    switch (row.channel) {
    case 0:
        provider = QLatin1String(rng.pick(kSmsProviders));
        recipient = QStringLiteral("1%1****%2")
                        .arg(rng.between(30, 89))
                        .arg(rng.between(0, 9999), 4, 10, QLatin1Char('0'));
        content = chinese ? QStringLiteral("您的验证码是%1，5分钟内有效。").arg(code)
                          : QStringLiteral("Your verification code is %1").arg(code);
        error = QLatin1String(rng.pick(kSmsErrors));
        break;
    case 1:
        provider = QLatin1String(rng.pick(kEmailProviders));
        recipient = QStringLiteral("%1***@example.com").arg(QChar(u'a' + rng.below(26)));
        content = chinese ? QStringLiteral("您的订单 #%1 已发货").arg(code)
                          : QStringLiteral("Your order #%1 has shipped").arg(code);
        error = QLatin1String(rng.pick(kEmailErrors));
        break;
    default:
        provider = QLatin1String(rng.pick(kPushProviders));
        recipient = QStringLiteral("dev_****%1").arg(rng.next() & 0xffff, 4, 16, QLatin1Char('0'));
        content = chinese ? QStringLiteral("您有一条新消息") : QStringLiteral("You have a new message");
        error = QLatin1String(rng.pick(kPushErrors));
        break;
    }

    QJsonObject o;
    o.insert(QStringLiteral("id"),
             QStringLiteral("log_%1").arg(m_rows.size() - size_t(index), 8, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("user_id"), DemoDirectory::userId(row.user));
    o.insert(QStringLiteral("tenant_id"), m_directory.tenantId(row.user));
    o.insert(QStringLiteral("channel"), channel);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("recipient"), recipient);
    o.insert(QStringLiteral("template_id"),
             QStringLiteral("tpl_%1_%2").arg(channel).arg(rng.below(40) + 1, 3, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("content"), content);
    o.insert(QStringLiteral("created_at"), DemoDirectory::rfc3339(created));
    qint64 updated = created;
    if (status != u"pending") {
        const qint64 sent = created + rng.between(1, 90);
        o.insert(QStringLiteral("sent_at"), DemoDirectory::rfc3339(sent));
        updated = status == u"delivered" ? sent + rng.between(1, 30) : sent;
    }
    o.insert(QStringLiteral("updated_at"), DemoDirectory::rfc3339(updated));
    if (status == u"failed") {
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("response"), QString());
    } else if (status != u"pending") {
        const QJsonObject response {
            {QStringLiteral("RequestId"), QStringLiteral("%1").arg(rng.next(), 16, 16, QLatin1Char('0'))},
            {QStringLiteral("Code"), QStringLiteral("OK")}};
        o.insert(QStringLiteral("response"),
                 QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
    }
    return o;
}
