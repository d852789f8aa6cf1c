#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;
class QUrlQuery;

// A log server that behaves as production deployments do, over real HTTP on 127.0.0.1,
// in the test's own process: it clamps page sizes to its own maximum (and may or may not
// say so), adds records on top while a client pages, answers 429/503 with Retry-After,
// reports a total it cannot deliver, and can hold one request back so that answers
// arrive out of order. Envelope A (page/page_size, comm-* and mfa-audit) or ABP
// (SkipCount/MaxResultCount, api-logs). Records are newest first.
class ScriptedLogServer : public QTcpServer
{
public:
    enum class Style { EnvelopeA, Abp };
    struct Scripted {
        int status = 429;
        QByteArray retryAfter; // the header's value; empty: none
        QByteArray body;
    };

    explicit ScriptedLogServer(Style style = Style::EnvelopeA, QObject *parent = nullptr);

    QUrl baseUrl() const;
    // Adds `count` records on top, each a minute newer than the one before.
    void addRecords(int count);
    QStringList ids() const; // newest first
    const QList<QJsonObject> &records() const { return m_records; } // newest first

    int maxPageSize = 100; // the server's own maximum: larger requests are clamped
    bool reportsPageSize = true; // envelope A: pagination.page_size says the clamped size
    int arrivalsPerRequest = 0; // records added on top before each list answer (after the first)
    int arrivalsUntil = INT_MAX; // … until this many answers were given
    qint64 totalSurplus = 0; // the total claims this many more records than exist
    QList<Scripted> scripted; // answered first, in order, to list requests
    // A list request whose URL this matches is held until the next one is answered.
    std::function<bool(const QUrl &)> hold;
    QByteArray bodyOverride; // answered as is (HTTP 200) to every list request, if set
    // Record n (from 1, newest highest) stamped `at` (RFC 3339); unset: the style's own
    // communication-log or API-log records.
    std::function<QJsonObject(qint64 n, const QString &at)> makeRecord;
    // The server's filters: whether a record is in the answer to `query`; unset: all are.
    std::function<bool(const QJsonObject &record, const QUrlQuery &query)> matches;

    QList<QUrl> requests; // every list request, in the order received
    int answered = 0;

private:
    void handle(QTcpSocket *socket, const QByteArray &head);
    void answer(QTcpSocket *socket, const QUrl &url);
    QByteArray page(const QUrl &url);
    static void write(QTcpSocket *socket, int status, const QByteArray &body,
                      const QByteArray &extraHeaders = {});

    Style m_style;
    QList<QJsonObject> m_records; // newest first
    qint64 m_next = 1;
    qint64 m_newestMs;
    QList<std::pair<QTcpSocket *, QUrl>> m_held;
    bool m_holding = false;
};
