#include "TransferController.h"

#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "JobProgressDialog.h"
#include "LogDeckVersion.h"
#include "core/AppSettings.h"
#include "dataset/DatasetFile.h"
#include "jobs/ExportJob.h"
#include "jobs/ImportJob.h"
#include "net/ConnectionSession.h"

#include <QFileInfo>
#include <QWidget>

TransferController::TransferController(ErrorBanner *banner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
    , m_window(window)
{ }

void TransferController::exportWithDialog(int selectedRows, bool fromServer, bool historiesNeedFetching,
                                          const std::function<std::optional<Scope>(bool)> &scopeFor)
{
    ExportDialog dialog(selectedRows, fromServer, fromServer && historiesNeedFetching, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setExportDir(QFileInfo(dialog.path()).absolutePath());
    if (const auto scope = scopeFor(dialog.selectionOnly()))
        exportTo(dialog.path(), dialog.selectionOnly(), dialog.options(), dialog.fetchHistories(), *scope);
}

void TransferController::importWithDialog(const QStringList &files, std::optional<SourceKind> source)
{
    ImportDialog dialog(source, m_window);
    dialog.addFiles(files);
    if (dialog.exec() == QDialog::Accepted)
        importInto(dialog.files(), dialog.source(), dialog.target(), dialog.strict());
}

ExportJob *TransferController::exportTo(const QString &path, bool selectionOnly,
                                        const RecordSink::Options &options, bool fetchHistories,
                                        const Scope &scope)
{
    RecordSink::Options sinkOptions = options;
    sinkOptions.deferSearchIndex = true; // built while the dataset is listed (DatasetController)
    auto sink = RecordSink::forPath(path, sinkOptions);
    if (!sink) {
        m_banner->showMessage([] {
            return std::pair(tr("Cannot export"), tr("The file name must end in .logdeck, .jsonl or .csv."));
        });
        return nullptr;
    }
    DatasetInfo info;
    info.source = scope.source;
    info.exportedAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QStringLiteral(LOGDECK_VERSION);
    info.origin = scope.origin;
    info.query = DatasetFile::queryToJson(scope.query);
    if (!sink->open(path, info)) {
        m_banner->showMessage(tr("Cannot export"), sink->errorString());
        return nullptr;
    }
    if (selectionOnly || !scope.session) {
        // The rows on screen: a handful, written at once.
        if (!sink->write(scope.selection) || !sink->finish()) {
            m_banner->showMessage(tr("Export failed"), sink->errorString());
            sink->abort();
            return nullptr;
        }
        const int count = int(scope.selection.size());
        emit message(tr("Exported %Ln record(s) to %1.", nullptr, count).arg(path), 6000);
        emit exported(path, [count, path] {
            return std::pair(tr("Exported %Ln record(s)", nullptr, count),
                             tr("to %1").arg(QFileInfo(path).fileName()));
        });
        return nullptr;
    }
    ConnectionSession *s = scope.session;
    auto *job = new ExportJob(s->client(), s->connection().baseUrl, scope.query, std::move(sink), path, this);
    job->setPathOverride(s->connection().pathOverride(scope.source));
    job->setFetchHistories(fetchHistories);
    JobProgressDialog::forExport(job, m_window);
    connect(job, &ExportJob::finished, this, [this, job, path](bool ok) {
        if (ok && job->coverage().isComplete()) {
            emit message(tr("Exported %Ln record(s) to %1.", nullptr, int(job->written())).arg(path)
                             + QLatin1Char(' ') + job->coverageText() + QLatin1Char('.'),
                         10000);
            emit exported(path, [count = int(job->written()), coverage = job->coverageText(), path] {
                return std::pair(tr("Exported %Ln record(s)", nullptr, count),
                                 tr("to %1. %2.").arg(QFileInfo(path).fileName(), coverage));
            });
        } else if (ok)
            m_banner->showMessage([text = job->coverageText(), path] {
                return std::pair(tr("Export incomplete"),
                                 tr("%1. The file %2 holds what was read.").arg(text, path));
            });
        else if (job->result() == JobResult::Failed)
            m_banner->showMessage([error = job->errorString(), path] {
                return std::pair(
                    tr("Export failed"),
                    QString(error + QLatin1Char(' ') + tr("Nothing was written to %1.").arg(path)));
            });
        job->deleteLater();
    });
    job->start();
    return job;
}

ImportJob *TransferController::importInto(const QStringList &files, SourceKind source, const QString &target,
                                          bool strict)
{
    auto *job = new ImportJob(files, source, QFileInfo(target).absoluteFilePath(), this);
    job->setStrict(strict);
    JobProgressDialog::forImport(job, files.value(0), m_window);
    connect(job, &ImportJob::browsable, this,
            [this, job](const QString &partPath) { emit importBrowsable(job->target(), partPath); });
    connect(job, &ImportJob::grew, this, [this, job] { emit importGrew(job->target()); });
    connect(job, &ImportJob::finished, this, [this, job](bool ok) {
        const QString target = job->target();
        if (!ok)
            emit importDiscarded(target);
        const QString name = QFileInfo(target).fileName();
        const QList<RecordImporter::Problem> problems = job->problems();
        // The first few bad records, with their lines; the rest counted.
        const auto listed = [problems] {
            QStringList lines;
            for (const RecordImporter::Problem &p : problems.mid(0, 5))
                lines << tr("%1, line %2: %3").arg(p.file).arg(p.line).arg(p.message);
            if (problems.size() > 5)
                lines << tr("…and %n more.", nullptr, int(problems.size() - 5));
            return lines.join(QLatin1Char('\n'));
        };
        if (ok && job->keptOnCancel()) {
            emit message(
                tr("Import cancelled; kept %Ln record(s) in %1.", nullptr, int(job->imported())).arg(name),
                10000);
            emit imported(target, {});
        } else if (ok) {
            emit message(tr("Imported %Ln record(s) into %1.", nullptr, int(job->imported())).arg(name),
                         6000);
            Note note;
            if (!problems.isEmpty())
                note = [problems, listed] {
                    return std::pair(tr("%n bad record(s) skipped", nullptr, int(problems.size())), listed());
                };
            emit imported(target, note);
        } else if (job->result() == JobResult::Cancelled) {
            emit message(tr("Import cancelled; %1 was not written.").arg(name), 6000);
        } else {
            m_banner->showMessage([error = job->errorString(), name, listed] {
                return std::pair(tr("Import failed"),
                                 QString(error + QLatin1Char(' ') + tr("%1 was not written.").arg(name)
                                         + (listed().isEmpty() ? QString() : QLatin1Char('\n') + listed())));
            });
        }
        job->deleteLater();
    });
    job->start();
    return job;
}
