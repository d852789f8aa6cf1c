#pragma once

#include "DemoDirectory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

// Notification API log entries (api-logs), each with a status history that runs
// Received → Queued → OK/Warning/Error, or Received → ValidationError.
class ApiLogStore
{
public:
    enum class SortField { ReceivedAt, CompletedAt, DurationMs, Status, TransactionId };
    static const QStringList &sortFieldNames();
    // Status enum of the SDK document: name ↔ number.
    static std::optional<int> statusFromText(QStringView text);

    ApiLogStore(const DemoDirectory &directory, int count);

    struct Filter {
        std::optional<int> status;
        std::optional<qint64> receivedMinMs;
        std::optional<qint64> receivedMaxMs;
    };
    struct Result {
        int total = 0;
        QJsonArray items;
    };
    Result list(const Filter &filter, SortField field, bool descending, int skip, int max) const;
    std::optional<QJsonObject> get(const QString &id) const;

private:
    struct Entry {
        QString id;
        QString transactionId;
        qint64 receivedMs;
        qint64 completedMs; // -1 while in flight
        int durationMs; // -1 while in flight
        int status;
    };
    QJsonObject build(int index, bool withHistory) const;

    const DemoDirectory &m_directory;
    std::vector<Entry> m_entries;
    std::vector<std::vector<int>> m_orders; // ascending, one per SortField
    QHash<QString, int> m_byId;
};
