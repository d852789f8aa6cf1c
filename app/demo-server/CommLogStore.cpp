#include "CommLogStore.h"

#include "CompactJson.h"
#include "DemoRandom.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace
{
constexpr quint64 kStream = 10;
constexpr int kChannelSlots = 4; // any + 3
constexpr int kStatusSlots = 5; // any + 4
// Indexes into statuses().
constexpr int kPending = 0;
constexpr int kFailed = 2;
constexpr int kDelivered = 3;

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

struct CommLogStore::Fields {
    int number = 0; // log_%08d
    int user = 0;
    int channel = 0;
    int status = 0;
    const char *provider = "";
    QString recipient;
    QString content;
    const char *error = "";
    QString templateId;
    qint64 created = 0;
    std::optional<qint64> sent;
    qint64 updated = 0;
    std::optional<quint64> requestId; // the provider's response, when there is one
};

CommLogStore::Fields CommLogStore::fields(int index) const
{
    const Row &row = m_rows[size_t(index)];
    DemoRandom rng(m_directory.seed(), kStream + 1, quint64(index));
    Fields f;
    f.number = int(m_rows.size() - size_t(index));
    f.user = row.user;
    f.channel = row.channel;
    f.status = row.status;
    f.created = m_directory.anchorSecs() - row.ageSecs;
    const bool chinese = rng.chance(0.5);
    // The draws in this order: the records are the same from one version to the next.
    const int code = int(rng.between(100000, 999999));
    switch (row.channel) {
    case 0:
        f.provider = rng.pick(kSmsProviders);
        f.recipient = QStringLiteral("1%1****%2")
                          .arg(rng.between(30, 89))
                          .arg(rng.between(0, 9999), 4, 10, QLatin1Char('0'));
        f.content = chinese ? QStringLiteral("您的验证码是%1，5分钟内有效。").arg(code)
                            : QStringLiteral("Your verification code is %1").arg(code);
        f.error = rng.pick(kSmsErrors);
        break;
    case 1:
        f.provider = rng.pick(kEmailProviders);
        f.recipient = QStringLiteral("%1***@example.com").arg(QChar(u'a' + rng.below(26)));
        f.content = chinese ? QStringLiteral("您的订单 #%1 已发货").arg(code)
                            : QStringLiteral("Your order #%1 has shipped").arg(code);
        f.error = rng.pick(kEmailErrors);
        break;
    default:
        f.provider = rng.pick(kPushProviders);
        f.recipient = QStringLiteral("dev_****%1").arg(rng.next() & 0xffff, 4, 16, QLatin1Char('0'));
        f.content = chinese ? QStringLiteral("您有一条新消息") : QStringLiteral("You have a new message");
        f.error = rng.pick(kPushErrors);
        break;
    }
    f.templateId = QStringLiteral("tpl_%1_%2")
                       .arg(channels().at(row.channel))
                       .arg(rng.below(40) + 1, 3, 10, QLatin1Char('0'));
    f.updated = f.created;
    if (row.status != kPending) {
        f.sent = f.created + rng.between(1, 90);
        f.updated = row.status == kDelivered ? *f.sent + rng.between(1, 30) : *f.sent;
    }
    if (row.status != kPending && row.status != kFailed)
        f.requestId = rng.next();
    return f;
}

namespace
{
QString responseText(quint64 requestId)
{
    return QStringLiteral("{\"Code\":\"OK\",\"RequestId\":\"%1\"}").arg(requestId, 16, 16, QLatin1Char('0'));
}
} // namespace

QJsonObject CommLogStore::record(int index) const
{
    const Fields f = fields(index);
    QJsonObject o;
    o.insert(QStringLiteral("id"), QStringLiteral("log_%1").arg(f.number, 8, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("user_id"), DemoDirectory::userId(f.user));
    o.insert(QStringLiteral("tenant_id"), m_directory.tenantId(f.user));
    o.insert(QStringLiteral("channel"), channels().at(f.channel));
    o.insert(QStringLiteral("status"), statuses().at(f.status));
    o.insert(QStringLiteral("provider"), QString::fromUtf8(f.provider));
    o.insert(QStringLiteral("recipient"), f.recipient);
    o.insert(QStringLiteral("template_id"), f.templateId);
    o.insert(QStringLiteral("content"), f.content);
    o.insert(QStringLiteral("created_at"), DemoDirectory::rfc3339(f.created));
    if (f.sent)
        o.insert(QStringLiteral("sent_at"), DemoDirectory::rfc3339(*f.sent));
    o.insert(QStringLiteral("updated_at"), DemoDirectory::rfc3339(f.updated));
    if (f.status == kFailed) {
        o.insert(QStringLiteral("error"), QString::fromUtf8(f.error)); // UTF-8: some are Chinese
        o.insert(QStringLiteral("response"), QString());
    } else if (f.requestId) {
        o.insert(QStringLiteral("response"), responseText(*f.requestId));
    }
    return o;
}

void CommLogStore::appendJson(int index, QByteArray &out) const
{
    const Fields f = fields(index);
    CompactJson json(out);
    json.beginObject(); // the keys in QJsonObject's order
    json.key("channel");
    json.string(channels().at(f.channel));
    json.key("content");
    json.string(f.content);
    json.key("created_at");
    json.time(f.created);
    if (f.status == kFailed) {
        json.key("error");
        json.string(f.error);
    }
    json.key("id");
    char id[24];
    json.string(id, std::snprintf(id, sizeof id, "log_%08d", f.number));
    json.key("provider");
    json.string(f.provider);
    json.key("recipient");
    json.string(f.recipient);
    if (f.status == kFailed || f.requestId) {
        json.key("response");
        json.string(f.requestId ? responseText(*f.requestId) : QString());
    }
    if (f.sent) {
        json.key("sent_at");
        json.time(*f.sent);
    }
    json.key("status");
    json.string(statuses().at(f.status));
    json.key("template_id");
    json.string(f.templateId);
    json.key("tenant_id");
    json.string(m_directory.tenantId(f.user));
    json.key("updated_at");
    json.time(f.updated);
    json.key("user_id");
    json.string(DemoDirectory::userId(f.user));
    json.endObject();
}

QByteArray CommLogStore::pageJson(const Filter &filter, int offset, int limit, bool reversed) const
{
    QList<int> indexes;
    const int total = count(filter);
    if (total > 0) {
        const auto &list = postings(filter);
        const size_t first = firstArrived(list);
        for (int i = offset; i < total && i < offset + limit; ++i)
            indexes.append(int(list[first + size_t(i)]));
    }
    if (reversed)
        std::reverse(indexes.begin(), indexes.end());
    QByteArray out;
    out.reserve(indexes.size() * 420 + 2);
    out += '[';
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJson(indexes.at(i), out);
    }
    out += ']';
    return out;
}
