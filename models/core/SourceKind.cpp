#include "core/SourceKind.h"

namespace
{
struct KindKey {
    SourceKind kind;
    const char *key;
};

constexpr KindKey kKeys[] = {
    {SourceKind::CommMine, "comm-mine"},     {SourceKind::CommAdmin, "comm-admin"},
    {SourceKind::NotifAudit, "notif-audit"}, {SourceKind::ApiLogs, "api-logs"},
    {SourceKind::MfaAudit, "mfa-audit"},
};
} // namespace

QList<SourceKind> SourceKinds::all()
{
    QList<SourceKind> kinds;
    for (const auto &entry : kKeys)
        kinds.append(entry.kind);
    return kinds;
}

QString SourceKinds::key(SourceKind kind)
{
    for (const auto &entry : kKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

std::optional<SourceKind> SourceKinds::fromKey(const QString &key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}
