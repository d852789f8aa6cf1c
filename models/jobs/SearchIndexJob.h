#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// SearchIndexBuilder on a thread of its own, for a dataset that is shown while its
// trigram index is built: the window reads it between the steps. Progress as a share of
// the records; destroying the job stops the build within a step, and the file says how
// far it got (the next open goes on from there).
class SearchIndexJob : public QObject
{
    Q_OBJECT
public:
    explicit SearchIndexJob(const QString &path, QObject *parent = nullptr);
    ~SearchIndexJob() override; // stops and waits for the thread

    void start();
    void stop() { m_stop = true; }
    bool isRunning() const;
    QString path() const { return m_path; }
    int percent() const { return m_percent; }
    QString errorString() const { return m_error; } // after finished(false); empty when stopped

signals:
    void progress(int percent, qint64 indexed, qint64 total);
    void finished(bool ok);

private:
    QString m_path;
    std::atomic_bool m_stop {false};
    int m_percent = 0;
    QString m_error;
    QThread *m_thread = nullptr;
};
