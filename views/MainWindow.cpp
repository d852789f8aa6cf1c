#include "MainWindow.h"

#include "DatasetController.h"
#include "ErrorBanner.h"
#include "FilterPanel.h"
#include "LogTableView.h"
#include "MainActions.h"
#include "NoticeBar.h"
#include "SourceSidebar.h"
#include "StatusFields.h"
#include "TransferController.h"
#include "WelcomePage.h"
#include "core/AppSettings.h"
#include "core/Translations.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
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
    connect(m_workspace, &Workspace::statusChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::modelError, this, &MainWindow::onModelError);
    connect(m_workspace, &Workspace::queryChanged, this, [this] {
        m_actions->showModel(logModel());
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
    connect(m_actions->refresh, &QAction::triggered, m_workspace, &Workspace::refresh);
    connect(m_actions->liveTail, &QAction::toggled, this, [this](bool on) {
        if (RemoteLogModel *model = logModel())
            model->setLiveTail(on, 10000);
        updateStatus();
    });
    connect(m_actions->offline, &QAction::toggled, this, &MainWindow::setOffline);
    connect(m_actions->cached, &QAction::triggered, this, &MainWindow::openCachedRecords);
    connect(m_actions->utc, &QAction::toggled, m_workspace, &Workspace::refreshTimes);
    m_workspace->followOverviewActions(m_actions->histogram, m_actions->facets);
    connect(m_actions->filter, &QAction::triggered, filterPanel(), &FilterPanel::focusFirstField);
    connect(m_actions->goToId, &QAction::triggered, this, &MainWindow::goToId);
    connect(m_actions->clear, &QAction::triggered, m_workspace, &Workspace::clearSelection);
    connect(m_actions, &MainActions::languageChosen, this, &MainWindow::setLanguage);
    connect(m_actions, &MainActions::recentDatasetChosen, this, &MainWindow::openDataset);
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
    connect(m_workspace->notice(), &NoticeBar::openRequested, m_datasets, &DatasetController::openFile);
    connect(m_transfers, &TransferController::exported, m_datasets,
            &DatasetController::list); // under Datasets
    connect(m_transfers, &TransferController::importBrowsable, m_datasets, &DatasetController::openGrowing);
    connect(m_transfers, &TransferController::importGrew, m_datasets, &DatasetController::grew);
    connect(m_transfers, &TransferController::importDiscarded, m_datasets, &DatasetController::discard);
    connect(m_datasets, &DatasetController::closing, this, [this](const QString &, DatasetLogModel *model) {
        if (m_workspace->dataset() != model)
            return;
        m_workspace->clear();
        setWindowTitle(tr("LogDeck"));
        updateStatus();
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

void MainWindow::createConnections()
{
    m_connections = new ConnectionController(m_cache, m_sidebar, errorBanner(), this);
    connect(m_sidebar, &SourceSidebar::editConnectionRequested, m_connections,
            &ConnectionController::editConnection);
    connect(m_sidebar, &SourceSidebar::removeConnectionRequested, m_connections,
            &ConnectionController::removeConnection);
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
    m_sidebar->setCurrentSource(connectionId, kind);
    m_workspace->showSource(s, kind);
    m_actions->showModel(s->model());
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
    if (RemoteLogModel *model = logModel()) {
        model->setOffline(offline);
        m_actions->showModel(model);
    }
    updateStatus();
}

QString MainWindow::currentConnectionId() const
{
    return m_workspace->session() ? m_workspace->session()->id() : QString();
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
    if (m_status)
        m_status->show(*m_workspace, !m_connections->sessions().isEmpty());
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

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
    m_actions->showModel(nullptr);
    setWindowTitle(tr("%1 — LogDeck").arg(DatasetController::title(model)));
    updateStatus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DatasetController::sortDropped(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Datasets open; record files go to the import dialog, all together.
    const DatasetController::Dropped dropped = DatasetController::sortDropped(event->mimeData()->urls());
    event->acceptProposedAction();
    for (const QString &path : dropped.datasets)
        openDataset(path);
    if (!dropped.records.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, records = dropped.records] { importRecords(records); }, Qt::QueuedConnection);
}

void MainWindow::exportRecords()
{
    if (!currentSource() || !table()->model())
        return;
    m_transfers->exportWithDialog(
        int(table()->selectedRows().size()), logModel() != nullptr,
        SourceDefinitions::get(*currentSource()).historyNeedsDetail(),
        [this](bool selectionOnly) { return m_workspace->exportScope(selectionOnly); });
}

ExportJob *MainWindow::exportTo(const QString &path, bool selectionOnly, const RecordSink::Options &options,
                                bool fetchHistories)
{
    const auto scope = m_workspace->exportScope(selectionOnly);
    return scope ? m_transfers->exportTo(path, selectionOnly, options, fetchHistories, *scope) : nullptr;
}

void MainWindow::importRecords(const QStringList &files)
{
    m_transfers->importWithDialog(files, currentSource());
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
            [this](const QString &target, const auto &note) { m_datasets->reopen(target, note); });
    connect(m_transfers, &TransferController::exported, m_workspace->notice(), &NoticeBar::showFile);
}

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
