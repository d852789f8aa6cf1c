#pragma once

#include <QFrame>

#include <functional>
#include <utility>

class QLabel;
class QPushButton;

// A strip above the table for news that stays until dismissed: what an export wrote,
// with Open and Show in folder. Errors go to ErrorBanner; this is the good news.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // A title and a message, asked for again when the language changes, about `path`.
    using Texts = std::function<std::pair<QString, QString>()>;
    void showFile(const QString &path, const Texts &texts);
    QString text() const;
    QString path() const { return m_path; }

    QPushButton *openButton() const { return m_open; }
    QPushButton *folderButton() const { return m_folder; }

signals:
    void openRequested(const QString &path);
    void showInFolderRequested(const QString &path); // the folder is opened, too

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Texts m_texts;
    QString m_path;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_folder;
    QPushButton *m_close;
};
