#include "ConnectionDialog.h"
#include "sources/SourceRegistry.h"

#include "Appearance.h"
#include "net/ApiClient.h"
#include "net/ConnectionProbe.h"
#include "sources/EnumText.h"
#include "sources/SourceDefinition.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_insecure(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_keychain(new QCheckBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_proxy(new QLineEdit(this))
    , m_paths(new QGroupBox(this))
    , m_test(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_client(new ApiClient(this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_url->setObjectName(QStringLiteral("connectionUrl"));
    m_token->setObjectName(QStringLiteral("connectionToken"));
    m_keychain->setObjectName(QStringLiteral("rememberToken"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_insecure->setObjectName(QStringLiteral("insecureWarning"));
    m_url->setPlaceholderText(QStringLiteral("https://logs.example.com"));
    m_token->setEchoMode(QLineEdit::Password);
    QAction *reveal =
        m_token->addAction(style()->standardIcon(QStyle::SP_DialogHelpButton), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    m_reveal = reveal;
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_token->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_keychain->setChecked(true);
    m_insecure->setWordWrap(true);
    updateColors();
    m_insecure->hide();
    m_pageSize->setRange(1, 100);
    m_pageSize->setValue(50);
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_proxy->setObjectName(QStringLiteral("connectionProxy"));

    auto *form = new QFormLayout;
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url),
                           static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_pageSize),
                           static_cast<QWidget *>(m_timeout), static_cast<QWidget *>(m_proxy)}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_formLabels.append(label);
        form->addRow(label, field);
        if (field == m_url)
            form->addRow(QString(), m_insecure);
        if (field == m_token)
            form->addRow(QString(), m_keychain);
    }

    auto *paths = new QFormLayout(m_paths);
    auto *results = new QFormLayout;
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        auto *edit = new QLineEdit(m_paths);
        edit->setObjectName(QStringLiteral("path_") + kind.key());
        edit->setPlaceholderText(SourceDefinitions::get(kind).path);
        m_pathEdits.insert(kind, edit);
        auto *pathLabel = new QLabel(m_paths);
        m_sourceLabels.append({kind, pathLabel});
        paths->addRow(pathLabel, edit);
        auto *result = new QLabel(QStringLiteral("—"), this);
        result->setObjectName(QStringLiteral("result_") + kind.key());
        m_results.insert(kind, result);
        auto *resultLabel = new QLabel(this);
        m_sourceLabels.append({kind, resultLabel});
        results->addRow(resultLabel, result);
    }
    m_paths->setCheckable(true);
    m_paths->setChecked(false);
    for (QLineEdit *edit : std::as_const(m_pathEdits))
        edit->setEnabled(false);
    connect(m_paths, &QGroupBox::toggled, this, [this](bool on) {
        for (QLineEdit *edit : std::as_const(m_pathEdits))
            edit->setEnabled(on);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_paths);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addLayout(results);
    layout->addWidget(m_buttons);

    connect(m_proxy, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    resize(560, sizeHint().height());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::retranslate()
{
    setWindowTitle(tr("Connection"));
    const QStringList labels = {tr("&Name:"),      tr("Base &URL:"), tr("&Token:"),
                                tr("&Page size:"), tr("T&imeout:"),  tr("Pro&xy:")};
    m_proxy->setPlaceholderText(tr("System settings (or “direct”, or http://proxy:3128)"));

    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels.value(i));
    m_timeout->setSuffix(tr(" s"));
    m_name->setPlaceholderText(tr("Production, Staging, …"));
    m_token->setPlaceholderText(tr("Bearer token"));
    m_keychain->setText(m_keychainAvailable
                            ? tr("Remember the token in the system keychain")
                            : tr("No system keychain is available: the token is kept for this session only"));
    m_reveal->setToolTip(tr("Show or hide the token"));
    for (const auto &[kind, label] : std::as_const(m_sourceLabels))
        label->setText(EnumText::sourceTitle(kind) + QLatin1Char(':'));
    m_pageSize->setSuffix(tr(" rows"));
    m_paths->setTitle(tr("Custom paths (for services mounted under a prefix)"));
    m_test->setText(tr("Test connection"));
    m_insecure->setText(tr("Plain http to another machine: the token would travel unencrypted. Use https "
                           "unless this is a trusted network."));
}

void ConnectionDialog::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    m_keychain->setEnabled(available);
    if (!available)
        m_keychain->setChecked(false);
    retranslate();
}

void ConnectionDialog::updateColors()
{
    QPalette warning = m_insecure->palette();
    warning.setColor(QPalette::WindowText, Appearance::alertColor(palette()));
    m_insecure->setPalette(warning);
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectionDialog::setConnection(const Connection &connection, const QString &token)
{
    m_connection = connection;
    m_name->setText(connection.name);
    m_url->setText(connection.baseUrl.toString());
    m_token->setText(token);
    m_pageSize->setValue(connection.pageSize);
    m_timeout->setValue(qMax(1, connection.timeoutMs / 1000));
    m_proxy->setText(connection.proxy);
    bool anyPath = false;
    for (auto it = m_pathEdits.cbegin(); it != m_pathEdits.cend(); ++it) {
        const QString path = connection.pathOverride(it.key());
        it.value()->setText(path);
        anyPath = anyPath || !path.isEmpty();
    }
    m_paths->setChecked(anyPath);
    validate();
}

Connection ConnectionDialog::connection() const
{
    Connection c = m_connection;
    if (c.id.isEmpty())
        c.id = Connection::newId();
    c.baseUrl = QUrl::fromUserInput(m_url->text().trimmed())
                    .adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    c.name = m_name->text().trimmed().isEmpty() ? c.baseUrl.host() : m_name->text().trimmed();
    c.pageSize = m_pageSize->value();
    c.timeoutMs = m_timeout->value() * 1000;
    c.proxy = m_proxy->text().trimmed();
    c.pathOverrides.clear();
    if (m_paths->isChecked()) {
        for (auto it = m_pathEdits.cbegin(); it != m_pathEdits.cend(); ++it) {
            if (!it.value()->text().trimmed().isEmpty())
                c.pathOverrides.insert(it.key().key(), it.value()->text().trimmed());
        }
    }
    return c;
}

QString ConnectionDialog::token() const
{
    return m_token->text().trimmed();
}

bool ConnectionDialog::rememberInKeychain() const
{
    return m_keychain->isEnabled() && m_keychain->isChecked();
}

void ConnectionDialog::validate()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const bool proxyOk = ApiClient::isValidProxy(m_proxy->text());
    const bool valid = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https")
        && !url.host().isEmpty() && proxyOk;
    m_proxy->setToolTip(proxyOk
                            ? tr("Empty: the system's proxy settings (http_proxy, https_proxy, no_proxy). "
                                 "“direct”: no proxy. Or a proxy of this connection's own: "
                                 "http://host:port or socks5://host:port.")
                            : tr("Not a proxy: write http://host:port, socks5://host:port or “direct”."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_test->setEnabled(valid && !isTesting());
    Connection probe;
    probe.baseUrl = url;
    m_insecure->setVisible(valid && probe.isInsecure());
}

bool ConnectionDialog::isTesting() const
{
    return m_probe && m_probe->isRunning();
}

void ConnectionDialog::testConnection()
{
    delete m_probe;
    const Connection c = connection();
    m_client->setToken(token());
    ApiClient::Options options = m_client->options();
    options.timeoutMs = c.timeoutMs;
    options.maxTries = 1; // a test should say what happens, not hide it behind retries
    m_client->setOptions(options);
    m_client->setProxy(c.proxy);
    m_probe = new ConnectionProbe(m_client, c, this);
    for (QLabel *label : std::as_const(m_results))
        label->setText(tr("testing…"));
    m_test->setEnabled(false);
    connect(m_probe, &ConnectionProbe::sourceChecked, this,
            [this](SourceKind kind, const ConnectionProbe::Outcome &outcome) {
                QLabel *label = m_results.value(kind);
                if (outcome.ok) {
                    label->setText(QStringLiteral("✔ ") + tr("OK"));
                    return;
                }
                const ApiError &e = *outcome.error;
                QString text;
                switch (e.kind) {
                case ApiError::Kind::Auth:
                    text = tr("401: the token is missing or not valid");
                    break;
                case ApiError::Kind::Forbidden:
                    text = tr("403: this token may not read it");
                    break;
                case ApiError::Kind::NotFound:
                    text = tr("not found: check the path");
                    break;
                default:
                    text = e.title() + QStringLiteral(": ") + e.message();
                    break;
                }
                label->setText(QStringLiteral("✘ ") + text);
                label->setToolTip(e.message());
            });
    connect(m_probe, &ConnectionProbe::finished, this, [this] {
        validate();
        emit testFinished();
    });
    m_probe->start();
}

QString ConnectionDialog::resultText(SourceKind kind) const
{
    return m_results.value(kind)->text();
}
