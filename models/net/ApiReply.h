#pragma once

#include "net/ApiError.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiClient;
class QNetworkReply;
class QTimer;

// One logical GET, across its retries. Emits finished() exactly once: with the body of a
// 2xx answer, or with a typed error. Owned by the caller (delete it or deleteLater()).
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error; }
    QByteArray body() const { return m_body; }
    int httpStatus() const { return m_status; }
    std::optional<ApiError> error() const { return m_error; }
    int attempts() const { return m_attempts; }

    // The caller no longer wants the answer: the transfer is aborted at once (or never
    // started, if it was still queued) and finished() reports Cancelled.
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, const QUrl &url);
    void finish(std::optional<ApiError> error);

    ApiClient *m_client;
    QUrl m_url;
    QPointer<QNetworkReply> m_network;
    QTimer *m_retryTimer = nullptr;
    QByteArray m_body;
    int m_status = 0;
    int m_attempts = 0;
    int m_redirects = 0; // followed in the current attempt
    int m_rateLimitWaits = 0; // 429/503 answers waited out
    bool m_queued = false;
    bool m_finished = false;
    std::optional<ApiError> m_error;
};
