#include "ErrorBanner.h"

#include "Appearance.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_token(new QPushButton(this))
    , m_offline(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    updateBackground();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_token->setObjectName(QStringLiteral("tokenButton"));
    m_offline->setObjectName(QStringLiteral("offlineButton"));
    m_close->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_token);
    layout->addWidget(m_offline);
    layout->addWidget(m_close);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_token, &QPushButton::clicked, this, &ErrorBanner::tokenRequested);
    connect(m_offline, &QPushButton::clicked, this, [this] {
        hide();
        emit offlineRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    m_error = error;
    m_texts = nullptr;
    using K = ApiError::Kind;
    m_token->setVisible(error.kind == K::Auth);
    const bool transient = error.kind == K::Network || error.kind == K::Timeout || error.kind == K::Server
        || error.kind == K::MalformedBody;
    m_offline->setVisible(transient);
    m_retry->setVisible(error.kind != K::Forbidden && error.kind != K::Validation);
    m_text->setText(QStringLiteral("<b>%1</b><br>%2")
                        .arg(error.title().toHtmlEscaped(), error.message().toHtmlEscaped()));
    show();
}

void ErrorBanner::showMessage(const QString &title, const QString &message)
{
    showMessage([title, message] { return std::pair(title, message); });
}

void ErrorBanner::showMessage(Texts texts)
{
    m_error.reset();
    m_texts = std::move(texts);
    m_token->hide();
    m_offline->hide();
    m_retry->hide();
    const auto [title, message] = m_texts();
    m_text->setText(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    show();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

void ErrorBanner::retranslate()
{
    m_retry->setText(tr("Retry"));
    m_token->setText(tr("Re-enter token…"));
    m_offline->setText(tr("Go offline"));
    m_offline->setToolTip(tr("Show what is in the cache instead of asking the server"));
    m_close->setText(tr("Dismiss"));
    if (m_error && isVisible())
        showError(*m_error);
    else if (m_texts && isVisible())
        showMessage(m_texts);
}

void ErrorBanner::updateBackground()
{
    // A tint of the palette's own highlight for warnings would vanish in some themes; a
    // soft red over the base colour reads in light and dark. Setting it changes the
    // palette again: the comparison ends that.
    const QColor background = Appearance::alertBackground(palette());
    if (palette().color(QPalette::Window) == background)
        return;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    setPalette(pal);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        updateBackground();
    QFrame::changeEvent(event);
}
