#include "LogDeckVersion.h"
#include "core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("logdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGDECK_VERSION));
    Translations translations;
    translations.install(Translations::bestMatch(QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Headless access to LogDeck's log sources and dataset files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("cli", "The command to run."));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        parser.showHelp(1);
    }
    std::fprintf(
        stderr, "%s\n",
        qPrintable(QCoreApplication::translate("cli", "Unknown command: %1").arg(positional.first())));
    return 2;
}
