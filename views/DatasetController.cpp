#include "DatasetController.h"

#include "ErrorBanner.h"
#include "SourceSidebar.h"
#include "core/AppSettings.h"
#include "itemmodels/DatasetLogModel.h"
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
    return model->isCache() ? tr("Cached: %1").arg(EnumText::sourceTitle(model->info()->source))
                            : QFileInfo(model->path()).fileName();
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
            AppSettings::addRecentDataset(key);
            m_sidebar->addDataset(key, QFileInfo(key).completeBaseName(), toolTip(info));
            m_sidebar->setDatasetToolTip(key, toolTip(info)); // opened again: a new file
        } else if (isNew) {
            m_sidebar->addDataset(key, title(model), toolTip(info));
        }
        if (m_listOnly.remove(key)) {
            emit listed(key);
            return;
        }
        emit opened(key);
        if (const Note note = m_noteOnOpen.take(key))
            m_banner->showMessage(note);
    });
    connect(model, &DatasetLogModel::errorOccurred, this,
            [this, model, key, failureTitle](const QString &message) {
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
    create(path, tr("Cannot open the dataset"))->open(path);
}

void DatasetController::list(const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (sortDropped({QUrl::fromLocalFile(path)}).datasets.isEmpty())
        return; // JSON Lines or CSV: no dataset to list
    m_listOnly.insert(path);
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
    if (note)
        m_noteOnOpen.insert(path, note);
    if (DatasetLogModel *open = m_datasets.value(path))
        open->open(path); // the file under that name is a new one now
    else
        this->open(path);
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
