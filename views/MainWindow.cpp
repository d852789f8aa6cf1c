#include "MainWindow.h"

#include "DatasetController.h"
#include "DetailPane.h"
#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "LogDeckVersion.h"
#include "LogTableView.h"
#include "MainActions.h"
#include "SourceSidebar.h"
#include "StatusFields.h"
#include "TransferController.h"
#include "WelcomePage.h"
#include "core/AppSettings.h"
#include "core/TimeDisplay.h"
#include "core/Translations.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "net/ApiClient.h"
#include "net/ConnectionSession.h"
#include "sources/SourceRegistry.h"
#include "store/PageCache.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(const QString &cachePath, QWidget *parent)
    : QMainWindow(parent)
    , m_cachePath(cachePath)
    , m_cache(new PageCache(cachePath, this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/logdeck.svg")));
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    createWorkspace();
    createConnections();
    createTransfers();
    createActions();
    createDatasets();
    connect(m_welcome, &WelcomePage::tryDemo, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::addConnection, m_connections, &ConnectionController::addConnection);
    connect(m_welcome, &WelcomePage::openDataset, this, &MainWindow::chooseDataset);
    setAcceptDrops(true);
    connect(m_cache, &PageCache::errorOccurred, this, [this](const QString &message) {
        errorBanner()->showMessage([message] {
            return std::pair(tr("The cache is not available"),
                             QString(message + QLatin1Char(' ')
                                     + tr("LogDeck works on without it; offline mode shows nothing.")));
        });
    });
    retranslate();
    // A first run fills most of the screen, never more than it.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1440, 900);
    resize(QSize(1440, 900).boundedTo(available * 0.94));
    restoreLayout();
    m_connections->loadSaved();
    showWorkspace(!m_connections->sessions().isEmpty());
}

MainWindow::~MainWindow()
{
    // Models first: they talk to the cache and to clients the sessions own.
    delete m_connections;
}

void MainWindow::createWorkspace()
{
    m_sidebar = new SourceSidebar(this);
    m_workspace = new Workspace(m_cache, this);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("sidebarSplitter"));
    m_outer->addWidget(m_sidebar);
    m_outer->addWidget(m_workspace);
    m_outer->setStretchFactor(1, 1);
    m_outer->setSizes({250, 1190});
    m_stack->addWidget(m_outer);
    m_status = new StatusFields(statusBar());

    connect(m_sidebar, &SourceSidebar::sourceActivated, this, &MainWindow::selectSource);
    connect(m_sidebar, &SourceSidebar::datasetActivated, this, &MainWindow::selectDataset);
    connect(m_workspace, &Workspace::message, statusBar(), &QStatusBar::showMessage);
    connect(m_workspace, &Workspace::queryChanged, this, [this] {
        m_actions->liveTail->setEnabled(logModel() && logModel()->canLiveTail());
        updateStatus();
    });
    connect(m_workspace->banner(), &ErrorBanner::tokenRequested, this,
            [this] { m_connections->promptForToken(currentConnectionId()); });
    connect(m_workspace->banner(), &ErrorBanner::offlineRequested, this, [this] { setOffline(true); });
}

void MainWindow::createActions()
{
    m_actions = new MainActions(this);
    connect(m_actions->addConnection, &QAction::triggered, m_connections,
            &ConnectionController::addConnection);
    connect(m_actions->demo, &QAction::triggered, this, &MainWindow::startDemo);
    connect(m_actions->openDataset, &QAction::triggered, this, &MainWindow::chooseDataset);
    connect(m_actions->exportRecords, &QAction::triggered, this, &MainWindow::exportRecords);
    connect(m_actions->importRecords, &QAction::triggered, this, [this] { importRecords(); });
    connect(m_actions->refresh, &QAction::triggered, this, [this] {
        if (RemoteLogModel *model = logModel())
            model->refresh();
    });
    connect(m_actions->liveTail, &QAction::toggled, this, [this](bool on) {
        if (RemoteLogModel *model = logModel())
            model->setLiveTail(on, 10000);
        updateStatus();
    });
    connect(m_actions->offline, &QAction::toggled, this, &MainWindow::setOffline);
    connect(m_actions->cached, &QAction::triggered, this, &MainWindow::openCachedRecords);
    TimeDisplay::setUtc(m_actions->utc->isChecked());
    connect(m_actions->utc, &QAction::toggled, this, [this](bool utc) {
        TimeDisplay::setUtc(utc);
        AppSettings::setUtcTimes(utc);
        m_workspace->refreshTimes();
    });
    connect(m_actions->filter, &QAction::triggered, filterPanel(), &FilterPanel::focusFirstField);
    connect(m_actions->goToId, &QAction::triggered, this, &MainWindow::goToId);
    connect(m_actions->clear, &QAction::triggered, m_workspace, &Workspace::clearSelection);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About LogDeck"),
                           tr("<h3>LogDeck %1</h3><p>A desktop explorer for communication, "
                              "notification and audit logs.</p>")
                               .arg(QStringLiteral(LOGDECK_VERSION)));
    });
    connect(m_actions, &MainActions::languageChosen, this, &MainWindow::setLanguage);
    connect(m_actions, &MainActions::appearanceChosen, this, &MainWindow::setAppearance);
    connect(m_actions, &MainActions::recentDatasetChosen, this, &MainWindow::openDataset);
    // The desktop's look needs nothing done; a chosen one is put on before the first paint.
    const auto savedAppearance = Appearance::fromKey(AppSettings::appearance());
    if (savedAppearance && *savedAppearance != Appearance::current())
        Appearance::apply(*savedAppearance);
}

void MainWindow::createDatasets()
{
    m_datasets = new DatasetController(m_cachePath, m_sidebar, errorBanner(), this);
    connect(m_datasets, &DatasetController::opened, this, [this](const QString &key) {
        m_actions->setRecentDatasets(AppSettings::recentDatasets());
        showWorkspace(true);
        selectDataset(key);
    });
    connect(m_datasets, &DatasetController::openFailed, this, [this] { showWorkspace(true); });
    connect(m_datasets, &DatasetController::totalChanged, this, &MainWindow::updateStatus);
    connect(m_datasets, &DatasetController::windowLoaded, this, [this](DatasetLogModel *model) {
        if (model == currentDataset())
            showArrivedRecord();
    });
}

void MainWindow::retranslate()
{
    const QString server = m_workspace->session() ? m_workspace->session()->connection().name : QString();
    setWindowTitle(server.isEmpty() ? tr("LogDeck") : tr("%1 — LogDeck").arg(server));
    m_actions->retranslate(language());
    m_datasets->retranslate();
    updateStatus();
}

void MainWindow::openCachedRecords()
{
    if (ConnectionSession *s = m_workspace->session())
        m_datasets->openCache(s->id(), s->connection().name, s->model()->cacheOrigin(), *currentSource());
}

void MainWindow::setTranslations(Translations *translations)
{
    m_translations = translations;
    retranslate();
}

QString MainWindow::language() const
{
    if (m_translations && !m_translations->language().isEmpty())
        return m_translations->language();
    return Translations::bestMatch(QLocale());
}

void MainWindow::setAppearance(Appearance::Mode mode)
{
    Appearance::apply(mode);
    AppSettings::setAppearance(Appearance::key(mode));
    m_actions->setAppearanceChecked(mode);
}

void MainWindow::setLanguage(const QString &language)
{
    if (!m_translations) {
        m_ownTranslations = std::make_unique<Translations>();
        m_translations = m_ownTranslations.get();
    }
    if (!m_translations->install(language))
        return;
    AppSettings::setLanguage(language);
    // Qt posts LanguageChange to every widget; what is formatted rather than translated
    // (numbers, dates in the status bar and the detail) is refreshed with it.
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A passing message ("Copied 3 rows.") would stay in the language being left.
        statusBar()->clearMessage();
    }
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && m_actions)
        m_actions->updateIcons();
    QMainWindow::changeEvent(event);
}

// ---------------------------------------------------------------- connections

void MainWindow::createConnections()
{
    m_connections = new ConnectionController(m_cache, m_sidebar, errorBanner(), this);
    connect(m_sidebar, &SourceSidebar::editConnectionRequested, m_connections,
            &ConnectionController::editConnection);
    connect(m_sidebar, &SourceSidebar::removeConnectionRequested, m_connections,
            &ConnectionController::removeConnection);
    connect(m_connections, &ConnectionController::sessionAdded, this, &MainWindow::wireSession);
    connect(m_connections, &ConnectionController::showSource, this, &MainWindow::selectSource);
    connect(m_connections, &ConnectionController::sessionChanged, this, [this](ConnectionSession *s) {
        if (s == m_workspace->session() && currentSource())
            selectSource(s->id(), *currentSource());
    });
    connect(m_connections, &ConnectionController::aboutToForget, this, [this](ConnectionSession *s) {
        if (s == m_workspace->session())
            m_workspace->clear();
    });
    connect(m_connections, &ConnectionController::countChanged, this, [this](int connections) {
        showWorkspace(connections > 0);
        retranslate();
    });
    connect(m_connections, &ConnectionController::demoStarting, m_welcome, &WelcomePage::setBusy);
    connect(m_connections, &ConnectionController::tokenPromptShown, this, &MainWindow::tokenPromptShown);
    connect(m_connections, &ConnectionController::savedTokenLoaded, this,
            [this](ConnectionSession *s, bool gotToken) {
                // Where the user left off, once its token is known (or known to be missing:
                // then the server's 401 brings up the prompt).
                const QString last = AppSettings::lastConnection();
                if (!m_workspace->session() && (last.isEmpty() || last == s->id() || !session(last))) {
                    const auto kind = SourceRegistry::instance().kindForKey(AppSettings::lastSource());
                    selectSource(s->id(), kind.value_or(SourceRegistry::instance().defaultKind()));
                } else if (s == m_workspace->session() && currentSource() && gotToken) {
                    selectSource(s->id(), *currentSource());
                }
            });
}

void MainWindow::wireSession(ConnectionSession *s)
{
    RemoteLogModel *model = s->model();
    connect(model, &RemoteLogModel::errorOccurred, this, [this, s](const ApiError &error) {
        if (s == m_workspace->session())
            onModelError(error);
    });
    connect(model, &RemoteLogModel::loadingChanged, this, [this, s] {
        if (s == m_workspace->session())
            updateStatus();
    });
    connect(model, &RemoteLogModel::totalChanged, this, &MainWindow::updateStatus);
    connect(model, &RemoteLogModel::pageLoaded, this, [this, s] {
        if (s != m_workspace->session())
            return;
        m_cachedAt.clear();
        updateStatus();
        showArrivedRecord();
    });
    connect(model, &RemoteLogModel::servedFromCache, this, [this, s](int, const QDateTime &fetchedAt) {
        if (s != m_workspace->session())
            return;
        m_cachedAt = QLocale().toString(fetchedAt.toLocalTime(), QLocale::ShortFormat);
        updateStatus();
    });
    connect(model, &RemoteLogModel::rangeAppliedLocally, this, [this] {
        errorBanner()->showMessage([] {
            return std::pair(tr("The server's list is not in time order"),
                             tr("The date range could not be found by bisection; it is applied to the rows "
                                "loaded so far only. Scroll down to load more."));
        });
    });
    connect(model, &RemoteLogModel::newRecordsArrived, this, [this](int count) {
        statusBar()->showMessage(tr("%n new record(s) at the top.", nullptr, count), 4000);
    });
    for (auto signal : {&ApiClient::inFlightChanged, &ApiClient::waitingChanged}) {
        connect(s->client(), signal, this, [this, s] {
            if (s == m_workspace->session())
                updateStatus();
        });
    }
}

// ---------------------------------------------------------------- sources

void MainWindow::showWorkspace(bool workspace)
{
    m_stack->setCurrentIndex(workspace ? 1 : 0);
    for (QAction *a : m_actions->sourceActions())
        a->setEnabled(workspace && (a != m_actions->cached || logModel()));
}

void MainWindow::selectSource(const QString &connectionId, SourceKind kind)
{
    ConnectionSession *s = session(connectionId);
    if (!s)
        return;
    for (QAction *a : m_actions->serverActions())
        a->setEnabled(a != m_actions->liveTail);
    m_sidebar->setCurrentSource(connectionId, kind);
    m_workspace->showSource(s, kind);
    {
        const QSignalBlocker block(m_actions->liveTail);
        m_actions->liveTail->setChecked(s->model()->isLiveTail());
        m_actions->liveTail->setEnabled(s->model()->canLiveTail());
        const QSignalBlocker blockOffline(m_actions->offline);
        m_actions->offline->setChecked(s->model()->isOffline());
    }
    AppSettings::setLastSource(kind);
    if (!s->isTransient())
        AppSettings::setLastConnection(s->id());
    retranslate();
}

void MainWindow::onModelError(const ApiError &error)
{
    errorBanner()->showError(error);
    if (ConnectionSession *s = m_workspace->session(); s && currentSource())
        s->markUnavailable(*currentSource(), error);
    if (error.kind == ApiError::Kind::Auth && m_workspace->session())
        m_connections->promptForToken(m_workspace->session()->id());
    updateStatus();
}

void MainWindow::setOffline(bool offline)
{
    {
        const QSignalBlocker block(m_actions->offline);
        m_actions->offline->setChecked(offline);
    }
    if (RemoteLogModel *model = logModel()) {
        model->setOffline(offline);
        m_actions->liveTail->setEnabled(model->canLiveTail());
    }
    updateStatus();
}

QString MainWindow::currentConnectionId() const
{
    return m_workspace->session() ? m_workspace->session()->id() : QString();
}

void MainWindow::showArrivedRecord()
{
    // The row the user selected may just have arrived.
    if (detailPane()->record().isEmpty() && table()->currentIndex().isValid())
        m_workspace->showCurrentRecord();
}

void MainWindow::goToId()
{
    if (!logModel())
        return;
    bool ok = false;
    const QString id =
        QInputDialog::getText(this, tr("Go to ID"), tr("Record ID:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !id.isEmpty())
        m_workspace->goToId(id);
}

void MainWindow::updateStatus()
{
    if (!m_status)
        return;
    if (currentDataset())
        m_status->showDataset(currentDataset(), DatasetController::title(currentDataset()));
    else if (RemoteLogModel *model = logModel())
        m_status->showServer(model, m_workspace->session()->client(), m_cachedAt);
    else
        m_status->showNothing(!m_connections->sessions().isEmpty());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

// ---------------------------------------------------------------- datasets

void MainWindow::chooseDataset()
{
    const QString start = AppSettings::lastDatasetDir();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open dataset"), start,
                                                      tr("LogDeck datasets (*.logdeck);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastDatasetDir(QFileInfo(path).absolutePath());
    openDataset(path);
}

void MainWindow::openDataset(const QString &file)
{
    m_datasets->open(file);
}

void MainWindow::selectDataset(const QString &path)
{
    DatasetLogModel *model = m_datasets->dataset(path);
    if (!model || !model->info())
        return;
    m_sidebar->setCurrentDataset(path);
    m_workspace->showDataset(model, session(m_datasets->cacheOwner(path)));
    for (QAction *a : m_actions->serverActions())
        a->setEnabled(false);
    setWindowTitle(tr("%1 — LogDeck").arg(DatasetController::title(model)));
    updateStatus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) {
            return DatasetController::isDataset(u) || DatasetController::isImportable(u);
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Datasets open; record files go to the import dialog, all together.
    QStringList records;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (DatasetController::isDataset(url))
            openDataset(url.toLocalFile());
        else if (DatasetController::isImportable(url))
            records << url.toLocalFile();
    }
    event->acceptProposedAction();
    if (!records.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, records] { importRecords(records); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------- export

void MainWindow::exportRecords()
{
    if (!currentSource() || !table()->model())
        return;
    const int selected = int(table()->selectedRows().size());
    const bool remote = m_workspace->session() && !currentDataset();
    ExportDialog dialog(selected, remote,
                        remote && SourceDefinitions::get(*currentSource()).historyNeedsDetail(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setExportDir(QFileInfo(dialog.path()).absolutePath());
    exportTo(dialog.path(), dialog.selectionOnly(), dialog.options(), dialog.fetchHistories());
}

ExportJob *MainWindow::exportTo(const QString &path, bool selectionOnly, const RecordSink::Options &options,
                                bool fetchHistories)
{
    const auto scope = m_workspace->exportScope(selectionOnly);
    return scope ? m_transfers->exportTo(path, selectionOnly, options, fetchHistories, *scope) : nullptr;
}

// ---------------------------------------------------------------- import

void MainWindow::importRecords(const QStringList &files)
{
    ImportDialog dialog(currentSource(), this);
    dialog.addFiles(files);
    if (dialog.exec() != QDialog::Accepted)
        return;
    importInto(dialog.files(), dialog.source(), dialog.target(), dialog.strict());
}

ImportJob *MainWindow::importInto(const QStringList &files, SourceKind source, const QString &target,
                                  bool strict)
{
    return m_transfers->importInto(files, source, target, strict);
}

void MainWindow::createTransfers()
{
    m_transfers = new TransferController(errorBanner(), this);
    connect(m_transfers, &TransferController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_transfers, &TransferController::imported, this,
            [this](const QString &target, const TransferController::Note &note) {
                m_datasets->reopen(target, note);
            });
}

// ---------------------------------------------------------------- layout

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(AppSettings::windowLayout(QStringLiteral("geometry")));
    restoreState(AppSettings::windowLayout(QStringLiteral("state")));
    m_outer->restoreState(AppSettings::windowLayout(QStringLiteral("sidebarSplitter")));
    m_workspace->restoreLayout();
}

void MainWindow::saveLayout() const
{
    AppSettings::setWindowLayout(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowLayout(QStringLiteral("state"), saveState());
    AppSettings::setWindowLayout(QStringLiteral("sidebarSplitter"), m_outer->saveState());
    m_workspace->saveLayout();
}
