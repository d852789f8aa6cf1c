// ImportJob: an import on a thread of its own, with progress, problems and cancel; the
// dataset appears only when complete.
#include "dataset/DatasetFile.h"
#include "jobs/ImportJob.h"
#include "sources/BuiltinSources.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace
{
// `good` communication logs as JSON Lines, with a broken line after every `badEvery`.
QString writeRecords(const QString &path, int good, int badEvery = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    for (int i = 1; i <= good; ++i) {
        file.write(QStringLiteral("{\"id\":\"log_%1\",\"channel\":\"sms\",\"status\":\"sent\","
                                  "\"content\":\"code %1\",\"created_at\":\"2026-11-01T00:00:00Z\"}\n")
                       .arg(i)
                       .toUtf8());
        if (badEvery > 0 && i % badEvery == 0)
            file.write("{\"id\": \"broken\n");
    }
    return {};
}

qint64 recordsIn(const QString &dataset)
{
    qint64 count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-importjob"));
        db.setDatabaseName(dataset);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next())
            count = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-importjob"));
    return count;
}
} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT
private slots:
    void importsWithProgressAndProblems();
    void strictRefusesAndWritesNothing();
    void cancelLeavesTheTargetAlone();
    void cancelStopsTheIndexing();

private:
    QTemporaryDir m_dir;
};

void TestImportJob::importsWithProgressAndProblems()
{
    const QString a = m_dir.filePath(QStringLiteral("a.jsonl")),
                  b = m_dir.filePath(QStringLiteral("b.jsonl"));
    QCOMPARE(writeRecords(a, 30000, 10000), QString());
    QCOMPARE(writeRecords(b, 5), QString()); // the same ids again: the last copies stay
    const QString target = m_dir.filePath(QStringLiteral("both.logdeck"));
    ImportJob job({a, b}, Sources::CommAdmin, target);
    QSignalSpy progress(&job, &ImportJob::progress);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QCOMPARE(job.result(), JobResult::Done);
    QCOMPARE(job.imported(), 30005);
    QCOMPARE(recordsIn(target), 30000);
    // Three broken lines, each named with its file and line.
    QCOMPARE(job.problems().size(), 3);
    QCOMPARE(job.problems().constFirst().file, QStringLiteral("a.jsonl"));
    QCOMPARE(job.problems().constFirst().line, 10001);
    // Progress by bytes: the last report has read everything (the indexes come after).
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(1).toLongLong(), last.at(2).toLongLong());
    QCOMPARE(last.at(2).toLongLong(), QFileInfo(a).size() + QFileInfo(b).size());
    QCOMPARE(last.at(0).toLongLong(), 30005);
    QVERIFY(last.at(3).toDouble() > 0);
    QString error;
    const auto info = DatasetFile::open(target, QStringLiteral("tst-importjob-open"), &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->origin, QStringLiteral("a.jsonl, b.jsonl"));
    QSqlDatabase::removeDatabase(QStringLiteral("tst-importjob-open"));
}

void TestImportJob::strictRefusesAndWritesNothing()
{
    const QString in = m_dir.filePath(QStringLiteral("bad.jsonl"));
    QCOMPARE(writeRecords(in, 100, 50), QString());
    const QString target = m_dir.filePath(QStringLiteral("strict.logdeck"));
    ImportJob job({in}, Sources::CommAdmin, target);
    job.setStrict(true);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY2(job.errorString().contains(QStringLiteral("line 51")), qPrintable(job.errorString()));
    QVERIFY(!job.wasCancelled());
    QCOMPARE(job.result(), JobResult::Failed);
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("strict.logdeck*")}), QStringList());
}

void TestImportJob::cancelLeavesTheTargetAlone()
{
    // An existing dataset under the target name stays as it was.
    const QString in = m_dir.filePath(QStringLiteral("big.jsonl"));
    QCOMPARE(writeRecords(in, 200000), QString());
    const QString target = m_dir.filePath(QStringLiteral("existing.logdeck"));
    QFile existing(target);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("an older dataset");
    existing.close();
    ImportJob job({in}, Sources::CommAdmin, target);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    job.cancel(); // 200,000 records take far longer than this
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(job.wasCancelled());
    QCOMPARE(job.result(), JobResult::Cancelled);
    QCOMPARE(job.errorString(), QString());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("an older dataset"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing.logdeck*")}),
             QStringList {QStringLiteral("existing.logdeck")});
}

void TestImportJob::cancelStopsTheIndexing()
{
    // Everything read, the indexes being built (the last progress report says so): a
    // cancel stops that too, and no dataset appears.
    const QString in = m_dir.filePath(QStringLiteral("indexing.jsonl"));
    QCOMPARE(writeRecords(in, 300000), QString());
    const QString target = m_dir.filePath(QStringLiteral("indexing.logdeck"));
    ImportJob job({in}, Sources::CommAdmin, target);
    QSignalSpy finished(&job, &ImportJob::finished);
    bool cancelledWhileIndexing = false;
    connect(&job, &ImportJob::progress, this, [&](qint64, qint64 bytes, qint64 totalBytes) {
        if (bytes == totalBytes && finished.isEmpty()) {
            cancelledWhileIndexing = true;
            job.cancel();
        }
    });
    job.start();
    QVERIFY(finished.wait(60000));
    QVERIFY(cancelledWhileIndexing);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(job.wasCancelled());
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("indexing.logdeck*")}), QStringList());
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
