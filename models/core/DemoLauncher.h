#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

// "Try the demo": the bundled logdeck-demo-server as a child process on a free loopback
// port, with live traffic, stopped when this object goes. The demo's token is public.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // Next to the running executable, else on PATH. Empty when not found.
    static QString serverProgram();
    static QString demoToken() { return QStringLiteral("demo-admin"); }

    void start(const QStringList &extraArguments = {});
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl baseUrl() const { return m_baseUrl; }

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
};
