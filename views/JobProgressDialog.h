#pragma once

#include <QProgressDialog>

class ExportJob;
class ImportJob;

// The one progress dialog of long jobs, exports and imports alike: how far, how fast,
// how long still, "waiting for the server" when asked to wait, and Cancel. It closes and
// deletes itself when the job finishes.
class JobProgressDialog : public QProgressDialog
{
    Q_OBJECT
public:
    static JobProgressDialog *forExport(ExportJob *job, QWidget *parent);
    static JobProgressDialog *forImport(ImportJob *job, const QString &firstFile, QWidget *parent);

protected:
    void reject() override { emit canceled(); } // Escape asks, as the Cancel button does

private:
    JobProgressDialog(const QString &objectName, QWidget *parent);
    // Cancel of an import that wrote records: keep them, discard them, or go on.
    void askImportCancel(ImportJob *job);
    // "1,234 of 5,000 records · 812 per second · about 5 s left"
    void showRate(qint64 done, qint64 expected, double rate, qint64 leftMs);
    void finish();
};
