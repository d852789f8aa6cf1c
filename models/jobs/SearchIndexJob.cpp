#include "jobs/SearchIndexJob.h"

#include "dataset/SearchIndexBuilder.h"

#include <QThread>

SearchIndexJob::SearchIndexJob(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

SearchIndexJob::~SearchIndexJob()
{
    m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool SearchIndexJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SearchIndexJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        SearchIndexBuilder builder(m_path);
        const bool ok = builder.build(
            [this](const SearchIndexBuilder::Progress &p) {
                QMetaObject::invokeMethod(this, [this, percent = p.percent(), p] {
                    m_percent = percent;
                    emit progress(percent, p.indexed, p.total);
                });
            },
            m_stop);
        QMetaObject::invokeMethod(this, [this, ok, error = builder.errorString()] {
            m_error = error;
            if (ok)
                m_percent = 100;
        });
        // finished() after the last progress and the error: both were queued first.
        QMetaObject::invokeMethod(this, [this, ok] { emit finished(ok); });
    });
    m_thread->setObjectName(QStringLiteral("SearchIndexJob"));
    m_thread->start(QThread::LowPriority);
}
