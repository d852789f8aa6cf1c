#include "ShowCommand.h"

#include "CliSupport.h"
#include "core/TimeDisplay.h"
#include "dataset/DatasetFile.h"
#include "itemmodels/RecordFieldsModel.h"
#include "itemmodels/StatusHistoryModel.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using CliSupport::fail;

namespace
{
// Terminal columns a text takes: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += c.isLowSurrogate() ? 0 : (wide ? 2 : 1);
    }
    return width;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// A model's display text as aligned columns, indented, with its headers when it has them.
void printTable(const QAbstractItemModel &model, bool headers)
{
    QList<QStringList> rows;
    if (headers) {
        QStringList header;
        for (int c = 0; c < model.columnCount(); ++c)
            header << model.headerData(c, Qt::Horizontal).toString();
        rows << header;
    }
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString().simplified();
        rows << row;
    }
    QList<int> widths(model.columnCount(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row[c]));
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line = QStringLiteral("  ");
        for (int c = 0; c < row.size(); ++c) {
            line += row[c];
            if (c + 1 < row.size())
                line += QString(widths[c] - displayWidth(row[c]) + 2, QLatin1Char(' '));
        }
        print(line.trimmed().prepend(QStringLiteral("  ")) + QLatin1Char('\n'));
    }
}

std::optional<QJsonObject> fromDataset(const QString &file, const QString &id, SourceKind *kind, int *code)
{
    const QString connection = QStringLiteral("logdeck-cli-show");
    QString error;
    std::optional<QJsonObject> found;
    {
        const auto info = DatasetFile::open(file, connection, &error);
        if (!info) {
            *code = fail(error, 1);
            return std::nullopt;
        }
        *kind = info->source;
        QSqlQuery q(QSqlDatabase::database(connection));
        // The newest copy, should an import have kept more than one origin's.
        q.prepare(QStringLiteral("SELECT json FROM records WHERE id = ? ORDER BY rowid DESC LIMIT 1"));
        q.addBindValue(id);
        if (!q.exec())
            *code = fail(q.lastError().text(), 1);
        else if (!q.next())
            *code =
                fail(QCoreApplication::translate("cli", "no record with the id %1 in %2").arg(id, file), 1);
        else
            found = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    QSqlDatabase::removeDatabase(connection);
    return found;
}
} // namespace

int ShowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "cli",
            "Show one record, with every field and its status history, from a server or a .logdeck "
            "dataset.\nFrom a server, only sources with an endpoint for one record (%1) can be "
            "shown.\nThe token is read from the LOGDECK_TOKEN environment variable.")
            .arg(
                CliSupport::sourcesWhere([](const SourceDefinition &d) { return !d.detailPath.isEmpty(); })));
    parser.addHelpOption();
    const QCommandLineOption url = CliSupport::urlOption();
    const QCommandLineOption source = CliSupport::sourceOption();
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("cli", "text (default: fields and status history) or json (the record)."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption timeout = CliSupport::timeoutOption();
    const QCommandLineOption utc(QStringLiteral("utc"),
                                 QCoreApplication::translate("cli", "Times in UTC rather than local time."));
    parser.addOptions({url, source, format, timeout, utc});
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QCoreApplication::translate("cli", "A .logdeck file, unless --url is given."),
        QStringLiteral("[DATASET]"));
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("cli", "The record's id."),
                                 QStringLiteral("ID"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const bool remote = parser.isSet(url);
    if (positional.size() != (remote ? 1 : 2))
        return fail(
            remote ? QCoreApplication::translate("cli", "show --url needs --source and one record id")
                   : QCoreApplication::translate(
                       "cli", "show needs a dataset file and a record id, or --url, --source and an id"));
    const QString fmt = parser.value(format);
    if (fmt != u"text" && fmt != u"json")
        return fail(QCoreApplication::translate("cli", "--format takes text or json"));
    const QString id = positional.constLast();
    TimeDisplay::setUtc(parser.isSet(utc));

    SourceKind kind;
    QJsonObject record;
    std::unique_ptr<ApiClient> client;
    StatusHistoryModel history;
    if (remote) {
        QString invalid;
        const auto base = CliSupport::baseUrl(parser.value(url), &invalid);
        if (!base)
            return fail(invalid);
        if (!parser.isSet(source))
            return fail(QCoreApplication::translate("cli", "show --url needs --source and one record id"));
        const auto parsedKind = CliSupport::source(parser.value(source), &invalid);
        if (!parsedKind)
            return fail(invalid);
        kind = *parsedKind;
        const SourceDefinition &def = SourceDefinitions::get(kind);
        if (def.detailPath.isEmpty())
            return fail(
                QCoreApplication::translate(
                    "cli", "the %1 API has no endpoint for one record; export it and run show on the dataset")
                    .arg(kind.key()));
        const auto timeoutMs = CliSupport::timeoutMs(parser.value(timeout), &invalid);
        if (!timeoutMs)
            return fail(invalid);
        client = std::make_unique<ApiClient>();
        ApiClient::Options options;
        options.timeoutMs = *timeoutMs;
        client->setOptions(options);
        client->setToken(qEnvironmentVariable("LOGDECK_TOKEN"));
        history.setServer(client.get(), *base);
        std::optional<ApiError> error;
        QObject::connect(&history, &StatusHistoryModel::errorOccurred, &history,
                         [&error](const ApiError &e) { error = e; });
        QEventLoop loop;
        QObject::connect(&history, &StatusHistoryModel::loadingChanged, &loop, [&loop](bool loading) {
            if (!loading)
                loop.quit();
        });
        history.setRecord(def, QJsonObject {{def.idField, id}});
        if (history.isLoading())
            loop.exec();
        if (error)
            return fail(QStringLiteral("[%1] %2").arg(ApiError::kindKey(error->kind), error->message()), 1);
        record = history.record();
    } else {
        int code = 0;
        const auto found = fromDataset(positional.constFirst(), id, &kind, &code);
        if (!found)
            return code;
        record = *found;
        history.setRecord(SourceDefinitions::get(kind), record);
    }

    if (fmt == u"json") {
        print(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented)));
        return 0;
    }
    RecordFieldsModel fields;
    fields.setRecord(SourceDefinitions::get(kind), record);
    print(QCoreApplication::translate("cli", "Fields") + QLatin1Char('\n'));
    printTable(fields, false);
    print(QLatin1Char('\n') + QCoreApplication::translate("cli", "Status history") + QLatin1Char('\n'));
    printTable(history, true);
    const QStringList parts = history.summaryTexts();
    if (!parts.isEmpty())
        print(QStringLiteral("  ") + parts.join(QStringLiteral("   ")) + QLatin1Char('\n'));
    return 0;
}
