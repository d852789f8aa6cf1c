#include "WelcomePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_demo(new QPushButton(this))
    , m_connect(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_demo->setObjectName(QStringLiteral("tryDemo"));
    m_connect->setObjectName(QStringLiteral("addConnection"));
    m_open->setObjectName(QStringLiteral("openDataset"));
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
    m_status->setAlignment(Qt::AlignCenter);
    m_status->hide();
    m_demo->setDefault(true);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::tryDemo);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::addConnection);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openDataset);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *b : {m_demo, m_connect, m_open}) {
        b->setMinimumWidth(170);
        b->setMinimumHeight(34);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_headline);
    layout->addWidget(m_hint);
    layout->addSpacing(18);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(3);
    retranslate();
}

QString WelcomePage::headline() const
{
    return m_headline->text();
}

void WelcomePage::setBusy(bool busy, const QString &message)
{
    m_demo->setEnabled(!busy);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

void WelcomePage::retranslate()
{
    m_headline->setText(tr("Welcome to LogDeck"));
    m_hint->setText(
        tr("See what happened to a message, a notification request or an MFA change: connect to your "
           "log server, or try LogDeck on a demo server with a million generated records."));
    m_demo->setText(tr("Try the demo"));
    m_connect->setText(tr("Add connection…"));
    m_open->setText(tr("Open dataset…"));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
