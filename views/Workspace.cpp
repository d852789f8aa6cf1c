#include "Workspace.h"

#include "DetailPane.h"
#include "ErrorBanner.h"
#include "FacetPanel.h"
#include "FilterPanel.h"
#include "HistogramView.h"
#include "LogTableView.h"
#include "NoticeBar.h"
#include "OverviewController.h"
#include "core/AppSettings.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "net/ConnectionSession.h"
#include "sources/SourceRegistry.h"
#include "store/PageCache.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <memory>

Workspace::Workspace(PageCache *cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_banner(new ErrorBanner(this))
    , m_notice(new NoticeBar(this))
    , m_filters(new FilterPanel(this))
    , m_table(new LogTableView(this))
    , m_detail(new DetailPane(this))
    , m_histogram(new HistogramView(this))
    , m_facets(new FacetPanel(this))
    , m_overview(new OverviewController(m_histogram, m_facets, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    // The banner and the filters span the table and the detail pane: a row of filters as
    // wide as the table must not squeeze the detail on a small screen.
    m_splitter->setObjectName(QStringLiteral("tableDetailSplitter"));
    m_splitter->addWidget(m_facets);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({220, 760, 430});
    m_facets->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_filters);
    layout->addWidget(m_histogram);
    layout->addWidget(m_splitter, 1);

    // A range picked on the histogram, or a facet's value, becomes a filter.
    connect(m_overview, &OverviewController::rangeChosen, this,
            [this](const QString &from, const QString &to) {
                changeFilters([&](QMap<QString, QString> &f) {
                    f.remove(QLatin1String(Query::From));
                    f.remove(QLatin1String(Query::To));
                    if (!from.isEmpty())
                        f.insert(QLatin1String(Query::From), from);
                    if (!to.isEmpty())
                        f.insert(QLatin1String(Query::To), to);
                });
            });
    connect(m_facets, &FacetPanel::valueChosen, this,
            [this](const QString &key, const QString &value, bool exclude) {
                changeFilters([&](QMap<QString, QString> &f) {
                    const QString wanted = exclude ? QLatin1Char('!') + value : value;
                    if (f.value(key) == wanted)
                        f.remove(key); // a second click on the value filtered on clears it
                    else
                        f.insert(key, wanted);
                });
            });

    connect(m_filters, &FilterPanel::applied, this, &Workspace::applyFilters);
    connect(m_table, &LogTableView::recordActivated, this, [this] {
        showCurrentRecord();
        m_detail->setFocus();
    });
    connect(m_table, &LogTableView::sortRefused, this, [this](const QString &column) {
        emit message(tr("The server cannot sort by “%1”.").arg(column), 4000);
    });
    connect(m_table, &LogTableView::copied, this,
            [this](int rows) { emit message(tr("Copied %n row(s).", nullptr, rows), 3000); });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (RemoteLogModel *model = logModel())
            model->setQuery(model->query());
    });
    connect(m_detail, &DetailPane::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_cache, &PageCache::errorOccurred, this, [this](const QString &why) {
        m_banner->showMessage([why] {
            return std::pair(tr("The cache is not available"),
                             QString(why + QLatin1Char(' ')
                                     + tr("LogDeck works on without it; offline mode shows nothing.")));
        });
    });
}

RemoteLogModel *Workspace::logModel() const
{
    return m_session ? m_session->model() : nullptr;
}

QString Workspace::sourceKey() const
{
    return m_source ? m_source->key() : QString();
}

void Workspace::setModel(QAbstractItemModel *model)
{
    m_detail->clear();
    m_banner->hide();
    if (m_table->model() == model)
        return;
    m_table->setModel(model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &Workspace::showCurrentRecord);
}

void Workspace::showSource(ConnectionSession *session, SourceKind kind)
{
    if (m_source && m_table->model())
        m_table->saveLayout(sourceKey());
    if (m_session && m_session != session)
        m_session->model()->setLiveTail(false);
    m_session = session;
    m_dataset = nullptr;
    m_source = kind;
    follow(session, nullptr);
    const SourceDefinition &def = SourceDefinitions::get(kind);
    RemoteLogModel *model = session->model();
    const QString override = session->connection().pathOverride(kind);
    model->setServer(session->connection().baseUrl, override);
    m_filters->setDatasetMode(false);
    m_filters->setDefinition(def);
    m_filters->setFilters(AppSettings::filters(sourceKey()));
    m_detail->setServer(session->client(), session->connection().baseUrl,
                        override.isEmpty() ? QString() : override + QStringLiteral("/{id}"));
    setModel(model);
    Query q;
    q.source = kind;
    q.pageSize = session->connection().pageSize;
    q.filters = m_filters->filters();
    model->setQuery(q);
    m_table->applyDefaultLayout(def);
    m_table->restoreLayout(sourceKey());
    countOverview();
}

void Workspace::showDataset(DatasetLogModel *dataset, ConnectionSession *owner)
{
    if (m_source && m_table->model())
        m_table->saveLayout(sourceKey());
    if (m_session)
        m_session->model()->setLiveTail(false);
    m_session = nullptr;
    m_dataset = dataset;
    m_source = dataset->info()->source;
    follow(nullptr, dataset);
    const SourceDefinition &def = SourceDefinitions::get(*m_source);
    m_filters->setDefinition(def);
    m_filters->setDatasetMode(true);
    m_filters->setFilters(dataset->query().filters);
    // A file holds everything; the cache's API logs may need their histories fetched.
    if (owner)
        m_detail->setServer(owner->client(), owner->connection().baseUrl,
                            owner->connection().pathOverride(*m_source));
    else
        m_detail->setServer(nullptr, QUrl());
    setModel(dataset);
    m_table->applyDefaultLayout(def);
    m_table->restoreLayout(sourceKey());
    countOverview();
}

void Workspace::clear()
{
    follow(nullptr, nullptr);
    m_overview->clear();
    m_table->setModel(nullptr);
    m_detail->clear();
    m_session = nullptr;
    m_dataset = nullptr;
    m_source.reset();
}

void Workspace::follow(ConnectionSession *session, DatasetLogModel *dataset)
{
    for (const QMetaObject::Connection &c : std::exchange(m_followed, {}))
        disconnect(c);
    m_cachedAt.clear();
    if (dataset) {
        m_followed << connect(dataset, &DatasetLogModel::totalChanged, this, &Workspace::statusChanged)
                   << connect(dataset, &DatasetLogModel::buildStateChanged, this,
                              [this, dataset, growing = std::make_shared<bool>(dataset->isGrowing())] {
                                  // An import's dataset is counted again once all of it is in.
                                  if (std::exchange(*growing, dataset->isGrowing()) && !*growing)
                                      countOverview();
                                  emit statusChanged();
                              })
                   << connect(dataset, &DatasetLogModel::windowLoaded, this, &Workspace::showArrivedRecord);
    }
    if (!session)
        return;
    RemoteLogModel *model = session->model();
    m_followed << connect(model, &RemoteLogModel::errorOccurred, this, &Workspace::modelError)
               << connect(model, &RemoteLogModel::loadingChanged, this, &Workspace::statusChanged)
               << connect(model, &RemoteLogModel::totalChanged, this, &Workspace::statusChanged)
               << connect(model, &RemoteLogModel::pageLoaded, this,
                          [this] {
                              m_cachedAt.clear();
                              emit statusChanged();
                              showArrivedRecord();
                          })
               << connect(model, &RemoteLogModel::servedFromCache, this,
                          [this](int, const QDateTime &fetchedAt) {
                              m_cachedAt = QLocale().toString(fetchedAt.toLocalTime(), QLocale::ShortFormat);
                              emit statusChanged();
                          })
               << connect(model, &RemoteLogModel::rangeAppliedLocally, this,
                          [this] {
                              m_banner->showMessage([] {
                                  return std::pair(
                                      tr("The server's list is not in time order"),
                                      tr("The date range could not be found by bisection; it is applied to "
                                         "the rows loaded so far only. Scroll down to load more."));
                              });
                          })
               << connect(model, &RemoteLogModel::newRecordsArrived, this,
                          [this](int count) {
                              emit message(tr("%n new record(s) at the top.", nullptr, count), 4000);
                          })
               << connect(session->client(), &ApiClient::inFlightChanged, this, &Workspace::statusChanged)
               << connect(session->client(), &ApiClient::waitingChanged, this, &Workspace::statusChanged);
}

void Workspace::showArrivedRecord()
{
    // The row the user selected may just have arrived.
    if (m_detail->record().isEmpty() && m_table->currentIndex().isValid())
        showCurrentRecord();
}

void Workspace::applyFilters(const QMap<QString, QString> &filters)
{
    m_banner->hide();
    m_detail->clear();
    if (m_dataset) {
        Query q;
        q.source = m_dataset->info()->source;
        q.filters = filters;
        m_dataset->setQuery(q, m_filters->searchText());
        countOverview();
        return;
    }
    RemoteLogModel *model = logModel();
    if (!model || !m_source)
        return;
    AppSettings::setFilters(sourceKey(), filters);
    Query q = model->query();
    q.source = *m_source;
    q.filters = filters;
    model->setQuery(q);
    countOverview();
    emit queryChanged();
}

void Workspace::countOverview()
{
    if (m_dataset && m_dataset->info())
        m_overview->showDataset(m_dataset, m_dataset->query(), m_dataset->search());
    else if (m_session && m_source)
        m_overview->showServer(m_session, m_session->model()->query());
}

void Workspace::changeFilters(const std::function<void(QMap<QString, QString> &)> &change)
{
    QMap<QString, QString> filters = m_filters->filters();
    change(filters);
    m_filters->setFilters(filters);
    m_filters->apply();
}

void Workspace::setHistogramShown(bool shown)
{
    m_histogram->setVisible(shown);
    m_overview->setHistogramShown(shown);
}

void Workspace::followOverviewActions(QAction *histogram, QAction *facets)
{
    connect(histogram, &QAction::toggled, this, &Workspace::setHistogramShown);
    connect(facets, &QAction::toggled, this, &Workspace::setFacetsShown);
    setHistogramShown(histogram->isChecked());
    setFacetsShown(facets->isChecked());
}

void Workspace::refresh()
{
    if (RemoteLogModel *model = logModel())
        model->refresh();
    m_overview->forgetCounts();
    countOverview();
}

void Workspace::setFacetsShown(bool shown)
{
    m_facets->setVisible(shown);
    m_overview->setFacetsShown(shown);
}

void Workspace::showCurrentRecord()
{
    const QModelIndex index = m_table->currentIndex();
    if (!m_table->model() || !m_source || !index.isValid())
        return;
    const QJsonObject record = index.siblingAtColumn(0).data(LogRoles::RecordRole).toJsonObject();
    if (record.isEmpty()) {
        m_detail->clear(); // its page is on the way; pageLoaded brings it back here
        return;
    }
    if (record != m_detail->record())
        m_detail->showRecord(SourceDefinitions::get(*m_source), record);
}

void Workspace::refreshTimes()
{
    m_table->viewport()->update();
    countOverview(); // the buckets follow the clock shown
    if (m_source && !m_detail->record().isEmpty())
        m_detail->showRecord(SourceDefinitions::get(*m_source), m_detail->record());
}

void Workspace::clearSelection()
{
    m_table->clearSelection();
    m_detail->clear();
    m_banner->hide();
}

void Workspace::goToId(const QString &id)
{
    RemoteLogModel *model = logModel();
    if (!model || !m_source)
        return;
    const SourceDefinition &def = SourceDefinitions::get(*m_source);
    if (const int row = model->findLoadedRow(id); row >= 0) {
        m_table->setCurrentIndex(model->index(row, 0));
        m_table->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        return;
    }
    if (!def.detailPath.isEmpty() && !model->isOffline()) {
        // API logs: the server has it by id, whatever the list shows.
        m_table->clearSelection();
        m_detail->showRecord(def, QJsonObject {{def.idField, id}});
        return;
    }
    const quint64 ticket = m_cache->findRecord(m_source->key(), id);
    auto *context = new QObject(this);
    connect(m_cache, &PageCache::recordFound, context,
            [this, ticket, context](quint64 t, const QJsonObject &r) {
                if (t != ticket)
                    return;
                context->deleteLater();
                if (m_source)
                    m_detail->showRecord(SourceDefinitions::get(*m_source), r);
                emit message(tr("Found in the cache."), 4000);
            });
    connect(m_cache, &PageCache::recordMissing, context, [this, ticket, context, id](quint64 t) {
        if (t != ticket)
            return;
        context->deleteLater();
        m_banner->showMessage([id] {
            return std::pair(tr("Not found"),
                             tr("No record with ID “%1” is loaded or in the cache for this source.").arg(id));
        });
    });
}

void Workspace::saveLayout() const
{
    AppSettings::setWindowLayout(QStringLiteral("detailSplitter"), m_splitter->saveState());
    if (m_source && m_table->model())
        m_table->saveLayout(sourceKey());
}

void Workspace::restoreLayout()
{
    m_splitter->restoreState(AppSettings::windowLayout(QStringLiteral("detailSplitter")));
}

std::optional<TransferController::Scope> Workspace::exportScope(bool selectionOnly) const
{
    if (!m_source)
        return std::nullopt;
    TransferController::Scope scope;
    scope.source = *m_source;
    if (m_dataset) {
        scope.query = m_dataset->query();
        scope.origin = m_dataset->info()->origin;
    } else if (m_session) {
        scope.query = m_session->model()->query();
        scope.origin = m_session->connection().baseUrl.adjusted(QUrl::RemoveUserInfo).toString();
        scope.session = m_session;
    }
    if (selectionOnly || !scope.session) {
        for (int row : m_table->selectedRows())
            scope.selection << m_table->model()->index(row, 0).data(LogRoles::RecordRole).toJsonObject();
    }
    return scope;
}
