#include "DatasetController.h"

#include "ErrorBanner.h"
#include "SourceSidebar.h"
#include "core/AppSettings.h"
#include "dataset/RecordSink.h"
#include "itemmodels/DatasetLogModel.h"
#include "jobs/SearchIndexJob.h"
#include "sources/EnumText.h"
#include "store/CacheDatabase.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

DatasetController::DatasetController(const QString &cachePath, SourceSidebar *sidebar, ErrorBanner *banner,
                                     QObject *parent)
    : QObject(parent)
    , m_cachePath(cachePath.isEmpty() ? CacheDatabase::defaultPath() : cachePath)
    , m_sidebar(sidebar)
    , m_banner(banner)
{ }

QString DatasetController::title(const DatasetLogModel *model)
{
    if (model->isCache())
        return tr("Cached: %1").arg(EnumText::sourceTitle(model->info()->source));
    // While written, the file has a temporary name; the user chose the target's.
    const QString path = model->isGrowing() ? RecordSink::targetOf(model->path()) : model->path();
    return QFileInfo(path).fileName();
}

QString DatasetController::toolTip(const DatasetInfo &info)
{
    return tr("%1 · %2 records · from %3")
        .arg(EnumText::sourceTitle(info.source), QLocale().toString(info.recordCount), info.origin);
}

void DatasetController::retranslate()
{
    for (auto it = m_datasets.cbegin(); it != m_datasets.cend(); ++it) {
        if (const auto info = it.value()->info()) {
            m_sidebar->setDatasetToolTip(it.key(), toolTip(*info));
            if (it.value()->isCache())
                m_sidebar->setDatasetTitle(it.key(), title(it.value()));
        }
    }
}

DatasetLogModel *DatasetController::create(const QString &key, const QString &failureTitle)
{
    auto *model = new DatasetLogModel(this);
    connect(model, &DatasetLogModel::opened, this, [this, model, key](const DatasetInfo &info) {
        const bool isNew = !m_datasets.contains(key);
        m_datasets.insert(key, model);
        if (!model->isCache()) {
            if (!m_growing.contains(key)) // listed once it is complete
                AppSettings::addRecentDataset(key);
            m_sidebar->addDataset(key, QFileInfo(key).completeBaseName(), toolTip(info));
            m_sidebar->setDatasetToolTip(key, toolTip(info)); // opened again: a new file
        } else if (isNew) {
            m_sidebar->addDataset(key, title(model), toolTip(info));
        }
        const bool listOnly = m_listOnly.remove(key);
        if (listOnly)
            emit listed(key);
        else
            emit opened(key);
        if (const Note note = m_noteOnOpen.take(key))
            m_banner->showMessage(note);
        if (model->isCache() || info.searchIndexed || m_growing.contains(key))
            return;
        if (!m_written.contains(key) && !listOnly)
            m_banner->showMessage([name = QFileInfo(key).fileName()] {
                return std::pair(tr("The search index of %1 is not finished").arg(name),
                                 tr("It is being built now. Rows, filters and sort work meanwhile; a "
                                    "search scans the records, which is slower."));
            });
        buildSearchIndex(key);
    });
    connect(model, &DatasetLogModel::infoChanged, this,
            [this, key](const DatasetInfo &info) { m_sidebar->setDatasetToolTip(key, toolTip(info)); });
    connect(model, &DatasetLogModel::errorOccurred, this,
            [this, model, key, failureTitle](const QString &message) {
                // A short import renamed its file before the model read it: the import's
                // end opens it under its name (reopen(), follow()); nothing failed.
                if (m_growing.contains(key) && !QFileInfo::exists(model->path()))
                    return;
                m_listOnly.remove(key);
                if (!m_datasets.contains(key))
                    model->deleteLater(); // never opened
                m_banner->showMessage([failureTitle, message] { return std::pair(failureTitle, message); });
                emit openFailed(key);
            });
    return model;
}

void DatasetController::open(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (m_datasets.contains(path)) {
        emit opened(path);
        return;
    }
    if (m_listOnly.remove(path))
        return; // being opened to be listed (an export just finished): shown when it is
    create(path, tr("Cannot open the dataset"))->open(path);
}

void DatasetController::list(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (sortDropped({QUrl::fromLocalFile(path)}).datasets.isEmpty())
        return; // JSON Lines or CSV: no dataset to list
    m_listOnly.insert(path);
    m_written.insert(path);
    stopSearchIndex(path);
    if (DatasetLogModel *open = m_datasets.value(path))
        open->open(path); // written anew under the same name
    else
        create(path, tr("Cannot open the dataset"))->open(path);
}

void DatasetController::openFile(const QString &path)
{
    if (sortDropped({QUrl::fromLocalFile(path)}).datasets.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else
        open(path);
}

void DatasetController::reopen(const QString &path, const Note &note)
{
    m_written.insert(path);
    DatasetLogModel *open = m_datasets.value(path);
    if (open && m_growing.remove(path)) {
        // Shown while written: the same records, now complete under the target's name.
        open->follow(path);
        open->setGrowing(false);
        AppSettings::addRecentDataset(path);
        if (note)
            m_banner->showMessage(note);
        buildSearchIndex(path);
        return;
    }
    if (note)
        m_noteOnOpen.insert(path, note);
    stopSearchIndex(path);
    if (open)
        open->open(path); // the file under that name is a new one now
    else
        this->open(path);
}

void DatasetController::openGrowing(const QString &target, const QString &partPath)
{
    stopSearchIndex(target);
    m_growing.insert(target);
    m_written.insert(target);
    DatasetLogModel *model = m_datasets.value(target);
    if (!model)
        model = create(target, tr("Cannot open the dataset"));
    model->open(partPath);
    model->setGrowing(true);
}

void DatasetController::grew(const QString &target)
{
    DatasetLogModel *model = m_datasets.value(target);
    if (model && m_growing.contains(target))
        model->refresh();
}

void DatasetController::discard(const QString &target)
{
    if (!m_growing.remove(target))
        return;
    DatasetLogModel *model = m_datasets.value(target);
    if (model && QFileInfo::exists(target)) {
        // The import was to replace a dataset that stays as it was: shown again.
        model->setGrowing(false);
        model->open(target);
        return;
    }
    m_datasets.remove(target);
    m_sidebar->removeDataset(target);
    AppSettings::removeRecentDataset(target);
    if (model) {
        emit closing(target, model);
        model->deleteLater();
    }
}

void DatasetController::buildSearchIndex(const QString &key)
{
    DatasetLogModel *model = m_datasets.value(key);
    if (!model)
        return;
    if (const SearchIndexJob *running = m_indexJobs.value(key)) {
        model->setSearchIndexPercent(running->percent());
        return;
    }
    auto *job = new SearchIndexJob(model->path(), this);
    m_indexJobs.insert(key, job);
    model->setSearchIndexPercent(0);
    connect(job, &SearchIndexJob::progress, this, [this, key](int percent) {
        if (DatasetLogModel *shown = m_datasets.value(key))
            shown->setSearchIndexPercent(percent);
    });
    connect(job, &SearchIndexJob::finished, this, [this, key, job](bool ok) {
        if (m_indexJobs.value(key) == job)
            m_indexJobs.remove(key);
        job->deleteLater();
        DatasetLogModel *model = m_datasets.value(key);
        if (!model || model->path() != job->path())
            return;
        if (ok) {
            model->setSearchIndexed();
            return;
        }
        model->setSearchIndexPercent(-1);
        if (!job->errorString().isEmpty())
            m_banner->showMessage([name = QFileInfo(key).fileName(), error = job->errorString()] {
                return std::pair(tr("Cannot finish the search index of %1").arg(name),
                                 tr("%1. Rows, filters and sort work; a search scans the records, which "
                                    "is slower.")
                                     .arg(error));
            });
    });
    job->start();
}

void DatasetController::stopSearchIndex(const QString &key)
{
    // Waits for the step under way: a fraction of a second.
    delete m_indexJobs.take(key);
}

void DatasetController::openCache(const QString &connectionId, const QString &connectionName,
                                  const QString &cacheOrigin, SourceKind source)
{
    const QString key = QStringLiteral("cache:%1:%2").arg(connectionId, source.key());
    if (DatasetLogModel *open = m_datasets.value(key)) {
        open->setQuery(open->query(), open->search()); // what was cached since
        emit opened(key);
        return;
    }
    m_cacheOwners.insert(key, connectionId);
    create(key, tr("Cannot open the cache"))->openCache(m_cachePath, cacheOrigin, source, connectionName);
}

DatasetController::Dropped DatasetController::sortDropped(const QList<QUrl> &urls)
{
    static const QStringList recordSuffixes = {QStringLiteral("jsonl"), QStringLiteral("ndjson"),
                                               QStringLiteral("json"), QStringLiteral("csv")};
    Dropped dropped;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"logdeck")
            dropped.datasets << path;
        else if (recordSuffixes.contains(suffix))
            dropped.records << path;
    }
    return dropped;
}
