#pragma once

#include "dataset/RecordSink.h"

#include <QFile>

// One record per line, as the server sent it (with its `id`).
class JsonLinesSink : public RecordSink
{
public:
    bool write(const QList<QJsonObject> &records) override;

protected:
    bool openTemporary(const QString &path) override;
    bool close() override;

private:
    QFile m_file;
};
