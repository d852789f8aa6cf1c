#include "dataset/ExportJob.h"

#include "DateRangeBisection.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/PageCodec.h"
#include "core/Timestamp.h"

#include <QCoreApplication>
#include <QThread>

ExportJob::ExportJob(ApiClient *client, const QUrl &baseUrl, const Query &query,
                     std::unique_ptr<RecordSink> sink, const QString &target, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_baseUrl(baseUrl)
    , m_query(query)
    , m_def(SourceDefinitions::get(query.source))
    , m_sink(std::move(sink))
    , m_target(target)
{
    m_pageSize = m_def.maxPageSize;
    m_query.pageSize = m_pageSize;
}

ExportJob::~ExportJob()
{
    if (m_running)
        cancel();
    if (m_finishing) {
        m_finishing->wait();
        delete m_finishing;
    }
}

void ExportJob::start()
{
    m_running = true;
    m_clock.start();
    for (const char *key : {Query::From, Query::To}) {
        const FilterSpec *spec = m_def.filterSpec(QLatin1String(key));
        const QString value = m_query.filter(QLatin1String(key));
        if (!spec || spec->appliedBy != FilterSpec::AppliedBy::ClientBisect || value.isEmpty())
            continue;
        const auto ms = Timestamp::parseMsecs(value);
        if (!ms) {
            fail(QCoreApplication::translate("ExportJob", "“%1” is not a date and time").arg(value));
            return;
        }
        (qstrcmp(key, Query::From) == 0 ? m_fromMs : m_toMs) = ms;
    }
    requestPage(0); // the total, and the first rows
}

void ExportJob::requestPage(int page)
{
    RequestProblem problem;
    const auto url = SourceDefinitions::pageUrl(m_def, m_baseUrl, m_query, page, m_pathOverride, &problem);
    if (!url) {
        fail(problem.message);
        return;
    }
    ApiReply *reply = m_client->get(*url);
    m_inFlight.insert(page, reply);
    connect(reply, &ApiReply::finished, this, [this, page, reply] {
        reply->deleteLater();
        if (m_inFlight.value(page) != reply)
            return;
        m_inFlight.remove(page);
        onPage(page, reply);
    });
}

void ExportJob::onPage(int page, ApiReply *reply)
{
    if (!m_running)
        return;
    if (const auto error = reply->error()) {
        fail(error->title() + QStringLiteral(": ") + error->message());
        return;
    }
    auto decoded = PageCodec::decodePage(m_def, reply->body(), reply->url().path());
    if (auto *error = std::get_if<ApiError>(&decoded)) {
        fail(error->title() + QStringLiteral(": ") + error->message());
        return;
    }
    Page result = std::get<Page>(std::move(decoded));
    if (page == 0 && !m_bisection && m_endRow < 0 && !m_total) {
        m_total = result.total;
        if (m_fromMs || m_toMs) {
            m_bisectPages.insert(0, result.records);
            startRange();
            return;
        }
        m_firstRow = 0;
        m_endRow = m_total.value_or(-1);
        m_expected = m_endRow;
        m_lastPage = m_total ? int((*m_total + m_pageSize - 1) / m_pageSize) - 1 : -1;
        m_firstPage = 0;
        m_nextToRequest = 1;
        m_nextToWrite = 0;
    }
    if (m_bisection) {
        m_bisectPages.insert(page, result.records);
        continueBisection();
        return;
    }
    if (page < m_nextToWrite || (m_lastPage >= 0 && page > m_lastPage) || m_done.contains(page)) {
        pump(); // a page the bisection asked for that turned out to lie outside the range
        return;
    }
    // Trim the first and last pages of a bisected range.
    const qint64 firstRow = qint64(page) * m_pageSize;
    QList<QJsonObject> records = result.records;
    if (records.size() < m_pageSize)
        m_sawShortPage = true;
    if (m_endRow >= 0) {
        const qint64 from = qMax<qint64>(0, m_firstRow - firstRow);
        const qint64 to = qMin<qint64>(records.size(), m_endRow - firstRow);
        records = to > from ? records.mid(from, to - from) : QList<QJsonObject>();
    }
    PendingPage pending;
    pending.records = std::move(records);
    m_done.insert(page, std::move(pending));
    if (m_fetchHistories && m_def.kind == SourceKind::ApiLogs && !m_def.detailPath.isEmpty())
        fetchDetails(page);
    else
        m_done[page].complete = true;
    writeReady();
    pump();
}

void ExportJob::fetchDetails(int page)
{
    PendingPage &pending = m_done[page];
    pending.detailsLeft = int(pending.records.size());
    if (pending.detailsLeft == 0) {
        pending.complete = true;
        return;
    }
    const QString detailOverride =
        m_pathOverride.isEmpty() ? QString() : m_pathOverride + QStringLiteral("/{id}");
    for (int i = 0; i < pending.records.size(); ++i) {
        const QString id = pending.records.at(i).value(m_def.idField).toVariant().toString();
        ApiReply *reply = m_client->get(SourceDefinitions::detailUrl(m_def, m_baseUrl, id, detailOverride));
        m_detailReplies.insert(reply);
        connect(reply, &ApiReply::finished, this, [this, page, i, reply] {
            reply->deleteLater();
            if (!m_detailReplies.remove(reply) || !m_running)
                return;
            if (const auto error = reply->error()) {
                fail(error->title() + QStringLiteral(": ") + error->message());
                return;
            }
            auto decoded = PageCodec::decodeRecord(m_def, reply->body(), reply->url().path());
            if (auto *record = std::get_if<QJsonObject>(&decoded))
                m_done[page].records[i] = *record;
            if (--m_done[page].detailsLeft == 0) {
                m_done[page].complete = true;
                writeReady();
                pump();
            }
        });
    }
}

void ExportJob::pump()
{
    if (!m_running)
        return;

    // Bounded: never more than `parallelism` requests, never far ahead of the writer.
    while (m_inFlight.size() < m_parallelism && m_nextToRequest - m_nextToWrite < 4 * m_parallelism) {
        if (m_lastPage >= 0 ? m_nextToRequest > m_lastPage : m_sawShortPage)
            break;
        if (m_lastPage < 0 && m_nextToRequest > m_nextToWrite + 1)
            break; // no total: one page at a time until a short one
        const int page = m_nextToRequest++;
        if (!m_done.contains(page) && !m_inFlight.contains(page)) // the bisection may hold it already
            requestPage(page);
    }
    if (m_inFlight.isEmpty() && m_detailReplies.isEmpty() && m_done.isEmpty()
        && (m_lastPage >= 0 ? m_nextToRequest > m_lastPage : m_sawShortPage))
        succeed();
}

void ExportJob::writeReady()
{
    while (m_running && m_done.contains(m_nextToWrite) && m_done.value(m_nextToWrite).complete) {
        const PendingPage page = m_done.take(m_nextToWrite);
        ++m_nextToWrite;
        if (!page.records.isEmpty() && !m_sink->write(page.records)) {
            fail(m_sink->errorString());
            return;
        }
        m_written += page.records.size();
        const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
        emit progress(m_written, m_expected, m_written / seconds);
    }
}

void ExportJob::startRange()
{
    m_bisection = std::make_unique<DateRangeBisection>(m_total.value_or(0), m_pageSize, m_fromMs, m_toMs);
    continueBisection();
}

void ExportJob::continueBisection()
{
    auto times = [this](const QList<QJsonObject> &records) {
        QList<qint64> out;
        for (const QJsonObject &r : records)
            out.append(Timestamp::parseMsecs(r.value(m_def.timeField).toString()).value_or(0));
        return out;
    };
    while (!m_bisection->isDone()) {
        bool supplied = false;
        for (int page : m_bisection->neededPages()) {
            if (m_bisectPages.contains(page)) {
                m_bisection->supply(page, times(m_bisectPages.value(page)));
                supplied = true;
            } else if (!m_inFlight.contains(page)) {
                requestPage(page);
            }
        }
        if (!supplied)
            return;
    }
    if (m_bisection->isUnordered()) {
        fail(QCoreApplication::translate("ExportJob",
                                         "the server's list is not in time order, so the date range "
                                         "cannot be found; export without it and filter the dataset"));
        return;
    }
    m_firstRow = m_bisection->firstRow();
    m_endRow = qMax(m_firstRow, m_bisection->endRow());
    m_bisection.reset();
    m_expected = m_endRow - m_firstRow;
    m_firstPage = int(m_firstRow / m_pageSize);
    m_lastPage = m_endRow > m_firstRow ? int((m_endRow - 1) / m_pageSize) : m_firstPage - 1;
    m_nextToRequest = m_nextToWrite = m_firstPage;
    // Pages the bisection already holds need no second request.
    const auto seen = m_bisectPages;
    m_bisectPages.clear();
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.key() < m_firstPage || it.key() > m_lastPage)
            continue;
        const qint64 firstRow = qint64(it.key()) * m_pageSize;
        const qint64 from = qMax<qint64>(0, m_firstRow - firstRow);
        const qint64 to = qMin<qint64>(it->size(), m_endRow - firstRow);
        PendingPage pending;
        pending.records = to > from ? it->mid(from, to - from) : QList<QJsonObject>();
        m_done.insert(it.key(), pending);
        if (m_fetchHistories && m_def.kind == SourceKind::ApiLogs)
            fetchDetails(it.key());
        else
            m_done[it.key()].complete = true;
    }
    writeReady();
    pump();
}

void ExportJob::fail(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = message;
    for (ApiReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_inFlight.clear();
    for (ApiReply *reply : std::as_const(m_detailReplies)) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
    m_detailReplies.clear();
    m_sink->abort();
    emit finished(false);
}

void ExportJob::cancel()
{
    fail(QCoreApplication::translate("ExportJob", "cancelled"));
}

void ExportJob::succeed()
{
    m_running = false;
    // Completing a dataset builds its indexes, seconds for a million records: on a thread
    // of its own, so that the window stays responsive until finished().
    m_finishing = QThread::create([this] { m_finishedOk = m_sink->finish(); });
    m_finishing->setObjectName(QStringLiteral("ExportJob finish"));
    connect(m_finishing, &QThread::finished, this, [this] {
        QThread *thread = std::exchange(m_finishing, nullptr);
        thread->wait();
        delete thread;
        if (!m_finishedOk)
            m_error = m_sink->errorString();
        emit finished(m_finishedOk);
    });
    m_finishing->start();
}
