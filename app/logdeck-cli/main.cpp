#include "ExportCommand.h"
#include "FetchCommand.h"
#include "ImportCommand.h"
#include "LogDeckVersion.h"
#include "OverviewCommand.h"
#include "QueryCommand.h"
#include "ShowCommand.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace
{
void printUsage()
{
    std::fprintf(stdout, "%s\n",
                 qPrintable(QCoreApplication::translate(
                     "cli",
                     "Usage: logdeck-cli COMMAND [options]\n\n"
                     "Headless access to LogDeck's log sources and dataset files.\n\n"
                     "Commands:\n"
                     "  fetch    Fetch one page from a server and print its records as JSON lines\n"
                     "  export   Export everything a query finds on a server to .logdeck, .jsonl or .csv\n"
                     "  import   Import JSON Lines, JSON arrays, saved pages or CSV into a .logdeck dataset\n"
                     "  query    Filter, search and print a .logdeck dataset\n"
                     "  histogram  Count records per time bucket, by status, on a server or a dataset\n"
                     "  facets   Count records per value of each filter, on a server or a dataset\n"
                     "  show     Show one record with its status history, from a server or a dataset\n\n"
                     "Run logdeck-cli COMMAND --help for the options of a command.\n"
                     "The token is read from the LOGDECK_TOKEN environment variable.")));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("logdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGDECK_VERSION));
    Translations translations;
    translations.install(Translations::bestMatch(QLocale::system()));

    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == u"--version" || command == u"-v") {
        std::fprintf(stdout, "logdeck-cli %s\n", LOGDECK_VERSION);
        return 0;
    }
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        printUsage();
        return command.isEmpty() ? 2 : 0;
    }
    args.removeAt(1);
    if (command == u"fetch")
        return FetchCommand().run(args);
    if (command == u"export")
        return ExportCommand().run(args);
    if (command == u"import")
        return ImportCommand().run(args);
    if (command == u"query")
        return QueryCommand().run(args);
    if (command == u"histogram")
        return OverviewCommand(OverviewCommand::Kind::Histogram).run(args);
    if (command == u"facets")
        return OverviewCommand(OverviewCommand::Kind::Facets).run(args);
    if (command == u"show")
        return ShowCommand().run(args);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Unknown command: %1").arg(command)));
    printUsage();
    return 2;
}
