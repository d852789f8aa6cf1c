#include "dataset/RecordImporter.h"

#include "dataset/RecordSink.h"

#include "core/JsonObjectScan.h"
#include "net/PageCodec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
constexpr int kBatch = 2000;
constexpr qint64 kMaxPageBytes = 256 * 1024 * 1024; // a saved page is read whole
} // namespace

RecordImporter::RecordImporter(SourceKind source)
    : m_source(source)
{ }

bool RecordImporter::problem(const QString &file, qint64 line, const QString &message)
{
    m_problems.append({file, line, message});
    if (m_strict) {
        m_error =
            QCoreApplication::translate("RecordImporter", "%1, line %2: %3").arg(file).arg(line).arg(message);
        return false;
    }
    return true;
}

bool RecordImporter::flush(RecordSink &sink)
{
    const qsizetype size = m_batch.size() + m_texts.size();
    if (size == 0)
        return true;
    // One of the two holds records: a file is read one way.
    const bool written =
        m_texts.isEmpty() ? sink.writeWithText(m_batch, m_batchJson) : sink.writeJson(m_texts);
    if (!written) {
        m_error = sink.errorString();
        return false;
    }
    m_imported += size;
    m_batch.clear();
    m_batchJson.clear();
    m_texts.clear();
    if (m_progress)
        m_progress(m_imported, m_bytes);
    return true;
}

bool RecordImporter::next(RecordSink &sink)
{
    if (m_batch.size() + m_texts.size() < kBatch)
        return true;
    if (m_cancelled) {
        m_error = QCoreApplication::translate("RecordImporter", "cancelled");
        return false;
    }
    return flush(sink);
}

bool RecordImporter::accept(const QJsonObject &record, RecordSink &sink, const QByteArray &json)
{
    if (!m_texts.isEmpty() && !flush(sink))
        return false;
    m_batch.append(record);
    m_batchJson.append(json);
    return next(sink);
}

bool RecordImporter::acceptText(const QByteArray &json, RecordSink &sink)
{
    if (!m_batch.isEmpty() && !flush(sink))
        return false;
    m_texts.append(json);
    return next(sink);
}

bool RecordImporter::importFile(const QString &path, RecordSink &sink, InputFormat format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error =
            QCoreApplication::translate("RecordImporter", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (format == InputFormat::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"csv") {
            format = InputFormat::Csv;
        } else if (suffix == u"jsonl" || suffix == u"ndjson") {
            format = InputFormat::JsonLines;
        } else {
            // .json and others: an array, one object per line, or one page object.
            const QByteArray head = file.peek(1 << 20);
            const QByteArray trimmed = head.trimmed();
            if (trimmed.startsWith('[')) {
                format = InputFormat::JsonArray;
            } else {
                const qsizetype newline = trimmed.indexOf('\n');
                const bool firstLineIsObject =
                    newline > 0 && QJsonDocument::fromJson(trimmed.left(newline)).isObject();
                format = firstLineIsObject ? InputFormat::JsonLines : InputFormat::ApiPage;
            }
        }
    }
    return importDevice(file, QFileInfo(path).fileName(), sink, format);
}

bool RecordImporter::importDevice(QIODevice &in, const QString &name, RecordSink &sink, InputFormat format)
{
    bool ok = false;
    switch (format) {
    case InputFormat::JsonLines:
    case InputFormat::Auto:
        ok = jsonLines(in, name, sink);
        break;
    case InputFormat::JsonArray:
        ok = jsonArray(in, name, sink);
        break;
    case InputFormat::ApiPage:
        ok = apiPage(in, name, sink);
        break;
    case InputFormat::Csv:
        ok = csv(in, name, sink);
        break;
    }
    return ok && flush(sink);
}

bool RecordImporter::jsonLines(QIODevice &in, const QString &name, RecordSink &sink)
{
    qint64 line = 0;
    while (!in.atEnd()) {
        const QByteArray text = in.readLine();
        ++line;
        m_bytes += text.size();
        const QByteArray trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Most lines: the scanner vouches for them, and the sink takes them apart.
        if (JsonObjectScan::scan(trimmed, &m_members)) {
            if (!acceptText(trimmed, sink))
                return false;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError) {
            if (!problem(name, line,
                         QCoreApplication::translate("RecordImporter", "not JSON (%1 at column %2)")
                             .arg(error.errorString())
                             .arg(error.offset + 1)))
                return false;
            continue;
        }
        if (!doc.isObject()) {
            if (!problem(name, line, QCoreApplication::translate("RecordImporter", "not a JSON object")))
                return false;
            continue;
        }
        if (!acceptText(trimmed, sink))
            return false;
    }
    return true;
}

bool RecordImporter::jsonArray(QIODevice &in, const QString &name, RecordSink &sink)
{
    // A top-level array, split into its elements without reading it whole: track
    // strings, escapes and depth, and parse each element on its own.
    qint64 line = 1, elementLine = 1;
    int depth = 0;
    bool inString = false, escape = false, started = false;
    QByteArray element;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        m_bytes += chunk.size();
        for (char c : chunk) {
            if (c == '\n')
                ++line;
            if (!started) {
                if (c == '[') {
                    started = true;
                    depth = 1;
                } else if (!QChar::isSpace(uchar(c))) {
                    m_error = QCoreApplication::translate("RecordImporter", "%1: not a JSON array").arg(name);
                    return false;
                }
                continue;
            }
            if (depth == 0) {
                if (!QChar::isSpace(uchar(c))
                    && !problem(
                        name, line,
                        QCoreApplication::translate("RecordImporter", "text after the end of the array")))
                    return false;
                continue;
            }
            if (depth == 1 && element.isEmpty() && (QChar::isSpace(uchar(c)) || c == ','))
                continue;
            if (depth == 1 && c == ']' && !inString) {
                depth = 0;
                continue;
            }
            if (element.isEmpty())
                elementLine = line;
            element += c;
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"')
                inString = true;
            else if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            // An element ends when its brackets close (or at a comma for bare values).
            const bool closed = depth == 1 && (c == '}' || c == ']');
            if (closed) {
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(element, &error);
                element.clear();
                if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                    if (!problem(
                            name, elementLine,
                            QCoreApplication::translate("RecordImporter", "element is not a JSON object")))
                        return false;
                    continue;
                }
                if (!accept(doc.object(), sink))
                    return false;
            } else if (depth == 1 && c == ',') {
                element.clear();
                if (!problem(name, elementLine,
                             QCoreApplication::translate("RecordImporter", "element is not a JSON object")))
                    return false;
            }
        }
    }
    if (!started || depth != 0)
        return problem(
            name, line,
            QCoreApplication::translate("RecordImporter", "the array is not closed (the file ends early)"));
    return true;
}

bool RecordImporter::apiPage(QIODevice &in, const QString &name, RecordSink &sink)
{
    if (in.size() > kMaxPageBytes) {
        m_error = QCoreApplication::translate(
                      "RecordImporter",
                      "%1: a single JSON document larger than %2 MiB; save it as JSON Lines instead")
                      .arg(name)
                      .arg(kMaxPageBytes / (1024 * 1024));
        return false;
    }
    const QByteArray body = in.readAll();
    m_bytes += body.size();
    const SourceDefinition &def = SourceDefinitions::get(m_source);
    auto decoded = PageCodec::decodePage(def, body, name);
    if (auto *error = std::get_if<ApiError>(&decoded)) {
        // Not a page of this source: perhaps a single record.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject() && doc.object().contains(def.idField))
            return accept(doc.object(), sink);
        m_error = QCoreApplication::translate("RecordImporter", "%1: %2").arg(name, error->message());
        return false;
    }
    for (const QJsonObject &r : std::get<Page>(decoded).records) {
        if (!accept(r, sink))
            return false;
    }
    return true;
}

bool RecordImporter::csv(QIODevice &in, const QString &name, RecordSink &sink)
{
    // RFC 4180: fields may be quoted, quotes doubled, line breaks inside quotes.
    qint64 line = 1, rowLine = 1;
    QStringList header;
    int recordColumn = -1;
    QList<QByteArray> fields;
    QByteArray current;
    bool quoted = false, wasQuoted = false, first = true;
    auto endRow = [&]() -> bool {
        fields.append(current);
        current.clear();
        if (first) {
            first = false;
            if (!fields.isEmpty() && fields[0].startsWith("\xEF\xBB\xBF"))
                fields[0] = fields[0].mid(3);
            for (const QByteArray &f : std::as_const(fields))
                header << QString::fromUtf8(f);
            recordColumn = int(header.indexOf(QStringLiteral("record")));
            fields.clear();
            return true;
        }
        const bool blank = fields.size() == 1 && fields[0].isEmpty();
        QList<QByteArray> row = std::move(fields);
        fields.clear();
        if (blank)
            return true;
        if (row.size() != header.size())
            return problem(name, rowLine,
                           QCoreApplication::translate("RecordImporter", "%1 fields, the header has %2")
                               .arg(row.size())
                               .arg(header.size()));
        QJsonObject record;
        if (recordColumn >= 0) {
            const QJsonDocument doc = QJsonDocument::fromJson(row.at(recordColumn));
            if (!doc.isObject())
                return problem(
                    name, rowLine,
                    QCoreApplication::translate("RecordImporter", "the record column is not a JSON object"));
            record = doc.object();
        } else {
            for (int i = 0; i < header.size(); ++i) {
                if (!row.at(i).isEmpty())
                    record.insert(header.at(i), QString::fromUtf8(row.at(i)));
            }
        }
        return accept(record, sink);
    };
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 16);
        m_bytes += chunk.size();
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const char c = chunk.at(i);
            if (quoted) {
                if (c == '"') {
                    // A doubled quote, or the closing one (peek may cross a chunk edge).
                    const char next = i + 1 < chunk.size() ? chunk.at(i + 1)
                                                           : (in.peek(1).isEmpty() ? '\0' : in.peek(1).at(0));
                    if (next == '"') {
                        current += '"';
                        if (i + 1 < chunk.size())
                            ++i;
                        else
                            in.read(1);
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++line;
                    current += c;
                }
                continue;
            }
            if (c == '"' && current.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == ',') {
                fields.append(current);
                current.clear();
                wasQuoted = false;
            } else if (c == '\n') {
                if (current.endsWith('\r'))
                    current.chop(1);
                if (!endRow())
                    return false;
                wasQuoted = false;
                rowLine = ++line;
            } else {
                current += c;
            }
        }
    }
    if (quoted)
        return problem(name, rowLine,
                       QCoreApplication::translate("RecordImporter",
                                                   "a quoted field is not closed (the file ends early)"));
    if (!current.isEmpty() || !fields.isEmpty())
        return endRow();
    return true;
}
