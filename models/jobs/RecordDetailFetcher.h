#pragma once

#include "net/ApiError.h"
#include "sources/SourceDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class ApiClient;
class ApiReply;

// Each record of a list fetched again by id, for what list items omit (an API log's
// status history and payload): --with-history, "Fetch each entry's status history".
// Records whose entry cannot be decoded stay as listed; a request that fails fails all.
class RecordDetailFetcher : public QObject
{
    Q_OBJECT
public:
    RecordDetailFetcher(ApiClient *client, const SourceDefinition &def, const QUrl &baseUrl,
                        const QString &listPathOverride, QObject *parent = nullptr);
    ~RecordDetailFetcher() override;

    // `done` gets the records, each replaced by its entry, once all have answered
    // (at once for none).
    void fetch(const QList<QJsonObject> &records, std::function<void(const QList<QJsonObject> &)> done);
    void cancelAll();

signals:
    void failed(const ApiError &error);

private:
    ApiClient *m_client;
    const SourceDefinition &m_def;
    QUrl m_baseUrl;
    QString m_detailOverride;
    QSet<ApiReply *> m_replies;
};
