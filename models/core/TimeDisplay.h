#pragma once

#include <QDateTime>
#include <QString>

// How times are shown: in the local time zone by default, or in UTC (the View menu's
// toggle). Always year first and 24-hour, the way logs are read and compared; the
// milliseconds only where the server sent them.
namespace TimeDisplay
{
void setUtc(bool utc);
bool isUtc();
QString format(const QDateTime &time);
// Formats an RFC 3339 text from a record; text that is not a time comes back as is.
QString formatText(const QString &rfc3339);
} // namespace TimeDisplay
