#pragma once

#include "core/Connection.h"
#include "core/SourceKind.h"
#include "core/TokenStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class ConnectionSession;
class DemoLauncher;
class ErrorBanner;
class PageCache;
class SourceSidebar;
class QWidget;

// The connections of the window and their tokens: the saved ones (QSettings, tokens in
// the keychain), the ones opened for a session (`logdeck --url`, the demo), the dialogs
// that add, edit and remove them, and the prompt when a server refuses a token. The
// window is told what to show through signals; it never handles a token.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(PageCache *cache, SourceSidebar *sidebar, ErrorBanner *banner, QWidget *window);
    ~ConnectionController() override;

    void loadSaved(); // the saved connections, their tokens from the keychain
    ConnectionSession *session(const QString &id) const;
    const QList<ConnectionSession *> &sessions() const { return m_sessions; }

    // A connection for this session, with a token kept in memory only.
    ConnectionSession *openServer(const QUrl &url, const QString &token, std::optional<SourceKind> source);
    void startDemo();
    void addConnection();
    void editConnection(const QString &id);
    void removeConnection(const QString &id); // asks first
    void forgetConnection(const QString &id); // removes it and its token, without asking
    void promptForToken(const QString &id);

signals:
    void sessionAdded(ConnectionSession *session);
    // Show this source of that connection (a new connection, a token that now works).
    void showSource(const QString &connectionId, SourceKind kind);
    // Show it again if it is the one on screen (its settings or its token changed).
    void sessionChanged(ConnectionSession *session);
    // About to go: the window lets go of its model.
    void aboutToForget(ConnectionSession *session);
    void countChanged(int connections);
    void demoStarting(bool busy, const QString &message);
    void tokenPromptShown(const QString &connectionId);
    // A saved connection's token was read from the keychain (or found missing).
    void savedTokenLoaded(ConnectionSession *session, bool gotToken);

private:
    ConnectionSession *addSession(const Connection &connection, bool transient);
    void save() const;
    void onTokenStored(const TokenStore::Result &result);

    PageCache *m_cache;
    SourceSidebar *m_sidebar;
    ErrorBanner *m_banner;
    QWidget *m_window;
    TokenStore *m_tokens;
    DemoLauncher *m_demo = nullptr;
    QList<ConnectionSession *> m_sessions;
    QPointer<QWidget> m_tokenPrompt;
};
