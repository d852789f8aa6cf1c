#pragma once

#include "core/Query.h"
#include "dataset/RecordSink.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class ConnectionSession;
class ErrorBanner;
class ExportJob;
class ImportJob;
class QWidget;

// Exports and imports, from the request to what the user reads at the end: the sink,
// the job, the one progress dialog (JobProgressDialog), and the outcome in the status
// bar (message()) or the banner.
class TransferController : public QObject
{
    Q_OBJECT
public:
    // What is on screen, to export from.
    struct Scope {
        SourceKind source;
        Query query;
        QString origin; // the server (or the dataset's server)
        ConnectionSession *session = nullptr; // null for a dataset: only what is in it
        QList<QJsonObject> selection; // the rows selected
    };
    using Note = std::function<std::pair<QString, QString>()>;

    TransferController(ErrorBanner *banner, QWidget *window);

    // File → Export: asks where and what (ExportDialog), then exports. `scopeFor` says what
    // is on screen, everything or only the selected rows.
    void exportWithDialog(int selectedRows, bool fromServer, bool historiesNeedFetching,
                          const std::function<std::optional<Scope>(bool selectionOnly)> &scopeFor);
    // File → Import: asks for the files and their source (ImportDialog), then imports.
    void importWithDialog(const QStringList &files, std::optional<SourceKind> source);

    // Everything the query finds (a job, returned), or the selection (written at once:
    // null returned).
    ExportJob *exportTo(const QString &path, bool selectionOnly, const RecordSink::Options &options,
                        bool fetchHistories, const Scope &scope);
    ImportJob *importInto(const QStringList &files, SourceKind source, const QString &target, bool strict);

signals:
    void message(const QString &text, int timeoutMs);
    // An export is complete under `path`: `note` says what it holds.
    void exported(const QString &path, const Note &note);
    // The dataset is complete under `target`; `note` (if set) is for when it is shown.
    void imported(const QString &target, const Note &note);
    // An import's dataset is readable under `partPath` while it is written, and grows; it
    // is imported() at the end, or discarded (cancelled, failed).
    void importBrowsable(const QString &target, const QString &partPath);
    void importGrew(const QString &target);
    void importDiscarded(const QString &target);

private:
    ErrorBanner *m_banner;
    QWidget *m_window;
};
