#pragma once

#include "itemmodels/PageSource.h"

#include <QList>

// A page source a test drives by hand: a list of records, newest first, served from
// memory. Fetches wait until the test calls answer(), so the order of events is the
// test's, not the network's, and nothing depends on the wall clock.
class FakePageSource : public PageSource
{
    Q_OBJECT
public:
    struct Fetch {
        quint64 ticket;
        int page;
        Query query;
    };

    explicit FakePageSource(QObject *parent = nullptr);

    // Records "r1" (oldest) … "r<count>", a minute apart, with a `created_at`.
    void addRecords(int count);
    QStringList ids() const; // newest first

    int maxPageSize = 0; // the server's own maximum (0: none)
    bool reportsTotal = true;

    quint64 fetch(int page, const Query &query, std::optional<ApiError> *problem) override;
    void cancel(quint64 ticket) override;
    void remember(int, const Query &, const Page &) override { ++remembered; }
    int pageSizeLimit(const Query &) const override { return m_learned; }
    void learnPageSizeLimit(const Query &, int pageSize) override { m_learned = pageSize; }
    bool isOffline() const override { return false; }

    QList<Fetch> waiting() const { return m_waiting; }
    // Answers every waiting fetch, in the order asked (or the reverse). Returns how many.
    int answer(bool reverse = false);
    int fetched = 0;
    int cancelled = 0;
    int remembered = 0;

private:
    Page pageFor(const Fetch &fetch) const;

    QList<QJsonObject> m_records; // newest first
    qint64 m_next = 1;
    QList<Fetch> m_waiting;
    quint64 m_nextTicket = 1;
    int m_learned = 0;
};
