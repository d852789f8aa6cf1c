#include "core/DemoLauncher.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

DemoLauncher::DemoLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_baseUrl.isValid())
            return;
        m_output += m_process.readAllStandardOutput();
        const int at = int(m_output.indexOf("listening "));
        const int end = int(m_output.indexOf('\n', at));
        if (at < 0 || end < 0)
            return;
        m_baseUrl = QUrl(QString::fromUtf8(m_output.mid(at + 10, end - at - 10).trimmed()));
        emit started(m_baseUrl);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The demo server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_baseUrl.isValid())
            emit failed(status == QProcess::CrashExit
                            ? tr("The demo server crashed while starting.")
                            : tr("The demo server stopped while starting (exit code %1).").arg(code));
    });
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::serverProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/logdeck-demo-server");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("logdeck-demo-server"));
}

void DemoLauncher::start(const QStringList &extraArguments)
{
    stop();
    const QString program = serverProgram();
    if (program.isEmpty()) {
        emit failed(tr("logdeck-demo-server was not found next to LogDeck or on the PATH."));
        return;
    }
    m_output.clear();
    m_baseUrl.clear();
    m_process.start(program,
                    QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--anchor"),
                                 QStringLiteral("now"), QStringLiteral("--arrivals"),
                                 QStringLiteral("100000"), QStringLiteral("--arrival-ms"),
                                 QStringLiteral("2000")}
                        + extraArguments);
}

void DemoLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}
