#pragma once

#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <variant>

// One decoded page: the records as the server sent them (unknown fields kept; ABP keys
// normalised to camelCase and enum names to numbers) and the total, when the body says.
//
// The codec tolerates the conventions of the frameworks these APIs are built with:
// Go's encoding/json (a nil slice as null, omitempty dropping zero counts, time.Time's
// zero value), Spring Data's page serialisations (PageImpl, PagedModel via DTO, HATEOAS
// `_embedded`) and Jackson's date encodings (epoch numbers, LocalDateTime arrays), ABP's
// wrapped results ({"result":…,"success":…}). Times of the source's date-time columns
// that arrive as numbers or arrays are rewritten as RFC 3339 text, so that everything
// downstream reads one form.
struct Page {
    QList<QJsonObject> records;
    std::optional<qint64> total; // absent: a bare array; page on until a short page
    // The page size the server says it used (envelope A's pagination.page_size, Spring's
    // size): below the one asked for, it is the server's own maximum.
    std::optional<int> pageSize;
};

namespace PageCodec
{
std::variant<Page, ApiError> decodePage(const SourceDefinition &def, const QByteArray &body,
                                        const QString &endpoint);
// A get-by-id body (api-logs): one record.
std::variant<QJsonObject, ApiError> decodeRecord(const SourceDefinition &def, const QByteArray &body,
                                                 const QString &endpoint);
// The server's own page maximum, as a first page asked for `asked` records shows it: a
// reported page size below `asked`, or fewer records than `asked` of a longer list.
// 0 when the page shows none.
int clampedPageSize(const Page &firstPage, int asked);
// A date-time as the frameworks write it (RFC 3339 text, epoch seconds or milliseconds,
// Jackson's [y, M, d, h, m, s, ns] array) as RFC 3339 text; null for Go's zero time and
// for what is not a time (which is then kept as sent by the caller).
QJsonValue normalisedTime(const QJsonValue &value);
} // namespace PageCodec
