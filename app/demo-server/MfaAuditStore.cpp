#include "MfaAuditStore.h"

#include "DemoRandom.h"

#include <QJsonObject>

#include <iterator>
#include <numeric>

namespace
{
constexpr quint64 kStream = 40;

struct Action {
    const char *action;
    const char *message;
    int weight;
};
const Action kActions[] = {
    {"mfa_totp.enabled", "TOTP enabled successfully", 20},
    {"mfa_totp.disabled", "TOTP disabled", 8},
    {"mfa_totp.reset", "TOTP secret reset by administrator", 6},
    {"mfa_sms.enabled", "SMS verification enabled", 14},
    {"mfa_sms.disabled", "SMS verification disabled", 5},
    {"mfa_email.enabled", "Email verification enabled", 10},
    {"mfa_email.disabled", "Email verification disabled", 4},
    {"mfa_webauthn.registered", "Security key registered", 7},
    {"mfa_webauthn.removed", "Security key removed", 3},
    {"mfa_recovery_codes.generated", "Recovery codes generated", 9},
    {"mfa_policy.updated", "MFA policy updated", 6},
    {"mfa_policy.enforced", "MFA enforced for tenant", 2},
};

QString targetTypeOf(const char *action)
{
    const QString text = QLatin1String(action);
    return text.left(text.indexOf(QLatin1Char('.')));
}

// The target types, in the order they first occur among the actions.
const QStringList &targetTypes()
{
    static const QStringList types = [] {
        QStringList out;
        for (const Action &a : kActions) {
            if (!out.contains(targetTypeOf(a.action)))
                out << targetTypeOf(a.action);
        }
        return out;
    }();
    return types;
}

// The target type's place in targetTypes() for each action.
int targetOf(int action)
{
    static const std::vector<int> table = [] {
        std::vector<int> out;
        for (const Action &a : kActions)
            out.push_back(int(targetTypes().indexOf(targetTypeOf(a.action))));
        return out;
    }();
    return table[size_t(action)];
}

int actionIndex(const QString &action)
{
    for (int i = 0; i < int(std::size(kActions)); ++i) {
        if (action == QLatin1String(kActions[i].action))
            return i;
    }
    return -1;
}

int operatorIndex(const QString &id)
{
    for (int admin = 1; admin <= DemoDirectory::adminCount(); ++admin) {
        if (id == DemoDirectory::operatorId(admin))
            return admin;
    }
    return -1;
}
} // namespace

MfaAuditStore::MfaAuditStore(const DemoDirectory &directory, int count)
    : m_directory(directory)
{
    m_rows.resize(size_t(qMax(0, count)));
    const double meanGap = count > 0 ? 90.0 * 86400.0 / count : 1.0;
    qint64 t = directory.anchorSecs();
    int totalWeight = 0;
    for (const Action &a : kActions)
        totalWeight += a.weight;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        DemoRandom rng(directory.seed(), kStream, i);
        t -= qint64(rng.unit() * 2.0 * meanGap);
        int roll = int(rng.below(quint32(totalWeight)));
        quint8 action = 0;
        while (roll >= kActions[action].weight)
            roll -= kActions[action++].weight;
        m_rows[i] = {t, action, quint8(1 + rng.below(DemoDirectory::adminCount()))};
    }
    m_all.resize(m_rows.size());
    std::iota(m_all.begin(), m_all.end(), 0);
    m_byAction =
        RowIndex::postings(m_all, int(std::size(kActions)), [this](quint32 r) { return m_rows[r].action; });
    m_byTargetType = RowIndex::postings(m_all, int(targetTypes().size()),
                                        [this](quint32 r) { return targetOf(m_rows[r].action); });
    m_byOperator = RowIndex::postings(m_all, DemoDirectory::adminCount() + 1,
                                      [this](quint32 r) { return m_rows[r].admin; });
}

MfaAuditStore::Result MfaAuditStore::list(const Filter &filter, int offset, int limit) const
{
    Result result;
    const int action = filter.action.isEmpty() ? -2 : actionIndex(filter.action);
    const int target = filter.targetType.isEmpty() ? -2 : int(targetTypes().indexOf(filter.targetType));
    const int admin = filter.operatorId.isEmpty() ? -2 : operatorIndex(filter.operatorId);
    if (action == -1 || target == -1 || admin == -1)
        return result; // a value no record has
    // The narrowest list that holds every match; the other filters are checked per row.
    const RowIndex::Rows &list = action >= 0 ? m_byAction[size_t(action)]
        : target >= 0                        ? m_byTargetType[size_t(target)]
        : admin >= 0                         ? m_byOperator[size_t(admin)]
                                             : m_all;
    const bool checkTarget = target >= 0 && action >= 0;
    const bool checkAdmin = admin >= 0 && (action >= 0 || target >= 0);
    // Whole UTC days: [start 00:00, the day after end 00:00).
    std::optional<qint64> min, max;
    if (filter.start)
        min = filter.start->startOfDay(Qt::UTC).toSecsSinceEpoch();
    if (filter.end)
        max = filter.end->addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch() - 1;
    const auto [first, last] = RowIndex::timeRange(
        list, [this](quint32 r) { return m_rows[r].timestampSecs; }, min, max, true);
    const RowIndex::Page page = !checkTarget && !checkAdmin
        ? RowIndex::slice(list, first, last, false, offset, limit)
        : RowIndex::page(list, first, last, false, offset, limit, [&](size_t at) {
              const Row &row = m_rows[list[at]];
              return (!checkTarget || targetOf(row.action) == target) && (!checkAdmin || row.admin == admin);
          });
    result.total = page.total;
    for (quint32 r : page.rows)
        result.items.append(build(int(r)));
    return result;
}

QJsonObject MfaAuditStore::build(int index) const
{
    const Row &row = m_rows[size_t(index)];
    DemoRandom rng(m_directory.seed(), kStream + 1, quint64(index));
    const Action &a = kActions[row.action];
    const int user = 1 + int(rng.below(quint32(m_directory.userCount())));
    const QString targetType = targetTypeOf(a.action);
    const bool tenantWide = targetType == u"mfa_policy";
    return QJsonObject {
        {QStringLiteral("id"),
         QStringLiteral("log_mfa_%1").arg(m_rows.size() - size_t(index), 6, 10, QLatin1Char('0'))},
        {QStringLiteral("timestamp"), DemoDirectory::rfc3339(row.timestampSecs)},
        {QStringLiteral("action"), QLatin1String(a.action)},
        {QStringLiteral("target_type"), targetType},
        {QStringLiteral("target_id"),
         tenantWide ? m_directory.tenantId(user)
                    : QStringLiteral("mfa_%1").arg(rng.next() & 0xffffff, 6, 16, QLatin1Char('0'))},
        {QStringLiteral("operator_id"), DemoDirectory::operatorId(row.admin)},
        {QStringLiteral("tenant_id"), m_directory.tenantId(user)},
        {QStringLiteral("module"), tenantWide ? QStringLiteral("policy") : QStringLiteral("data")},
        {QStringLiteral("message"), QLatin1String(a.message)},
    };
}
