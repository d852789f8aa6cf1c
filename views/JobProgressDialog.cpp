#include "JobProgressDialog.h"

#include "itemmodels/StatusHistoryModel.h"
#include "jobs/ExportJob.h"
#include "jobs/ImportJob.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

JobProgressDialog::JobProgressDialog(const QString &objectName, QWidget *parent)
    : QProgressDialog(parent)
{
    setObjectName(objectName);
    setMinimumDuration(300);
    setAttribute(Qt::WA_DeleteOnClose);
}

void JobProgressDialog::showRate(qint64 done, qint64 expected, double rate, qint64 leftMs)
{
    const QLocale locale;
    if (expected > 0)
        setLabelText(tr("%1 of %2 records · %3 per second · about %4 left")
                         .arg(locale.toString(done), locale.toString(expected), locale.toString(qint64(rate)),
                              StatusHistoryModel::durationText(leftMs)));
    else if (leftMs >= 0)
        setLabelText(tr("%1 records · %2 per second · about %3 left")
                         .arg(locale.toString(done), locale.toString(qint64(rate)),
                              StatusHistoryModel::durationText(leftMs)));
    else
        setLabelText(
            tr("%1 records · %2 per second").arg(locale.toString(done), locale.toString(qint64(rate))));
}

void JobProgressDialog::finish()
{
    reset();
    close();
}

JobProgressDialog *JobProgressDialog::forExport(ExportJob *job, QWidget *parent)
{
    auto *dialog = new JobProgressDialog(QStringLiteral("exportProgress"), parent);
    dialog->setWindowTitle(tr("Exporting"));
    dialog->setLabelText(tr("Finding the records…"));
    dialog->setRange(0, 0);
    connect(dialog, &QProgressDialog::canceled, job, &ExportJob::cancel);
    connect(job, &ExportJob::progress, dialog, [dialog](qint64 written, qint64 expected, double rate) {
        if (expected > 0) {
            dialog->setRange(0, 1000);
            dialog->setValue(int(written * 1000 / expected));
            const qint64 left = rate > 0 ? qint64((expected - written) / rate) : -1;
            dialog->showRate(written, expected, rate, left * 1000);
        } else {
            dialog->showRate(written, 0, rate, -1);
        }
    });
    connect(job, &ExportJob::waiting, dialog, [dialog](int seconds) {
        if (seconds > 0)
            dialog->setLabelText(tr("Waiting for the server: %1 s").arg(seconds));
    });
    connect(job, &ExportJob::finished, dialog, &JobProgressDialog::finish);
    return dialog;
}

void JobProgressDialog::askImportCancel(ImportJob *job)
{
    const qint64 written = job->committed();
    if (written == 0 || !job->isRunning()) {
        job->cancel(ImportJob::Cancel::Discard);
        cancel();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Cancel the import?"),
                    tr("%1 records are in %2 so far. Keep them as a smaller dataset, or discard them?")
                        .arg(QLocale().toString(written), QFileInfo(job->target()).fileName()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("importCancelQuestion"));
    QPushButton *keep =
        box.addButton(tr("Keep %1 records").arg(QLocale().toString(written)), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *goOn = box.addButton(tr("Continue importing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keep"));
    discard->setObjectName(QStringLiteral("discard"));
    goOn->setObjectName(QStringLiteral("continue"));
    box.setDefaultButton(keep);
    box.setEscapeButton(goOn);
    box.exec();
    if (box.clickedButton() == keep) {
        job->cancel(ImportJob::Cancel::Keep);
        setLabelText(tr("Keeping %1 records · building the indexes…").arg(QLocale().toString(written)));
        setCancelButton(nullptr); // the indexes of what is kept are built; nothing to cancel
    } else if (box.clickedButton() == discard) {
        job->cancel(ImportJob::Cancel::Discard);
        cancel();
    }
}

JobProgressDialog *JobProgressDialog::forImport(ImportJob *job, const QString &firstFile, QWidget *parent)
{
    auto *dialog = new JobProgressDialog(QStringLiteral("importProgress"), parent);
    dialog->setWindowTitle(tr("Importing"));
    dialog->setLabelText(tr("Reading %1…").arg(QFileInfo(firstFile).fileName()));
    dialog->setRange(0, 1000);
    // Cancel asks first: the records written so far are a dataset already.
    disconnect(dialog, &QProgressDialog::canceled, dialog, &QProgressDialog::cancel);
    connect(dialog, &QProgressDialog::canceled, dialog, [dialog, job] { dialog->askImportCancel(job); });
    connect(job, &ImportJob::progress, dialog,
            [dialog](qint64 records, qint64 bytes, qint64 totalBytes, double rate) {
                if (bytes >= totalBytes) {
                    dialog->setValue(1000);
                    dialog->setLabelText(
                        tr("%1 records · building the indexes…").arg(QLocale().toString(records)));
                    return;
                }
                dialog->setValue(int(bytes * 1000 / qMax<qint64>(1, totalBytes)));
                // The time left from the share of bytes read so far.
                const double perByte = records > 0 && rate > 0 ? double(records) / rate / bytes : 0;
                dialog->showRate(records, 0, rate, qint64((totalBytes - bytes) * perByte * 1000));
            });
    connect(job, &ImportJob::finished, dialog, &JobProgressDialog::finish);
    return dialog;
}
