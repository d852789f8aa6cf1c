#pragma once

#include "api/ApiError.h"
#include "api/Query.h"
#include "api/SourceDefinition.h"
#include "dataset/RecordSink.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class ApiClient;
class ApiReply;
class QThread;
class DateRangeBisection;

// Everything a query finds on a server, into a sink: all pages, a bounded number in
// flight, written in order as they complete (memory holds a few pages, never the
// result). Date ranges the API cannot filter are bisected first. API logs can have each
// entry fetched by id for its status history. Cancel, or any failure after ApiClient's
// retries, leaves nothing under the target name.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    ExportJob(ApiClient *client, const QUrl &baseUrl, const Query &query, std::unique_ptr<RecordSink> sink,
              const QString &target, QObject *parent = nullptr);
    ~ExportJob() override;

    void setPathOverride(const QString &path) { m_pathOverride = path; }
    void setParallelism(int requests) { m_parallelism = qMax(1, requests); }
    void setFetchHistories(bool fetch) { m_fetchHistories = fetch; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 written() const { return m_written; }
    qint64 expected() const { return m_expected; } // -1 while unknown
    QString errorString() const { return m_error; }

signals:
    void progress(qint64 written, qint64 expected, double recordsPerSecond);
    void finished(bool ok);

private:
    struct PendingPage {
        QList<QJsonObject> records;
        int detailsLeft = 0;
        bool complete = false;
    };
    void requestPage(int page);
    void onPage(int page, ApiReply *reply);
    void pump();
    void writeReady();
    void fail(const QString &message);
    void succeed();
    void startRange();
    void continueBisection();
    void fetchDetails(int page);

    ApiClient *m_client;
    QUrl m_baseUrl;
    QString m_pathOverride;
    Query m_query;
    const SourceDefinition &m_def;
    std::unique_ptr<RecordSink> m_sink;
    QString m_target;
    int m_parallelism = 4;
    bool m_fetchHistories = false;
    int m_pageSize = 100;

    bool m_running = false;
    QHash<int, ApiReply *> m_inFlight; // page → reply
    QSet<ApiReply *> m_detailReplies;
    QMap<int, PendingPage> m_done; // pages fetched, not written yet
    QHash<int, QList<QJsonObject>> m_bisectPages; // pages seen while bisecting
    std::unique_ptr<DateRangeBisection> m_bisection;
    std::optional<qint64> m_fromMs, m_toMs;
    std::optional<qint64> m_total;
    qint64 m_firstRow = 0, m_endRow = -1; // server rows to export; -1: until a short page
    int m_firstPage = 0, m_nextToRequest = 0, m_nextToWrite = 0, m_lastPage = -1;
    bool m_sawShortPage = false;
    qint64 m_written = 0, m_expected = -1;
    QElapsedTimer m_clock;
    QString m_error;
    QThread *m_finishing = nullptr; // completes the file (a dataset's indexes) off this thread
    bool m_finishedOk = false;
};
