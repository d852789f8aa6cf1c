// SearchIndexBuilder: a dataset whose search index is unfinished (format 2, a table of the
// text; format 3, a view of the records' json) is searched by index and scan together, and
// its build stops between steps and goes on where it was.
#include "dataset/DatasetWorker.h"
#include "dataset/SearchIndexBuilder.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"
#include "store/RecordSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sqlite3.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace
{
// Three steps of SearchIndexBuilder::StepRecords, the last a half one.
constexpr int kRecords = 2 * SearchIndexBuilder::StepRecords + SearchIndexBuilder::StepRecords / 2;

// A dataset as DatasetSink leaves it once its records are complete: every record's text
// in records_text (format 2: a table of it; 3: a view of the json), nothing in the index
// yet. Record n says "shipped" when n % 4 == 0.
QString makeUnindexed(const QString &path, int format)
{
    const QString connection = QStringLiteral("tst-searchindexbuilder-make");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN"));
        error = DatasetFile::createSchema(db, true);
        const QString numbers =
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
                .arg(kRecords);
        const QString content = QStringLiteral(
            "CASE WHEN i % 4 = 0 THEN 'Order ' || i || ' has SHIPPED' ELSE 'code ' || i || ' for you' END");
        QStringList statements = {
            numbers
            + QStringLiteral("INSERT INTO records (rowid, origin, source, id, ts, channel, status, json) "
                             "SELECT i, '', 'comm-admin', 'log_' || i, i * 1000, 'sms', 'sent', "
                             "json_object('id', 'log_' || i, 'content', %1) FROM n")
                  .arg(content)};
        if (format == 2) {
            statements << QStringLiteral("CREATE TABLE records_text (rowid INTEGER PRIMARY KEY, %1)")
                              .arg(RecordSchema::textColumns().join(QStringLiteral(", ")))
                       << numbers
                    + QStringLiteral("INSERT INTO records_text (rowid, content) SELECT i, %1 FROM n")
                          .arg(content);
        } else {
            statements << SearchIndexBuilder::textView(SourceDefinitions::get(Sources::CommAdmin));
        }
        statements << QStringLiteral("COMMIT");
        for (const QString &sql : statements) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        }
        DatasetInfo info;
        info.source = Sources::CommAdmin;
        info.recordCount = kRecords;
        info.searchIndexed = false;
        if (error.isEmpty())
            error = DatasetFile::writeMeta(db, info);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

DatasetSql search(const QString &text, bool indexed)
{
    Query query;
    query.source = Sources::CommAdmin;
    return std::get<DatasetSql>(
        DatasetQuery::build(SourceDefinitions::get(Sources::CommAdmin), query, text, {}, indexed));
}
} // namespace

class TestSearchIndexBuilder : public QObject
{
    Q_OBJECT
private slots:
    void stopsBetweenStepsAndResumes_data() { formats(); }
    void stopsBetweenStepsAndResumes();
    void completeFileIsLeftAlone();
    void killedWhileBuildingThenReopened_data() { formats(); }
    void killedWhileBuildingThenReopened();
    void killedInTheMiddleOfACommit_data() { formats(); }
    void killedInTheMiddleOfACommit();
    void stopsWhileWaitingForAReader();
    void textViewReadsWhatRowForReads_data();
    void textViewReadsWhatRowForReads();

private:
    void formats()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("format 2, a table") << 2;
        QTest::newRow("format 3, a view") << 3;
    }
    // The worker's count of a search on the file as it is now.
    qint64 countOf(const QString &path, const QString &text)
    {
        DatasetWorker worker(std::make_shared<std::atomic_int>(1));
        QString error;
        const auto info = worker.open(path, &error);
        if (!info)
            return -1;
        const auto count = worker.count(search(text, info->searchIndexed), 1, &error);
        return count.value_or(-2);
    }
    bool searchIndexed(const QString &path)
    {
        QString error;
        const auto info = DatasetFile::open(path, QStringLiteral("tst-searchindexbuilder-open"), &error);
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("tst-searchindexbuilder-open"), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-searchindexbuilder-open"));
        return info && info->searchIndexed;
    }
    QTemporaryDir m_dir;
};

void TestSearchIndexBuilder::stopsBetweenStepsAndResumes()
{
    QFETCH(int, format);
    const QString path = m_dir.filePath(QStringLiteral("building-%1.logdeck").arg(format));
    QCOMPARE(makeUnindexed(path, format), QString());
    QVERIFY(!searchIndexed(path));
    // Nothing indexed yet: every hit comes from the scan, case-insensitively like the index.
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
    QCOMPARE(countOf(path, QStringLiteral("ed")), qint64(kRecords / 4)); // shorter than a trigram

    // Stopped after its first step: a third is indexed, and the file says so.
    std::atomic_bool stop {false};
    QList<SearchIndexBuilder::Progress> seen;
    {
        SearchIndexBuilder builder(path);
        QVERIFY(!builder.build(
            [&](const SearchIndexBuilder::Progress &p) {
                seen << p;
                if (p.indexed > 0)
                    stop = true;
            },
            stop));
        QCOMPARE(builder.errorString(), QString());
    }
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).indexed, 0);
    QCOMPARE(seen.at(1).indexed, qint64(SearchIndexBuilder::StepRecords));
    QCOMPARE(seen.at(1).total, qint64(kRecords));
    const auto partial = SearchIndexBuilder::progressOf(path);
    QVERIFY(partial);
    QCOMPARE(partial->indexed, qint64(SearchIndexBuilder::StepRecords));
    QCOMPARE(partial->total, qint64(kRecords));
    QCOMPARE(partial->percent(), 40);
    QVERIFY(!searchIndexed(path));
    // Half from the index, half from the scan: still every hit, none twice.
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
    QCOMPARE(countOf(path, QStringLiteral("ed")), qint64(kRecords / 4));

    // The next build goes on from there and completes it.
    stop = false;
    seen.clear();
    SearchIndexBuilder builder(path);
    QVERIFY2(builder.build([&](const SearchIndexBuilder::Progress &p) { seen << p; }, stop),
             qPrintable(builder.errorString()));
    QCOMPARE(seen.constFirst().indexed, qint64(SearchIndexBuilder::StepRecords));
    QCOMPARE(seen.constLast().indexed, qint64(kRecords));
    QVERIFY(searchIndexed(path));
    QVERIFY(!SearchIndexBuilder::progressOf(path)); // records_text is gone
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
    QCOMPARE(countOf(path, QStringLiteral("ed")), qint64(kRecords / 4));
    QCOMPARE(countOf(path, QStringLiteral("order 4 has")), qint64(1));
}

void TestSearchIndexBuilder::completeFileIsLeftAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("complete.logdeck"));
    QCOMPARE(makeUnindexed(path, DatasetFile::FormatVersion), QString());
    std::atomic_bool stop {false};
    QVERIFY(SearchIndexBuilder(path).build([](const SearchIndexBuilder::Progress &) {}, stop));
    int calls = 0;
    QVERIFY(SearchIndexBuilder(path).build([&](const SearchIndexBuilder::Progress &) { ++calls; }, stop));
    QCOMPARE(calls, 0);
    QVERIFY(searchIndexed(path));
    QVERIFY(!SearchIndexBuilder(m_dir.filePath(QStringLiteral("missing.logdeck")))
                 .build([](const SearchIndexBuilder::Progress &) {}, stop));
}

void TestSearchIndexBuilder::killedWhileBuildingThenReopened()
{
    QFETCH(int, format);
    const QString path = m_dir.filePath(QStringLiteral("killed-%1.logdeck").arg(format));
    QCOMPARE(makeUnindexed(path, format), QString());
    // A child process builds, and is killed by SIGALRM a millisecond into its second step:
    // no chance to clean up, a hot journal left behind.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        std::atomic_bool stop {false};
        SearchIndexBuilder(path).build(
            [](const SearchIndexBuilder::Progress &p) {
                if (p.indexed == 0)
                    return;
                itimerval soon {};
                soon.it_value.tv_usec = 1000;
                setitimer(ITIMER_REAL, &soon, nullptr); // SIGALRM's default: the process ends
            },
            stop);
        _exit(3); // the whole build within a millisecond: not what this test is about
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM, qPrintable(QString::number(status)));

    // Reopened: as it was after a whole number of steps, never half of one, and every
    // search still finds every hit once.
    QVERIFY(!searchIndexed(path));
    const auto partial = SearchIndexBuilder::progressOf(path);
    QVERIFY(partial);
    QCOMPARE(partial->total, qint64(kRecords));
    QVERIFY(partial->indexed >= SearchIndexBuilder::StepRecords && partial->indexed < kRecords);
    QCOMPARE(partial->indexed % SearchIndexBuilder::StepRecords, 0);
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
    QCOMPARE(countOf(path, QStringLiteral("ed")), qint64(kRecords / 4));
    // And the next build finishes it.
    std::atomic_bool stop {false};
    SearchIndexBuilder builder(path);
    QVERIFY2(builder.build([](const SearchIndexBuilder::Progress &) {}, stop),
             qPrintable(builder.errorString()));
    QVERIFY(searchIndexed(path));
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
    QCOMPARE(countOf(path, QStringLiteral("order 8 has")), qint64(1));
}

void TestSearchIndexBuilder::killedInTheMiddleOfACommit()
{
    QFETCH(int, format);
    // A step whose pages already went to the file (a tiny cache spills them), killed before
    // its commit: the journal beside the file is hot, and a read-only reader alone could
    // not roll it back.
    const QString path = m_dir.filePath(QStringLiteral("hot-%1.logdeck").arg(format));
    QCOMPARE(makeUnindexed(path, format), QString());
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 2; PRAGMA journal_mode = TRUNCATE; BEGIN IMMEDIATE; "
                     "INSERT INTO records_fts (rowid, content) SELECT rowid, content FROM records_text; "
                     "DELETE FROM records_text;",
                     nullptr, nullptr, nullptr);
        raise(SIGKILL);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);

    QVERIFY(!searchIndexed(path)); // it opens, rolled back to before the step
    const auto partial = SearchIndexBuilder::progressOf(path);
    QVERIFY(partial);
    QCOMPARE(partial->indexed, 0);
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
    std::atomic_bool stop {false};
    QVERIFY(SearchIndexBuilder(path).build([](const SearchIndexBuilder::Progress &) {}, stop));
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
}

void TestSearchIndexBuilder::stopsWhileWaitingForAReader()
{
    // A reader in the middle of a read keeps the build's first commit waiting. Asked to
    // stop, the build gives up at once (the window waits for it on its GUI thread), not
    // when its 30 s of waiting for the reader are over; and a stop is no error.
    const QString path = m_dir.filePath(QStringLiteral("waiting.logdeck"));
    QCOMPARE(makeUnindexed(path, DatasetFile::FormatVersion), QString());
    sqlite3 *reader = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &reader, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_exec(reader, "BEGIN; SELECT COUNT(*) FROM records;", nullptr, nullptr, nullptr),
             SQLITE_OK);
    std::atomic_bool stop {false}, done {false}, built {true};
    std::atomic<qint64> steps {0};
    QString error = QStringLiteral("not yet");
    std::thread building([&] {
        SearchIndexBuilder builder(path);
        built = builder.build([&](const SearchIndexBuilder::Progress &) { ++steps; }, stop);
        error = builder.errorString();
        done = true;
    });
    QTRY_COMPARE(steps.load(), 1); // the progress before the first step: it is under way
    // No signal says that it waits for the reader; a while later, it surely does.
    QTest::qWait(300);
    QVERIFY(!done);
    stop = true;
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    building.join();
    QVERIFY(!built);
    QCOMPARE(error, QString());
    sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(reader);
    // Nothing was moved: the file is as it was, and the next build completes it.
    QCOMPARE(SearchIndexBuilder::progressOf(path)->indexed, 0);
    stop = false;
    QVERIFY(SearchIndexBuilder(path).build([](const SearchIndexBuilder::Progress &) {}, stop));
    QCOMPARE(countOf(path, QStringLiteral("shipped")), qint64(kRecords / 4));
}

void TestSearchIndexBuilder::textViewReadsWhatRowForReads_data()
{
    QTest::addColumn<QString>("source");
    for (const SourceDefinition *def : SourceRegistry::instance().all())
        QTest::newRow(qPrintable(def->kind.key())) << def->kind.key();
}

void TestSearchIndexBuilder::textViewReadsWhatRowForReads()
{
    // Format 3's view takes each text column from the record's json as rowFor does: the
    // first of its fields that is there and not null. (Not tried here: a boolean, which
    // json_extract gives as 1, and an object whose names are out of order, kept so.)
    QFETCH(QString, source);
    const SourceDefinition *def = SourceRegistry::instance().find(source);
    QVERIFY(def);
    const QString path = m_dir.filePath(QStringLiteral("view-%1.logdeck").arg(source));
    const QString connection = QStringLiteral("tst-searchindexbuilder-view");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(DatasetFile::createSchema(db, true), QString());
        QSqlQuery q(db);
        QVERIFY2(q.exec(SearchIndexBuilder::textView(*def)), qPrintable(q.lastError().text()));
        const QList<QJsonValue> values = {
            QStringLiteral("Order 7 has shipped"),
            QStringLiteral("您的验证码是491263"),
            QStringLiteral("quote \" and\nnew line"),
            QString(),
            QJsonValue(42),
            QJsonValue::Null,
            QJsonObject {{QStringLiteral("a"), 1}, {QStringLiteral("b"), QStringLiteral("x")}}};
        QRandomGenerator rng(qHash(source));
        QList<RecordSchema::Row> expected;
        QVERIFY(
            q.prepare(QStringLiteral("INSERT INTO records (rowid, source, id, json) VALUES (?, ?, ?, ?)")));
        for (int n = 1; n <= 300; ++n) {
            QJsonObject record {{def->idField, QStringLiteral("r%1").arg(n)}};
            for (const TextFieldSpec &t : def->textFields) {
                for (const QString &field : t.fields) {
                    if (rng.bounded(3) != 0)
                        record.insert(field, values.at(rng.bounded(int(values.size()))));
                }
            }
            const QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
            expected << RecordSchema::rowFor(*def, record, json);
            q.addBindValue(n);
            q.addBindValue(source);
            q.addBindValue(QStringLiteral("r%1").arg(n));
            q.addBindValue(QString::fromUtf8(json));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QString columns = RecordSchema::textColumns().join(QStringLiteral(", "));
        QVERIFY(q.exec(QStringLiteral("SELECT rowid, %1 FROM records_text ORDER BY rowid").arg(columns)));
        int rows = 0;
        while (q.next()) {
            const RecordSchema::Row &row = expected.at(rows++);
            for (int c = 0; c < RecordSchema::textColumns().size(); ++c)
                QCOMPARE(q.value(c + 1).toString(), row.textValues.at(c));
        }
        QCOMPARE(rows, 300);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestSearchIndexBuilder)
#include "tst_searchindexbuilder.moc"
