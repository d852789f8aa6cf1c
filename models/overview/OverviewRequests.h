#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <optional>

class ApiClient;
class ApiReply;
struct SourceDefinition;

// The page requests of an overview, decoded: a few in flight at once, in the order they
// were added, so that the table's own pages are not held up; the answers to counts (pages
// asked for their total) kept by URL for the session. Each added request is answered
// once, by `answered` or, for the whole batch, `failed`, unless cancel() came first.
class OverviewRequests : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        qint64 total = 0;
        QList<QJsonObject> records;
        std::optional<int> pageSize; // the page size the server says it used
    };

    explicit OverviewRequests(ApiClient *client, QObject *parent = nullptr);
    ~OverviewRequests() override;

    void setMaxInFlight(int n) { m_maxInFlight = qMax(1, n); }
    void clearCache() { m_cache.clear(); }

    // `def` decodes the answers; `cacheable`: a count, whose answer the session keeps.
    void add(quint64 id, const SourceDefinition *def, const QUrl &url, bool cacheable);
    // Starts what may start now; answers from the cache come at once, from within.
    void pump();
    void cancel();
    void resetStats() { m_sent = m_answered = 0; }

    int sent() const { return m_sent; } // on the wire, cache answers not counted
    int answeredCount() const { return m_answered; }
    int waiting() const { return int(m_queue.size() + m_inFlight.size()); }

signals:
    void answered(quint64 id, const OverviewRequests::Answer &answer);
    void failed(const QString &message);

private:
    struct Pending {
        quint64 id;
        const SourceDefinition *def;
        QUrl url;
        bool cacheable;
    };
    void onReply(ApiReply *reply);

    ApiClient *m_client;
    int m_maxInFlight = 3;
    QQueue<Pending> m_queue;
    QHash<ApiReply *, Pending> m_inFlight;
    QHash<QString, Answer> m_cache; // count URL → its answer
    int m_sent = 0;
    int m_answered = 0;
    int m_generation = 0; // bumped by cancel(): what was asked before gets no answer
};
