#pragma once

#include "sources/SourceDefinition.h"

#include <functional>

#include "core/SourceKind.h"
#include "dataset/DatasetFile.h"

#include <QCommandLineOption>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

#include <optional>

// What every logdeck-cli command says and checks the same way.
namespace CliSupport
{
// Prints "logdeck-cli: MESSAGE" to stderr; returns `code` for the command to return.
int fail(const QString &message, int code = 2);
// An http(s) base URL without credentials, or nullopt with *error set.
std::optional<QUrl> baseUrl(const QString &text, QString *error);
// A source key, or nullopt with *error set.
std::optional<SourceKind> source(const QString &text, QString *error);
QString sourceHelp(); // the registered keys: "comm-mine, comm-admin, … or mfa-audit."
// The sources whose definitions pass `test`, as a help text lists them.
QString sourcesWhere(const std::function<bool(const SourceDefinition &)> &test);
// The options of the commands that talk to a server, named and explained the same way.
QCommandLineOption urlOption(); // --url
QCommandLineOption sourceOption(); // --source
QCommandLineOption timeoutOption(); // --timeout, seconds, default 30
// --timeout's value in milliseconds, or nullopt with *error set.
std::optional<int> timeoutMs(const QString &seconds, QString *error);
// Opens a .logdeck file for reading, runs `work` on it and closes it again. Returns
// work's code, or 1 with the reason printed when the file does not open.
int withDataset(const QString &path,
                const std::function<int(QSqlDatabase &db, const DatasetInfo &info)> &work);
} // namespace CliSupport
