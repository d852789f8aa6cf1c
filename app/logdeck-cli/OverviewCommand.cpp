#include "OverviewCommand.h"

#include "CliSupport.h"
#include "QueryOptions.h"
#include "core/Timestamp.h"
#include "dataset/CsvSink.h"
#include "dataset/DatasetFile.h"
#include "dataset/DatasetOverview.h"
#include "net/ApiClient.h"
#include "overview/ServerOverview.h"
#include "sources/SourceRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>

#include <cstdio>

using CliSupport::fail;

namespace
{
void print(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

void printHistogram(const Overview::Histogram &histogram, const QString &format)
{
    const auto &buckets = histogram.buckets;
    if (format == u"json") {
        QJsonArray out;
        for (const auto &b : buckets) {
            QJsonObject by;
            for (auto it = b.byStatus.cbegin(); it != b.byStatus.cend(); ++it)
                by.insert(it.key(), it.value());
            out.append(QJsonObject {{QStringLiteral("start"), utc(b.startMs)},
                                    {QStringLiteral("end"), utc(b.endMs)},
                                    {QStringLiteral("count"), b.count},
                                    {QStringLiteral("by_status"), by}});
        }
        print(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return;
    }
    QStringList statuses; // every value that occurs, in a stable order
    for (const auto &b : buckets) {
        for (auto it = b.byStatus.cbegin(); it != b.byStatus.cend(); ++it) {
            if (!statuses.contains(it.key()))
                statuses << it.key();
        }
    }
    statuses.sort();
    const bool csv = format == u"csv";
    const QString separator = csv ? QStringLiteral(",") : QStringLiteral("\t");
    const QString end = csv ? QStringLiteral("\r\n") : QStringLiteral("\n");
    QStringList header {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("count")};
    for (const QString &s : std::as_const(statuses))
        header << (csv ? QString::fromUtf8(CsvSink::field(s)) : s);
    print((header.join(separator) + end).toUtf8());
    for (const auto &b : buckets) {
        QStringList line {utc(b.startMs), utc(b.endMs), QString::number(b.count)};
        for (const QString &s : std::as_const(statuses))
            line << QString::number(b.byStatus.value(s));
        print((line.join(separator) + end).toUtf8());
    }
}

void printFacets(const QList<Overview::Facet> &facets, const QString &format)
{
    if (format == u"json") {
        QJsonObject out;
        for (const auto &f : facets) {
            QJsonArray values;
            for (const auto &c : f.values)
                values.append(
                    QJsonObject {{QStringLiteral("value"), c.value}, {QStringLiteral("count"), c.count}});
            out.insert(f.key, values);
        }
        print(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return;
    }
    const bool csv = format == u"csv";
    print(csv ? "field,value,count\r\n" : "field\tvalue\tcount\n");
    for (const auto &f : facets) {
        for (const auto &c : f.values) {
            if (csv)
                print(CsvSink::field(f.key) + ',' + CsvSink::field(c.value) + ','
                      + QByteArray::number(c.count) + "\r\n");
            else
                print((f.key + u'\t' + c.value.simplified() + u'\t' + QString::number(c.count) + u'\n')
                          .toUtf8());
        }
    }
}
} // namespace

int OverviewCommand::run(const QStringList &arguments)
{
    const bool histogram = m_kind == Kind::Histogram;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        histogram ? QCoreApplication::translate(
            "cli",
            "Count the records of a .logdeck dataset or a server per time bucket, by status.\n"
            "On a server, the token is read from the LOGDECK_TOKEN environment variable.")
                  : QCoreApplication::translate(
                      "cli",
                      "Count the records of a .logdeck dataset or a server per value of each filter.\n"
                      "On a server, the token is read from the LOGDECK_TOKEN environment variable."));
    parser.addHelpOption();
    const QCommandLineOption url = CliSupport::urlOption();
    const QCommandLineOption source = CliSupport::sourceOption();
    const QCommandLineOption timeout = CliSupport::timeoutOption();
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("cli", "Full-text search (taken literally)."),
                                    QStringLiteral("text"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "table (default), csv or json."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption bucket(
        QStringLiteral("bucket"),
        QCoreApplication::translate("cli",
                                    "The bucket: 1m, 15m, 1h, 1d, 1w, 1mo… (default: at most 60 buckets "
                                    "over the range), on the local calendar."),
        QStringLiteral("size"));
    const QCommandLineOption top(
        QStringLiteral("top"),
        QCoreApplication::translate("cli", "Free-text filters: the N most frequent values (default 10)."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption stats(
        QStringLiteral("stats"),
        QCoreApplication::translate("cli", "On a server: print to stderr how many requests it took."));
    parser.addOptions({url, source, timeout, search, format, stats});
    parser.addOption(histogram ? bucket : top);
    QueryOptions filters;
    filters.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("dataset"),
        QCoreApplication::translate("cli", "A .logdeck file, unless --url is given."),
        QStringLiteral("[DATASET]"));
    parser.process(arguments);
    const bool remote = parser.isSet(url);
    if (remote ? !parser.positionalArguments().isEmpty() || !parser.isSet(source)
               : parser.positionalArguments().size() != 1)
        return fail(histogram ? QCoreApplication::translate(
                        "cli", "histogram needs one dataset file, or --url and --source")
                              : QCoreApplication::translate(
                                  "cli", "facets needs one dataset file, or --url and --source"));
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"csv" && fmt != u"json")
        return fail(QCoreApplication::translate("cli", "--format takes table, csv or json"));
    Overview::HistogramRequest request;
    if (histogram && parser.isSet(bucket)) {
        request.step = TimeBuckets::parse(parser.value(bucket));
        if (!request.step)
            return fail(QCoreApplication::translate("cli",
                                                    "--bucket takes a number and m, h, d, w or mo, like 15m "
                                                    "(minutes and hours that divide a day)"));
    }
    bool topOk = histogram;
    const int topN = histogram ? 0 : parser.value(top).toInt(&topOk);
    if (!histogram && (!topOk || topN < 1))
        return fail(QCoreApplication::translate("cli", "--top takes a number of at least 1"));

    if (!remote) {
        return filters.onDataset(
            parser, [&](QSqlDatabase &db, const SourceDefinition &def, const Query &query) {
                if (histogram) {
                    auto result = DatasetOverview::histogram(db, def, query, parser.value(search), request);
                    if (auto *problem = std::get_if<QString>(&result))
                        return fail(*problem);
                    printHistogram(std::get<Overview::Histogram>(result), fmt);
                } else {
                    auto result = DatasetOverview::facets(db, def, query, parser.value(search), topN);
                    if (auto *problem = std::get_if<QString>(&result))
                        return fail(*problem);
                    printFacets(std::get<QList<Overview::Facet>>(result), fmt);
                }
                return 0;
            });
    }

    if (parser.isSet(search))
        return fail(
            QCoreApplication::translate("cli", "--search works on datasets only: the APIs have no search"));
    QString invalid;
    const auto base = CliSupport::baseUrl(parser.value(url), &invalid);
    if (!base)
        return fail(invalid);
    const auto kind = CliSupport::source(parser.value(source), &invalid);
    if (!kind)
        return fail(invalid);
    const auto timeoutMs = CliSupport::timeoutMs(parser.value(timeout), &invalid);
    if (!timeoutMs)
        return fail(invalid);
    auto query = filters.query(parser, *kind, &invalid);
    if (!query)
        return fail(invalid);
    ApiClient client;
    ApiClient::Options options;
    options.timeoutMs = *timeoutMs;
    client.setOptions(options);
    client.setToken(qEnvironmentVariable("LOGDECK_TOKEN"));
    ServerOverview overview(&client, *base);
    QEventLoop loop;
    int code = 0;
    QObject::connect(&overview, &ServerOverview::histogramReady, &loop, [&](const Overview::Histogram &h) {
        printHistogram(h, fmt);
        loop.quit();
    });
    QObject::connect(&overview, &ServerOverview::facetsReady, &loop, [&](const QList<Overview::Facet> &f) {
        printFacets(f, fmt);
        loop.quit();
    });
    QObject::connect(&overview, &ServerOverview::failed, &loop, [&](const QString &message) {
        code = fail(message, 1);
        loop.quit();
    });
    if (histogram)
        overview.histogram(*query, request);
    else
        overview.facets(*query);
    loop.exec();
    if (parser.isSet(stats))
        std::fprintf(stderr, "requests: %d\n", overview.requestsSent());
    return code;
}
