#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What the window shows when nothing is configured: what LogDeck is for and the three
// ways in — try the bundled demo server, add a connection, open a dataset.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    QString headline() const;
    void setBusy(bool busy, const QString &message = {});
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *openButton() const { return m_open; }

signals:
    void tryDemo();
    void addConnection();
    void openDataset();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_hint;
    QLabel *m_status;
    QPushButton *m_demo;
    QPushButton *m_connect;
    QPushButton *m_open;
};
