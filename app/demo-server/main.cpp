#include "DemoServer.h"
#include "LogDeckVersion.h"
#include "core/Timestamp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>

#include <cstdio>

namespace
{
[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "logdeck-demo-server: %s\n", qPrintable(message));
    std::exit(2);
}

int countOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0 || value > 50000000)
        fail(QStringLiteral("--%1 takes a whole number from 0 to 50000000").arg(name));
    return value;
}

double rateOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        fail(QStringLiteral("--%1 takes a probability from 0 to 1").arg(name));
    return value;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("logdeck-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The five LogDeck log APIs over real HTTP with generated data.\n"
                       "Tokens: demo-admin (admin) and demo-user (user usr_0001) unless --token adds more.\n"
                       "The first line on stdout is exactly: listening http://HOST:PORT"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options = {
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one (default 0)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the generated data (default 1)."),
         QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("comm"), QStringLiteral("Communication logs to generate (default 100000)."),
         QStringLiteral("n")},
        {QStringLiteral("api-logs"), QStringLiteral("API log entries to generate (default 20000)."),
         QStringLiteral("n")},
        {QStringLiteral("audit"), QStringLiteral("Notification audit events to generate (default 50000)."),
         QStringLiteral("n")},
        {QStringLiteral("mfa"), QStringLiteral("MFA audit logs to generate (default 3000)."),
         QStringLiteral("n")},
        {QStringLiteral("users"), QStringLiteral("Users the data is spread over (default 500)."),
         QStringLiteral("n")},
        {QStringLiteral("anchor"),
         QStringLiteral("Newest instant of the data, RFC 3339, or 'now' (default 2026-11-20T00:00:00Z)."),
         QStringLiteral("time")},
        {QStringLiteral("token"),
         QStringLiteral("Adds a token, TOKEN:USER_ID:ROLE with ROLE admin or user (repeatable)."),
         QStringLiteral("spec")},
        {QStringLiteral("latency-ms"), QStringLiteral("Delay before every response (default 0)."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("jitter-ms"), QStringLiteral("Extra random delay, 0..ms (default 0)."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("fail-rate"),
         QStringLiteral("Share of requests answered 500 in the source's error shape (default 0)."),
         QStringLiteral("p"), QStringLiteral("0")},
        {QStringLiteral("truncate-rate"),
         QStringLiteral("Share of responses whose body is cut mid-way (default 0)."), QStringLiteral("p"),
         QStringLiteral("0")},
        {QStringLiteral("slow-body-ms"), QStringLiteral("Trickle every body over this many ms (default 0)."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("notif-audit-body"),
         QStringLiteral("Shape of the notif-audit success body: object, string (double-encoded) or array "
                        "(default object)."),
         QStringLiteral("shape"), QStringLiteral("object")},
        {QStringLiteral("arrivals"),
         QStringLiteral("Live traffic: this many more communication logs arrive over time (default 0)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("arrival-ms"), QStringLiteral("One arrival every this many ms (default 1000)."),
         QStringLiteral("ms"), QStringLiteral("1000")},
        {QStringLiteral("disorder-comm"),
         QStringLiteral("Send communication-log pages out of created_at order (a broken server).")},
        {QStringLiteral("verbose"), QStringLiteral("Log every request to stderr (never the token).")},
    };
    parser.addOptions(options);
    parser.process(app);

    DemoServerOptions opts;
    bool ok = false;
    opts.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        fail(QStringLiteral("--seed takes a whole number"));
    opts.comm = countOption(parser, QStringLiteral("comm"), opts.comm);
    opts.apiLogs = countOption(parser, QStringLiteral("api-logs"), opts.apiLogs);
    opts.audit = countOption(parser, QStringLiteral("audit"), opts.audit);
    opts.mfa = countOption(parser, QStringLiteral("mfa"), opts.mfa);
    opts.users = countOption(parser, QStringLiteral("users"), opts.users);
    if (opts.users < 1 || opts.users > 9999)
        fail(QStringLiteral("--users takes a number from 1 to 9999"));
    if (parser.isSet(QStringLiteral("anchor"))) {
        const QString anchor = parser.value(QStringLiteral("anchor"));
        if (anchor == u"now") {
            opts.anchor = QDateTime::currentDateTimeUtc();
        } else if (const auto parsed = Timestamp::parse(anchor)) {
            opts.anchor = *parsed;
        } else {
            fail(QStringLiteral("--anchor takes an RFC 3339 date-time or 'now'"));
        }
    }
    opts.tokens = DemoServerOptions::defaultTokens();
    for (const QString &spec : parser.values(QStringLiteral("token"))) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty()
            || (parts.at(2) != u"admin" && parts.at(2) != u"user"))
            fail(QStringLiteral("--token takes TOKEN:USER_ID:ROLE with ROLE admin or user"));
        opts.tokens.insert(parts.at(0), {parts.at(1), parts.at(2) == u"admin"});
    }
    opts.latencyMs = countOption(parser, QStringLiteral("latency-ms"), 0);
    opts.jitterMs = countOption(parser, QStringLiteral("jitter-ms"), 0);
    opts.slowBodyMs = countOption(parser, QStringLiteral("slow-body-ms"), 0);
    opts.failRate = rateOption(parser, QStringLiteral("fail-rate"));
    opts.truncateRate = rateOption(parser, QStringLiteral("truncate-rate"));
    opts.notifAuditBody = parser.value(QStringLiteral("notif-audit-body"));
    if (opts.notifAuditBody != u"object" && opts.notifAuditBody != u"string"
        && opts.notifAuditBody != u"array")
        fail(QStringLiteral("--notif-audit-body takes object, string or array"));
    opts.verbose = parser.isSet(QStringLiteral("verbose"));
    opts.arrivals = countOption(parser, QStringLiteral("arrivals"), 0);
    opts.arrivalMs = countOption(parser, QStringLiteral("arrival-ms"), 1000);
    if (opts.arrivalMs < 1)
        fail(QStringLiteral("--arrival-ms takes a number of at least 1"));
    opts.disorderComm = parser.isSet(QStringLiteral("disorder-comm"));

    const QHostAddress address(parser.value(QStringLiteral("bind")));
    if (address.isNull())
        fail(QStringLiteral("--bind takes an IP address"));
    const int port = countOption(parser, QStringLiteral("port"), 0);
    if (port > 65535)
        fail(QStringLiteral("--port takes a number from 0 to 65535"));

    QElapsedTimer started;
    started.start();
    DemoServer server(opts);
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0)
        fail(QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(address.toString())
        : address.toString();
    std::printf("listening http://%s:%u\n", qPrintable(host), unsigned(bound));
    std::fflush(stdout);
    std::fprintf(
        stderr, "logdeck-demo-server: ready in %lld ms (comm %d, api-logs %d, audit %d, mfa %d, seed %llu)\n",
        started.elapsed(), opts.comm, opts.apiLogs, opts.audit, opts.mfa,
        static_cast<unsigned long long>(opts.seed));
    return app.exec();
}
