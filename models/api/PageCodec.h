#pragma once

#include "api/ApiError.h"
#include "api/SourceDefinition.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <variant>

// One decoded page: the records as the server sent them (unknown fields kept; ABP keys
// normalised to camelCase and enum names to numbers) and the total, when the body says.
struct Page {
    QList<QJsonObject> records;
    std::optional<qint64> total; // absent: a bare array; page on until a short page
};

// One step of an API log's status history.
struct StatusStep {
    QDateTime timestamp; // UTC; invalid if the server sent none or an unreadable one
    int status = 0; // the enum number (Received 1 … Error 12); 0 if unknown
    QString statusText; // as sent, when it was not a known name or number
    QString detail;
    QString source;
};

namespace PageCodec
{
std::variant<Page, ApiError> decodePage(const SourceDefinition &def, const QByteArray &body,
                                        const QString &endpoint);
// A get-by-id body (api-logs): one record.
std::variant<QJsonObject, ApiError> decodeRecord(const SourceDefinition &def, const QByteArray &body,
                                                 const QString &endpoint);
QList<StatusStep> statusHistory(const QJsonObject &apiLog);

// ABP enum names ↔ numbers.
std::optional<int> apiLogStatusNumber(const QJsonValue &value);
QString apiLogStatusName(int number);
} // namespace PageCodec
