#pragma once

#include "core/SourceKind.h"

#include <QHash>
#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>

// A server the user works with: where it is and how to talk to it. Never the token —
// that lives in the keychain (TokenStore), under the connection's id.
struct Connection {
    QString id; // stable, generated once
    QString name;
    QUrl baseUrl;
    QHash<QString, QString> pathOverrides; // SourceKind key → path (empty: the default)
    int pageSize = 50;
    int timeoutMs = 30000;
    // Empty: the system's proxy settings; "direct": none; else http://host:port or socks5://…
    QString proxy;

    QString pathOverride(SourceKind kind) const { return pathOverrides.value(kind.key()); }
    // Plain http to anything but this machine: the token would cross the network in clear.
    bool isInsecure() const;
    bool operator==(const Connection &o) const
    {
        return id == o.id && name == o.name && baseUrl == o.baseUrl && pathOverrides == o.pathOverrides
            && pageSize == o.pageSize && timeoutMs == o.timeoutMs && proxy == o.proxy;
    }

    static bool isLoopback(const QUrl &url);
    static QString newId();
};

// The saved connections, in QSettings ("connections" array). Tokens are not part of it.
namespace ConnectionStore
{
QList<Connection> load(QSettings &settings);
void save(QSettings &settings, const QList<Connection> &connections);
} // namespace ConnectionStore
