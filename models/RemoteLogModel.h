#pragma once

#include "api/ApiError.h"
#include "api/Query.h"
#include "api/SourceDefinition.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUrl>

#include <optional>

class ApiClient;
class ApiReply;
class QTimer;

// A server's log as a table. After the first page, the row count is the server's total,
// and only the pages the view asks rows of are fetched, plus one page of prefetch in the
// direction of travel: row 900,000 of a million costs one request, not 9,000. Rows not
// loaded yet are placeholders (IsPlaceholderRole). Pages live in a bounded LRU, so memory
// follows what is on screen, not how far the user scrolled. Requests for pages that have
// scrolled out of reach are cancelled. Where the server sends no total (a bare array),
// the model grows through canFetchMore()/fetchMore() instead.
class RemoteLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RecordRole = Qt::UserRole + 1, // the whole record, QJsonObject
        RawValueRole, // the field as the server sent it (QJsonValue → QVariant)
        IsPlaceholderRole, // true while the row's page is not loaded
        RecordIdRole, // the record's id as text
        ColumnKeyRole, // headerData: the column's field key
        RemoteSortableRole, // headerData: whether the server can sort by it
    };
    Q_ENUM(Role)

    explicit RemoteLogModel(ApiClient *client, QObject *parent = nullptr);
    ~RemoteLogModel() override;

    void setServer(const QUrl &baseUrl, const QString &pathOverride = {});
    // Starts over with a new query: the first page is requested at once.
    void setQuery(const Query &query);
    Query query() const { return m_query; }
    const SourceDefinition &definition() const { return *m_definition; }
    // Fetches the pages in view again, keeping rows and scroll position.
    void refresh();

    void setMaxCachedPages(int pages);
    int cachedPageCount() const { return int(m_pages.size()); }
    int pendingPageCount() const { return int(m_pending.size()); }
    int requestCount() const { return m_requestCount; } // pages requested since setQuery
    int cancelledCount() const { return m_cancelledCount; } // of which cancelled
    std::optional<qint64> total() const { return m_total; }
    bool isLoading() const { return !m_pending.isEmpty(); }
    std::optional<ApiError> lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void pageLoaded(int page);
    // A sort the server cannot do was asked for; nothing changed.
    void sortRefused(const QString &columnKey);

private:
    int pageSize() const;
    void want(int page) const; // called from data(): queue, never fetch re-entrantly
    void processWanted();
    void request(int page);
    void onReply(int page, ApiReply *reply);
    void touch(int page);
    void evict();
    void clearPending();

    ApiClient *m_client;
    QUrl m_baseUrl;
    QString m_pathOverride;
    Query m_query;
    const SourceDefinition *m_definition;
    int m_generation = 0; // bumps on setQuery: late answers of an old query are dropped

    QHash<int, QList<QJsonObject>> m_pages;
    QList<int> m_lru; // most recent last
    QHash<int, ApiReply *> m_pending;
    // Pages the view asked rows of, with when (ms on m_clock). Requests go out once the
    // asking has paused for a moment (or at least every so often while it goes on), and
    // only for the pages of the latest paint: a fast scroll does not request every page
    // it passes over.
    mutable QHash<int, qint64> m_wantedAt;
    mutable qint64 m_batchStart = -1;
    mutable quint32 m_wantSequence = 0;
    QTimer *m_wantTimer;
    QElapsedTimer m_clock;
    int m_lastPage = 0;
    int m_maxCachedPages = 64;
    std::optional<qint64> m_total;
    int m_rows = 0;
    bool m_reachedEnd = false; // no-total mode: a short page was seen
    int m_requestCount = 0;
    int m_cancelledCount = 0;
    std::optional<ApiError> m_lastError;
};
