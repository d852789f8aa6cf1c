// IndexStatistics: what a dataset tells SQLite's query planner about its indexes, counted
// while the records are written, and the plans a reader then gets.
#include "dataset/IndexStatistics.h"
#include "dataset/RecordSink.h"
#include "sources/BuiltinSources.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestIndexStatistics : public QObject
{
    Q_OBJECT
private slots:
    void countsDistinctValues();
    void distinctValuesAreCapped();
    void aDatasetsPlannerPrefersTheNarrowerFilter(); // and what opening it asks is quick
};

void TestIndexStatistics::countsDistinctValues()
{
    IndexStatistics stats({QStringLiteral("channel"), QStringLiteral("status"), QStringLiteral("user_id")},
                          {QStringLiteral("user_id"), QStringLiteral("channel")});
    for (int i = 0; i < 1200; ++i)
        stats.add(
            {i % 3 ? QByteArray("sms") : QByteArray("push"), "sent", "usr_" + QByteArray::number(i % 400)});
    const QStringList sql = stats.statements(1200);
    QVERIFY(sql.contains(
        QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('records', 'records_user_id', '1200 1200 3 1')")));
    QVERIFY(sql.contains(
        QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('records', 'records_channel', '1200 1200 600 1')")));
    QVERIFY(sql.contains(
        QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('records', 'records_identity', '1200 1')")));
    // Status has no index here: no row for one.
    QVERIFY(!sql.join(u'\n').contains(QLatin1String("records_status")));
    // No records: still numbers SQLite accepts.
    QVERIFY(IndexStatistics({QStringLiteral("status")}, {QStringLiteral("status")})
                .statements(0)
                .contains(QStringLiteral(
                    "INSERT INTO sqlite_stat1 VALUES ('records', 'records_status', '1 1 1 1')")));
}

void TestIndexStatistics::distinctValuesAreCapped()
{
    IndexStatistics stats({QStringLiteral("user_id")}, {QStringLiteral("user_id")});
    const int many = IndexStatistics::MaxDistinct + 5000;
    for (int i = 0; i < many; ++i)
        stats.add({QByteArray::number(i)});
    // Taken as MaxDistinct values: two records each, at 2 × MaxDistinct records.
    QVERIFY(stats.statements(2 * IndexStatistics::MaxDistinct)
                .contains(QStringLiteral(
                              "INSERT INTO sqlite_stat1 VALUES ('records', 'records_user_id', '%1 %1 2 1')")
                              .arg(2 * IndexStatistics::MaxDistinct)));
}

void TestIndexStatistics::aDatasetsPlannerPrefersTheNarrowerFilter()
{
    // A dataset of 4 statuses and 2,000 users, written as an import writes it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.logdeck"));
    auto sink = RecordSink::forPath(path);
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    QVERIFY(sink->open(path, info));
    const char *statuses[] = {"pending", "sent", "failed", "delivered"};
    QList<QByteArray> batch;
    for (int i = 0; i < 20000; ++i) {
        batch << QByteArray(R"({"id":"log_)") + QByteArray::number(i)
                + R"(","created_at":"2026-11-01T00:00:00Z",)" + R"("channel":"sms","status":")"
                + statuses[i % 4] + R"(","user_id":"usr_)" + QByteArray::number(i % 2000) + R"("})";
    }
    QVERIFY(sink->writeJson(batch));
    QVERIFY2(sink->finish(), qPrintable(sink->errorString()));

    const QString connection = QStringLiteral("tst-indexstatistics");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT stat FROM sqlite_stat1 WHERE idx = 'records_user_id'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("20000 20000 10 1"));
        // A filter on a status and a user: the user's index, which holds 10 of the rows
        // where the status's holds 5,000.
        QVERIFY(q.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM records WHERE origin = '' AND source = 'comm-admin' "
            "AND status = 'failed' AND user_id = 'usr_7'")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QLatin1String("records_user_id")), qPrintable(plan));
        // What DatasetWorker::open asks of every dataset: look-ups, never a walk through a
        // million records (the identity index no longer starts with the origin).
        for (const char *check : {"min(origin)", "max(origin)", "min(source)", "max(source)"}) {
            QVERIFY(q.exec(
                QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM records").arg(QLatin1String(check))));
            QVERIFY(q.next());
            // ("SEARCH records" alone, without an index, is a walk through every row.)
            QVERIFY2(q.value(3).toString().contains(QLatin1String("USING COVERING INDEX")),
                     qPrintable(QLatin1String(check) + u' ' + q.value(3).toString()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestIndexStatistics)
#include "tst_indexstatistics.moc"
