#include "ImportCommand.h"
#include "sources/EnumText.h"
#include "sources/SourceRegistry.h"

#include "CliSupport.h"
#include "LogDeckVersion.h"
#include "dataset/RecordImporter.h"
#include "dataset/RecordSink.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>
#include <cstdio>

using CliSupport::fail;

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Import JSON Lines, JSON arrays, saved API pages or LogDeck CSV into a .logdeck dataset.\n"
        "Malformed records are reported with their line numbers and skipped."));
    parser.addHelpOption();
    const QCommandLineOption source = CliSupport::sourceOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "The dataset to write (.logdeck)."),
                                 QStringLiteral("file"));
    const QCommandLineOption strict(
        QStringLiteral("strict"),
        QCoreApplication::translate("cli", "Refuse the input at its first bad record."));
    parser.addOptions({source, out, strict});
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("cli", "Input files."),
                                 QStringLiteral("FILE…"));
    parser.process(arguments);
    const auto kind = SourceRegistry::instance().kindForKey(parser.value(source));
    if (!kind)
        return fail(QCoreApplication::translate("cli", "import needs --source (%1)")
                        .arg(EnumText::keyList(SourceRegistry::instance().kinds())));
    if (!parser.isSet(out) || RecordSink::formatFor(parser.value(out)) != RecordSink::Format::Dataset)
        return fail(QCoreApplication::translate("cli", "import needs --out FILE.logdeck"));
    if (parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("cli", "import needs at least one input file"));

    auto sink = RecordSink::forPath(parser.value(out));
    DatasetInfo info;
    info.source = *kind;
    QStringList names;
    for (const QString &f : parser.positionalArguments())
        names << QFileInfo(f).fileName();
    info.origin = names.join(QStringLiteral(", "));
    info.exportedAt = QDateTime::currentDateTimeUtc();
    info.appVersion = QStringLiteral(LOGDECK_VERSION);
    if (!sink->open(parser.value(out), info))
        return fail(sink->errorString(), 1);
    RecordImporter importer(*kind);
    importer.setStrict(parser.isSet(strict));
    for (const QString &file : parser.positionalArguments()) {
        if (!importer.importFile(file, *sink)) {
            sink->abort();
            for (const auto &p : importer.problems())
                std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(p.file), p.line, qPrintable(p.message));
            return fail(importer.errorString(), 1);
        }
    }
    for (const auto &p : importer.problems())
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(p.file), p.line, qPrintable(p.message));
    if (!sink->finish())
        return fail(sink->errorString(), 1);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "%1 records imported, %2 skipped")
                                .arg(importer.imported())
                                .arg(importer.problems().size())));
    return 0;
}
