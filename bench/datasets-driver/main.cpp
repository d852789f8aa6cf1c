// logdeck-bench-datasets: the dataset side of bench/datasets. Prints `key value` lines.
//   generate N OUT.jsonl OUT.csv   N communication logs, as JSON Lines and as flat CSV
//   open FILE                       first_rows_ms: open → the first row's data
//   query FILE [--search TEXT] [--channel C --status S]
//                                   count_ms, first_rows_ms for that query, and the SQL
//   browse FILE                     peak_rss_mb after jumping through the whole dataset
//   import IN.jsonl OUT.logdeck     as the window imports: first_rows_ms (the dataset shown
//                                   while written), browsable_ms, searchable_ms, peak_rss_mb
//   index FILE                      index_ms: SearchIndexJob alone on an unfinished dataset
//   shell-indexes                   the CREATE INDEX statements of a communication-log
//                                   dataset, for the flat CSV table the sqlite3 shell imports
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "jobs/ImportJob.h"
#include "jobs/SearchIndexJob.h"
#include "sources/BuiltinSources.h"
#include "store/RecordSchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace
{
void report(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// The same without spinning: while the work runs on other threads, a loop that polls
// without pause takes a core from them (a window waits for events). Checked every
// millisecond, so a time it reports is late by at most that.
bool sleepUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QElapsedTimer t;
    t.start();
    bool met = done();
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        met = done();
        if (met || t.elapsed() > timeoutMs)
            loop.quit();
    });
    if (!met) {
        check.start(1);
        loop.exec();
    }
    return met;
}

int generate(qint64 n, const QString &jsonlPath, const QString &csvPath)
{
    QFile jsonl(jsonlPath), csv(csvPath);
    if (!jsonl.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly))
        return 1;
    csv.write("id,created_at,channel,status,user_id,recipient,content,error\n");
    QRandomGenerator rng(42);
    const char *channels[] = {"sms", "email", "push"};
    const char *statuses[] = {"pending", "sent", "failed", "delivered"};
    const char *texts[] = {"Your verification code is %1", "Your order #%1 has shipped",
                           "您的验证码是%1，5分钟内有效。", "You have a new message", "您的订单 #%1 已发货"};
    const qint64 anchor = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QByteArray jbuf, cbuf;
    for (qint64 i = 0; i < n; ++i) {
        const QString channel = QLatin1String(channels[rng.bounded(3)]);
        const QString status = QLatin1String(statuses[rng.bounded(4)]);
        const QString content =
            QString::fromUtf8(texts[rng.bounded(5)])
                .replace(QStringLiteral("%1"), QString::number(rng.bounded(100000, 999999)));
        const QString created = QDateTime::fromSecsSinceEpoch(anchor - i * 2, Qt::UTC).toString(Qt::ISODate);
        const QString id = QStringLiteral("log_%1").arg(n - i, 8, 10, QLatin1Char('0'));
        const QString user = QStringLiteral("usr_%1").arg(rng.bounded(1, 500), 4, 10, QLatin1Char('0'));
        const QString recipient =
            QStringLiteral("1%1****%2").arg(rng.bounded(30, 89)).arg(rng.bounded(1000, 9999));
        const QString error = status == u"failed" ? QStringLiteral("Send timeout") : QString();
        QJsonObject o {{QStringLiteral("id"), id},
                       {QStringLiteral("user_id"), user},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("recipient"), recipient},
                       {QStringLiteral("content"), content},
                       {QStringLiteral("created_at"), created},
                       {QStringLiteral("updated_at"), created},
                       {QStringLiteral("provider"), QStringLiteral("aliyun")}};
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        jbuf += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        cbuf += QStringLiteral("%1,%2,%3,%4,%5,%6,\"%7\",%8\n")
                    .arg(id, created, channel, status, user, recipient, content, error)
                    .toUtf8();
        if (jbuf.size() > (1 << 22)) {
            jsonl.write(jbuf);
            csv.write(cbuf);
            jbuf.clear();
            cbuf.clear();
        }
    }
    jsonl.write(jbuf);
    csv.write(cbuf);
    return 0;
}
double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

int import(const QString &in, const QString &out)
{
    ImportJob job({in}, Sources::CommAdmin, out);
    DatasetLogModel model;
    QElapsedTimer t;
    t.start();
    double firstRowsMs = -1, browsableMs = -1;
    bool failed = false;
    // As DatasetController does.
    QObject::connect(&job, &ImportJob::browsable, &model, [&](const QString &part) {
        model.open(part);
        model.setGrowing(true);
    });
    QObject::connect(&job, &ImportJob::grew, &model, &DatasetLogModel::refresh);
    QObject::connect(&job, &ImportJob::finished, &model, [&](bool ok) {
        browsableMs = t.nsecsElapsed() / 1e6;
        failed = !ok;
        if (ok)
            model.follow(out);
        model.setGrowing(false);
    });
    job.start();
    // As a view does: asks for the first row until it has it.
    const bool done = sleepUntil(
        [&] {
            if (firstRowsMs < 0 && model.rowCount() > 0
                && !model.index(0, 0).data(LogRoles::IsPlaceholderRole).toBool())
                firstRowsMs = t.nsecsElapsed() / 1e6;
            return failed || (browsableMs >= 0 && firstRowsMs >= 0);
        },
        600000);
    if (!done || failed) {
        std::fprintf(stderr, "%s\n", qPrintable(job.errorString()));
        return 1;
    }
    SearchIndexJob index(out);
    bool indexed = false;
    QObject::connect(&index, &SearchIndexJob::finished, [&](bool ok) {
        indexed = true;
        failed = !ok;
    });
    index.start();
    if (!sleepUntil([&] { return indexed; }, 600000) || failed) {
        std::fprintf(stderr, "%s\n", qPrintable(index.errorString()));
        return 1;
    }
    report("first_rows_ms", firstRowsMs);
    report("browsable_ms", browsableMs);
    report("searchable_ms", t.nsecsElapsed() / 1e6);
    report("peak_rss_mb", peakRssMb());
    return 0;
}

void shellIndexes()
{
    // The dataset's indexes (RecordSchema::indexStatements) over the flat CSV table: the
    // same keys, without the origin and source columns that one dataset holds one of.
    const SourceDefinition &def = SourceDefinitions::get(Sources::CommAdmin);
    std::printf("CREATE UNIQUE INDEX shell_identity ON records (id);\n");
    std::printf("CREATE INDEX shell_ts ON records (created_at);\n");
    for (const QString &c : RecordSchema::filterColumns()) {
        if (def.filterSpec(c))
            std::printf("CREATE INDEX shell_%s ON records (%s, created_at);\n", qPrintable(c), qPrintable(c));
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString command = args.value(1);
    if (command == u"generate")
        return generate(args.value(2).toLongLong(), args.value(3), args.value(4));
    if (command == u"index") { // alone, for a closer look at the import's second half
        QElapsedTimer t;
        t.start();
        SearchIndexJob index(args.value(2));
        bool done = false, ok = false;
        QObject::connect(&index, &SearchIndexJob::finished, [&](bool result) {
            done = true;
            ok = result;
        });
        index.start();
        if (!sleepUntil([&] { return done; }, 600000) || !ok)
            return 1;
        report("index_ms", t.nsecsElapsed() / 1e6);
        return 0;
    }
    if (command == u"import")
        return import(args.value(2), args.value(3));
    if (command == u"shell-indexes") {
        shellIndexes();
        return 0;
    }

    DatasetLogModel model;
    QElapsedTimer t;
    t.start();
    model.open(args.value(2));
    bool failed = false;
    QObject::connect(&model, &DatasetLogModel::errorOccurred, [&](const QString &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        failed = true;
    });
    const auto firstRow = [&] {
        return failed
            || (model.rowCount() > 0 && !model.index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    };
    if (!waitFor(firstRow) || failed)
        return 1;
    if (command == u"open") {
        report("first_rows_ms", t.nsecsElapsed() / 1e6);
        return 0;
    }
    if (command == u"query") {
        Query q;
        QString search;
        for (int i = 3; i + 1 < args.size(); i += 2) {
            if (args.at(i) == u"--search")
                search = args.at(i + 1);
            else
                q.setFilter(args.at(i).mid(2), args.at(i + 1));
        }
        t.restart();
        model.setQuery(q, search);
        if (!waitFor([&] { return failed || model.total().has_value(); }) || failed)
            return 1;
        report("count_ms", t.nsecsElapsed() / 1e6);
        waitFor([&] { return failed || model.rowCount() == 0 || firstRow(); });
        report("first_rows_ms", t.nsecsElapsed() / 1e6);
        report("rows", double(*model.total()));
        return 0;
    }
    if (command == u"browse") {
        // A user dragging the scroll bar through everything: a window every 1 %.
        const int rows = model.rowCount();
        for (int step = 0; step <= 100; ++step) {
            const int row = qMin(rows - 1, int(qint64(rows) * step / 100));
            model.index(row, 0).data();
            if (!waitFor([&] { return !model.index(row, 0).data(LogRoles::IsPlaceholderRole).toBool(); }))
                return 1;
        }
        report("peak_rss_mb", peakRssMb());
        return 0;
    }
    return 2;
}
