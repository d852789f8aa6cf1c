#include "DemoServerProcess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/prctl.h>

DemoServerProcess::~DemoServerProcess()
{
    stop();
}

bool DemoServerProcess::start(const QStringList &arguments, int timeoutMs)
{
    const QString program =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("LOGDECK_DEMO_SERVER"));
    if (program.isEmpty()) {
        m_error = QStringLiteral("LOGDECK_DEMO_SERVER is not set (run the tests through ctest)");
        return false;
    }
    m_process.setProgram(program);
    m_process.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If the test crashes (a sanitizer abort, say), the server goes with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()
            || !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (!m_process.canReadLine()) {
                m_error = QStringLiteral("demo server did not report its port");
                stop();
                return false;
            }
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    const QByteArray prefix = "listening ";
    if (!line.startsWith(prefix)) {
        m_error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    return m_baseUrl.isValid();
}

void DemoServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
