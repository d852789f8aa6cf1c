#pragma once

#include "core/SourceKind.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

class DatasetLogModel;
struct DatasetInfo;
class ErrorBanner;
class SearchIndexJob;
class SourceSidebar;
class QUrl;

// The datasets open in the window, each listed under Datasets in the sidebar: .logdeck
// files (from File → Open, the recent list, a drop, an import that finished) and the
// cache of one connection's source. Keyed by path, or by "cache:<connection>:<source>".
// Showing one is the window's (selectDataset); this opens, lists and names them, shows an
// import's dataset while it is written, and builds the search index of any that lacks
// one (SearchIndexJob) while it is shown.
class DatasetController : public QObject
{
    Q_OBJECT
public:
    // Shown once the dataset is on screen (an import's skipped lines): a title and words.
    using Note = std::function<std::pair<QString, QString>()>;

    DatasetController(const QString &cachePath, SourceSidebar *sidebar, ErrorBanner *banner, QObject *parent);

    // A .logdeck file: opened(path) follows, or a message in the banner.
    void open(const QString &file);
    // A dataset just written (an export): listed under Datasets, not shown; listed(path)
    // follows. Listed already: read again.
    void list(const QString &path);
    // Open on a notice: a dataset opens here, another file in the desktop's program for it.
    void openFile(const QString &path);
    // The file under this name was written anew (an import): it is opened again, or, if
    // it was shown while written (openGrowing), read from its new name.
    void reopen(const QString &path, const Note &note = {});
    // An import's file while it is written (ImportJob::browsable), shown at once under its
    // target's name; grew() reads it again as records are added.
    void openGrowing(const QString &target, const QString &partPath);
    void grew(const QString &target);
    // The import ended without a dataset (discarded, failed): it goes from the sidebar,
    // closing() first, for whoever shows it; a dataset it was to replace is read again.
    void discard(const QString &target);
    // Everything the cache holds of one connection's source, as a dataset.
    void openCache(const QString &connectionId, const QString &connectionName, const QString &cacheOrigin,
                   SourceKind source);
    DatasetLogModel *dataset(const QString &key) const { return m_datasets.value(key); }
    QString cacheOwner(const QString &key) const { return m_cacheOwners.value(key); } // a connection id
    static QString title(const DatasetLogModel *model);
    void retranslate();

    // Files dropped on the window: datasets to open, record files to import.
    struct Dropped {
        QStringList datasets;
        QStringList records;
        bool isEmpty() const { return datasets.isEmpty() && records.isEmpty(); }
    };
    static Dropped sortDropped(const QList<QUrl> &urls);

signals:
    void opened(const QString &key);
    void listed(const QString &key);
    void openFailed(const QString &key);
    void closing(const QString &key, DatasetLogModel *model);

private:
    DatasetLogModel *create(const QString &key, const QString &failureTitle);
    static QString toolTip(const DatasetInfo &info);
    void buildSearchIndex(const QString &key);
    void stopSearchIndex(const QString &key); // the file is replaced

    QString m_cachePath;
    SourceSidebar *m_sidebar;
    ErrorBanner *m_banner;
    QHash<QString, DatasetLogModel *> m_datasets; // by key
    QHash<QString, QString> m_cacheOwners; // "cache:…" key → its connection
    QHash<QString, Note> m_noteOnOpen;
    QSet<QString> m_listOnly; // being opened to be listed, not shown
    QSet<QString> m_growing; // an import's, shown while it is written
    QSet<QString> m_written; // by this window: an unfinished search index is no news
    QHash<QString, SearchIndexJob *> m_indexJobs; // by key
};
