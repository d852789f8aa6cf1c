#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "TransferController.h"
#include "jobs/ImportJob.h"
#include "sources/BuiltinSources.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Exports and imports from the window's side: what is written, and what the user reads.
class TestTransferController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void theSelectionIsWrittenAtOnce();
    void aNameWithoutFormatIsRefused();
    void theFirstExportOfAFreshAccountWorks();
    void anImportEndsInItsDataset();

private:
    QTemporaryDir m_dir;
};

void TestTransferController::theSelectionIsWrittenAtOnce()
{
    QWidget window;
    ErrorBanner banner(&window);
    TransferController transfers(&banner, &window);
    QSignalSpy message(&transfers, &TransferController::message);
    QSignalSpy exported(&transfers, &TransferController::exported);
    TransferController::Scope scope;
    scope.source = Sources::CommAdmin;
    scope.selection = {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")}},
                       QJsonObject {{QStringLiteral("id"), QStringLiteral("b")}}};
    const QString path = m_dir.filePath(QStringLiteral("two.jsonl"));
    QCOMPARE(transfers.exportTo(path, true, {}, false, scope), nullptr);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 2);
    QCOMPARE(message.size(), 1);
    QVERIFY(message.first().first().toString().contains(QStringLiteral("Exported 2 record")));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().first().toString(), path);
    const auto note = exported.first().at(1).value<TransferController::Note>()();
    QVERIFY(note.first.contains(QStringLiteral("Exported 2 record")));
    QCOMPARE(note.second, QStringLiteral("to two.jsonl"));
}

void TestTransferController::theFirstExportOfAFreshAccountWorks()
{
    // A new user's home has no Documents folder: the dialog starts where a file can go,
    // and the export there succeeds.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    QSettings().remove(QStringLiteral("export/dir"));
    QWidget window;
    ExportDialog dialog(2, false, false, &window);
    QVERIFY2(dialog.path().startsWith(home.path() + QLatin1Char('/')), qPrintable(dialog.path()));
    QVERIFY(QFileInfo(QFileInfo(dialog.path()).absolutePath()).isDir());
    ErrorBanner banner(&window);
    TransferController transfers(&banner, &window);
    QSignalSpy exported(&transfers, &TransferController::exported);
    TransferController::Scope scope;
    scope.source = Sources::CommAdmin;
    scope.selection = {QJsonObject {{QStringLiteral("id"), QStringLiteral("a")}}};
    transfers.exportTo(dialog.path(), true, {}, false, scope);
    QVERIFY2(banner.text().isEmpty(), qPrintable(banner.text()));
    QCOMPARE(exported.size(), 1);
    QVERIFY(QFileInfo::exists(dialog.path()));
    qputenv("HOME", oldHome);
}

void TestTransferController::aNameWithoutFormatIsRefused()
{
    QWidget window;
    ErrorBanner banner(&window);
    TransferController transfers(&banner, &window);
    TransferController::Scope scope;
    scope.source = Sources::CommAdmin;
    QCOMPARE(transfers.exportTo(m_dir.filePath(QStringLiteral("x.txt")), true, {}, false, scope), nullptr);
    QVERIFY(banner.text().contains(QStringLiteral(".logdeck, .jsonl or .csv")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.txt"))));
}

void TestTransferController::anImportEndsInItsDataset()
{
    const QString in = m_dir.filePath(QStringLiteral("in.jsonl"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"id":"a","created_at":"2026-04-15T10:00:00Z","status":"sent"})"
               "\n"
               R"(not json)"
               "\n");
    file.close();
    QWidget window;
    ErrorBanner banner(&window);
    TransferController transfers(&banner, &window);
    QSignalSpy imported(&transfers, &TransferController::imported);
    const QString target = m_dir.filePath(QStringLiteral("in.logdeck"));
    ImportJob *job = transfers.importInto({in}, Sources::CommAdmin, target, false);
    QVERIFY(job);
    QVERIFY(imported.wait(30000));
    QCOMPARE(imported.first().first().toString(), target);
    // The bad line is told when the dataset is shown.
    const auto note = imported.first().at(1).value<TransferController::Note>();
    QVERIFY(note);
    QVERIFY(note().first.contains(QStringLiteral("1 bad record")));
    QVERIFY(QFile::exists(target));
}

QTEST_MAIN(TestTransferController)
#include "tst_transfercontroller.moc"
