#include "core/Connection.h"

#include <QHostAddress>
#include <QUuid>

bool Connection::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Connection::isInsecure() const
{
    return baseUrl.scheme() == u"http" && !isLoopback(baseUrl);
}

QString Connection::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace ConnectionStore
{
QList<Connection> load(QSettings &settings)
{
    QList<Connection> out;
    const int n = settings.beginReadArray(QStringLiteral("connections"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        Connection c;
        c.id = settings.value(QStringLiteral("id")).toString();
        c.name = settings.value(QStringLiteral("name")).toString();
        c.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        c.pageSize = settings.value(QStringLiteral("pageSize"), 50).toInt();
        c.timeoutMs = settings.value(QStringLiteral("timeoutMs"), 30000).toInt();
        c.proxy = settings.value(QStringLiteral("proxy")).toString();
        // Every source key saved, whether or not this build registers it.
        settings.beginGroup(QStringLiteral("path"));
        for (const QString &key : settings.childKeys()) {
            const QString path = settings.value(key).toString();
            if (!path.isEmpty())
                c.pathOverrides.insert(key, path);
        }
        settings.endGroup();
        if (!c.id.isEmpty() && c.baseUrl.isValid())
            out.append(c);
    }
    settings.endArray();
    return out;
}

void save(QSettings &settings, const QList<Connection> &connections)
{
    settings.remove(QStringLiteral("connections"));
    settings.beginWriteArray(QStringLiteral("connections"), int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        const Connection &c = connections.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), c.id);
        settings.setValue(QStringLiteral("name"), c.name);
        // Never credentials in a URL on disk.
        settings.setValue(QStringLiteral("baseUrl"), c.baseUrl.adjusted(QUrl::RemoveUserInfo).toString());
        settings.setValue(QStringLiteral("pageSize"), c.pageSize);
        settings.setValue(QStringLiteral("timeoutMs"), c.timeoutMs);
        settings.setValue(QStringLiteral("proxy"), c.proxy);
        for (auto it = c.pathOverrides.cbegin(); it != c.pathOverrides.cend(); ++it) {
            if (!it.value().isEmpty())
                settings.setValue(QStringLiteral("path/") + it.key(), it.value());
        }
    }
    settings.endArray();
    settings.sync();
}
} // namespace ConnectionStore
