#pragma once

#include "net/ApiError.h"

#include <QFrame>

#include <functional>
#include <utility>

class QLabel;
class QPushButton;

// A non-modal strip above the table saying what went wrong and offering the ways
// forward that fit: Retry, Re-enter token (401), Go offline (unreachable, timeouts,
// server errors). Never blocks the rest of the window.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    // A title and a message. Given as a function, they are asked for again when the
    // language changes, so a banner that is up switches language with the rest.
    using Texts = std::function<std::pair<QString, QString>()>;
    void showMessage(Texts texts);
    void showMessage(const QString &title, const QString &message);
    std::optional<ApiError> error() const { return m_error; }
    QString text() const;

    QPushButton *retryButton() const { return m_retry; }
    QPushButton *tokenButton() const { return m_token; }
    QPushButton *offlineButton() const { return m_offline; }

signals:
    void retryRequested();
    void tokenRequested();
    void offlineRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBackground();
    void retranslate();

    std::optional<ApiError> m_error;
    Texts m_texts;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_token;
    QPushButton *m_offline;
    QPushButton *m_close;
};
