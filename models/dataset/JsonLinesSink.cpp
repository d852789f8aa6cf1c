#include "dataset/JsonLinesSink.h"

#include <QCoreApplication>
#include <QJsonDocument>

bool JsonLinesSink::openTemporary(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QCoreApplication::translate("RecordSink", "cannot create %1: %2")
                        .arg(path, m_file.errorString()));
    return true;
}

bool JsonLinesSink::write(const QList<QJsonObject> &records)
{
    QByteArray chunk;
    for (const QJsonObject &r : records) {
        chunk += QJsonDocument(r).toJson(QJsonDocument::Compact);
        chunk += '\n';
    }
    if (m_file.write(chunk) != chunk.size())
        return fail(QCoreApplication::translate("RecordSink", "cannot write: %1").arg(m_file.errorString()));
    m_written += records.size();
    return true;
}

bool JsonLinesSink::close()
{
    const bool ok = m_file.flush();
    m_file.close();
    return ok
        || fail(QCoreApplication::translate("RecordSink", "cannot write: %1").arg(m_file.errorString()));
}
