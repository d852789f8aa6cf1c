#include "jobs/RecordDetailFetcher.h"

#include "net/ApiClient.h"
#include "net/ApiReply.h"
#include "net/PageCodec.h"

#include <memory>

RecordDetailFetcher::RecordDetailFetcher(ApiClient *client, const SourceDefinition &def, const QUrl &baseUrl,
                                         const QString &listPathOverride, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_def(def)
    , m_baseUrl(baseUrl)
    , m_detailOverride(listPathOverride.isEmpty() ? QString() : listPathOverride + QStringLiteral("/{id}"))
{ }

RecordDetailFetcher::~RecordDetailFetcher()
{
    cancelAll();
}

void RecordDetailFetcher::fetch(const QList<QJsonObject> &records,
                                std::function<void(const QList<QJsonObject> &)> done)
{
    if (records.isEmpty()) {
        done(records);
        return;
    }
    struct Batch {
        QList<QJsonObject> records;
        qsizetype left;
        std::function<void(const QList<QJsonObject> &)> done;
    };
    auto batch = std::make_shared<Batch>(Batch {records, records.size(), std::move(done)});
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QString id = records.at(i).value(m_def.idField).toVariant().toString();
        ApiReply *reply = m_client->get(SourceDefinitions::detailUrl(m_def, m_baseUrl, id, m_detailOverride));
        m_replies.insert(reply);
        connect(reply, &ApiReply::finished, this, [this, batch, i, reply] {
            reply->deleteLater();
            if (!m_replies.remove(reply))
                return;
            if (const auto error = reply->error()) {
                emit failed(*error);
                return;
            }
            auto decoded = PageCodec::decodeRecord(m_def, reply->body(), reply->url().path());
            if (auto *record = std::get_if<QJsonObject>(&decoded))
                batch->records[i] = *record;
            if (--batch->left == 0)
                batch->done(batch->records);
        });
    }
}

void RecordDetailFetcher::cancelAll()
{
    for (ApiReply *reply : std::exchange(m_replies, {})) {
        reply->disconnect(this);
        reply->cancel();
        reply->deleteLater();
    }
}
