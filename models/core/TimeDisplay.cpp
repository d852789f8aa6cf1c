#include "core/TimeDisplay.h"

#include "core/Timestamp.h"

#include <atomic>

namespace
{
std::atomic_bool g_utc {false};
}

namespace TimeDisplay
{
void setUtc(bool utc)
{
    g_utc = utc;
}

bool isUtc()
{
    return g_utc;
}

QString format(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime shown = g_utc ? time.toUTC() : time.toLocalTime();
    QString text = shown.toString(shown.time().msec() ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                      : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (g_utc)
        text += QStringLiteral(" UTC");
    return text;
}

QString formatText(const QString &rfc3339)
{
    const auto parsed = Timestamp::parse(rfc3339);
    return parsed ? format(*parsed) : rfc3339;
}
} // namespace TimeDisplay
