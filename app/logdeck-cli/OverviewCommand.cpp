#include "OverviewCommand.h"

#include "CliSupport.h"
#include "QueryOptions.h"
#include "core/Timestamp.h"
#include "dataset/CsvSink.h"
#include "dataset/DatasetFile.h"
#include "dataset/DatasetOverview.h"
#include "sources/SourceRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
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

void printHistogram(const QList<DatasetOverview::Bucket> &buckets, const QString &format)
{
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

void printFacets(const QList<DatasetOverview::Facet> &facets, const QString &format)
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
            "cli", "Count a .logdeck dataset's records per time bucket, by status.")
                  : QCoreApplication::translate(
                      "cli", "Count a .logdeck dataset's records per value of each filter."));
    parser.addHelpOption();
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("cli", "Full-text search (taken literally)."),
                                    QStringLiteral("text"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "table (default), csv or json."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption bucket(
        QStringLiteral("bucket"),
        QCoreApplication::translate("cli", "The bucket: 30s, 15m, 1h, 1d, 1w (default 1h)."),
        QStringLiteral("size"), QStringLiteral("1h"));
    const QCommandLineOption top(
        QStringLiteral("top"),
        QCoreApplication::translate("cli", "Free-text filters: the N most frequent values (default 10)."),
        QStringLiteral("n"), QStringLiteral("10"));
    parser.addOptions({search, format});
    parser.addOption(histogram ? bucket : top);
    QueryOptions filters;
    filters.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QCoreApplication::translate("cli", "A .logdeck file."),
                                 QStringLiteral("DATASET"));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return fail(histogram ? QCoreApplication::translate("cli", "histogram needs one dataset file")
                              : QCoreApplication::translate("cli", "facets needs one dataset file"));
    const QString fmt = parser.value(format);
    if (fmt != u"table" && fmt != u"csv" && fmt != u"json")
        return fail(QCoreApplication::translate("cli", "--format takes table, csv or json"));
    const auto bucketMs = histogram ? DatasetOverview::parseBucket(parser.value(bucket)) : std::nullopt;
    if (histogram && !bucketMs)
        return fail(
            QCoreApplication::translate("cli", "--bucket takes a number and s, m, h, d or w, like 15m"));
    bool topOk = histogram;
    const int topN = histogram ? 0 : parser.value(top).toInt(&topOk);
    if (!histogram && (!topOk || topN < 1))
        return fail(QCoreApplication::translate("cli", "--top takes a number of at least 1"));

    return filters.onDataset(parser, [&](QSqlDatabase &db, const SourceDefinition &def, const Query &query) {
        if (histogram) {
            auto result = DatasetOverview::histogram(db, def, query, parser.value(search), *bucketMs);
            if (auto *problem = std::get_if<QString>(&result))
                return fail(*problem);
            printHistogram(std::get<QList<DatasetOverview::Bucket>>(result), fmt);
        } else {
            auto result = DatasetOverview::facets(db, def, query, parser.value(search), topN);
            if (auto *problem = std::get_if<QString>(&result))
                return fail(*problem);
            printFacets(std::get<QList<DatasetOverview::Facet>>(result), fmt);
        }
        return 0;
    });
}
