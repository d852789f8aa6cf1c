#include "MainWindow.h"

#include "EmptyStateWidget.h"
#include "LogDeckVersion.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/logdeck.svg")));
    setCentralWidget(m_emptyState);
    createActions();
    retranslate();
    resize(1280, 800);
    restoreLayout();
}

void MainWindow::setServerUrl(const QUrl &url)
{
    // Only scheme, host, port and path: a URL never carries credentials into the UI.
    m_serverLabel = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    retranslate();
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    // Some platform themes (minimal window managers, offscreen) define no Quit key.
    const QKeySequence quit(QKeySequence::Quit);
    m_quitAction->setShortcut(quit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About LogDeck"),
                           tr("<h3>LogDeck %1</h3><p>A desktop explorer for communication, "
                              "notification and audit logs.</p>")
                               .arg(QStringLiteral(LOGDECK_VERSION)));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_serverLabel.isEmpty() ? tr("LogDeck") : tr("%1 — LogDeck").arg(m_serverLabel));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About LogDeck"));
    statusBar()->showMessage(m_serverLabel.isEmpty() ? tr("Not connected")
                                                     : tr("Server: %1").arg(m_serverLabel));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}
