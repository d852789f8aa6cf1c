#pragma once

#include "TransferController.h"
#include "core/SourceKind.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

class ConnectionSession;
class QAction;
class QAbstractItemModel;
class DatasetLogModel;
class DetailPane;
class ErrorBanner;
class FacetPanel;
class HistogramView;
class OverviewController;
class FilterPanel;
class LogTableView;
class NoticeBar;
class PageCache;
class QSplitter;
class RemoteLogModel;
struct ApiError;

// What is on screen right of the sidebar: the banner and the filters above the table and
// the record's detail. Shows one source of a connection (its RemoteLogModel) or one
// dataset, applies the filters to it, shows the current row's record and finds records
// by id. Owns which of those is shown; the window wires it to the rest.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    Workspace(PageCache *cache, QWidget *parent = nullptr);

    void showSource(ConnectionSession *session, SourceKind kind);
    // `owner`: the connection whose cache the dataset is, for the histories it may lack.
    void showDataset(DatasetLogModel *dataset, ConnectionSession *owner);
    void clear(); // the session shown is going away

    ConnectionSession *session() const { return m_session; } // when a server's source is shown
    DatasetLogModel *dataset() const { return m_dataset; }
    std::optional<SourceKind> source() const { return m_source; }
    RemoteLogModel *logModel() const;

    // The current row's record in the detail pane (it may just have arrived).
    void showCurrentRecord();
    // Shows times anew (UTC or local).
    void refreshTimes();
    void clearSelection();
    // The record with this id: a loaded row, the server's detail, or the cache.
    void goToId(const QString &id);

    // What File → Export writes: the query shown and where it is from; the selected rows
    // where only they are asked for, or where there is no server to ask. None: nothing shown.
    std::optional<TransferController::Scope> exportScope(bool selectionOnly) const;

    void saveLayout() const;
    void restoreLayout();

    ErrorBanner *banner() const { return m_banner; }
    NoticeBar *notice() const { return m_notice; }
    FilterPanel *filters() const { return m_filters; }
    LogTableView *table() const { return m_table; }
    DetailPane *detail() const { return m_detail; }
    HistogramView *histogram() const { return m_histogram; }
    FacetPanel *facets() const { return m_facets; }
    OverviewController *overview() const { return m_overview; }
    void setHistogramShown(bool shown);
    void setFacetsShown(bool shown);
    // The actions that show and hide the histogram and the facets, and their state now.
    void followOverviewActions(QAction *histogram, QAction *facets);
    // Fetches the rows again, and counts them again rather than from the session's counts.
    void refresh();

    // When the rows shown were fetched, if they came from the cache (empty otherwise).
    QString cachedAt() const { return m_cachedAt; }

signals:
    void queryChanged(); // new filters: what live tail can do may have changed
    void message(const QString &text, int timeoutMs); // for the status bar
    void statusChanged(); // rows, requests or state of what is shown
    void modelError(const ApiError &error); // of the source shown

private:
    void applyFilters(const QMap<QString, QString> &filters);
    // Sets filters as if typed into the panel, and applies them (histogram, facets).
    void changeFilters(const std::function<void(QMap<QString, QString> &)> &change);
    void countOverview();
    void setModel(QAbstractItemModel *model);
    // Listens to what is shown only: the models of sources not on screen say nothing here.
    void follow(ConnectionSession *session, DatasetLogModel *dataset);
    void showArrivedRecord();
    QString sourceKey() const;

    PageCache *m_cache;
    ErrorBanner *m_banner;
    NoticeBar *m_notice;
    FilterPanel *m_filters;
    LogTableView *m_table;
    DetailPane *m_detail;
    HistogramView *m_histogram;
    FacetPanel *m_facets;
    OverviewController *m_overview;
    QSplitter *m_splitter;
    ConnectionSession *m_session = nullptr;
    DatasetLogModel *m_dataset = nullptr;
    std::optional<SourceKind> m_source;
    QString m_cachedAt;
    QList<QMetaObject::Connection> m_followed;
};
