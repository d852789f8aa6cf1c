#pragma once

#include "DemoDirectory.h"
#include "RowIndex.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

// Notification command-center audit events (notif-audit): all 39 event types of the
// document, with a skewed distribution (sends and deliveries dominate).
class NotifAuditStore
{
public:
    static const QStringList &eventTypes();

    NotifAuditStore(const DemoDirectory &directory, int count);

    struct Filter {
        std::optional<int> user; // from userId, email or username (all must agree)
        bool impossible = false;
        std::optional<int> eventType;
        std::optional<qint64> startMs;
        std::optional<qint64> endMs;
    };
    struct Result {
        int total = 0;
        QJsonArray items;
    };
    Result list(const Filter &filter, bool byId, bool descending, int offset, int limit) const;

private:
    struct Row {
        qint64 timestampMs;
        quint16 user;
        quint8 eventType;
    };
    QJsonObject build(int index) const;

    // One sort order and its rows per user and per event type, in that order.
    struct Order {
        RowIndex::Rows all;
        std::vector<RowIndex::Rows> byUser; // [user], 0 unused
        std::vector<RowIndex::Rows> byType;
    };
    Order index(RowIndex::Rows order) const;

    const DemoDirectory &m_directory;
    std::vector<Row> m_rows; // in id order (id = index + 1)
    Order m_byId;
    Order m_byTimestamp; // ascending (timestamp, id)
};
