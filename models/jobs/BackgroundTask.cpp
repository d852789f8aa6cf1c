#include "jobs/BackgroundTask.h"

#include <QThread>

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{ }

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start(const QString &name, std::function<bool()> work)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this, work = std::move(work)] { m_ok = work(); });
    m_thread->setObjectName(name);
    connect(m_thread, &QThread::finished, this, [this] {
        QThread *thread = std::exchange(m_thread, nullptr);
        thread->wait();
        delete thread;
        emit done(m_ok);
    });
    m_thread->start();
}
