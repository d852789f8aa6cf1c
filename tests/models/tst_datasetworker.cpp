// DatasetWorker: one connection to a dataset on a thread of its own, whose statements stop
// once a newer query makes them stale; a full-text match made once for the count and the
// rows.
#include "dataset/DatasetWorker.h"
#include "sources/BuiltinSources.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace
{
constexpr int kRecords = 100000;

// A dataset written straight in SQL: record n is at second n, its content says "shipped"
// when n % 4 == 0 and "delivered" when n % 1000 == 0, and the records with n % 10 == 0
// have another source when `mixed` (a file the format does not allow, read right anyway).
QString makeDataset(const QString &path, bool mixed)
{
    const QString connection = QStringLiteral("tst-datasetworker-make");
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
            "CASE WHEN i % 1000 = 0 THEN 'parcel ' || i || ' delivered' WHEN i % 4 = 0 THEN 'order ' || i || "
            "' has shipped' ELSE 'code ' || i || ' for you' END");
        const QStringList statements = {
            numbers
                + QStringLiteral(
                      "INSERT INTO records (rowid, origin, source, id, ts, channel, status, json) "
                      "SELECT i, '', CASE WHEN %1 AND i % 10 = 0 THEN 'comm-mine' ELSE 'comm-admin' "
                      "END, 'log_' || i, i * 1000, 'sms', 'sent', json_object('id', 'log_' || i, "
                      "'content', %2) FROM n")
                      .arg(mixed ? QStringLiteral("1") : QStringLiteral("0"), content),
            numbers
                + QStringLiteral("INSERT INTO records_fts (rowid, content) SELECT i, %1 FROM n").arg(content),
            QStringLiteral("COMMIT"),
        };
        for (const QString &sql : statements) {
            if (error.isEmpty() && !q.exec(sql))
                error = q.lastError().text();
        }
        DatasetInfo info;
        info.source = Sources::CommAdmin;
        info.recordCount = kRecords;
        if (error.isEmpty())
            error = DatasetFile::writeMeta(db, info);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

DatasetSql search(const QString &text, const QString &status = {})
{
    Query query;
    query.source = Sources::CommAdmin;
    if (!status.isEmpty())
        query.setFilter(QStringLiteral("status"), status);
    return std::get<DatasetSql>(DatasetQuery::build(SourceDefinitions::get(Sources::CommAdmin), query, text));
}
} // namespace

class TestDatasetWorker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void countsAndRowsOfAMatch();
    void staleQueriesStop();
    void fileWithOtherSourcesIsCountedInSql();
    void aGrowingDatasetIsCountedOnFromTheLastCount();

private:
    template<typename F>
    auto onWorker(F f)
    {
        decltype(f()) result;
        QMetaObject::invokeMethod(
            m_worker, [&] { result = f(); }, Qt::BlockingQueuedConnection);
        return result;
    }
    QTemporaryDir m_dir;
    QString m_plain, m_mixed;
    QThread m_thread;
    std::shared_ptr<std::atomic_int> m_generation;
    DatasetWorker *m_worker = nullptr;
};

void TestDatasetWorker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plain = m_dir.filePath(QStringLiteral("plain.logdeck"));
    m_mixed = m_dir.filePath(QStringLiteral("mixed.logdeck"));
    QCOMPARE(makeDataset(m_plain, false), QString());
    QCOMPARE(makeDataset(m_mixed, true), QString());
}

void TestDatasetWorker::init()
{
    m_generation = std::make_shared<std::atomic_int>(1);
    m_worker = new DatasetWorker(m_generation);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

void TestDatasetWorker::cleanup()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TestDatasetWorker::countsAndRowsOfAMatch()
{
    QString error;
    QVERIFY(onWorker([&] { return m_worker->open(m_plain, &error); }).has_value());
    // Common: a quarter of the records (but the "delivered" ones), newest first by walking
    // the time index.
    const DatasetSql shipped = search(QStringLiteral("has shipped"));
    QCOMPARE(onWorker([&] { return m_worker->count(shipped, 1, &error); }),
             std::optional<qint64>(kRecords / 4 - kRecords / 1000));
    const auto first = onWorker([&] { return m_worker->rows(shipped, 1, 0, 3, &error); });
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->size(), 3);
    QCOMPARE(first->at(0).value(QStringLiteral("id")).toString(), QStringLiteral("log_%1").arg(kRecords - 4));
    QCOMPARE(first->at(2).value(QStringLiteral("id")).toString(),
             QStringLiteral("log_%1").arg(kRecords - 12));
    // Rare: one record in a thousand, each hit looked up; deep in the list as well.
    const DatasetSql delivered = search(QStringLiteral("delivered"));
    QCOMPARE(onWorker([&] { return m_worker->count(delivered, 1, &error); }),
             std::optional<qint64>(kRecords / 1000));
    const auto last = onWorker([&] { return m_worker->rows(delivered, 1, kRecords / 1000 - 1, 10, &error); });
    QVERIFY2(last, qPrintable(error));
    QCOMPARE(last->size(), 1);
    QCOMPARE(last->at(0).value(QStringLiteral("id")).toString(), QStringLiteral("log_1000"));
    // Back to the first phrase, narrowed by a filter that keeps nothing.
    const DatasetSql none = search(QStringLiteral("has shipped"), QStringLiteral("failed"));
    QCOMPARE(onWorker([&] { return m_worker->count(none, 1, &error); }), std::optional<qint64>(0));
}

void TestDatasetWorker::staleQueriesStop()
{
    QString error;
    QVERIFY(onWorker([&] { return m_worker->open(m_plain, &error); }).has_value());
    const QStringList phrases = {QStringLiteral("has shipped"), QStringLiteral("for you")};
    // Stale before it starts: stopped at the first progress check, with SQLite's error.
    *m_generation = 2;
    QVERIFY(!onWorker([&] { return m_worker->count(search(phrases.at(0)), 1, &error); }).has_value());
    QVERIFY2(error.contains(QStringLiteral("interrupt"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!onWorker([&] { return m_worker->rows(search(phrases.at(0)), 1, 0, 10, &error); }).has_value());
    // Made stale while it runs (this thread moves on the generation as soon as the worker
    // has begun): it stops too. Two phrases take turns, so that each try matches afresh.
    int generation = 2;
    bool stopped = false;
    for (int attempt = 0; attempt < 20 && !stopped; ++attempt, ++generation) {
        *m_generation = generation;
        std::atomic_bool started = false, done = false;
        std::optional<qint64> result;
        const DatasetSql sql = search(phrases.at(attempt % 2));
        QMetaObject::invokeMethod(m_worker, [&, generation] {
            started = true;
            result = m_worker->count(sql, generation, &error);
            done = true;
        });
        while (!started)
            QThread::yieldCurrentThread();
        *m_generation = generation + 1;
        while (!done)
            QThread::yieldCurrentThread();
        stopped = !result.has_value();
    }
    QVERIFY(stopped);
    // A match cut short is not taken for a whole one: asked again, both phrases count
    // right.
    QCOMPARE(onWorker([&] { return m_worker->count(search(phrases.at(0)), generation, &error); }),
             std::optional<qint64>(kRecords / 4 - kRecords / 1000));
    QCOMPARE(onWorker([&] { return m_worker->count(search(phrases.at(1)), generation, &error); }),
             std::optional<qint64>(kRecords - kRecords / 4));
}

void TestDatasetWorker::fileWithOtherSourcesIsCountedInSql()
{
    QString error;
    const auto info = onWorker([&] { return m_worker->open(m_mixed, &error); });
    QVERIFY2(info, qPrintable(error));
    // Records n % 10 == 0 are of another source: of the shipped ones (n % 4 == 0 but not
    // n % 1000 == 0), those with n % 20 == 0 go, which takes the n % 1000 == 0 along.
    QCOMPARE(onWorker([&] { return m_worker->count(search(QStringLiteral("has shipped")), 1, &error); }),
             std::optional<qint64>(kRecords / 4 - kRecords / 20));
}

QTEST_GUILESS_MAIN(TestDatasetWorker)
#include "tst_datasetworker.moc"

void TestDatasetWorker::aGrowingDatasetIsCountedOnFromTheLastCount()
{
    // A file that a writer adds to while the worker reads it: each count must be exact,
    // for each query, however the counts and the additions interleave.
    const QString path = m_dir.filePath(QStringLiteral("growing.logdeck"));
    QVERIFY(QFile::copy(m_plain, path));
    QString error;
    QVERIFY(onWorker([&] { return m_worker->open(path, &error); }).has_value());
    onWorker([&] {
        m_worker->setGrowing(true);
        return true;
    });
    const auto filtered = [](const QString &status) {
        Query query;
        query.source = Sources::CommAdmin;
        if (!status.isEmpty())
            query.setFilter(QStringLiteral("status"), status);
        return std::get<DatasetSql>(
            DatasetQuery::build(SourceDefinitions::get(Sources::CommAdmin), query, {}));
    };
    const DatasetSql all = filtered({}), failed = filtered(QStringLiteral("failed"));
    const auto add = [&path](int from, int to) { // records from..to, every third one failed
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-growing"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        const bool ok = db.open()
            && q.exec(QStringLiteral(
                          "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                          "INSERT INTO records (rowid, origin, source, id, ts, channel, status, json) "
                          "SELECT i, '', 'comm-admin', 'log_' || i, i * 1000, 'sms', CASE WHEN i % 3 = 0 "
                          "THEN 'failed' ELSE 'sent' END, '{}' FROM n")
                          .arg(from)
                          .arg(to));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("tst-growing"));
        return ok;
    };
    const auto failedUpTo = [](int last) { // the original records are all sent
        return qint64(last / 3 - kRecords / 3);
    };
    QCOMPARE(onWorker([&] { return m_worker->count(all, 1, &error); }), std::optional<qint64>(kRecords));
    QCOMPARE(onWorker([&] { return m_worker->count(failed, 1, &error); }), std::optional<qint64>(0));
    QVERIFY(add(kRecords + 1, kRecords + 3000));
    QCOMPARE(onWorker([&] { return m_worker->count(failed, 1, &error); }),
             std::optional<qint64>(failedUpTo(kRecords + 3000)));
    QVERIFY(add(kRecords + 3001, kRecords + 3500));
    QCOMPARE(onWorker([&] { return m_worker->count(failed, 1, &error); }),
             std::optional<qint64>(failedUpTo(kRecords + 3500)));
    QCOMPARE(onWorker([&] { return m_worker->count(all, 1, &error); }),
             std::optional<qint64>(kRecords + 3500));
    QVERIFY(add(kRecords + 3501, kRecords + 3501));
    QCOMPARE(onWorker([&] { return m_worker->count(all, 1, &error); }),
             std::optional<qint64>(kRecords + 3501));
    QCOMPARE(onWorker([&] { return m_worker->count(all, 1, &error); }),
             std::optional<qint64>(kRecords + 3501));
    QCOMPARE(onWorker([&] { return m_worker->count(failed, 1, &error); }),
             std::optional<qint64>(failedUpTo(kRecords + 3501)));
    // Growing no more (the file is complete, repeated ids were dropped): counted afresh.
    onWorker([&] {
        m_worker->setGrowing(false);
        return true;
    });
    QVERIFY(add(kRecords + 3502, kRecords + 3600));
    QCOMPARE(onWorker([&] { return m_worker->count(failed, 1, &error); }),
             std::optional<qint64>(failedUpTo(kRecords + 3600)));
}
