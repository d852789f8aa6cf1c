#pragma once

#include "DemoDirectory.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

// Communication send logs (comm-mine, comm-admin). Only what the filters and the order
// need is stored (8 bytes a record); the rest of a record is rebuilt from its index.
// Records are held newest first, and a posting list per filter combination makes any
// page of any combination a slice: no scan proportional to the page index.
class CommLogStore
{
public:
    static const QStringList &channels(); // sms, email, push
    static const QStringList &statuses(); // pending, sent, failed, delivered

    // `arrivals` more records, the newest, are generated but held back until reveal():
    // live traffic for the live tail.
    CommLogStore(const DemoDirectory &directory, int count, int arrivals = 0);
    // Lets the next held-back record arrive, stamped `nowSecs` (never before the record
    // below it); false when none is left.
    bool reveal(qint64 nowSecs);
    int heldBack() const { return m_hidden; }

    struct Filter {
        std::optional<int> user; // 1-based; unset = every user
        std::optional<int> channel; // index into channels()
        std::optional<int> status; // index into statuses()
        bool impossible = false; // a user id that matches nobody
    };

    int count(const Filter &filter) const;
    // Records [offset, offset + limit) of the filtered, newest-first list.
    QJsonArray page(const Filter &filter, int offset, int limit) const;
    QJsonObject record(int index) const;
    // The same as JSON text, byte for byte what QJsonDocument writes of page() and
    // record(), without building them: the list pages' fast path.
    QByteArray pageJson(const Filter &filter, int offset, int limit, bool reversed = false) const;
    void appendJson(int index, QByteArray &out) const;

private:
    struct Fields;
    Fields fields(int index) const;
    struct Row {
        qint32 ageSecs; // seconds before the directory's anchor (negative: after it)
        quint16 user;
        quint8 channel;
        quint8 status;
    };
    const std::vector<quint32> &postings(const Filter &filter) const;
    // Where the arrived part of a posting list starts.
    size_t firstArrived(const std::vector<quint32> &list) const;
    static int listKey(int userSlot, int channelSlot, int statusSlot);

    const DemoDirectory &m_directory;
    std::vector<Row> m_rows;
    std::vector<std::vector<quint32>> m_lists;
    quint32 m_hidden = 0; // rows [0, m_hidden) have not arrived yet
};
