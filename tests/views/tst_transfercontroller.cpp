#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "TransferController.h"
#include "jobs/ImportJob.h"
#include "sources/BuiltinSources.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void cancelAsksWhetherToKeep();

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

void TestTransferController::cancelAsksWhetherToKeep()
{
    // Cancel while records are written: the question comes up; "Continue importing" goes
    // on, "Keep" ends the import with what was written as the dataset.
    const QString in = m_dir.filePath(QStringLiteral("long.jsonl"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 300000; ++i)
        file.write(
            QStringLiteral("{\"id\":\"log_%1\",\"created_at\":\"2026-04-15T10:00:00Z\"}\n").arg(i).toUtf8());
    file.close();
    QWidget window;
    window.show();
    ErrorBanner banner(&window);
    TransferController transfers(&banner, &window);
    QSignalSpy imported(&transfers, &TransferController::imported);
    QSignalSpy browsable(&transfers, &TransferController::importBrowsable);
    QSignalSpy message(&transfers, &TransferController::message);
    const QString target = m_dir.filePath(QStringLiteral("long.logdeck"));
    ImportJob *job = transfers.importInto({in}, Sources::CommAdmin, target, false);
    QVERIFY(job);
    bool kept = false; // the job is deleted once it has said so
    connect(job, &ImportJob::finished, this, [&] { kept = job->keptOnCancel(); });
    QTRY_VERIFY_WITH_TIMEOUT(job->committed() > 0, 30000);
    QCOMPARE(browsable.count(), 1);
    auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QString answer;
    QString question;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QStringLiteral("importCancelQuestion"))
            return;
        question = box->text();
        box->findChild<QPushButton *>(answer)->click();
    });
    poll.start(20);
    const auto pressCancel = [&] {
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
    };
    answer = QStringLiteral("continue");
    pressCancel();
    QVERIFY2(question.contains(QStringLiteral("long.logdeck")), qPrintable(question));
    QVERIFY(job->isRunning());
    QVERIFY(!job->wasCancelled());
    answer = QStringLiteral("keep");
    question.clear();
    pressCancel();
    QVERIFY(!question.isEmpty());
    QVERIFY(imported.wait(60000) || !imported.isEmpty());
    QVERIFY(kept);
    QCOMPARE(imported.constFirst().constFirst().toString(), target);
    QVERIFY(QFile::exists(target));
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.constLast().constFirst().toString().contains(QStringLiteral("kept")),
             qPrintable(message.constLast().constFirst().toString()));
}

QTEST_MAIN(TestTransferController)
#include "tst_transfercontroller.moc"
