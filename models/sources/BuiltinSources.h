#pragma once

#include "core/SourceKind.h"

// The keys of the built-in sources, for the code that registers them and for tests.
// Nothing in models/, views/ or app/ outside models/sources/ names one: it reads the
// registry instead.
namespace Sources
{
inline const SourceKind CommMine {QStringLiteral("comm-mine")};
inline const SourceKind CommAdmin {QStringLiteral("comm-admin")};
inline const SourceKind NotifAudit {QStringLiteral("notif-audit")};
inline const SourceKind ApiLogs {QStringLiteral("api-logs")};
inline const SourceKind MfaAudit {QStringLiteral("mfa-audit")};
} // namespace Sources
