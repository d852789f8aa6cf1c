// RecordSink: what a killed export leaves behind is cleared away by the next one.
#include "dataset/RecordSink.h"
#include "sources/BuiltinSources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestRecordSink : public QObject
{
    Q_OBJECT
private slots:
    void partsOfDeadProcessesAreRemoved();
    void targetAppearsOnlyWhenComplete();
    void aPlaceThatCannotBeWrittenIsNamed_data();
    void aPlaceThatCannotBeWrittenIsNamed();
};

namespace
{
// The pid of a process that has ended (and been reaped), so that no such process runs.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("/bin/true"));
    p.waitForFinished();
    return p.processId() > 0 ? p.processId() : qint64(1) << 22;
}

void touch(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("partial");
}
} // namespace

void TestRecordSink::partsOfDeadProcessesAreRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 dead = deadPid();
    QProcess sleeper; // a live process other than this one
    sleeper.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
    QVERIFY(sleeper.waitForStarted());
    const QString live = QString::number(sleeper.processId());
    const QStringList stale = {
        QStringLiteral("x.logdeck.part-%1").arg(dead),
        QStringLiteral("x.logdeck.part-%1-journal").arg(dead),
        QStringLiteral("logs.jsonl.part-%1").arg(dead),
        QStringLiteral("logs.csv.part-%1").arg(dead),
    };
    const QStringList kept = {
        QStringLiteral("y.logdeck.part-%1").arg(live), // an export still running
        QStringLiteral("z.logdeck.part-%1").arg(::getpid()), // this process's own
        QStringLiteral("notes.txt.part-%1").arg(dead), // not ours to remove
        QStringLiteral("x.logdeck"), // a finished dataset
    };
    for (const QString &name : stale + kept)
        touch(dir.filePath(name));

    auto sink = RecordSink::forPath(dir.filePath(QStringLiteral("new.jsonl")));
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    QVERIFY(sink->open(dir.filePath(QStringLiteral("new.jsonl")), info));
    for (const QString &name : stale)
        QVERIFY2(!QFile::exists(dir.filePath(name)), qPrintable(name));
    for (const QString &name : kept)
        QVERIFY2(QFile::exists(dir.filePath(name)), qPrintable(name));
    sink->abort();
    sleeper.kill();
    sleeper.waitForFinished();
    QCOMPARE(RecordSink::removeStaleParts(dir.path()), 1); // the sleeper's, now that it is gone
}

void TestRecordSink::targetAppearsOnlyWhenComplete()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.jsonl"));
    auto sink = RecordSink::forPath(target);
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    QVERIFY(sink->open(target, info));
    QVERIFY(sink->write({QJsonObject {{QStringLiteral("id"), QStringLiteral("a")}}}));
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFile::exists(sink->temporaryPath()));
    QVERIFY(sink->finish());
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(sink->temporaryPath()));
}

void TestRecordSink::aPlaceThatCannotBeWrittenIsNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dataset") << QStringLiteral("logs.logdeck");
    QTest::newRow("json lines") << QStringLiteral("logs.jsonl");
    QTest::newRow("csv") << QStringLiteral("logs.csv");
}

void TestRecordSink::aPlaceThatCannotBeWrittenIsNamed()
{
    // The first export of a fresh account went to ~/Documents, which did not exist, and
    // said only "unable to open database file".
    QFETCH(QString, name);
    QTemporaryDir dir;
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    const QString missing = dir.filePath(QStringLiteral("Documents/") + name);
    auto sink = RecordSink::forPath(missing);
    QVERIFY(!sink->open(missing, info));
    QVERIFY2(sink->errorString().contains(missing), qPrintable(sink->errorString()));
    QVERIFY(sink->errorString().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("Documents"))));

    // A file where the folder should be, and a folder where the file should be.
    touch(dir.filePath(QStringLiteral("notes")));
    const QString underFile = dir.filePath(QStringLiteral("notes/") + name);
    QVERIFY(!sink->open(underFile, info));
    QVERIFY(sink->errorString().contains(QStringLiteral("is a file, not a folder")));
    QVERIFY(QDir(dir.path()).mkdir(name));
    QVERIFY(!sink->open(dir.filePath(name), info));
    QVERIFY(sink->errorString().contains(QStringLiteral("a folder has that name")));
    QVERIFY(sink->errorString().contains(dir.filePath(name)));

    // Where it can be written, it is.
    const QString fine = dir.filePath(QStringLiteral("ok-") + name);
    QVERIFY2(sink->open(fine, info), qPrintable(sink->errorString()));
    QVERIFY(sink->write({QJsonObject {{QStringLiteral("id"), QStringLiteral("a")}}}));
    QVERIFY(sink->finish());
    QVERIFY(QFileInfo::exists(fine));
}

QTEST_GUILESS_MAIN(TestRecordSink)
#include "tst_recordsink.moc"
