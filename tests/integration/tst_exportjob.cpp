// ExportJob against servers that behave as production deployments do (ScriptedLogServer,
// real HTTP on 127.0.0.1): clamped page sizes, lists that grow while they are read,
// answers out of order, 429 and 503 with Retry-After, totals it cannot deliver. And the
// CLI's export over the same servers: its exit code follows the coverage.
#include "ScriptedLogServer.h"
#include "dataset/RecordSink.h"
#include "jobs/ExportJob.h"
#include "net/ApiClient.h"
#include "sources/BuiltinSources.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace
{
struct Run {
    bool ok = false;
    QString error;
    ExportJob::Coverage coverage;
    QString coverageText;
    int pageSize = 0;
    QList<int> waits;
};

Run exportAll(ApiClient &client, const QUrl &base, SourceKind source, const QString &path, int parallel = 4)
{
    Query query;
    query.source = source;
    auto sink = RecordSink::forPath(path);
    DatasetInfo info;
    info.source = source;
    info.origin = base.toString();
    info.exportedAt = QDateTime::currentDateTimeUtc();
    Run run;
    if (!sink || !sink->open(path, info))
        return run;
    ExportJob job(&client, base, query, std::move(sink), path);
    job.setParallelism(parallel);
    QSignalSpy finished(&job, &ExportJob::finished);
    QObject::connect(&job, &ExportJob::waiting, [&run](int seconds) { run.waits << seconds; });
    job.start();
    if (job.isRunning() || finished.isEmpty())
        finished.wait(60000);
    run.ok = !finished.isEmpty() && finished.first().first().toBool();
    run.error = job.errorString();
    run.coverage = job.coverage();
    run.coverageText = job.coverageText();
    run.pageSize = job.pageSize();
    return run;
}

// The ids in an exported file, in file order, whatever its format.
QStringList idsIn(const QString &path, const QString &idField = QStringLiteral("id"))
{
    QStringList ids;
    if (path.endsWith(QLatin1String(".logdeck"))) {
        const QString name = QStringLiteral("ids-%1").arg(quintptr(&ids));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT id FROM records ORDER BY rowid"));
                while (q.next())
                    ids << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ids;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (path.endsWith(QLatin1String(".csv"))) {
        const QList<QByteArray> header = lines.value(0).trimmed().split(',');
        const qsizetype column = header.indexOf(idField.toUtf8());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                ids << QString::fromUtf8(lines.at(i).trimmed().split(',').value(column));
        }
        return ids;
    }
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            ids << QJsonDocument::fromJson(line).object().value(idField).toString();
    }
    return ids;
}

bool eachOnce(const QStringList &ids, const QStringList &expected, QByteArray *why)
{
    const QSet<QString> unique(ids.begin(), ids.end());
    const QSet<QString> want(expected.begin(), expected.end());
    if (unique.size() != ids.size()) {
        *why = QByteArray::number(ids.size() - unique.size()) + " repeated";
        return false;
    }
    if (!unique.contains(want)) {
        *why = QByteArray::number((want - unique).size()) + " missing, e.g. "
            + (want - unique).values().first().toUtf8();
        return false;
    }
    return true;
}

int pageSizeAsked(const QUrl &url)
{
    const QUrlQuery q(url);
    return q.hasQueryItem(QStringLiteral("page_size"))
        ? q.queryItemValue(QStringLiteral("page_size")).toInt()
        : q.queryItemValue(QStringLiteral("MaxResultCount")).toInt();
}
} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT
private slots:
    void clampedPageSizeIsFollowed_data();
    void clampedPageSizeIsFollowed();
    void growingListHoldsEveryIdOnce_data();
    void growingListHoldsEveryIdOnce();
    void answersOutOfOrderLeaveNoGap();
    void arrivalsAreFetchedToTheOldTop();
    void retryAfterIsWaitedOut_data();
    void retryAfterIsWaitedOut();
    void shortfallIsSaid();
    void businessErrorFailsWithItsTitle();
    void cliExportsEveryRecordOfAClampingServer();
    void cliExitsNonZeroOnAShortfall();
    void cliSaysWhileItWaits();

private:
    QTemporaryDir m_dir;
};

void TestExportJob::clampedPageSizeIsFollowed_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<bool>("reports");
    QTest::newRow("envelope A, page_size reported") << int(ScriptedLogServer::Style::EnvelopeA) << true;
    QTest::newRow("envelope A, page_size as asked") << int(ScriptedLogServer::Style::EnvelopeA) << false;
    QTest::newRow("ABP SkipCount") << int(ScriptedLogServer::Style::Abp) << false;
}

void TestExportJob::clampedPageSizeIsFollowed()
{
    QFETCH(int, style);
    QFETCH(bool, reports);
    ScriptedLogServer server {ScriptedLogServer::Style(style)};
    server.addRecords(230);
    server.maxPageSize = 50;
    server.reportsPageSize = reports;
    const bool abp = server.baseUrl().isValid() && style == int(ScriptedLogServer::Style::Abp);
    const SourceKind source = abp ? Sources::ApiLogs : Sources::CommAdmin;
    ApiClient client;
    const QString path = m_dir.filePath(
        QStringLiteral("clamped-%1.jsonl")
            .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    const Run run = exportAll(client, server.baseUrl(), source, path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.pageSize, 50);
    QByteArray why;
    QVERIFY2(eachOnce(idsIn(path), server.ids(), &why), why.constData());
    QCOMPARE(idsIn(path).size(), 230);
    QCOMPARE(run.coverage.written, 230);
    QCOMPARE(run.coverage.reported, std::optional<qint64>(230));
    QVERIFY(run.coverage.isComplete());
    QVERIFY2(run.coverageText.contains(QStringLiteral("230")), qPrintable(run.coverageText));
    QCOMPARE(pageSizeAsked(server.requests.first()), 100);
    // The limit is remembered for this endpoint: the next export asks for 50 at once.
    QCOMPARE(client.pageSizeLimit(server.requests.first()), 50);
    server.requests.clear();
    const Run again = exportAll(client, server.baseUrl(), source, path);
    QVERIFY(again.ok);
    QCOMPARE(pageSizeAsked(server.requests.first()), 50);
    QCOMPARE(server.requests.size(), 5);
}

void TestExportJob::growingListHoldsEveryIdOnce_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("JSON Lines") << "growing.jsonl";
    QTest::newRow("CSV") << "growing.csv";
    QTest::newRow("dataset") << "growing.logdeck";
}

void TestExportJob::growingListHoldsEveryIdOnce()
{
    QFETCH(QString, file);
    ScriptedLogServer server;
    server.addRecords(1000);
    const QStringList before = server.ids();
    server.arrivalsPerRequest = 3; // each answer sees three more on top: the list moves
    ApiClient client;
    const QString path = m_dir.filePath(file);
    const Run run = exportAll(client, server.baseUrl(), Sources::CommAdmin, path);
    QVERIFY2(run.ok, qPrintable(run.error));
    const QStringList ids = idsIn(path);
    QByteArray why;
    // Nothing that existed at the start is lost off the end, nothing is written twice…
    QVERIFY2(eachOnce(ids, before, &why), why.constData());
    QVERIFY(run.coverage.repeated > 0); // the list did move under the export
    // …and what arrived meanwhile was fetched before the file was completed.
    QVERIFY(run.coverage.arrived > 0);
    const QStringList now = server.ids();
    QVERIFY2(eachOnce(ids, now.mid(int(server.arrivalsPerRequest)), &why), why.constData());
    QCOMPARE(run.coverage.written, qint64(ids.size()));
    QVERIFY2(run.coverage.isComplete() || run.coverage.missing() <= server.arrivalsPerRequest,
             qPrintable(run.coverageText));
}

void TestExportJob::answersOutOfOrderLeaveNoGap()
{
    // Page 2 is answered after page 3, and records arrived in between: page 2 then lies
    // further down than page 3 expects, so rows slid between them. They are read again.
    ScriptedLogServer server;
    server.addRecords(600);
    const QStringList before = server.ids();
    server.arrivalsPerRequest = 7;
    server.hold = [](const QUrl &url) {
        return QUrlQuery(url).queryItemValue(QStringLiteral("page")) == u"2";
    };
    ApiClient client;
    const QString path = m_dir.filePath(QStringLiteral("gap.jsonl"));
    const Run run = exportAll(client, server.baseUrl(), Sources::CommAdmin, path);
    QVERIFY2(run.ok, qPrintable(run.error));
    QByteArray why;
    QVERIFY2(eachOnce(idsIn(path), before, &why), why.constData());
    int page2 = 0;
    for (const QUrl &url : std::as_const(server.requests))
        page2 += QUrlQuery(url).queryItemValue(QStringLiteral("page")) == u"3";
    QVERIFY2(page2 >= 2, "the page after the gap was read again");
}

void TestExportJob::arrivalsAreFetchedToTheOldTop()
{
    // Small pages and many arrivals: a page read again for a gap lands among the new
    // records on top, so the walk over the arrivals meets records written already
    // long before it reaches those that were there at the start. It goes on to them.
    ScriptedLogServer server;
    server.addRecords(200);
    server.maxPageSize = 10;
    server.arrivalsPerRequest = 5;
    server.arrivalsUntil = 24; // while the pages are read; then the list holds still
    server.hold = [](const QUrl &url) {
        return QUrlQuery(url).queryItemValue(QStringLiteral("page")) == u"2";
    };
    ApiClient client;
    const QString path = m_dir.filePath(QStringLiteral("old-top.jsonl"));
    const Run run = exportAll(client, server.baseUrl(), Sources::CommAdmin, path);
    QVERIFY2(run.ok, qPrintable(run.error));
    const QStringList ids = idsIn(path);
    QByteArray why;
    QVERIFY2(eachOnce(ids, server.ids(), &why), why.constData());
    QCOMPARE(ids.size(), server.ids().size());
    QVERIFY(run.coverage.arrived > 0);
    QVERIFY2(run.coverage.isComplete(), qPrintable(run.coverageText));
}

void TestExportJob::retryAfterIsWaitedOut_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("minimumMs");
    QTest::newRow("429, seconds") << 429 << QByteArray("1") << 1900;
    // Whole seconds: a date three seconds on (made when the row runs) is two to three seconds away.
    QTest::newRow("429, HTTP-date") << 429 << QByteArray("date+3") << 1500;
    QTest::newRow("503, seconds") << 503 << QByteArray("1") << 1900;
}

void TestExportJob::retryAfterIsWaitedOut()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, minimumMs);
    if (retryAfter == "date+3")
        retryAfter = QLocale::c()
                         .toString(QDateTime::currentDateTimeUtc().addSecs(3),
                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                         .toLatin1()
            + " GMT";
    ScriptedLogServer server;
    server.addRecords(120);
    server.scripted = {{status, retryAfter, R"({"code":429,"message":"slow down"})"},
                       {status, retryAfter, R"({"code":429,"message":"slow down"})"}};
    ApiClient client;
    QCOMPARE(client.hostLimit(server.baseUrl()), 4);
    QElapsedTimer clock;
    clock.start();
    const Run run = exportAll(client, server.baseUrl(), Sources::CommAdmin,
                              m_dir.filePath(QStringLiteral("waited.jsonl")));
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.coverage.written, 120);
    QVERIFY2(clock.elapsed() >= minimumMs, "it waited as long as the server asked");
    QVERIFY(!run.waits.isEmpty());
    QVERIFY(run.waits.first() >= 1);
    QCOMPARE(run.waits.last(), 0);
    QVERIFY(client.hostLimit(server.baseUrl()) < 4); // fewer at a time from now on
}

void TestExportJob::shortfallIsSaid()
{
    ScriptedLogServer server;
    server.addRecords(150);
    server.totalSurplus = 12; // the total counts records that no page holds
    ApiClient client;
    const Run run = exportAll(client, server.baseUrl(), Sources::CommAdmin,
                              m_dir.filePath(QStringLiteral("short.jsonl")));
    QVERIFY2(run.ok, qPrintable(run.error));
    QCOMPARE(run.coverage.written, 150);
    QCOMPARE(run.coverage.reported, std::optional<qint64>(162));
    QCOMPARE(run.coverage.missing(), 12);
    QVERIFY(!run.coverage.isComplete());
    QVERIFY2(run.coverageText.contains(QStringLiteral("12"))
                 && run.coverageText.contains(QStringLiteral("162")),
             qPrintable(run.coverageText));
}

void TestExportJob::businessErrorFailsWithItsTitle()
{
    ScriptedLogServer server;
    server.addRecords(10);
    server.bodyOverride = R"({"code":401,"message":"登录已过期,请重新登录"})";
    ApiClient client;
    const QString path = m_dir.filePath(QStringLiteral("expired.jsonl"));
    const Run run = exportAll(client, server.baseUrl(), Sources::CommAdmin, path);
    QVERIFY(!run.ok);
    QVERIFY2(run.error.startsWith(ApiError(ApiError::Kind::Auth, 0, {}, {}).title()), qPrintable(run.error));
    QVERIFY(run.error.contains(QStringLiteral("登录已过期")));
    QVERIFY(!QFile::exists(path));
}

namespace
{
struct Cli {
    int exitCode = -1;
    QString err;
};

Cli runCli(const QStringList &arguments)
{
    QProcess p;
    p.start(qEnvironmentVariable("LOGDECK_CLI"), arguments);
    QSignalSpy done(&p, &QProcess::finished);
    // The scripted server lives in this process: the event loop must run meanwhile.
    if (!done.wait(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

void TestExportJob::cliExportsEveryRecordOfAClampingServer()
{
    ScriptedLogServer server;
    server.addRecords(230);
    server.maxPageSize = 50;
    const QString out = m_dir.filePath(QStringLiteral("cli-clamped.jsonl"));
    const Cli cli =
        runCli({QStringLiteral("export"), QStringLiteral("--url"), server.baseUrl().toString(),
                QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--out"), out});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QByteArray why;
    QVERIFY2(eachOnce(idsIn(out), server.ids(), &why), why.constData());
    QVERIFY2(cli.err.contains(QStringLiteral("230 of the 230")), qPrintable(cli.err));
}

void TestExportJob::cliExitsNonZeroOnAShortfall()
{
    ScriptedLogServer server;
    server.addRecords(80);
    server.totalSurplus = 5;
    const QString out = m_dir.filePath(QStringLiteral("cli-short.jsonl"));
    const QStringList args = {QStringLiteral("export"),
                              QStringLiteral("--url"),
                              server.baseUrl().toString(),
                              QStringLiteral("--source"),
                              QStringLiteral("comm-admin"),
                              QStringLiteral("--out"),
                              out};
    const Cli strict = runCli(args);
    QCOMPARE(strict.exitCode, 3);
    QVERIFY2(strict.err.contains(QStringLiteral("5 missing")), qPrintable(strict.err));
    QVERIFY2(strict.err.contains(QStringLiteral("--allow-partial")), qPrintable(strict.err));
    QCOMPARE(idsIn(out).size(), 80); // what was read is kept
    const Cli partial = runCli(args + QStringList {QStringLiteral("--allow-partial")});
    QVERIFY2(partial.exitCode == 0, qPrintable(partial.err));
    QVERIFY(partial.err.contains(QStringLiteral("5 missing")));
}

void TestExportJob::cliSaysWhileItWaits()
{
    ScriptedLogServer server;
    server.addRecords(30);
    server.scripted = {{429, "1", R"({"code":429,"message":"rate limited"})"}};
    const QString out = m_dir.filePath(QStringLiteral("cli-wait.jsonl"));
    const Cli cli =
        runCli({QStringLiteral("export"), QStringLiteral("--url"), server.baseUrl().toString(),
                QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--out"), out});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QVERIFY2(cli.err.contains(QStringLiteral("waiting for the server: 1 s")), qPrintable(cli.err));
    QCOMPARE(idsIn(out).size(), 30);
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
