#pragma once

#include "core/SourceKind.h"
#include "dataset/RecordImporter.h"
#include "jobs/JobResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <mutex>

class QThread;
class RecordSink;

// An import into a new `.logdeck`, for the GUI: RecordImporter and a DatasetSink on a
// thread of their own, progress by the bytes read (so a rate and the time left are
// known from the start), cancel at the next batch. The dataset can be read while it is
// written: browsable() names the file once the first records are in it, grew() says
// when more are; at the end it is renamed to the target, and its search index is built
// afterwards (SearchIndexJob). Cancel keeps what was written, as a smaller dataset, or
// throws it away.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(const QStringList &files, SourceKind source, const QString &target, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the thread

    void setStrict(bool strict) { m_strict = strict; }
    enum class Cancel { Discard, Keep };
    void start();
    void cancel() { cancel(Cancel::Discard); }
    void cancel(Cancel choice);
    bool isRunning() const;

    QString target() const { return m_target; }
    qint64 imported() const;
    qint64 committed() const { return m_committed; } // records a reader of the file sees
    QList<RecordImporter::Problem> problems() const;
    QString errorString() const; // after finished(false); empty when cancelled
    bool wasCancelled() const { return m_cancelled; }
    bool keptOnCancel() const { return m_cancelled && m_keep; } // and finished(true)
    JobResult result() const { return m_result; }

signals:
    void progress(qint64 records, qint64 bytes, qint64 totalBytes, double recordsPerSecond);
    // The file being written, readable: its first records are committed.
    void browsable(const QString &path);
    void grew(qint64 committedRecords);
    void finished(bool ok);

private:
    void run(); // on the thread

    QStringList m_files;
    SourceKind m_source;
    QString m_target;
    bool m_strict = false;
    std::atomic_bool m_cancelled {false};
    std::atomic_bool m_keep {false};
    qint64 m_committed = 0; // on the job's thread, from grew()
    JobResult m_result = JobResult::Running;
    qint64 m_totalBytes = 0;
    QThread *m_thread = nullptr;
    RecordImporter m_importer;
    mutable std::mutex m_lock; // what run() leaves for the GUI thread
    qint64 m_imported = 0;
    QList<RecordImporter::Problem> m_problems;
    QString m_error;
    RecordSink *m_sink = nullptr; // while run() has one: cancel() stops its work too
};
