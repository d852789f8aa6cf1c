#include "dataset/CsvSink.h"

#include "core/JsonNumber.h"
#include "sources/SourceDefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

QByteArray CsvSink::field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains('"') || bytes.contains(',') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

QString CsvSink::cell(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return JsonNumber::text(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

bool CsvSink::openTemporary(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QCoreApplication::translate("RecordSink", "cannot create %1: %2")
                        .arg(path, m_file.errorString()));
    m_columns.clear();
    for (const ColumnSpec &c : SourceDefinitions::get(m_info.source).columns)
        m_columns << c.key;
    QByteArray header = m_bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    for (const QString &c : std::as_const(m_columns))
        header += field(c) + ',';
    header += "record\r\n";
    return m_file.write(header) == header.size()
        || fail(QCoreApplication::translate("RecordSink", "cannot write: %1").arg(m_file.errorString()));
}

bool CsvSink::write(const QList<QJsonObject> &records)
{
    QByteArray chunk;
    for (const QJsonObject &r : records) {
        for (const QString &c : std::as_const(m_columns))
            chunk += field(cell(r.value(c))) + ',';
        chunk += field(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
        chunk += "\r\n";
    }
    if (m_file.write(chunk) != chunk.size())
        return fail(QCoreApplication::translate("RecordSink", "cannot write: %1").arg(m_file.errorString()));
    m_written += records.size();
    return true;
}

bool CsvSink::close()
{
    const bool ok = m_file.flush();
    m_file.close();
    return ok
        || fail(QCoreApplication::translate("RecordSink", "cannot write: %1").arg(m_file.errorString()));
}
