#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Timestamps on the wire are RFC 3339 in UTC, but real servers also send fractional
// seconds, numeric offsets and no zone at all (read as UTC). One parser for all of them,
// so that every source compares and sorts instants the same way.
namespace Timestamp
{
std::optional<QDateTime> parse(QStringView text);
// RFC 3339 in UTC with a trailing Z; milliseconds only when they are not zero.
QString toRfc3339(const QDateTime &instant);
// Milliseconds since the epoch, the representation stored in SQLite and used for sorting.
std::optional<qint64> parseMsecs(QStringView text);
} // namespace Timestamp
