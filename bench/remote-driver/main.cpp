// logdeck-bench-remote: RemoteLogModel against a server, the way a view uses it. Prints
// `key value` lines for bench/remote, which compares them with curl in the same run.
//   first_rows_ms      setQuery → the first row's data, median of --repeats
//   jump_requests      page requests for a jump to row 900,000 (and jump_ms)
//   shown_share_<s>    share of on-screen rows asked for that had data, scrolling at
//                      <s> rows per second with a 16 ms frame
//   peak_rss_mb        the process's peak RSS after all of it
#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "sources/BuiltinSources.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace
{
void report(const char *key, double value)
{
    std::printf("%s %.3f\n", key, value);
    std::fflush(stdout);
}

bool waitLoaded(RemoteLogModel &model, int row, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (row < model.rowCount() && !model.index(row, 0).data(LogRoles::IsPlaceholderRole).toBool())
            return true;
        if (row < model.rowCount())
            model.index(row, 0).data();
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return false;
}

// Scrolls `seconds` at `rowsPerSecond` with a 40-row screen, a frame every 16 ms; returns
// the share of screen rows that had data when painted.
double scroll(RemoteLogModel &model, int startRow, double rowsPerSecond, double seconds)
{
    qint64 shown = 0, asked = 0;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer frame;
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, &loop, [&] {
        const double t = clock.elapsed() / 1000.0;
        if (t >= seconds) {
            loop.quit();
            return;
        }
        const int top = startRow + int(t * rowsPerSecond);
        for (int r = top; r < top + 40 && r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r, 0);
            ++asked;
            if (!index.data(LogRoles::IsPlaceholderRole).toBool())
                ++shown;
            index.data(); // the paint
        }
    });
    frame.start();
    loop.exec();
    return asked ? double(shown) / double(asked) : 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("url"), QStringLiteral("Server base URL."), QStringLiteral("url")},
                       {QStringLiteral("token"), QStringLiteral("Bearer token."), QStringLiteral("token"),
                        QStringLiteral("demo-admin")},
                       {QStringLiteral("repeats"), QStringLiteral("Repeats for timings."),
                        QStringLiteral("n"), QStringLiteral("15")},
                       {QStringLiteral("scroll-only"), QStringLiteral("Only the scrolling shares.")}});
    parser.process(app);
    ApiClient client;
    client.setToken(parser.value(QStringLiteral("token")));
    RemoteLogModel model(&client);
    model.setServer(QUrl(parser.value(QStringLiteral("url"))));
    Query base;
    base.source = Sources::CommAdmin;
    base.pageSize = 100;

    if (!parser.isSet(QStringLiteral("scroll-only"))) {
        // Filter applied → first rows shown.
        Query filtered = base;
        filtered.setFilter(QStringLiteral("channel"), QStringLiteral("email"));
        filtered.setFilter(QStringLiteral("status"), QStringLiteral("failed"));
        QList<double> times;
        const int repeats = parser.value(QStringLiteral("repeats")).toInt();
        for (int i = 0; i < repeats; ++i) {
            model.setQuery(base); // a different query in between, as a user would
            waitLoaded(model, 0);
            QElapsedTimer t;
            t.start();
            model.setQuery(filtered);
            if (!waitLoaded(model, 0))
                return 1;
            times.append(t.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        report("first_rows_ms", times.at(times.size() / 2));

        // Jump to row 900,000.
        model.setQuery(base);
        waitLoaded(model, 0);
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const int before = model.requestCount();
        QElapsedTimer t;
        t.start();
        if (!waitLoaded(model, 900000))
            return 1;
        report("jump_ms", t.nsecsElapsed() / 1e6);
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        report("jump_requests", model.requestCount() - before);
    }

    // Scrolling, from a fresh query each time.
    for (int speed : {50, 500, 5000}) {
        model.setQuery(base);
        waitLoaded(model, 0);
        const double share = scroll(model, 0, speed, 4.0);
        report(QStringLiteral("shown_share_%1").arg(speed).toLatin1().constData(), share);
    }
    // Through 10,000 pages quickly (memory).
    model.setQuery(base);
    waitLoaded(model, 0);
    scroll(model, 0, 250000, 4.0);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    report("peak_rss_mb", usage.ru_maxrss / 1024.0);
    return 0;
}
