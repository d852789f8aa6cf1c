#pragma once

#include "core/Query.h"
#include "net/ApiError.h"
#include "net/PageCodec.h"

#include <QDateTime>
#include <QObject>

#include <optional>

// Where a table model's pages come from, behind an interface a test can fake: the
// server with write-through to the cache, or the cache alone offline (ServerPageSource).
// A fetch returns a ticket; its answer arrives later, from the event loop, as exactly
// one of loaded, failed or notCached with that ticket, unless it was cancelled.
class PageSource : public QObject
{
    Q_OBJECT
public:
    struct Origin {
        bool fromCache = false;
        QDateTime fetchedAt; // from the cache: when the server sent it
        QUrl url; // from the server: the request's URL
    };

    using QObject::QObject;

    // Page `page` (0-based) of `query`, query.pageSize records per page. 0 when the query
    // cannot be asked (`problem` says why) or when offline there is nothing to ask: then
    // notCached follows.
    virtual quint64 fetch(int page, const Query &query, std::optional<ApiError> *problem) = 0;
    virtual void cancel(quint64 ticket) = 0;
    // A page as the server sent it, for offline use later (write-through).
    virtual void remember(int page, const Query &query, const Page &result) = 0;
    // The server's own page maximum for the query's endpoint, once learned (0: none).
    virtual int pageSizeLimit(const Query &query) const = 0;
    virtual void learnPageSizeLimit(const Query &query, int pageSize) = 0;
    virtual bool isOffline() const = 0;

signals:
    void loaded(quint64 ticket, int page, const Page &result, const Origin &origin);
    void failed(quint64 ticket, int page, const ApiError &error);
    void notCached(quint64 ticket, int page);
};
