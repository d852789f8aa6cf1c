#pragma once

#include "DemoDirectory.h"
#include "RowIndex.h"

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
    // Numbers only, 48 bytes an entry: the id and transaction id are formatted when an
    // entry is sent. idHigh/idLow order entries as their id strings do.
    struct Entry {
        quint64 idHigh, idLow;
        quint64 transaction;
        qint64 receivedMs;
        qint64 completedMs; // -1 while in flight
        int durationMs; // -1 while in flight
        int status;
    };
    QJsonObject build(int index, bool withHistory) const;

    const DemoDirectory &m_directory;
    std::vector<Entry> m_entries;
    std::vector<RowIndex::Rows> m_orders; // ascending, one per SortField
    std::vector<std::vector<RowIndex::Rows>> m_byStatus; // [SortField][status slot]: that order's rows
    // Parallel to m_orders and m_byStatus: each row's place in the ReceivedAt order, so
    // that a range of receivedAt is checked in another order without touching the rows.
    std::vector<RowIndex::Rows> m_receivedRank;
    std::vector<std::vector<RowIndex::Rows>> m_receivedRankByStatus;
    RowIndex::Rows m_byId; // ascending id
};
