#pragma once

#include "dataset/DatasetWriter.h"
#include "dataset/IndexStatistics.h"
#include "dataset/RecordSink.h"

#include <memory>

// A `.logdeck` file: the tables made through Qt SQL, the records written by a
// DatasetWriter on its own thread while the caller takes the next ones apart, the meta
// table last.
class DatasetSink : public RecordSink
{
public:
    explicit DatasetSink(bool deferSearchIndex = false);
    ~DatasetSink() override;
    bool write(const QList<QJsonObject> &records) override;
    bool writeWithText(const QList<QJsonObject> &records, const QList<QByteArray> &json) override;
    bool writeJson(const QList<QByteArray> &records) override;
    void requestStop() override { *m_stop = true; }
    qint64 committed() const override;

protected:
    bool openTemporary(const QString &path) override;
    bool close() override;
    void discard() override;

private:
    // One short-lived Qt SQL connection to the temporary file; `work` gets it open.
    bool add(QList<DatasetWriter::Item> batch);
    bool withDatabase(const std::function<QString(QSqlDatabase &)> &work);
    bool m_deferSearchIndex;
    QString m_path;
    QString m_connection;
    std::unique_ptr<DatasetWriter> m_writer;
    std::unique_ptr<IndexStatistics> m_statistics;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};
