#include "jobs/ImportJob.h"

#include "LogDeckVersion.h"
#include "dataset/RecordSink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>

ImportJob::ImportJob(const QStringList &files, SourceKind source, const QString &target, QObject *parent)
    : QObject(parent)
    , m_files(files)
    , m_source(source)
    , m_target(target)
    , m_importer(source)
{
    for (const QString &f : files)
        m_totalBytes += QFileInfo(f).size();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    m_importer.setStrict(m_strict);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("ImportJob"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_result = m_cancelled && !m_keep ? JobResult::Cancelled
            : errorString().isEmpty()     ? JobResult::Done
                                          : JobResult::Failed;
        emit finished(m_result == JobResult::Done);
    });
    m_thread->start();
}

void ImportJob::cancel(Cancel choice)
{
    if (m_cancelled)
        return;
    m_keep = choice == Cancel::Keep;
    m_cancelled = true;
    m_importer.cancel();
    if (m_keep)
        return; // the reading stops; what was read is completed as the dataset
    // Also once the records are read and the dataset's indexes are being built.
    std::lock_guard lock(m_lock);
    if (m_sink)
        m_sink->requestStop();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

qint64 ImportJob::imported() const
{
    std::lock_guard lock(m_lock);
    return m_imported;
}

QList<RecordImporter::Problem> ImportJob::problems() const
{
    std::lock_guard lock(m_lock);
    return m_problems;
}

QString ImportJob::errorString() const
{
    std::lock_guard lock(m_lock);
    return m_error;
}

void ImportJob::run()
{
    RecordSink::Options options;
    options.deferSearchIndex = true; // SearchIndexJob's, while the dataset is shown
    auto sink = RecordSink::forPath(m_target, options);
    DatasetInfo info;
    info.source = m_source;
    QStringList names;
    for (const QString &f : std::as_const(m_files))
        names << QFileInfo(f).fileName();
    info.origin = names.join(QStringLiteral(", "));
    info.exportedAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QStringLiteral(LOGDECK_VERSION);
    const auto done = [this](const QString &error) {
        std::lock_guard lock(m_lock);
        m_imported = m_importer.imported();
        m_problems = m_importer.problems();
        m_error = m_cancelled && !m_keep ? QString() : error;
    };
    if (!sink || RecordSink::formatFor(m_target) != RecordSink::Format::Dataset) {
        done(QCoreApplication::translate("ImportJob", "The dataset's name must end in .logdeck."));
        return;
    }
    if (!sink->open(m_target, info)) {
        done(sink->errorString());
        return;
    }
    {
        std::lock_guard lock(m_lock);
        m_sink = sink.get();
    }
    const auto forgetSink = qScopeGuard([this] {
        std::lock_guard lock(m_lock);
        m_sink = nullptr;
    });
    // A report a few times a second: the rate over the whole run so far. The dataset is
    // readable from its first commit on; the first is said at once.
    QElapsedTimer clock, sinceReport;
    clock.start();
    sinceReport.start();
    qint64 reportedCommits = 0;
    const auto reportCommits = [&] {
        const qint64 committed = sink->committed();
        if (committed <= reportedCommits)
            return;
        if (reportedCommits == 0)
            QMetaObject::invokeMethod(this, [this, path = sink->temporaryPath()] { emit browsable(path); });
        reportedCommits = committed;
        QMetaObject::invokeMethod(this, [this, committed] {
            m_committed = committed;
            emit grew(committed);
        });
    };
    m_importer.setProgress([&](qint64 records, qint64 bytes) {
        if (reportedCommits == 0)
            reportCommits();
        if (sinceReport.elapsed() < 200)
            return;
        reportCommits();
        sinceReport.restart();
        const double rate = records * 1000.0 / qMax<qint64>(1, clock.elapsed());
        QMetaObject::invokeMethod(
            this, [this, records, bytes, rate] { emit progress(records, bytes, m_totalBytes, rate); });
    });
    for (const QString &file : std::as_const(m_files)) {
        if (!m_importer.importFile(file, *sink)) {
            if (m_cancelled && m_keep)
                break; // what was read becomes the dataset
            sink->abort();
            done(m_importer.errorString());
            return;
        }
    }
    // The indexes are built in finish(): a last report says the reading is over.
    QMetaObject::invokeMethod(this,
                              [this, records = m_importer.imported(),
                               rate = m_importer.imported() * 1000.0 / qMax<qint64>(1, clock.elapsed())] {
                                  emit progress(records, m_totalBytes, m_totalBytes, rate);
                              });
    if ((m_cancelled && !m_keep) || !sink->finish()) {
        sink->abort();
        done(sink->errorString());
        return;
    }
    done(QString());
}
