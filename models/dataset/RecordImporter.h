#pragma once

#include "core/JsonObjectScan.h"
#include "core/SourceKind.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;
class RecordSink;

// Reads records from JSON Lines, a JSON array, a saved API response page (any of the
// three envelopes, also double-encoded) or LogDeck's own CSV, streaming — memory stays
// flat whatever the file's size — and hands them to a sink in batches. Bad records are
// reported with their line number and skipped; in strict mode the first one stops the
// import.
class RecordImporter
{
public:
    enum class InputFormat { Auto, JsonLines, JsonArray, ApiPage, Csv };
    struct Problem {
        QString file;
        qint64 line = 0;
        QString message;
    };

    explicit RecordImporter(SourceKind source);

    void setStrict(bool strict) { m_strict = strict; }
    void setProgress(std::function<void(qint64 records, qint64 bytes)> progress)
    {
        m_progress = std::move(progress);
    }
    void cancel() { m_cancelled = true; }

    // Returns false on a fatal problem (unreadable file, strict mode, sink failure, cancel).
    bool importFile(const QString &path, RecordSink &sink, InputFormat format = InputFormat::Auto);
    bool importDevice(QIODevice &in, const QString &name, RecordSink &sink, InputFormat format);

    QList<Problem> problems() const { return m_problems; }
    qint64 imported() const { return m_imported; }
    QString errorString() const { return m_error; }

private:
    bool jsonLines(QIODevice &in, const QString &name, RecordSink &sink);
    bool jsonArray(QIODevice &in, const QString &name, RecordSink &sink);
    bool apiPage(QIODevice &in, const QString &name, RecordSink &sink);
    bool csv(QIODevice &in, const QString &name, RecordSink &sink);
    // `json`: the record's own text, when it came as one JSON object (a line, an element).
    bool accept(const QJsonObject &record, RecordSink &sink, const QByteArray &json = {});
    // A record as its JSON text, an object QJsonDocument reads.
    bool acceptText(const QByteArray &json, RecordSink &sink);
    bool next(RecordSink &sink); // a full batch goes to the sink
    bool problem(const QString &file, qint64 line, const QString &message);
    bool flush(RecordSink &sink);

    SourceKind m_source;
    bool m_strict = false;
    std::atomic_bool m_cancelled {false};
    std::function<void(qint64, qint64)> m_progress;
    QList<QJsonObject> m_batch;
    QList<QByteArray> m_batchJson; // parallel to m_batch; empty where there is no text
    QList<QByteArray> m_texts; // records as text; only one of m_batch and m_texts has any
    JsonObjectScan::Members m_members;
    QList<Problem> m_problems;
    qint64 m_imported = 0;
    qint64 m_bytes = 0;
    QString m_error;
};
