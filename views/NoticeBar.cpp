#include "NoticeBar.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_folder(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("noticeBar"));
    setFrameShape(QFrame::StyledPanel);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(22, 22));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(QStringLiteral("noticeOpen"));
    m_folder->setObjectName(QStringLiteral("noticeFolder"));
    m_close->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_folder);
    layout->addWidget(m_close);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(m_path); });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        emit showInFolderRequested(m_path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void NoticeBar::showFile(const QString &path, const Texts &texts)
{
    m_texts = texts;
    m_path = path;
    const auto [title, message] = m_texts();
    m_text->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    m_text->setToolTip(path);
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::retranslate()
{
    m_open->setText(tr("Open"));
    m_folder->setText(tr("Show in folder"));
    m_close->setText(tr("Dismiss"));
    if (m_texts && isVisible())
        showFile(m_path, m_texts);
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
