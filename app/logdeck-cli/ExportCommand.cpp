#include "ExportCommand.h"

#include "CliSupport.h"
#include "LogDeckVersion.h"
#include "QueryOptions.h"
#include "jobs/ExportJob.h"
#include "net/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>
#include <unistd.h>

using CliSupport::fail;

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Export every record a query finds on a server to a file: .logdeck, .jsonl or .csv (from the\n"
        "extension). The file appears only when complete. The token is read from LOGDECK_TOKEN."));
    parser.addHelpOption();
    const QCommandLineOption url = CliSupport::urlOption();
    const QCommandLineOption source = CliSupport::sourceOption();
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("cli", "The file to write: .logdeck, .jsonl or .csv."),
        QStringLiteral("file"));
    const QCommandLineOption bom(
        QStringLiteral("bom"),
        QCoreApplication::translate("cli", "CSV: start with a UTF-8 BOM (for spreadsheets)."));
    const QCommandLineOption histories(
        QStringLiteral("with-history"),
        QCoreApplication::translate("cli", "%1: fetch every entry by id for its status history.")
            .arg(CliSupport::sourcesWhere([](const SourceDefinition &d) { return d.historyNeedsDetail(); })));
    const QCommandLineOption parallel(QStringLiteral("parallel"),
                                      QCoreApplication::translate("cli", "Requests at a time (default 4)."),
                                      QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption allowPartial(
        QStringLiteral("allow-partial"),
        QCoreApplication::translate("cli",
                                    "Keep the file and exit 0 even when fewer records were read than the\n"
                                    "server reported (otherwise: exit 3)."));
    parser.addOptions({url, source, out, bom, histories, parallel, allowPartial});
    QueryOptions filters;
    filters.addTo(parser);
    parser.process(arguments);

    if (!parser.isSet(url) || !parser.isSet(source) || !parser.isSet(out))
        return fail(QCoreApplication::translate("cli", "export needs --url, --source and --out"));
    QString invalid;
    const auto parsedBase = CliSupport::baseUrl(parser.value(url), &invalid);
    if (!parsedBase)
        return fail(invalid);
    const QUrl base = *parsedBase;
    const auto kind = CliSupport::source(parser.value(source), &invalid);
    if (!kind)
        return fail(invalid);
    RecordSink::Options sinkOptions;
    sinkOptions.csvBom = parser.isSet(bom);
    auto sink = RecordSink::forPath(parser.value(out), sinkOptions);
    if (!sink)
        return fail(QCoreApplication::translate("cli", "--out must end in .logdeck, .jsonl or .csv"));
    QString problem;
    const auto query = filters.query(parser, *kind, &problem);
    if (!query)
        return fail(problem);

    DatasetInfo info;
    info.source = *kind;
    info.origin = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    info.query = DatasetFile::queryToJson(*query);
    info.exportedAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QStringLiteral(LOGDECK_VERSION);
    if (!sink->open(parser.value(out), info))
        return fail(sink->errorString(), 1);

    ApiClient client;
    client.setToken(qEnvironmentVariable("LOGDECK_TOKEN"));
    ExportJob job(&client, base, *query, std::move(sink), parser.value(out));
    job.setParallelism(parser.value(parallel).toInt());
    job.setFetchHistories(parser.isSet(histories));
    const bool interactive = ::isatty(STDERR_FILENO);
    QObject::connect(&job, &ExportJob::progress, [interactive](qint64 written, qint64 expected, double rate) {
        if (!interactive)
            return;
        const QString line = expected >= 0
            ? QCoreApplication::translate("cli", "%1 / %2 records (%3/s)")
                  .arg(written)
                  .arg(expected)
                  .arg(qRound64(rate))
            : QCoreApplication::translate("cli", "%1 records (%2/s)").arg(written).arg(qRound64(rate));
        std::fprintf(stderr, "\r%s   ", qPrintable(line));
    });
    QObject::connect(&job, &ExportJob::waiting, [](int seconds) {
        if (seconds > 0)
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("cli", "waiting for the server: %1 s").arg(seconds)));
    });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&job, &ExportJob::finished, &loop, [&](bool success) {
        ok = success;
        loop.quit();
    });
    job.start();
    if (job.isRunning())
        loop.exec();
    if (interactive)
        std::fputc('\n', stderr);
    if (!ok)
        return fail(job.errorString(), 1);
    const ExportJob::Coverage coverage = job.coverage();
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "%1 records written to %2")
                                .arg(job.written())
                                .arg(parser.value(out))));
    std::fprintf(stderr, "%s\n", qPrintable(job.coverageText()));
    if (!coverage.isComplete() && !parser.isSet(allowPartial)) {
        const int missing = int(std::min(coverage.missing(), qint64(INT_MAX)));
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "cli",
                         "logdeck-cli: %n record(s) the server reported were not read; the file "
                         "is kept, --allow-partial accepts it",
                         nullptr, missing)));
        return 3;
    }
    return 0;
}
