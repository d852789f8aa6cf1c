#pragma once

#include <QWidget>

class QLabel;

// What the main window shows where there is nothing to browse yet: a headline, a line
// of explanation and the way forward. Retranslates itself on a language change.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    QString headline() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_hint;
};
