#include "QueryCommand.h"

#include "CliSupport.h"
#include "QueryOptions.h"
#include "dataset/CsvSink.h"
#include "dataset/DatasetFile.h"
#include "dataset/DatasetQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using CliSupport::fail;

namespace
{

void print(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
}
} // namespace

int QueryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Query a .logdeck dataset with the same filters as a server, and full-text search."));
    parser.addHelpOption();
    const QCommandLineOption search(QStringLiteral("search"),
                                    QCoreApplication::translate("cli", "Full-text search (taken literally)."),
                                    QStringLiteral("text"));
    const QCommandLineOption count(
        QStringLiteral("count"),
        QCoreApplication::translate("cli", "Print the number of matching records only."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "jsonl (default), csv or table."),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("cli", "At most this many records."),
                                   QStringLiteral("n"));
    parser.addOptions({search, count, format, limit});
    QueryOptions filters;
    filters.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("dataset"),
                                 QCoreApplication::translate("cli", "A .logdeck file."),
                                 QStringLiteral("DATASET"));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return fail(QCoreApplication::translate("cli", "query needs one dataset file"));
    const QString fmt = parser.value(format);
    if (fmt != u"jsonl" && fmt != u"csv" && fmt != u"table")
        return fail(QCoreApplication::translate("cli", "--format takes jsonl, csv or table"));

    return filters.onDataset(parser, [&](QSqlDatabase &db, const SourceDefinition &def, const Query &query) {
        auto built = DatasetQuery::build(def, query, parser.value(search));
        if (auto *problem = std::get_if<QString>(&built))
            return fail(*problem);
        const DatasetSql &sql = std::get<DatasetSql>(built);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString text = parser.isSet(count)
            ? sql.select(QStringLiteral("COUNT(*)"))
            : sql.select(QStringLiteral("records.json")) + QStringLiteral(" ORDER BY ") + sql.orderBy;
        if (parser.isSet(limit) && !parser.isSet(count))
            text += QStringLiteral(" LIMIT %1").arg(qMax(0, parser.value(limit).toInt()));
        q.prepare(text);
        for (const QVariant &v : sql.binds)
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError().text(), 1);
        if (parser.isSet(count)) {
            q.next();
            print(QByteArray::number(q.value(0).toLongLong()) + '\n');
        } else {
            QStringList columns;
            for (const ColumnSpec &c : def.columns) {
                if (fmt == u"csv" || c.visible)
                    columns << c.key;
            }
            if (fmt == u"csv") {
                QByteArray header;
                for (const QString &c : std::as_const(columns))
                    header += CsvSink::field(c) + ',';
                print(header + "record\r\n");
            } else if (fmt == u"table") {
                print(columns.join(QLatin1Char('\t')).toUtf8() + '\n');
            }
            while (q.next()) {
                const QByteArray json = q.value(0).toString().toUtf8();
                if (fmt == u"jsonl") {
                    print(json + '\n');
                    continue;
                }
                const QJsonObject r = QJsonDocument::fromJson(json).object();
                QByteArray line;
                for (const QString &c : std::as_const(columns)) {
                    const QString cell = CsvSink::cell(r.value(c));
                    line += fmt == u"csv" ? CsvSink::field(cell) + ',' : cell.simplified().toUtf8() + '\t';
                }
                if (fmt == u"csv")
                    line += CsvSink::field(QString::fromUtf8(json)) + "\r\n";
                else
                    line.back() = '\n';
                print(line);
            }
        }
        return 0;
    });
}
