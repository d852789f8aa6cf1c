#pragma once

#include <QObject>

#include <functional>

class QThread;

// One piece of blocking work (completing a dataset builds its indexes: seconds for a
// million records) on a thread of its own, so that the window stays responsive; done()
// comes back on the thread that started it. Destroying the task waits for the work.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start(const QString &name, std::function<bool()> work);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void done(bool ok);

private:
    QThread *m_thread = nullptr;
    bool m_ok = false;
};
