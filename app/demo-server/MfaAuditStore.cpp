#include "MfaAuditStore.h"

#include "DemoRandom.h"

#include <QJsonObject>

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
}

MfaAuditStore::Result MfaAuditStore::list(const Filter &filter, int offset, int limit) const
{
    Result result;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const Action &a = kActions[row.action];
        const QDate day = QDateTime::fromSecsSinceEpoch(row.timestampSecs, Qt::UTC).date();
        if ((!filter.action.isEmpty() && filter.action != QLatin1String(a.action))
            || (!filter.targetType.isEmpty() && filter.targetType != targetTypeOf(a.action))
            || (!filter.operatorId.isEmpty() && filter.operatorId != DemoDirectory::operatorId(row.admin))
            || (filter.start && day < *filter.start) || (filter.end && day > *filter.end))
            continue;
        if (result.total >= offset && result.total < offset + limit)
            result.items.append(build(int(i)));
        ++result.total;
    }
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
