#include "EmptyStateWidget.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/logdeck.svg")).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignCenter);

    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setAlignment(Qt::AlignCenter);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_headline);
    layout->addWidget(m_hint);
    layout->addStretch(3);
    retranslate();
}

QString EmptyStateWidget::headline() const
{
    return m_headline->text();
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::retranslate()
{
    m_headline->setText(tr("No log source open"));
    m_hint->setText(tr("Connect to a server or open a dataset file to browse logs."));
}
