// CacheDatabase on real SQLite files.
#include "sources/BuiltinSources.h"
#include "store/CacheDatabase.h"
#include "store/RecordSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

namespace
{
const SourceDefinition &comm()
{
    return SourceDefinitions::get(Sources::CommAdmin);
}

QJsonObject commRecord(int n, const QString &content = {})
{
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("log_%1").arg(n, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("created_at"),
         QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(-n).toString(Qt::ISODate)},
        {QStringLiteral("channel"), n % 2 ? QStringLiteral("sms") : QStringLiteral("email")},
        {QStringLiteral("status"), QStringLiteral("sent")},
        {QStringLiteral("user_id"), QStringLiteral("usr_%1").arg(n % 7)},
        {QStringLiteral("content"), content.isEmpty() ? QStringLiteral("message number %1").arg(n) : content},
        {QStringLiteral("x_unknown"), QJsonObject {{QStringLiteral("nested"), n}}},
    };
}

QList<QJsonObject> page(int index, int size, int padding = 0)
{
    QList<QJsonObject> records;
    for (int i = 0; i < size; ++i) {
        QJsonObject r = commRecord(index * size + i);
        if (padding)
            r.insert(QStringLiteral("padding"), QString(padding, QLatin1Char('x')));
        records.append(r);
    }
    return records;
}

PageKey key(int page, int size = 50)
{
    return PageKey {QStringLiteral("http://127.0.0.1:1"), QStringLiteral("comm-admin"),
                    QStringLiteral("sort=created_at:desc"), size, page};
}
} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField();
    void survivesReopen();
    void recordsAreUpsertedById();
    void fullTextSearchFindsRecords();
    void wordOnlySearchIndexIsRebuilt();
    void evictsLeastRecentlyUsedToTheCap();
    void queryKeyIsCanonical();
    void refusesWhatItCannotRead();
    void killedMidWriteLeavesASoundDatabase();

private:
    QTemporaryDir m_dir;
};

void TestCacheDatabase::roundTripKeepsEveryField()
{
    CacheDatabase db;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("a.sqlite"))), qPrintable(db.errorString()));
    const QList<QJsonObject> records = page(3, 50);
    const QDateTime fetched = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    QVERIFY2(db.writePage(key(3), comm(), records, 12345, fetched), qPrintable(db.errorString()));
    const auto read = db.readPage(key(3));
    QVERIFY(read);
    QCOMPARE(read->records, records);
    QCOMPARE(read->total, std::optional<qint64>(12345));
    QCOMPARE(read->fetchedAt, fetched);
    QVERIFY(!db.readPage(key(4)));
    QVERIFY(!db.readPage(key(3, 100))); // another page size is another page
    // No total (a bare-array source) stays "no total", not 0.
    QVERIFY(db.writePage(key(5), comm(), page(5, 50), std::nullopt));
    QCOMPARE(db.readPage(key(5))->total, std::nullopt);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestCacheDatabase::survivesReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
    {
        CacheDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.writePage(key(0), comm(), page(0, 50), 500));
    }
    CacheDatabase db;
    QVERIFY(db.open(path));
    QCOMPARE(db.readPage(key(0))->records, page(0, 50));
    QCOMPARE(db.pageCount(), 1);
}

void TestCacheDatabase::recordsAreUpsertedById()
{
    CacheDatabase db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("c.sqlite"))));
    // The same records under two queries are stored once; a newer copy replaces the old.
    PageKey other = key(0);
    other.query = QStringLiteral("channel=sms&sort=created_at:desc");
    QVERIFY(db.writePage(key(0), comm(), page(0, 10), 10));
    QList<QJsonObject> updated = page(0, 10);
    updated[0].insert(QStringLiteral("status"), QStringLiteral("failed"));
    QVERIFY(db.writePage(other, comm(), updated, 10));
    QCOMPARE(db.recordCount(), 10);
    QCOMPARE(db.readPage(key(0))->records.first().value(QStringLiteral("status")).toString(),
             QStringLiteral("failed"));
}

void TestCacheDatabase::fullTextSearchFindsRecords()
{
    const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
    CacheDatabase db;
    QVERIFY(db.open(path));
    QList<QJsonObject> records = page(0, 20);
    records[7] = commRecord(7, QStringLiteral("您的验证码是 4711 zebra"));
    QVERIFY(db.writePage(key(0), comm(), records, 20));
    records[7] = commRecord(7, QStringLiteral("replaced text"));
    QVERIFY(db.writePage(key(0), comm(), records, 20));

    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts-check"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    {
        auto ids = [&check](const QString &match) {
            QSqlQuery q(check);
            q.prepare(QStringLiteral("SELECT r.id, r.channel, r.user_id FROM records_fts f "
                                     "JOIN records r ON r.rowid = f.rowid WHERE records_fts MATCH ?"));
            q.addBindValue(match);
            QStringList out;
            if (!q.exec())
                return QStringList {q.lastError().text()};
            while (q.next())
                out << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('/')
                        + q.value(2).toString();
            return out;
        };
        // The old text left the index with the old copy of the record.
        QCOMPARE(ids(QStringLiteral("zebra")), QStringList());
        QCOMPARE(ids(QStringLiteral("replaced")), QStringList {QStringLiteral("log_00000007/sms/usr_0")});
        QCOMPARE(ids(QStringLiteral("content:number")).size(), 19);
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fts-check"));
}

void TestCacheDatabase::wordOnlySearchIndexIsRebuilt()
{
    // A schema 1 cache: its FTS table tokenizes words (unicode61), so a Chinese phrase
    // inside a sentence or part of an id cannot be found. Opening it rebuilds the index.
    const QString path = m_dir.filePath(QStringLiteral("schema1.sqlite"));
    QList<QJsonObject> records = page(0, 20);
    records[3] = commRecord(3, QStringLiteral("您的验证码是 4711，请勿泄露"));
    {
        CacheDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.writePage(key(0), comm(), records, 20));
    }
    const QString columns = RecordSchema::textColumns().join(QStringLiteral(", "));
    auto withRaw = [&path](const std::function<void(QSqlDatabase &)> &work) {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            work(raw);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    };
    auto count = [](QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    const QString findCode =
        QStringLiteral("SELECT count(*) FROM records_fts WHERE records_fts MATCH '\"验证码\"'");
    withRaw([&](QSqlDatabase &raw) {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE records_fts")));
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE records_fts USING fts5(%1)").arg(columns)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO records_fts (rowid, content) SELECT rowid, "
                                      "json_extract(json, '$.content') FROM records")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QCOMPARE(count(raw, findCode), 0); // what users of a schema 1 cache got
    });
    {
        CacheDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.readPage(key(0))->records, records); // nothing lost on the way
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }
    withRaw([&](QSqlDatabase &raw) {
        QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), CacheDatabase::SchemaVersion);
        QCOMPARE(count(raw, findCode), 1);
        // Part of a word: trigrams find it, words never did.
        QCOMPARE(count(raw,
                       QStringLiteral("SELECT count(*) FROM records_fts WHERE records_fts MATCH "
                                      "'\"sage numb\"'")),
                 19);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM records_fts")),
                 count(raw, QStringLiteral("SELECT count(*) FROM records")));
    });
}

void TestCacheDatabase::evictsLeastRecentlyUsedToTheCap()
{
    CacheDatabase db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("e.sqlite"))));
    const qint64 cap = 4 * 1024 * 1024;
    db.setCapBytes(cap);
    // Pages of ~100 KB each: about 40 fit. Page 0 is read again and again, so it is the
    // most recently used and must survive.
    for (int p = 0; p < 200; ++p) {
        QVERIFY2(db.writePage(key(p), comm(), page(p, 50, 2000), 10000), qPrintable(db.errorString()));
        QVERIFY(db.readPage(key(0)));
        QVERIFY2(db.usedBytes() <= cap, qPrintable(QString::number(db.usedBytes())));
    }
    QVERIFY(db.pageCount() < 60);
    QVERIFY(db.pageCount() > 10);
    QVERIFY(db.readPage(key(199)));
    QVERIFY(!db.readPage(key(1)));
    // Records that only evicted pages referred to went with them.
    QCOMPARE(db.recordCount(), qint64(db.pageCount()) * 50);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestCacheDatabase::queryKeyIsCanonical()
{
    Query a;
    a.source = Sources::CommAdmin;
    a.setFilter(QStringLiteral("status"), QStringLiteral("sent"));
    a.setFilter(QStringLiteral("channel"), QStringLiteral("sms"));
    Query b = a;
    b.setFilter(QStringLiteral("from"), QStringLiteral("2026-11-01T00:00:00Z")); // bisected, not sent
    b.pageSize = 100;
    QCOMPARE(CacheDatabase::queryKey(comm(), a), CacheDatabase::queryKey(comm(), b));
    QCOMPARE(CacheDatabase::queryKey(comm(), a),
             QStringLiteral("channel=sms&status=sent&sort=created_at:desc"));
    Query c = a;
    c.sort = Query::Sort {QStringLiteral("created_at"), false};
    QVERIFY(CacheDatabase::queryKey(comm(), c) != CacheDatabase::queryKey(comm(), a));
}

void TestCacheDatabase::refusesWhatItCannotRead()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'j'));
    f.close();
    CacheDatabase db;
    QVERIFY(!db.open(junk));
    QVERIFY2(db.errorString().contains(junk), qPrintable(db.errorString()));
    QCOMPARE(QFile(junk).size(), 8192); // nothing overwritten

    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        CacheDatabase first;
        QVERIFY(first.open(newer));
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(newer);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    CacheDatabase second;
    QVERIFY(!second.open(newer));
    QVERIFY2(second.errorString().contains(QStringLiteral("newer")), qPrintable(second.errorString()));
}

void TestCacheDatabase::killedMidWriteLeavesASoundDatabase()
{
    // A child writes pages as fast as it can; it is killed with SIGKILL mid-stream, three
    // times over the same file. Every page that exists is complete.
    const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
    for (int round = 0; round < 3; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--write-forever"), path, QString::number(round * 100000)});
        QVERIFY(child.waitForStarted());
        // Wait for the child to say it has committed a few pages, then kill it.
        QByteArray out;
        while (out.count('\n') < 5 + round * 3) {
            QVERIFY2(child.waitForReadyRead(20000), "the writer never reported progress");
            out += child.readAllStandardOutput();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        CacheDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT COUNT(*), SUM(n = 50) FROM (SELECT p.id, COUNT(pr.position) n "
                "FROM pages p LEFT JOIN page_records pr ON pr.page_id = p.id GROUP BY p.id)")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 5);
            QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
        }
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("crash-check"));
    }
}

// `--write-forever PATH FIRST`: the child half of killedMidWriteLeavesASoundDatabase.
int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--write-forever") == 0) {
        QCoreApplication app(argc, argv);
        CacheDatabase db;
        if (!db.open(QString::fromLocal8Bit(argv[2]))) {
            qCritical("%s", qPrintable(db.errorString()));
            return 2;
        }
        const int first = QByteArray(argv[3]).toInt() / 50;
        for (int p = first;; ++p) {
            if (!db.writePage(key(p), comm(), page(p, 50, 500), 1000000))
                return 3;
            fprintf(stdout, "%d\n", p);
            fflush(stdout);
        }
    }
    QCoreApplication app(argc, argv);
    TestCacheDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cachedatabase.moc"
