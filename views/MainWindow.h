#pragma once

#include "Appearance.h"
#include "ConnectionController.h"
#include "MainActions.h"
#include "Workspace.h"
#include "core/Connection.h"
#include "core/TokenStore.h"
#include "dataset/RecordSink.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class ConnectionController;
class DatasetController;
class MainActions;
class StatusFields;
class TransferController;
class ConnectionSession;
class DatasetLogModel;
struct DatasetInfo;
class ExportJob;
class ImportJob;
class DemoLauncher;
class DetailPane;
class ErrorBanner;
class FilterPanel;
class LogTableView;
class PageCache;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class RemoteLogModel;
class SourceSidebar;
class Translations;
class WelcomePage;
class Workspace;
struct ApiError;

// The window support staff live in: connections and their sources on the left, the
// filters above the table, the record's detail beside it; a toolbar, a status bar and a
// non-modal error banner. Behaviour is in the models; this wires them to the widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `cachePath`: the cache database (default: CacheDatabase::defaultPath()).
    explicit MainWindow(const QString &cachePath = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // `logdeck --url`: a connection for this session, with a token kept in memory only.
    void openServer(const QUrl &url, const QString &token, std::optional<SourceKind> source = {})
    {
        m_connections->openServer(url, token, source);
    }
    void selectSource(const QString &connectionId, SourceKind kind);
    void startDemo() { m_connections->startDemo(); }
    // Opens a .logdeck dataset (also from the command line and by drag and drop).
    void openDataset(const QString &path);
    void selectDataset(const QString &path);
    DatasetLogModel *currentDataset() const { return m_workspace->dataset(); }
    // Ctrl+E. With a path (tests), no dialog: everything or the selection into that file.
    void exportRecords();
    ExportJob *exportTo(const QString &path, bool selectionOnly, const RecordSink::Options &options = {},
                        bool fetchHistories = false);
    // Ctrl+I: records from files (JSON Lines, a JSON array, a saved API page, LogDeck's
    // CSV) into a new dataset, which opens when complete. `files`: to start the dialog
    // with (dropped files). importInto (tests) skips the dialog.
    void importRecords(const QStringList &files = {});
    ImportJob *importInto(const QStringList &files, SourceKind source, const QString &target,
                          bool strict = false);
    // View → Everything cached for this source: the cache, as a dataset in the sidebar.
    void openCachedRecords();
    // Removes the connection and its token from the keychain, without asking.
    void forgetConnection(const QString &connectionId) { m_connections->forgetConnection(connectionId); }

    QString currentConnectionId() const;
    std::optional<SourceKind> currentSource() const { return m_workspace->source(); }
    ConnectionSession *session(const QString &connectionId) const
    {
        return m_connections->session(connectionId);
    }
    RemoteLogModel *logModel() const { return m_workspace->logModel(); }
    LogTableView *table() const { return m_workspace->table(); }
    FilterPanel *filterPanel() const { return m_workspace->filters(); }
    DetailPane *detailPane() const { return m_workspace->detail(); }
    ErrorBanner *errorBanner() const { return m_workspace->banner(); }
    SourceSidebar *sidebar() const { return m_sidebar; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QString statusText() const; // the status bar's fields, joined

    // View → Language. The window uses `translations` (main's, already installed) or,
    // if none is given, an instance of its own. The choice is remembered.
    void setTranslations(Translations *translations);
    void setLanguage(const QString &language);
    QString language() const;
    // View → Appearance: System, Light or Dark, applied at once and remembered.
    void setAppearance(Appearance::Mode mode) { m_actions->chooseAppearance(mode); }

signals:
    // The 401 prompt was opened (tests; the dialog is non-modal).
    void tokenPromptShown(const QString &connectionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createDatasets();
    void createWorkspace();
    void retranslate();
    void restoreLayout();
    void saveLayout() const;
    void createConnections();
    void createTransfers();
    void showWorkspace(bool workspace);
    void onModelError(const ApiError &error);
    void goToId();
    void updateStatus();
    void setOffline(bool offline);
    void chooseDataset();

    QString m_cachePath;
    PageCache *m_cache;
    ConnectionController *m_connections = nullptr;
    TransferController *m_transfers = nullptr;
    DatasetController *m_datasets = nullptr;

    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QSplitter *m_outer = nullptr;
    SourceSidebar *m_sidebar = nullptr;
    Workspace *m_workspace = nullptr;
    MainActions *m_actions = nullptr;
    StatusFields *m_status = nullptr;
    Translations *m_translations = nullptr;
    std::unique_ptr<Translations> m_ownTranslations;
};
