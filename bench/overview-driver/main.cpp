// logdeck-bench-overview: what bench/overview cannot time from the command line.
//   gui-stall URL SOURCE FROM TO BUCKET   the longest the event loop is held up while a
//                                         histogram's counts arrive (ms), and the requests
//   paint N                               one paint of an N-bar histogram (ms, best of 20)
#include "HistogramView.h"
#include "net/ApiClient.h"
#include "overview/ServerOverview.h"
#include "sources/SourceRegistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QTimer>

#include <cstdio>

namespace
{
int guiStall(const QStringList &args)
{
    ApiClient client;
    client.setToken(qEnvironmentVariable("LOGDECK_TOKEN"));
    ServerOverview overview(&client, QUrl(args.at(0)));
    Query q;
    q.source = *SourceRegistry::instance().kindForKey(args.at(1));
    q.setFilter(QLatin1String(Query::From), args.at(2));
    q.setFilter(QLatin1String(Query::To), args.at(3));
    Overview::HistogramRequest request;
    request.step = TimeBuckets::parse(args.at(4));
    // A tick every millisecond; the longest gap between two is how long the loop was held.
    QElapsedTimer clock;
    qint64 last = 0, worst = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = qMax(worst, now - last);
        last = now;
    });
    bool ok = false;
    QObject::connect(&overview, &ServerOverview::histogramReady, [&] {
        ok = true;
        QCoreApplication::quit();
    });
    QObject::connect(&overview, &ServerOverview::failed, [](const QString &why) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        QCoreApplication::exit(1);
    });
    clock.start();
    tick.start(1);
    overview.histogram(q, request);
    const int code = QCoreApplication::exec();
    std::printf("%.1f %d\n", double(worst) / 1e6, overview.requestsSent());
    return ok ? code : 1;
}

int paint(int bars)
{
    HistogramView view;
    view.resize(1600, 120);
    Overview::Histogram h;
    h.step = {TimeBuckets::Unit::Hour, 1};
    h.stackKey = QStringLiteral("status");
    for (int i = 0; i < bars; ++i) {
        Overview::Bucket b {i * 3'600'000LL, (i + 1) * 3'600'000LL, 0, {}};
        for (const char *s : {"delivered", "failed", "pending", "sent"})
            b.byStatus.insert(QLatin1String(s), 5 + (i * 7 + int(strlen(s))) % 40);
        for (qint64 n : std::as_const(b.byStatus))
            b.count += n;
        h.buckets.append(b);
    }
    view.setHistogram(SourceKind(QStringLiteral("comm-admin")), h);
    QImage image(view.size(), QImage::Format_ARGB32);
    view.render(&image);
    qint64 best = LLONG_MAX;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        view.render(&image);
        best = qMin(best, t.nsecsElapsed());
    }
    std::printf("%.2f\n", double(best) / 1e6);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 6 && args.at(0) == u"gui-stall")
        return guiStall(args.mid(1));
    if (args.size() == 2 && args.at(0) == u"paint")
        return paint(args.at(1).toInt());
    std::fprintf(stderr, "usage: logdeck-bench-overview gui-stall URL SOURCE FROM TO BUCKET | paint N\n");
    return 2;
}
