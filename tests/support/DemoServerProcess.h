#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// A logdeck-demo-server child process on a free loopback port, for tests that want the
// real thing over real HTTP. The binary comes from $LOGDECK_DEMO_SERVER (set by ctest).
class DemoServerProcess
{
public:
    DemoServerProcess() = default;
    ~DemoServerProcess();
    DemoServerProcess(const DemoServerProcess &) = delete;
    DemoServerProcess &operator=(const DemoServerProcess &) = delete;

    // Starts the server with the given extra arguments and waits (on signals, not sleeps)
    // for its "listening" line. Returns false with errorString() set on failure.
    bool start(const QStringList &arguments = {}, int timeoutMs = 30000);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
