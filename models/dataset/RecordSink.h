#pragma once

#include "dataset/DatasetFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

// Where exported or imported records go: a `.logdeck` dataset, JSON Lines or CSV. Every
// sink writes to a temporary file beside the target and renames it over the target only
// in finish(): a cancelled, failed or killed export leaves nothing under the target
// name, and an existing target stays intact until the new one is complete.
class RecordSink
{
public:
    enum class Format { Dataset, JsonLines, Csv };
    struct Options {
        bool csvBom = false; // a UTF-8 BOM, for spreadsheet programs
        // A dataset complete without its search index, which SearchIndexJob builds while
        // the dataset is shown (the window's); otherwise finish() builds it.
        bool deferSearchIndex = false;
    };

    virtual ~RecordSink();
    // From the target's extension: .logdeck, .jsonl/.ndjson, .csv. Null if unknown.
    static std::unique_ptr<RecordSink> forPath(const QString &target, const Options &options);
    static std::unique_ptr<RecordSink> forPath(const QString &target) { return forPath(target, Options()); }
    static std::optional<Format> formatFor(const QString &target);
    // Removes the temporary files (and SQLite's journals of them) that processes which no
    // longer run left in `folder`: an export killed outright cannot clean up after itself.
    // open() calls it for the target's folder. Returns how many files went.
    static int removeStaleParts(const QString &folder);
    // The target a temporary file (temporaryPath()) is written for.
    static QString targetOf(const QString &temporaryPath);

    bool open(const QString &target, const DatasetInfo &info);
    virtual bool write(const QList<QJsonObject> &records) = 0;
    // The same, with each record's JSON text where the caller has it (parallel to
    // `records`, empty entries where not): a sink that stores JSON may keep it as it is.
    virtual bool writeWithText(const QList<QJsonObject> &records, const QList<QByteArray> &json)
    {
        Q_UNUSED(json);
        return write(records);
    }
    // Records as their JSON text, each an object QJsonDocument reads (the importer has
    // made sure): a sink that takes records apart itself need not build QJsonObjects.
    virtual bool writeJson(const QList<QByteArray> &records);
    // Completes the file and puts it under the target name.
    bool finish();
    // Removes the temporary file; the target is untouched.
    void abort();
    // Any thread: asks a write() or finish() that is running to give up soon (it then
    // fails, and abort() throws the file away). Sinks whose work is quick ignore it.
    virtual void requestStop() { }
    // Any thread: how many records a reader of temporaryPath() sees now; -1 for a sink
    // whose file is not readable before finish().
    virtual qint64 committed() const { return -1; }
    QString errorString() const { return m_error; }
    QString temporaryPath() const { return m_temp; }
    qint64 written() const { return m_written; }

protected:
    virtual bool openTemporary(const QString &path) = 0;
    virtual bool close() = 0; // flush and close the temporary file
    virtual void discard() { close(); } // close the temporary file, which is thrown away
    bool fail(const QString &message);

    DatasetInfo m_info;
    QString m_error;
    qint64 m_written = 0;

private:
    QString m_target;
    QString m_temp;
    bool m_open = false;
};
