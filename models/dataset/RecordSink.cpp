#include "dataset/RecordSink.h"

#include "dataset/CsvSink.h"
#include "dataset/DatasetSink.h"
#include "dataset/JsonLinesSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <signal.h>
#include <unistd.h>

RecordSink::~RecordSink() = default;

std::optional<RecordSink::Format> RecordSink::formatFor(const QString &target)
{
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix == u"logdeck")
        return Format::Dataset;
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return Format::JsonLines;
    if (suffix == u"csv")
        return Format::Csv;
    return std::nullopt;
}

std::unique_ptr<RecordSink> RecordSink::forPath(const QString &target, const Options &options)
{
    switch (formatFor(target).value_or(Format(-1))) {
    case Format::Dataset:
        return std::make_unique<DatasetSink>(options.deferSearchIndex);
    case Format::JsonLines:
        return std::make_unique<JsonLinesSink>();
    case Format::Csv:
        return std::make_unique<CsvSink>(options.csvBom);
    }
    return nullptr;
}

QString RecordSink::targetOf(const QString &temporaryPath)
{
    const qsizetype part = temporaryPath.lastIndexOf(QLatin1String(".part-"));
    return part > 0 ? temporaryPath.left(part) : temporaryPath;
}

bool RecordSink::writeJson(const QList<QByteArray> &records)
{
    QList<QJsonObject> objects;
    objects.reserve(records.size());
    for (const QByteArray &json : records)
        objects.append(QJsonDocument::fromJson(json).object());
    return writeWithText(objects, records);
}

bool RecordSink::fail(const QString &message)
{
    m_error = message;
    return false;
}

int RecordSink::removeStaleParts(const QString &folder)
{
    static const QRegularExpression part(
        QStringLiteral(R"(\.(?:logdeck|jsonl|ndjson|csv)\.part-(\d+)(?:-journal|-wal|-shm)?$)"));
    int removed = 0;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.part-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const auto match = part.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid <= 0 || pid > INT_MAX || pid == ::getpid())
            continue;
        // Gone only when no such process exists: EPERM means it runs, as someone else.
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        if (QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

bool RecordSink::open(const QString &target, const DatasetInfo &info)
{
    m_target = QFileInfo(target).absoluteFilePath();
    // What is wrong with the place, in words, before any library's own text.
    const QFileInfo folder(QFileInfo(m_target).absolutePath());
    const auto cannot = [this](const QString &why) {
        return fail(QCoreApplication::translate("RecordSink", "Cannot write “%1”: %2").arg(m_target, why));
    };
    if (!folder.exists())
        return cannot(QCoreApplication::translate("RecordSink", "the folder “%1” does not exist.")
                          .arg(folder.absoluteFilePath()));
    if (!folder.isDir())
        return cannot(QCoreApplication::translate("RecordSink", "“%1” is a file, not a folder.")
                          .arg(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return cannot(QCoreApplication::translate("RecordSink", "the folder “%1” may not be written to.")
                          .arg(folder.absoluteFilePath()));
    if (QFileInfo(m_target).isDir())
        return cannot(QCoreApplication::translate("RecordSink", "a folder has that name."));
    removeStaleParts(folder.absoluteFilePath());
    m_info = info;
    m_written = 0;
    // Beside the target, so the final rename stays on one file system (and is atomic).
    m_temp = m_target + QStringLiteral(".part-%1").arg(::getpid());
    QFile::remove(m_temp);
    if (!openTemporary(m_temp)) {
        QFile::remove(m_temp);
        return cannot(m_error); // the sink's own reason, after the file's name
    }
    m_open = true;
    return true;
}

bool RecordSink::finish()
{
    if (!m_open)
        return fail(QCoreApplication::translate("RecordSink", "nothing to finish"));
    m_open = false;
    if (!close()) {
        QFile::remove(m_temp);
        return false;
    }
    // rename(2) replaces an existing target atomically: readers see the old file or the
    // new one, never a mix or nothing.
    if (std::rename(QFile::encodeName(m_temp).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(m_temp);
        return fail(QCoreApplication::translate("RecordSink", "cannot write %1: %2").arg(m_target, reason));
    }
    return true;
}

void RecordSink::abort()
{
    if (m_open) {
        m_open = false;
        discard();
    }
    QFile::remove(m_temp);
}
