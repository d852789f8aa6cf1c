#include "ConnectionController.h"

#include "ConnectionDialog.h"
#include "ErrorBanner.h"
#include "SourceSidebar.h"
#include "core/DemoLauncher.h"
#include "net/ConnectionSession.h"
#include "sources/SourceRegistry.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

ConnectionController::ConnectionController(PageCache *cache, SourceSidebar *sidebar, ErrorBanner *banner,
                                           QWidget *window)
    : QObject(window)
    , m_cache(cache)
    , m_sidebar(sidebar)
    , m_banner(banner)
    , m_window(window)
    , m_tokens(new TokenStore(QStringLiteral("LogDeck"), this))
{
    connect(m_tokens, &TokenStore::finished, this, &ConnectionController::onTokenStored);
}

ConnectionController::~ConnectionController()
{
    // Their models talk to the cache and to the clients the sessions own.
    qDeleteAll(std::exchange(m_sessions, {}));
}

void ConnectionController::loadSaved()
{
    QSettings settings;
    for (const Connection &c : ConnectionStore::load(settings)) {
        addSession(c, false);
        m_tokens->load(c.id);
    }
}

void ConnectionController::save() const
{
    QList<Connection> saved;
    for (ConnectionSession *s : m_sessions) {
        if (!s->isTransient())
            saved.append(s->connection());
    }
    QSettings settings;
    ConnectionStore::save(settings, saved);
}

ConnectionSession *ConnectionController::session(const QString &id) const
{
    for (ConnectionSession *s : m_sessions) {
        if (s->id() == id)
            return s;
    }
    return nullptr;
}

ConnectionSession *ConnectionController::addSession(const Connection &connection, bool transient)
{
    auto *s = new ConnectionSession(connection, m_cache, this);
    s->setTransient(transient);
    m_sessions.append(s);
    m_sidebar->addConnection(connection.id, connection.name);
    connect(s, &ConnectionSession::sourceAccessChanged, this,
            [this, s](SourceKind kind, const QString &reason) {
                m_sidebar->setSourceUnavailable(s->id(), kind, reason);
            });
    emit sessionAdded(s);
    return s;
}

ConnectionSession *ConnectionController::openServer(const QUrl &url, const QString &token,
                                                    std::optional<SourceKind> source)
{
    Connection c;
    c.id = Connection::newId();
    // Only scheme, host, port and path: a URL never carries credentials into the UI.
    c.baseUrl = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::StripTrailingSlash);
    c.name = c.baseUrl.toString();
    ConnectionSession *s = addSession(c, true);
    s->setToken(token);
    s->probe();
    emit countChanged(int(m_sessions.size()));
    emit showSource(s->id(), source.value_or(SourceRegistry::instance().defaultKind()));
    return s;
}

void ConnectionController::startDemo()
{
    if (!m_demo) {
        m_demo = new DemoLauncher(this);
        connect(m_demo, &DemoLauncher::started, this, [this](const QUrl &url) {
            emit demoStarting(false, QString());
            ConnectionSession *s =
                openServer(url, DemoLauncher::demoToken(), SourceRegistry::instance().defaultKind(true));
            m_sidebar->renameConnection(s->id(), tr("Demo server"));
        });
        connect(m_demo, &DemoLauncher::failed, this, [this](const QString &message) {
            emit demoStarting(false, message);
            QMessageBox::warning(m_window, tr("Demo"), message);
        });
    }
    if (m_demo->isRunning())
        return;
    emit demoStarting(true, tr("Starting the demo server…"));
    m_demo->start();
}

void ConnectionController::addConnection()
{
    auto *dialog = new ConnectionDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Connection c = dialog->connection();
        ConnectionSession *s = addSession(c, false);
        s->setToken(dialog->token());
        save();
        if (!dialog->token().isEmpty())
            m_tokens->save(c.id, dialog->token(), dialog->rememberInKeychain());
        s->probe();
        emit countChanged(int(m_sessions.size()));
        emit showSource(c.id, SourceRegistry::instance().defaultKind());
    });
    dialog->open();
}

void ConnectionController::editConnection(const QString &id)
{
    ConnectionSession *s = session(id);
    if (!s)
        return;
    auto *dialog = new ConnectionDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(s->connection());
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        ConnectionSession *s = session(id);
        if (!s)
            return;
        s->setConnection(dialog->connection());
        m_sidebar->renameConnection(id, s->connection().name);
        if (!dialog->token().isEmpty()) {
            s->setToken(dialog->token());
            if (!s->isTransient())
                m_tokens->save(id, dialog->token(), dialog->rememberInKeychain());
        }
        save();
        s->probe();
        emit sessionChanged(s);
    });
    dialog->open();
}

void ConnectionController::removeConnection(const QString &id)
{
    ConnectionSession *s = session(id);
    if (!s)
        return;
    if (QMessageBox::question(m_window, tr("Remove connection"),
                              tr("Remove “%1” and forget its token?").arg(s->connection().name))
        == QMessageBox::Yes)
        forgetConnection(id);
}

void ConnectionController::forgetConnection(const QString &id)
{
    ConnectionSession *s = session(id);
    if (!s)
        return;
    emit aboutToForget(s);
    m_sessions.removeOne(s);
    m_sidebar->removeConnection(id);
    if (!s->isTransient())
        m_tokens->remove(id);
    s->deleteLater();
    save();
    emit countChanged(int(m_sessions.size()));
}

void ConnectionController::onTokenStored(const TokenStore::Result &result)
{
    if (result.operation == TokenStore::Operation::Load) {
        ConnectionSession *s = session(result.connectionId);
        if (!s)
            return;
        const bool got = result.ok && !result.token.isEmpty();
        if (got) {
            s->setToken(result.token);
            s->probe();
        }
        emit savedTokenLoaded(s, got);
        return;
    }
    if (result.operation == TokenStore::Operation::Save && result.keychainUnavailable) {
        m_banner->showMessage([error = result.error] {
            return std::pair(tr("No keychain available"),
                             tr("The token could not be stored in the system keychain (%1). It is kept for "
                                "this session only; you will be asked for it next time.")
                                 .arg(error));
        });
    }
}

void ConnectionController::promptForToken(const QString &id)
{
    ConnectionSession *s = session(id);
    if (!s)
        return;
    if (m_tokenPrompt) {
        m_tokenPrompt->raise();
        return;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("tokenPrompt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Token for %1").arg(s->connection().name));
    dialog->setLabelText(tr("The server did not accept the token. Enter a valid bearer token:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &token) {
        ConnectionSession *s = session(id);
        if (!s || token.trimmed().isEmpty())
            return;
        s->setToken(token.trimmed());
        if (!s->isTransient())
            m_tokens->save(id, token.trimmed(), true);
        m_banner->hide();
        s->probe();
        emit sessionChanged(s);
    });
    m_tokenPrompt = dialog;
    dialog->open();
    emit tokenPromptShown(id);
}
