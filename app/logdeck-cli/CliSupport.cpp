#include "CliSupport.h"
#include "sources/EnumText.h"
#include "sources/SourceRegistry.h"

#include <QCoreApplication>

#include <cstdio>

namespace CliSupport
{
int fail(const QString &message, int code)
{
    std::fprintf(stderr, "logdeck-cli: %s\n", qPrintable(message));
    return code;
}

std::optional<QUrl> baseUrl(const QString &text, QString *error)
{
    const QUrl base(text, QUrl::StrictMode);
    if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https") || base.host().isEmpty()) {
        *error = QCoreApplication::translate("cli", "not an http(s) URL: %1").arg(text);
        return std::nullopt;
    }
    if (!base.userInfo().isEmpty()) {
        *error = QCoreApplication::translate(
            "cli", "credentials do not belong in the URL; put the token in LOGDECK_TOKEN");
        return std::nullopt;
    }
    return base;
}

std::optional<SourceKind> source(const QString &text, QString *error)
{
    const auto kind = SourceRegistry::instance().kindForKey(text);
    if (!kind)
        *error = QCoreApplication::translate("cli", "unknown source: %1").arg(text);
    return kind;
}

QString sourceHelp()
{
    return EnumText::keyList(SourceRegistry::instance().kinds()) + QLatin1Char('.');
}

QString sourcesWhere(const std::function<bool(const SourceDefinition &)> &test)
{
    QList<SourceKind> kinds;
    for (const SourceDefinition *def : SourceRegistry::instance().all()) {
        if (test(*def))
            kinds << def->kind;
    }
    return EnumText::keyList(kinds);
}

QCommandLineOption urlOption()
{
    return QCommandLineOption(QStringLiteral("url"),
                              QCoreApplication::translate("cli", "Base URL of the server."),
                              QStringLiteral("url"));
}

QCommandLineOption sourceOption()
{
    return QCommandLineOption(QStringLiteral("source"), sourceHelp(), QStringLiteral("kind"));
}

QCommandLineOption timeoutOption()
{
    return QCommandLineOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("cli", "Seconds to wait for an answer (default 30)."),
        QStringLiteral("s"), QStringLiteral("30"));
}

std::optional<int> timeoutMs(const QString &seconds, QString *error)
{
    bool ok = false;
    const double value = seconds.toDouble(&ok);
    if (!ok || value <= 0) {
        *error = QCoreApplication::translate("cli", "--timeout takes a positive number of seconds");
        return std::nullopt;
    }
    return int(value * 1000);
}
int withDataset(const QString &path,
                const std::function<int(QSqlDatabase &db, const DatasetInfo &info)> &work)
{
    static int opened = 0;
    const QString connection = QStringLiteral("logdeck-cli-dataset-%1").arg(++opened);
    QString error;
    const auto info = DatasetFile::open(path, connection, &error);
    if (!info)
        return fail(error, 1);
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        code = work(db, *info);
    }
    QSqlDatabase::removeDatabase(connection);
    return code;
}
} // namespace CliSupport
