// ImportJob: an import on a thread of its own, with progress, problems and cancel; the
// dataset is readable while written, and appears under its name only when complete.
#include "dataset/DatasetFile.h"
#include "itemmodels/DatasetLogModel.h"
#include "jobs/ImportJob.h"
#include "jobs/SearchIndexJob.h"
#include "sources/BuiltinSources.h"

#include <QAbstractItemModelTester>

#include <QDateTime>
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
    void readableWhileWritten();
    void renamedBeforeItsFirstRead_data();
    void renamedBeforeItsFirstRead();
    void cancelKeepsWhatWasWritten();
    void cancelDiscardsWhatWasWritten();
    void indexesFollowTheOrderOfTheRecords_data();
    void indexesFollowTheOrderOfTheRecords();

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

void TestImportJob::readableWhileWritten()
{
    // The dataset opens on the first batch and grows, never reset; at the end the same
    // model reads the complete file under the target's name; its search index comes after.
    constexpr int kRecords = 120000;
    const QString in = m_dir.filePath(QStringLiteral("growing.jsonl"));
    QCOMPARE(writeRecords(in, kRecords), QString());
    const QString target = m_dir.filePath(QStringLiteral("growing.logdeck"));
    ImportJob job({in}, Sources::CommAdmin, target);
    DatasetLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy opened(&model, &DatasetLogModel::opened);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QString part;
    QList<qint64> shownWhileWriting; // each total counted before the job finished
    connect(&job, &ImportJob::browsable, this, [&](const QString &path) {
        part = path;
        model.open(path);
    });
    connect(&job, &ImportJob::grew, &model, &DatasetLogModel::refresh);
    connect(&model, &DatasetLogModel::totalChanged, this, [&](qint64 total) {
        if (finished.isEmpty())
            shownWhileWriting << total;
    });
    job.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(!part.isEmpty() && part != target);
    // First rows long before the end, and more as it went on.
    QVERIFY(!shownWhileWriting.isEmpty());
    QVERIFY2(shownWhileWriting.constFirst() > 0 && shownWhileWriting.constFirst() < kRecords / 2,
             qPrintable(QString::number(shownWhileWriting.constFirst())));
    QVERIFY(std::is_sorted(shownWhileWriting.cbegin(), shownWhileWriting.cend()));
    QVERIFY(shownWhileWriting.size() > 1);
    QCOMPARE(opened.count(), 1);
    const int resetsWhenOpened = int(resets.count());
    model.follow(target);
    QTRY_COMPARE_WITH_TIMEOUT(model.total().value_or(0), qint64(kRecords), 30000);
    QTRY_COMPARE(model.info()->recordCount, qint64(kRecords));
    QCOMPARE(resets.count(), resetsWhenOpened); // grown, and followed, without a reset
    QCOMPARE(model.path(), target);
    QVERIFY(!QFileInfo::exists(part));

    // Browsable and complete, but searched by a scan until SearchIndexJob is done.
    QVERIFY(!model.info()->searchIndexed);
    model.setQuery(model.query(), QStringLiteral("code 77777"));
    QVERIFY(model.searchIsScan());
    QTRY_COMPARE(model.total().value_or(-1), qint64(1));
    SearchIndexJob index(target);
    QSignalSpy indexed(&index, &SearchIndexJob::finished);
    QSignalSpy indexProgress(&index, &SearchIndexJob::progress);
    index.start();
    QVERIFY(indexed.wait(120000));
    QCOMPARE(indexed.constFirst().constFirst().toBool(), true);
    QCOMPARE(indexProgress.constLast().constFirst().toInt(), 100);
    model.setSearchIndexed();
    QVERIFY(!model.searchIsScan());
    QTRY_COMPARE(model.total().value_or(-1), qint64(1));
    QCOMPARE(model.data(model.index(0, 0), LogRoles::RecordIdRole).toString(), QStringLiteral("log_77777"));
}

void TestImportJob::renamedBeforeItsFirstRead_data()
{
    QTest::addColumn<bool>("failedFirst");
    QTest::newRow("the growing file still being opened") << false;
    QTest::newRow("the growing file already gone") << true;
}

void TestImportJob::renamedBeforeItsFirstRead()
{
    // A short import: its temporary file is renamed before the window's model has read it
    // (or the model found it gone). Following the dataset to its name opens it there.
    QFETCH(bool, failedFirst);
    const QString in = m_dir.filePath(QStringLiteral("short.jsonl"));
    QCOMPARE(writeRecords(in, 60), QString());
    const QString target = m_dir.filePath(QStringLiteral("short-%1.logdeck").arg(failedFirst));
    ImportJob job({in}, Sources::CommAdmin, target);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    // Where it was written (RecordSink's temporary name), gone now.
    const QString part = target + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(QFileInfo::exists(target) && !QFileInfo::exists(part));

    DatasetLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &DatasetLogModel::errorOccurred);
    model.open(part);
    if (failedFirst)
        QVERIFY(errors.wait(10000));
    model.setGrowing(true);
    model.follow(target);
    model.setGrowing(false);
    QTRY_COMPARE_WITH_TIMEOUT(model.total().value_or(-1), qint64(60), 30000);
    QCOMPARE(model.path(), target);
    QCOMPARE(errors.count(), failedFirst ? 1 : 0);
}

void TestImportJob::cancelKeepsWhatWasWritten()
{
    const QString in = m_dir.filePath(QStringLiteral("keep.jsonl"));
    QCOMPARE(writeRecords(in, 200000), QString());
    const QString target = m_dir.filePath(QStringLiteral("keep.logdeck"));
    ImportJob job({in}, Sources::CommAdmin, target);
    QSignalSpy finished(&job, &ImportJob::finished);
    connect(&job, &ImportJob::grew, this, [&] { job.cancel(ImportJob::Cancel::Keep); });
    job.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(job.keptOnCancel());
    QCOMPARE(job.result(), JobResult::Done);
    QVERIFY(job.imported() > 0 && job.imported() < 200000);
    // A valid, smaller dataset: what was read, every record once, nothing left beside it.
    QString error;
    const auto info = DatasetFile::open(target, QStringLiteral("tst-importjob-keep"), &error);
    QVERIFY2(info, qPrintable(error));
    QSqlDatabase::removeDatabase(QStringLiteral("tst-importjob-keep"));
    QCOMPARE(info->recordCount, job.imported());
    QCOMPARE(recordsIn(target), job.imported());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.logdeck*")}),
             QStringList {QStringLiteral("keep.logdeck")});
}

void TestImportJob::cancelDiscardsWhatWasWritten()
{
    const QString in = m_dir.filePath(QStringLiteral("discard.jsonl"));
    QCOMPARE(writeRecords(in, 200000), QString());
    const QString target = m_dir.filePath(QStringLiteral("discard.logdeck"));
    ImportJob job({in}, Sources::CommAdmin, target);
    QSignalSpy finished(&job, &ImportJob::finished);
    QString part;
    connect(&job, &ImportJob::browsable, this, [&](const QString &path) { part = path; });
    connect(&job, &ImportJob::grew, this, [&] { job.cancel(ImportJob::Cancel::Discard); });
    job.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QCOMPARE(job.result(), JobResult::Cancelled);
    QVERIFY(!job.keptOnCancel());
    QVERIFY(!part.isEmpty()); // it was readable, and is gone
    QVERIFY(!QFileInfo::exists(part));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("discard.logdeck*")}), QStringList());
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"

void TestImportJob::indexesFollowTheOrderOfTheRecords_data()
{
    QTest::addColumn<bool>("newestFirst");
    QTest::newRow("newest first") << true;
    QTest::newRow("oldest first") << false;
}

void TestImportJob::indexesFollowTheOrderOfTheRecords()
{
    // The indexes kept while importing run the way the records come, which makes adding
    // to them cheap; either way, the dataset lists and filters the same.
    QFETCH(bool, newestFirst);
    constexpr int kRecords = 5000;
    const QString in = m_dir.filePath(QStringLiteral("ordered-%1.jsonl").arg(newestFirst));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int k = 0; k < kRecords; ++k) {
        const int i = newestFirst ? kRecords - k : k + 1; // record i is at minute i
        file.write(
            QStringLiteral("{\"id\":\"log_%1\",\"channel\":\"%2\",\"status\":\"sent\","
                           "\"created_at\":\"%3\"}\n")
                .arg(i)
                .arg(i % 5 == 0 ? QStringLiteral("email") : QStringLiteral("sms"))
                .arg(
                    QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60).toString(Qt::ISODate))
                .toUtf8());
    }
    file.close();
    const QString target = m_dir.filePath(QStringLiteral("ordered-%1.logdeck").arg(newestFirst));
    ImportJob job({in}, Sources::CommAdmin, target);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-order"));
        db.setDatabaseName(target);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "ORDER BY name")));
        QStringList descending, ascending;
        while (q.next())
            (q.value(1).toString().contains(QLatin1String("ts DESC")) ? descending : ascending)
                << q.value(0).toString();
        const QStringList kept = {QStringLiteral("records_channel"), QStringLiteral("records_source_ts"),
                                  QStringLiteral("records_status"), QStringLiteral("records_user_id")};
        QCOMPARE(descending, newestFirst ? kept : QStringList());
        const QStringList identity = {QStringLiteral("records_identity")};
        const QStringList all = {kept.at(0), identity.at(0), kept.at(1), kept.at(2), kept.at(3)};
        QCOMPARE(ascending, newestFirst ? identity : all);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-order"));
    DatasetLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.open(target);
    QTRY_COMPARE(model.total().value_or(-1), qint64(kRecords));
    QTRY_COMPARE(model.data(model.index(0, 0), LogRoles::RecordIdRole).toString(),
                 QStringLiteral("log_%1").arg(kRecords));
    Query emails = model.query();
    emails.setFilter(QStringLiteral("channel"), QStringLiteral("email"));
    model.setQuery(emails);
    QTRY_COMPARE(model.total().value_or(-1), qint64(kRecords / 5));
    QTRY_COMPARE(model.data(model.index(0, 0), LogRoles::RecordIdRole).toString(),
                 QStringLiteral("log_%1").arg(kRecords));
}
