#pragma once

#include <QList>
#include <QString>

#include <optional>

// The five log APIs LogDeck browses. The short keys are the ones used on the command
// line, in settings and in dataset files; they never change once released.
enum class SourceKind {
    CommMine,
    CommAdmin,
    NotifAudit,
    ApiLogs,
    MfaAudit,
};

namespace SourceKinds
{
QList<SourceKind> all();
QString key(SourceKind kind);
std::optional<SourceKind> fromKey(const QString &key);
} // namespace SourceKinds
