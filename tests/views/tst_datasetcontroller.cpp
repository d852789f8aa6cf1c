#include "DatasetController.h"
#include "ErrorBanner.h"
#include "SourceSidebar.h"
#include "core/AppSettings.h"
#include "dataset/DatasetFile.h"
#include "dataset/RecordSink.h"
#include "itemmodels/DatasetLogModel.h"
#include "sources/BuiltinSources.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// The datasets open in the window: opened once, listed in the sidebar and the recent
// list, a bad file said so in the banner, a note shown when a new import opens.
class TestDatasetController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void droppedFilesAreSorted();
    void aFileOpensOnceAndIsListed();
    void aBadFileSaysSo();
    void anImportOpensAgainWithItsNote();
    void anExportIsListedNotShown();

private:
    QString writeDataset(const QString &name, int records);
    static bool listed(const SourceSidebar &sidebar, const QString &title);

    QTemporaryDir m_dir;
};

void TestDatasetController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_datasetcontroller"));
    QSettings().clear();
}

QString TestDatasetController::writeDataset(const QString &name, int records)
{
    const QString path = m_dir.filePath(name);
    auto sink = RecordSink::forPath(path);
    DatasetInfo info;
    info.source = Sources::CommAdmin;
    info.origin = QStringLiteral("http://logs.test");
    info.exportedAt = QDateTime::currentDateTimeUtc();
    QList<QJsonObject> rows;
    for (int i = 0; i < records; ++i) {
        rows.append({{QStringLiteral("id"), QStringLiteral("r%1").arg(i)},
                     {QStringLiteral("created_at"),
                      QStringLiteral("2026-04-15T10:%1:00Z").arg(i % 60, 2, 10, QChar(u'0'))},
                     {QStringLiteral("status"), QStringLiteral("sent")},
                     {QStringLiteral("channel"), QStringLiteral("sms")}});
    }
    if (!sink || !sink->open(path, info) || !sink->write(rows) || !sink->finish())
        return {};
    return path;
}

bool TestDatasetController::listed(const SourceSidebar &sidebar, const QString &title)
{
    return !sidebar.findItems(title, Qt::MatchExactly | Qt::MatchRecursive).isEmpty();
}

void TestDatasetController::droppedFilesAreSorted()
{
    const auto dropped = DatasetController::sortDropped(
        {QUrl::fromLocalFile(QStringLiteral("/d/a.logdeck")),
         QUrl::fromLocalFile(QStringLiteral("/d/B.LOGDECK")),
         QUrl::fromLocalFile(QStringLiteral("/d/c.jsonl")), QUrl::fromLocalFile(QStringLiteral("/d/d.csv")),
         QUrl::fromLocalFile(QStringLiteral("/d/e.txt")), QUrl(QStringLiteral("https://x.test/f.logdeck"))});
    QCOMPARE(dropped.datasets,
             (QStringList {QStringLiteral("/d/a.logdeck"), QStringLiteral("/d/B.LOGDECK")}));
    QCOMPARE(dropped.records, (QStringList {QStringLiteral("/d/c.jsonl"), QStringLiteral("/d/d.csv")}));
    QVERIFY(DatasetController::sortDropped({QUrl::fromLocalFile(QStringLiteral("/d/e.txt"))}).isEmpty());
}

void TestDatasetController::aFileOpensOnceAndIsListed()
{
    const QString path = writeDataset(QStringLiteral("april.logdeck"), 12);
    QVERIFY(!path.isEmpty());
    QWidget window;
    SourceSidebar sidebar(&window);
    ErrorBanner banner(&window);
    DatasetController datasets(m_dir.filePath(QStringLiteral("cache.sqlite")), &sidebar, &banner, &window);
    QSignalSpy opened(&datasets, &DatasetController::opened);
    datasets.open(path);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().first().toString(), path);
    DatasetLogModel *model = datasets.dataset(path);
    QVERIFY(model);
    QCOMPARE(model->info()->recordCount, qint64(12));
    QCOMPARE(DatasetController::title(model), QStringLiteral("april.logdeck"));
    QVERIFY(listed(sidebar, QStringLiteral("april")));
    QCOMPARE(AppSettings::recentDatasets().value(0), path);
    datasets.open(path); // again: the same one, at once
    QCOMPARE(opened.size(), 2);
    QCOMPARE(datasets.dataset(path), model);
    QVERIFY(banner.text().isEmpty());
}

void TestDatasetController::aBadFileSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.logdeck"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    QWidget window;
    SourceSidebar sidebar(&window);
    ErrorBanner banner(&window);
    DatasetController datasets(m_dir.filePath(QStringLiteral("cache.sqlite")), &sidebar, &banner, &window);
    QSignalSpy failed(&datasets, &DatasetController::openFailed);
    QSignalSpy opened(&datasets, &DatasetController::opened);
    datasets.open(path);
    QVERIFY(failed.wait(10000));
    QCOMPARE(opened.size(), 0);
    QVERIFY(!datasets.dataset(path));
    QVERIFY(banner.text().contains(QStringLiteral("Cannot open the dataset")));
    QVERIFY(!listed(sidebar, QStringLiteral("broken")));
}

void TestDatasetController::anImportOpensAgainWithItsNote()
{
    const QString path = writeDataset(QStringLiteral("import.logdeck"), 3);
    QWidget window;
    SourceSidebar sidebar(&window);
    ErrorBanner banner(&window);
    DatasetController datasets(m_dir.filePath(QStringLiteral("cache.sqlite")), &sidebar, &banner, &window);
    QSignalSpy opened(&datasets, &DatasetController::opened);
    datasets.reopen(
        path, [] { return std::pair(QStringLiteral("2 lines skipped"), QStringLiteral("Lines 4, 9")); });
    QVERIFY(opened.wait(10000));
    QVERIFY(banner.text().contains(QStringLiteral("2 lines skipped")));
    QCOMPARE(datasets.dataset(path)->info()->recordCount, qint64(3));

    // Written anew under the same name: the open dataset reads the new file.
    QVERIFY(QFile::remove(path));
    QCOMPARE(writeDataset(QStringLiteral("import.logdeck"), 7), path);
    datasets.reopen(path);
    QVERIFY(opened.wait(10000));
    QCOMPARE(datasets.dataset(path)->info()->recordCount, qint64(7));
    QCOMPARE(sidebar.findItems(QStringLiteral("import"), Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
}

void TestDatasetController::anExportIsListedNotShown()
{
    const QString path = writeDataset(QStringLiteral("exported.logdeck"), 4);
    QWidget window;
    SourceSidebar sidebar(&window);
    ErrorBanner banner(&window);
    DatasetController datasets(m_dir.filePath(QStringLiteral("cache.sqlite")), &sidebar, &banner, &window);
    QSignalSpy listedSpy(&datasets, &DatasetController::listed);
    QSignalSpy opened(&datasets, &DatasetController::opened);
    datasets.list(m_dir.filePath(QStringLiteral("exported.jsonl"))); // not a dataset: nothing to list
    datasets.list(path);
    QVERIFY(listedSpy.wait(10000));
    QCOMPARE(listedSpy.size(), 1);
    QCOMPARE(listedSpy.first().first().toString(), path);
    QCOMPARE(opened.size(), 0); // the user goes on with what is on screen
    QVERIFY(listed(sidebar, QStringLiteral("exported")));
    QCOMPARE(datasets.dataset(path)->info()->recordCount, qint64(4));
    QVERIFY(banner.text().isEmpty());
    datasets.openFile(path); // Open on the notice: now it is shown
    QCOMPARE(opened.size(), 1);
}

QTEST_MAIN(TestDatasetController)
#include "tst_datasetcontroller.moc"
