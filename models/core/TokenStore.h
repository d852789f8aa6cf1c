#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// Bearer tokens, kept in the OS keychain (Secret Service, KWallet, …) through QtKeychain,
// or, when there is no keychain or the user declines it, in memory for this session only.
// A token is never written anywhere else: no QSettings, no file, no log.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Save, Load, Remove };
    Q_ENUM(Operation)

    struct Result {
        Operation operation = Operation::Load;
        QString connectionId;
        bool ok = false;
        bool inKeychain = false; // where the token is (Save, Load)
        bool keychainUnavailable = false; // no keychain could be reached at all
        QString token; // Load: the token, empty if none is stored
        QString error; // the keychain's message when !ok or when it fell back
    };

    explicit TokenStore(const QString &service = QStringLiteral("LogDeck"), QObject *parent = nullptr);

    // Asynchronous; each call ends in exactly one finished(). With useKeychain, a keychain
    // that cannot be reached leaves the token in memory and reports keychainUnavailable.
    void save(const QString &connectionId, const QString &token, bool useKeychain = true);
    void load(const QString &connectionId);
    void remove(const QString &connectionId);

    bool hasSessionToken(const QString &connectionId) const { return m_session.contains(connectionId); }

signals:
    void finished(const TokenStore::Result &result);

private:
    QString m_service;
    QHash<QString, QString> m_session; // session-only tokens
};

Q_DECLARE_METATYPE(TokenStore::Result)
