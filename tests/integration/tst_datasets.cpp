// Datasets end to end: the demo server → export → .logdeck / JSON Lines / CSV → import →
// DatasetLogModel and `logdeck-cli query`, on real files and real processes.
#include "DemoServerProcess.h"
#include "core/Timestamp.h"
#include "dataset/RecordImporter.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "jobs/ExportJob.h"
#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace
{
struct CliResult {
    int exitCode = -1;
    QByteArray out, err;
};

CliResult cli(const QStringList &arguments, const QString &token = QStringLiteral("demo-admin"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOGDECK_TOKEN"), token);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("LOGDECK_CLI"), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Every record the server has for a query, page by page: the oracle.
QList<QJsonObject> serverRecords(const QUrl &base, const Query &query)
{
    ApiClient client;
    client.setToken(QStringLiteral("demo-admin"));
    const SourceDefinition &def = SourceDefinitions::get(query.source);
    Query q = query;
    q.pageSize = 100;
    QList<QJsonObject> all;
    for (int page = 0;; ++page) {
        std::unique_ptr<ApiReply> reply(client.get(*SourceDefinitions::pageUrl(def, base, q, page)));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        if (!done.wait(10000) || reply->error())
            return {};
        const Page p = std::get<Page>(PageCodec::decodePage(def, reply->body(), {}));
        all += p.records;
        if (p.records.size() < 100)
            return all;
    }
}

QStringList ids(const QList<QJsonObject> &records, const QString &idField = QStringLiteral("id"))
{
    QStringList out;
    for (const QJsonObject &r : records)
        out << r.value(idField).toVariant().toString();
    return out;
}

QList<QJsonObject> readJsonLines(const QByteArray &text)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

// Every row of a dataset model, waiting for its windows like a view that scrolls through.
QList<QJsonObject> allRows(DatasetLogModel &model)
{
    QList<QJsonObject> out;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex index = model.index(r, 0);
        if (index.data(LogRoles::IsPlaceholderRole).toBool()) {
            QSignalSpy loaded(&model, &DatasetLogModel::windowLoaded);
            index.data();
            while (index.data(LogRoles::IsPlaceholderRole).toBool()) {
                if (!loaded.wait(10000))
                    return {};
            }
        }
        out << index.data(LogRoles::RecordRole).toJsonObject();
    }
    return out;
}

bool waitForTotal(DatasetLogModel &model)
{
    QSignalSpy total(&model, &DatasetLogModel::totalChanged);
    return model.total().has_value() || total.wait(20000);
}
} // namespace

class TestDatasets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripKeepsEveryField();
    void csvRoundTrip();
    void apiLogHistoriesAreKept();
    void cliShowsOneRecordWithItsHistory();
    void malformedLinesAreReported();
    void filtersSortAndSearchMatchTheServer();
    void searchWithFiltersSortsAndChanges();
    void repeatedIdsKeepTheLastCopy();
    void hostileSearchIsLiteral();
    void unreadableFilesSayWhy();
    void killedImportAndExportLeaveTheTargetAlone();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    DemoServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestDatasets::initTestCase()
{
    QVERIFY(m_server.start({QStringLiteral("--comm"), QStringLiteral("3000"), QStringLiteral("--api-logs"),
                            QStringLiteral("300"), QStringLiteral("--audit"), QStringLiteral("1500"),
                            QStringLiteral("--mfa"), QStringLiteral("200")}));
}

void TestDatasets::roundTripKeepsEveryField()
{
    const QString url = m_server.baseUrl().toString();
    // server → .logdeck
    CliResult r =
        cli({QStringLiteral("export"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("comm-admin"), QStringLiteral("--out"), path(QStringLiteral("a.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // .logdeck → JSON Lines
    r = cli({QStringLiteral("query"), path(QStringLiteral("a.logdeck")), QStringLiteral("--format"),
             QStringLiteral("jsonl")});
    QCOMPARE(r.exitCode, 0);
    QFile jsonl(path(QStringLiteral("a.jsonl")));
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    jsonl.write(r.out);
    jsonl.close();
    // JSON Lines → .logdeck
    r = cli({QStringLiteral("import"), path(QStringLiteral("a.jsonl")), QStringLiteral("--source"),
             QStringLiteral("comm-admin"), QStringLiteral("--out"), path(QStringLiteral("b.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("query"), path(QStringLiteral("b.logdeck"))});
    const QList<QJsonObject> roundTripped = readJsonLines(r.out);
    const QList<QJsonObject> original =
        serverRecords(m_server.baseUrl(), Query {Sources::CommAdmin, {}, {}, 100});
    QCOMPARE(original.size(), 3000);
    QCOMPARE(roundTripped.size(), original.size());
    // Same order (newest first), every field equal.
    for (int i = 0; i < original.size(); ++i)
        QCOMPARE(roundTripped.at(i), original.at(i));
    r = cli({QStringLiteral("query"), path(QStringLiteral("b.logdeck")), QStringLiteral("--count")});
    QCOMPARE(r.out.trimmed(), QByteArray("3000"));
}

void TestDatasets::csvRoundTrip()
{
    const QString url = m_server.baseUrl().toString();
    CliResult r =
        cli({QStringLiteral("export"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("notif-audit"), QStringLiteral("--event-type"), QStringLiteral("USER_UPDATED"),
             QStringLiteral("--bom"), QStringLiteral("--out"), path(QStringLiteral("n.csv"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csv(path(QStringLiteral("n.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBF"
                            "timestamp,"));
    QVERIFY(text.contains("\r\n"));
    r = cli({QStringLiteral("import"), path(QStringLiteral("n.csv")), QStringLiteral("--source"),
             QStringLiteral("notif-audit"), QStringLiteral("--out"), path(QStringLiteral("n.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("query"), path(QStringLiteral("n.logdeck"))});
    Query q {Sources::NotifAudit, {{QStringLiteral("event_type"), QStringLiteral("USER_UPDATED")}}, {}, 100};
    const QList<QJsonObject> original = serverRecords(m_server.baseUrl(), q);
    QVERIFY(!original.isEmpty());
    QCOMPARE(readJsonLines(r.out), original); // details objects, numbers, quotes: all intact
}

void TestDatasets::apiLogHistoriesAreKept()
{
    const QString url = m_server.baseUrl().toString();
    CliResult r =
        cli({QStringLiteral("export"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("api-logs"), QStringLiteral("--status"), QStringLiteral("Error"),
             QStringLiteral("--with-history"), QStringLiteral("--out"), path(QStringLiteral("api.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("query"), path(QStringLiteral("api.logdeck"))});
    const QList<QJsonObject> records = readJsonLines(r.out);
    QVERIFY(!records.isEmpty());
    for (const QJsonObject &record : records) {
        QVERIFY(SourceDefinitions::get(Sources::ApiLogs).history(record).steps.size() >= 2);
        QCOMPARE(record.value(QStringLiteral("status")).toInt(), 12);
    }
    // The histories have their own table too.
    DatasetLogModel model;
    QSignalSpy opened(&model, &DatasetLogModel::opened);
    model.open(path(QStringLiteral("api.logdeck")));
    QVERIFY(opened.wait(10000));
    QCOMPARE(model.info()->source, Sources::ApiLogs);
    QCOMPARE(model.info()->recordCount, records.size());
    QCOMPARE(model.info()->origin, url);
}

void TestDatasets::cliShowsOneRecordWithItsHistory()
{
    const QString url = m_server.baseUrl().toString();
    Query failed;
    failed.source = Sources::ApiLogs;
    failed.filters.insert(QStringLiteral("status"), QStringLiteral("Error"));
    const QList<QJsonObject> listed = serverRecords(m_server.baseUrl(), failed);
    QVERIFY(!listed.isEmpty());
    const QString id = listed.constFirst().value(QStringLiteral("id")).toString();

    // From the server: the entry by id, with its whole history.
    CliResult r = cli({QStringLiteral("show"), QStringLiteral("--url"), url, QStringLiteral("--source"),
                       QStringLiteral("api-logs"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(shown.value(QStringLiteral("id")).toString(), id);
    const QList<HistoryStep> steps = SourceDefinitions::get(Sources::ApiLogs).history(shown).steps;
    QVERIFY(steps.size() >= 2);
    r = cli({QStringLiteral("show"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("api-logs"), id});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(id), r.out.constData());
    const qsizetype historyAt = text.indexOf(QStringLiteral("\nStatus history\n"));
    QVERIFY2(historyAt > 0, r.out.constData());
    qsizetype last = historyAt;
    for (const HistoryStep &step : steps) {
        // Every step in order, with its detail.
        const qsizetype at = text.indexOf(step.detail, last);
        QVERIFY2(at > last, qPrintable(step.detail));
        last = at;
    }
    QVERIFY2(text.contains(QStringLiteral("Total duration: ")), r.out.constData());

    // From a dataset: the same record, found by id without a server.
    r = cli({QStringLiteral("export"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("api-logs"), QStringLiteral("--status"), QStringLiteral("Error"),
             QStringLiteral("--with-history"), QStringLiteral("--out"),
             path(QStringLiteral("show.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("show"), path(QStringLiteral("show.logdeck")), id, QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject stored = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(stored.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(stored.value(QStringLiteral("statusHistory")), shown.value(QStringLiteral("statusHistory")));

    // --utc: the times in UTC, marked so.
    r = cli({QStringLiteral("show"), path(QStringLiteral("show.logdeck")), id, QStringLiteral("--utc")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString firstStep =
        steps.constFirst().timestamp.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
    QVERIFY2(QString::fromUtf8(r.out).contains(firstStep),
             qPrintable(firstStep + QLatin1Char('\n') + QString::fromUtf8(r.out)));

    // What cannot be shown says why.
    r = cli({QStringLiteral("show"), path(QStringLiteral("show.logdeck")), QStringLiteral("no-such-id")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no-such-id"), r.err.constData());
    r = cli({QStringLiteral("show"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("comm-admin"), QStringLiteral("log_00000001")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("comm-admin"), r.err.constData());
    r = cli({QStringLiteral("show"), QStringLiteral("--url"), url, QStringLiteral("--source"),
             QStringLiteral("api-logs"), QStringLiteral("no-such-id")},
            QStringLiteral("demo-user"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("[forbidden]") && !r.err.contains("demo-user"), r.err.constData());
}

void TestDatasets::malformedLinesAreReported()
{
    QFile input(path(QStringLiteral("bad.jsonl")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("{\"id\":\"a\",\"created_at\":\"2026-11-01T00:00:00Z\",\"content\":\"one\"}\n"
                "{\"id\":\"b\",\"created_at\":\n"
                "\n"
                "[1,2,3]\n"
                "{\"id\":\"c\",\"created_at\":\"2026-11-01T00:00:01Z\",\"content\":\"three\"}\n");
    input.close();
    CliResult r =
        cli({QStringLiteral("import"), path(QStringLiteral("bad.jsonl")), QStringLiteral("--source"),
             QStringLiteral("comm-admin"), QStringLiteral("--out"), path(QStringLiteral("bad.logdeck"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("bad.jsonl:2:"), r.err.constData());
    QVERIFY2(r.err.contains("bad.jsonl:4:"), r.err.constData());
    QVERIFY(!r.err.contains("bad.jsonl:3:"));
    r = cli({QStringLiteral("query"), path(QStringLiteral("bad.logdeck")), QStringLiteral("--count")});
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    // Strict: refused, and no file.
    r = cli({QStringLiteral("import"), path(QStringLiteral("bad.jsonl")), QStringLiteral("--source"),
             QStringLiteral("comm-admin"), QStringLiteral("--strict"), QStringLiteral("--out"),
             path(QStringLiteral("strict.logdeck"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("line 2"));
    QVERIFY(!QFile::exists(path(QStringLiteral("strict.logdeck"))));

    // A JSON array split without reading it whole, with its bad element's line.
    QFile array(path(QStringLiteral("array.json")));
    QVERIFY(array.open(QIODevice::WriteOnly));
    array.write(
        "[\n {\"id\": \"x\", \"content\": \"a \\\"quoted\\\" } brace\"},\n 42,\n {\"id\": \"y\"}\n]\n");
    array.close();
    r = cli({QStringLiteral("import"), path(QStringLiteral("array.json")), QStringLiteral("--source"),
             QStringLiteral("comm-admin"), QStringLiteral("--out"), path(QStringLiteral("array.logdeck"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("array.json:3:"), r.err.constData());
    r = cli({QStringLiteral("query"), path(QStringLiteral("array.logdeck")), QStringLiteral("--search"),
             QStringLiteral("\"quoted\" }")});
    QCOMPARE(ids(readJsonLines(r.out)), QStringList {QStringLiteral("x")});

    // A saved API page, as any of the envelopes.
    QFile page(path(QStringLiteral("page.json")));
    QVERIFY(page.open(QIODevice::WriteOnly));
    QFile fixture(qEnvironmentVariable("LOGDECK_FIXTURES") + QStringLiteral("/notif-page-string.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    page.write(fixture.readAll());
    page.close();
    r = cli({QStringLiteral("import"), path(QStringLiteral("page.json")), QStringLiteral("--source"),
             QStringLiteral("notif-audit"), QStringLiteral("--out"), path(QStringLiteral("page.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("query"), path(QStringLiteral("page.logdeck")), QStringLiteral("--count")});
    QVERIFY(r.out.trimmed().toInt() > 0);
}

void TestDatasets::filtersSortAndSearchMatchTheServer()
{
    CliResult r = cli({QStringLiteral("export"), QStringLiteral("--url"), m_server.baseUrl().toString(),
                       QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--out"),
                       path(QStringLiteral("all.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    DatasetLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy opened(&model, &DatasetLogModel::opened);
    model.open(path(QStringLiteral("all.logdeck")));
    QVERIFY(opened.wait(10000));
    QVERIFY(waitForTotal(model));
    QCOMPARE(*model.total(), 3000);

    const QList<QMap<QString, QString>> filters = {
        {{QStringLiteral("channel"), QStringLiteral("sms")},
         {QStringLiteral("status"), QStringLiteral("failed")}},
        {{QStringLiteral("user_id"), QStringLiteral("usr_0003")}},
        {{QStringLiteral("channel"), QStringLiteral("email")}},
    };
    for (const auto &f : filters) {
        Query q {Sources::CommAdmin, f, {}, 100};
        model.setQuery(q);
        QVERIFY(waitForTotal(model));
        QCOMPARE(ids(allRows(model)), ids(serverRecords(m_server.baseUrl(), q)));
    }
    // A date range (the server's own way is bisection; here, brute force over its list).
    const QList<QJsonObject> everything =
        serverRecords(m_server.baseUrl(), Query {Sources::CommAdmin, {}, {}, 100});
    const qint64 from = *Timestamp::parseMsecs(u"2026-11-05T00:00:00Z"),
                 to = *Timestamp::parseMsecs(u"2026-11-09T00:00:00Z");
    QList<QJsonObject> inRange;
    for (const QJsonObject &rec : everything) {
        const qint64 t = *Timestamp::parseMsecs(rec.value(QStringLiteral("created_at")).toString());
        if (t >= from && t <= to)
            inRange << rec;
    }
    model.setQuery(Query {Sources::CommAdmin,
                          {{QStringLiteral("from"), QStringLiteral("2026-11-05T00:00:00Z")},
                           {QStringLiteral("to"), QStringLiteral("2026-11-09T00:00:00Z")}},
                          {},
                          100});
    QVERIFY(waitForTotal(model));
    QCOMPARE(ids(allRows(model)), ids(inRange));
    // Sorting on any column: oldest first is the server's list reversed.
    model.setQuery(Query {Sources::CommAdmin, {}, {}, 100});
    QVERIFY(waitForTotal(model));
    model.sort(0, Qt::AscendingOrder); // created_at
    QVERIFY(waitForTotal(model));
    QStringList reversed = ids(everything);
    std::reverse(reversed.begin(), reversed.end());
    const QList<QJsonObject> sorted = allRows(model);
    const QStringList ascending = ids(sorted);
    // Equal times may order either way; the times themselves must be ascending.
    for (int i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).value(QStringLiteral("created_at")).toString()
                <= sorted.at(i).value(QStringLiteral("created_at")).toString());
    QCOMPARE(ascending.size(), reversed.size());
    QCOMPARE(QSet<QString>(ascending.cbegin(), ascending.cend()),
             QSet<QString>(reversed.cbegin(), reversed.cend()));
    // Full-text search: the same as a substring scan of the text fields.
    QList<QJsonObject> expected;
    for (const QJsonObject &rec : everything) {
        for (const char *field : {"content", "error", "recipient", "response"}) {
            if (rec.value(QLatin1String(field))
                    .toString()
                    .contains(QStringLiteral("shipped"), Qt::CaseInsensitive)) {
                expected << rec;
                break;
            }
        }
    }
    QVERIFY(!expected.isEmpty());
    model.setQuery(Query {Sources::CommAdmin, {}, {}, 100}, QStringLiteral("shipped"));
    QVERIFY(waitForTotal(model));
    QCOMPARE(ids(allRows(model)), ids(expected));
}

void TestDatasets::searchWithFiltersSortsAndChanges()
{
    // The model matches a phrase once and reads the hits for its count and every window;
    // with a filter beside it, another sort, a rare phrase (the hits looked up one by one)
    // and a common one (the records walked in order), it must still give the rows a plain
    // substring scan gives, also when queries follow one another before any finishes.
    CliResult r = cli({QStringLiteral("export"), QStringLiteral("--url"), m_server.baseUrl().toString(),
                       QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--out"),
                       path(QStringLiteral("search.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> everything =
        serverRecords(m_server.baseUrl(), Query {Sources::CommAdmin, {}, {}, 100});
    const auto matching = [&](const QString &text, const QString &status = {}) {
        QList<QJsonObject> out;
        for (const QJsonObject &rec : everything) {
            if (!status.isEmpty() && rec.value(QStringLiteral("status")).toString() != status)
                continue;
            for (const char *field : {"content", "error", "recipient", "response"}) {
                if (rec.value(QLatin1String(field)).toString().contains(text, Qt::CaseInsensitive)) {
                    out << rec;
                    break;
                }
            }
        }
        return out;
    };
    const QString common = QStringLiteral("shipped");
    const QString rare = everything.at(17).value(QStringLiteral("recipient")).toString();
    QVERIFY(matching(common).size() * 20 >= everything.size()); // the walk in order
    QVERIFY(!matching(rare).isEmpty() && matching(rare).size() * 20 < everything.size());

    DatasetLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy opened(&model, &DatasetLogModel::opened);
    model.open(path(QStringLiteral("search.logdeck")));
    QVERIFY(opened.wait(10000));
    QVERIFY(waitForTotal(model));

    for (const QString &text : {common, rare}) {
        model.setQuery(Query {Sources::CommAdmin, {}, {}, 100}, text);
        QVERIFY(waitForTotal(model));
        QCOMPARE(*model.total(), matching(text).size());
        QCOMPARE(ids(allRows(model)), ids(matching(text)));
        // The same phrase with a filter that keeps some of its rows and not all: the hits
        // are read again, narrowed in SQL.
        const QString status = matching(text).constFirst().value(QStringLiteral("status")).toString();
        const QList<QJsonObject> narrowed = matching(text, status);
        QVERIFY(!narrowed.isEmpty() && narrowed.size() < matching(text).size());
        model.setQuery(Query {Sources::CommAdmin, {{QStringLiteral("status"), status}}, {}, 100}, text);
        QVERIFY(waitForTotal(model));
        QCOMPARE(*model.total(), narrowed.size());
        QCOMPARE(ids(allRows(model)), ids(narrowed));
    }
    // Another sort: by channel, each channel's rows all there.
    model.setQuery(Query {Sources::CommAdmin, {}, {}, 100}, common);
    QVERIFY(waitForTotal(model));
    const int channelColumn = [&] {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == u"channel")
                return c;
        }
        return -1;
    }();
    QVERIFY(channelColumn >= 0);
    model.sort(channelColumn, Qt::DescendingOrder);
    QVERIFY(waitForTotal(model));
    const QList<QJsonObject> byChannel = allRows(model);
    for (int i = 1; i < byChannel.size(); ++i)
        QVERIFY(byChannel.at(i - 1).value(QStringLiteral("channel")).toString()
                >= byChannel.at(i).value(QStringLiteral("channel")).toString());
    const QStringList sortedIds = ids(byChannel), expectedIds = ids(matching(common));
    QCOMPARE(QSet<QString>(sortedIds.cbegin(), sortedIds.cend()),
             QSet<QString>(expectedIds.cbegin(), expectedIds.cend()));
    QCOMPARE(sortedIds.size(), expectedIds.size());
    // Queries in quick succession: each one interrupts the one before, and a match cut
    // short must not be taken for a whole one when its phrase comes back.
    for (int round = 0; round < 5; ++round) {
        model.setQuery(Query {Sources::CommAdmin, {}, {}, 100}, common);
        model.setQuery(Query {Sources::CommAdmin, {}, {}, 100}, rare);
        model.setQuery(
            Query {Sources::CommAdmin, {{QStringLiteral("status"), QStringLiteral("failed")}}, {}, 100});
        model.setQuery(Query {Sources::CommAdmin, {}, {}, 100}, common);
    }
    QVERIFY(waitForTotal(model));
    QCOMPARE(ids(allRows(model)), ids(matching(common)));
}

void TestDatasets::repeatedIdsKeepTheLastCopy()
{
    // The unique index is built after the load; where it cannot be, the last copy of each
    // id stays, in the records, the full-text index and the counts alike. The lines are
    // stored as they came, spacing and all.
    QFile in(path(QStringLiteral("repeated.jsonl")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("{\"id\": \"a\", \"channel\": \"sms\", \"status\": \"sent\", \"content\": \"first copy\", "
             "\"created_at\": \"2026-11-01T00:00:00Z\"}\n"
             "{\"id\":\"b\",\"channel\":\"email\",\"status\":\"failed\",\"content\":\"only one\","
             "\"created_at\":\"2026-11-02T00:00:00Z\"}\n"
             "{\"id\":\"a\",\"channel\":\"push\",\"status\":\"delivered\",\"content\":\"second copy\","
             "\"created_at\":\"2026-11-03T00:00:00Z\"}\n");
    in.close();
    CliResult r = cli({QStringLiteral("import"), path(QStringLiteral("repeated.jsonl")),
                       QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--out"),
                       path(QStringLiteral("repeated.logdeck"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("query"), path(QStringLiteral("repeated.logdeck")), QStringLiteral("--count")});
    QCOMPARE(r.out.trimmed(), QByteArray("2"));
    r = cli({QStringLiteral("query"), path(QStringLiteral("repeated.logdeck")), QStringLiteral("--format"),
             QStringLiteral("jsonl")});
    const QList<QJsonObject> records = readJsonLines(r.out);
    QCOMPARE(ids(records), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(records.at(0).value(QStringLiteral("content")).toString(), QStringLiteral("second copy"));
    r = cli({QStringLiteral("query"), path(QStringLiteral("repeated.logdeck")), QStringLiteral("--search"),
             QStringLiteral("copy"), QStringLiteral("--count")});
    QCOMPARE(r.out.trimmed(), QByteArray("1"));
    r = cli({QStringLiteral("query"), path(QStringLiteral("repeated.logdeck")), QStringLiteral("--channel"),
             QStringLiteral("sms"), QStringLiteral("--count")});
    QCOMPARE(r.out.trimmed(), QByteArray("0"));
}

void TestDatasets::hostileSearchIsLiteral()
{
    QFile input(path(QStringLiteral("hostile.jsonl")));
    QVERIFY(input.open(QIODevice::WriteOnly));
    input.write("{\"id\":\"q\",\"created_at\":\"2026-11-01T00:00:00Z\",\"content\":\"He said \\\"hi\\\" OR "
                "bye; DROP TABLE x\"}\n"
                "{\"id\":\"p\",\"created_at\":\"2026-11-01T00:00:01Z\",\"content\":\"plain\"}\n");
    input.close();
    QCOMPARE(cli({QStringLiteral("import"), path(QStringLiteral("hostile.jsonl")), QStringLiteral("--source"),
                  QStringLiteral("comm-admin"), QStringLiteral("--out"), path(QStringLiteral("h.logdeck"))})
                 .exitCode,
             0);
    auto count = [this](const QString &search) {
        const CliResult r = cli({QStringLiteral("query"), path(QStringLiteral("h.logdeck")),
                                 QStringLiteral("--search"), search, QStringLiteral("--count")});
        return r.exitCode == 0 ? r.out.trimmed().toInt() : -1;
    };
    QCOMPARE(count(QStringLiteral("\"hi\" OR")), 1); // quotes and operators, literally
    QCOMPARE(count(QStringLiteral("DROP TABLE x")), 1);
    QCOMPARE(count(QStringLiteral("plain OR said")), 0); // not an FTS query: no such text
    QCOMPARE(count(QStringLiteral("'); DROP TABLE records; --")), 0);
    QCOMPARE(count(QStringLiteral("NEAR(a b) * ^col:")), 0);
    QCOMPARE(count(QStringLiteral("%")), 0); // no wildcard either
    QCOMPARE(count(QString()), 2); // and the table is still there
}

void TestDatasets::unreadableFilesSayWhy()
{
    QFile junk(path(QStringLiteral("junk.logdeck")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database");
    junk.close();
    DatasetLogModel model;
    QSignalSpy errors(&model, &DatasetLogModel::errorOccurred);
    model.open(path(QStringLiteral("junk.logdeck")));
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("not a LogDeck dataset")));

    // A dataset from a newer LogDeck is refused with that reason.
    QVERIFY(QFile::copy(path(QStringLiteral("all.logdeck")), path(QStringLiteral("newer.logdeck"))));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path(QStringLiteral("newer.logdeck")));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'format_version'"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    errors.clear();
    model.open(path(QStringLiteral("newer.logdeck")));
    QVERIFY(errors.wait(10000));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("newer LogDeck")));
    const CliResult r =
        cli({QStringLiteral("query"), path(QStringLiteral("newer.logdeck")), QStringLiteral("--count")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("newer LogDeck"));
}

void TestDatasets::killedImportAndExportLeaveTheTargetAlone()
{
    // A large input, so the import is still running when it is killed.
    QFile big(path(QStringLiteral("big.jsonl")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    for (int i = 0; i < 150000; ++i)
        big.write(QStringLiteral(
                      "{\"id\":\"r%1\",\"created_at\":\"2026-11-01T00:00:00Z\",\"content\":\"record %1\"}\n")
                      .arg(i)
                      .toUtf8());
    big.close();
    const QString target = path(QStringLiteral("target.logdeck"));
    QVERIFY(QFile::copy(path(QStringLiteral("all.logdeck")), target));
    const QByteArray before = [&] {
        QFile f(target);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto killWhenWriting = [&](const QStringList &arguments) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LOGDECK_TOKEN"), QStringLiteral("demo-admin"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("LOGDECK_CLI"), arguments);
        if (!p.waitForStarted())
            return false;
        const QString part = target + QStringLiteral(".part-%1").arg(p.processId());
        // Killed while the temporary file exists: mid-write.
        if (!QTest::qWaitFor([&] { return QFile::exists(part) || p.state() == QProcess::NotRunning; }, 20000))
            return false;
        if (p.state() == QProcess::NotRunning)
            return false;
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        return p.exitStatus() == QProcess::CrashExit;
    };
    QVERIFY(killWhenWriting({QStringLiteral("import"), path(QStringLiteral("big.jsonl")),
                             QStringLiteral("--source"), QStringLiteral("comm-admin"),
                             QStringLiteral("--out"), target}));
    QFile after(target);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before);
    after.close();

    DemoServerProcess slow;
    QVERIFY(slow.start({QStringLiteral("--comm"), QStringLiteral("3000"), QStringLiteral("--latency-ms"),
                        QStringLiteral("100")}));
    QVERIFY(killWhenWriting({QStringLiteral("export"), QStringLiteral("--url"), slow.baseUrl().toString(),
                             QStringLiteral("--source"), QStringLiteral("comm-admin"),
                             QStringLiteral("--out"), target}));
    QVERIFY(after.open(QIODevice::ReadOnly));
    QVERIFY(after.readAll() == before);
    after.close();
    // And with no earlier file: nothing appears under the name.
    const QString fresh = path(QStringLiteral("fresh.jsonl"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOGDECK_TOKEN"), QStringLiteral("demo-admin"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("LOGDECK_CLI"),
            {QStringLiteral("export"), QStringLiteral("--url"), slow.baseUrl().toString(),
             QStringLiteral("--source"), QStringLiteral("comm-admin"), QStringLiteral("--out"), fresh});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(fresh + QStringLiteral(".part-%1").arg(p.processId())), 20000);
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished();
    QVERIFY(!QFile::exists(fresh));
}

QTEST_GUILESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
