#include "DatasetController.h"
#include "LogDeckVersion.h"
#include "MainWindow.h"
#include "core/AppSettings.h"
#include "core/SourceKind.h"
#include "core/Translations.h"
#include "sources/EnumText.h"
#include "sources/SourceRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace
{
// --help and --version must answer without a display (over SSH, in CI, after dpkg -i),
// so they run on a QCoreApplication; everything else needs the GUI one.
bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsOnlyText(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("logdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOGDECK_VERSION));

    // The language must be known before the parser's help text is built.
    const QStringList args = QCoreApplication::arguments();
    QString language = AppSettings::language();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(u"--lang="))
            language = args.at(i).mid(7);
    }
    if (!Translations::available().contains(language))
        language = Translations::bestMatch(QLocale::system());
    Translations translations;
    translations.install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse communication, notification and audit logs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QCoreApplication::translate("main",
                                    "Open the server at <url>; the token is read from the "
                                    "LOGDECK_TOKEN environment variable."),
        QStringLiteral("url"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          QCoreApplication::translate("main", "Source to show first: %1.")
                                              .arg(EnumText::keyList(SourceRegistry::instance().kinds())),
                                          QStringLiteral("kind"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: en or zh_CN."),
        QStringLiteral("language"));
    parser.addOption(urlOption);
    parser.addOption(sourceOption);
    parser.addOption(langOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A .logdeck dataset to open, or JSON Lines or CSV records to import."),
        QStringLiteral("[file…]"));
    parser.process(*app);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LogDeck"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.logdeck.LogDeck"));

    std::optional<SourceKind> source;
    if (parser.isSet(sourceOption)) {
        source = SourceRegistry::instance().kindForKey(parser.value(sourceOption));
        if (!source) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Unknown source: %1")
                                        .arg(parser.value(sourceOption))));
            return 2;
        }
    }
    // The token comes from the environment, never argv; children (the demo server) do
    // not need it, so it leaves the environment at once.
    const QString token = qEnvironmentVariable("LOGDECK_TOKEN");
    qunsetenv("LOGDECK_TOKEN");

    MainWindow window;
    window.setTranslations(&translations);
    if (parser.isSet(urlOption)) {
        const QUrl url = QUrl::fromUserInput(parser.value(urlOption));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Not an http(s) URL: %1")
                                        .arg(parser.value(urlOption))));
            return 2;
        }
        window.openServer(url, token, source);
    }
    // As if dropped on the window: datasets open, record files go to the import dialog;
    // anything else is opened as a dataset, which says why it is not one.
    QStringList records;
    for (const QString &file : parser.positionalArguments()) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (DatasetController::sortDropped({QUrl::fromLocalFile(path)}).records.isEmpty())
            window.openDataset(path);
        else
            records << path;
    }
    window.show();
    if (!records.isEmpty())
        QMetaObject::invokeMethod(
            &window, [&window, records] { window.importRecords(records); }, Qt::QueuedConnection);
    return app->exec();
}
