#pragma once

#include <QMainWindow>

class EmptyStateWidget;
class QAction;
class QMenu;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The server the window was opened on (`logdeck --url`), shown until the
    // connection view exists to take it over.
    void setServerUrl(const QUrl &url);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void restoreLayout();
    void saveLayout() const;

    EmptyStateWidget *m_emptyState;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_serverLabel;
};
