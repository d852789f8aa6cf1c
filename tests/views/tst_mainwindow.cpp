// The main window on the offscreen platform, against the demo server over real HTTP.
#include "Appearance.h"
#include "ConnectionDialog.h"
#include "DemoServerProcess.h"
#include "DetailPane.h"
#include "ErrorBanner.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "LogTableView.h"
#include "MainWindow.h"
#include "SourceSidebar.h"
#include "WelcomePage.h"
#include "core/AppSettings.h"
#include "dataset/RecordSink.h"
#include "itemmodels/DatasetLogModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "itemmodels/StatusHistoryModel.h"
#include "jobs/ExportJob.h"
#include "jobs/ImportJob.h"
#include "net/ConnectionSession.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void welcomePageWhenNothingIsConfigured();
    void filterPanelsQueryTheServer_data();
    void filterPanelsQueryTheServer();
    void apiLogTimelineInOrder();
    void unauthorizedShowsBannerAndTokenPrompt();
    void forbiddenGreysTheSource();
    void copyPutsTsvOnTheClipboard();
    void columnLayoutSurvivesRestart();
    void commDateRangeIsAppliedLocally();
    void liveTailKeepsWhatTheUserReads();
    void testConnectionReportsEachSource();
    void datasetsOpenFilterAndSearch();
    void cacheOpensAsDataset();
    void exportWritesTheQueryOrTheSelection();
    void droppedRecordsAreImported();
    void importIsShownWhileWrittenThenIndexed();
    void discardedImportLeavesTheWindow();
    void discardedImportKeepsTheDatasetItReplaced();
    void unfinishedSearchIndexIsFinishedOnOpen();
    void quitShortcutCloses();
    void geometrySurvivesRestart();
    void appearanceIsAppliedAndRemembered();

private:
    void waitForRows(MainWindow &window, int atLeast = 1);
    int column(MainWindow &window, const QString &key);
    DemoServerProcess m_server;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_server.start({QStringLiteral("--comm"), QStringLiteral("5000"), QStringLiteral("--api-logs"),
                            QStringLiteral("500"), QStringLiteral("--audit"), QStringLiteral("2000"),
                            QStringLiteral("--mfa"), QStringLiteral("300")}));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::waitForRows(MainWindow &window, int atLeast)
{
    QTRY_VERIFY(window.logModel() && window.logModel()->rowCount() >= atLeast);
    QTRY_VERIFY(!window.logModel()->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
}

int TestMainWindow::column(MainWindow &window, const QString &key)
{
    for (int c = 0; c < window.logModel()->columnCount(); ++c) {
        if (window.logModel()->headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == key)
            return c;
    }
    return -1;
}

void TestMainWindow::welcomePageWhenNothingIsConfigured()
{
    MainWindow window(m_dir.filePath(QStringLiteral("welcome.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcomePage()->isVisible());
    QCOMPARE(window.welcomePage()->headline(), QStringLiteral("Welcome to LogDeck"));
    QVERIFY(window.welcomePage()->demoButton()->isVisible());
    QVERIFY(window.welcomePage()->connectButton()->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("LogDeck"));
    QVERIFY(window.statusText().contains(QStringLiteral("Not connected")));
}

void TestMainWindow::filterPanelsQueryTheServer_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("filterKey");
    QTest::addColumn<QString>("value"); // chosen in the panel
    QTest::addColumn<QString>("field"); // the record field that must match
    QTest::addColumn<QString>("expected"); // its raw value
    QTest::newRow("comm-mine status") << "demo-user"
                                      << "comm-mine"
                                      << "status"
                                      << "failed"
                                      << "status"
                                      << "failed";
    QTest::newRow("comm-admin channel") << "demo-admin"
                                        << "comm-admin"
                                        << "channel"
                                        << "sms"
                                        << "channel"
                                        << "sms";
    QTest::newRow("notif-audit event") << "demo-admin"
                                       << "notif-audit"
                                       << "event_type"
                                       << "USER_UPDATED"
                                       << "eventType"
                                       << "USER_UPDATED";
    QTest::newRow("api-logs status") << "demo-admin"
                                     << "api-logs"
                                     << "status"
                                     << "Error"
                                     << "status"
                                     << "12";
    QTest::newRow("mfa action") << "demo-admin"
                                << "mfa-audit"
                                << "action"
                                << "mfa_totp.enabled"
                                << "action"
                                << "mfa_totp.enabled";
}

void TestMainWindow::filterPanelsQueryTheServer()
{
    QFETCH(QString, token);
    QFETCH(QString, source);
    QFETCH(QString, filterKey);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    MainWindow window(m_dir.filePath(QStringLiteral("filters.sqlite")));
    window.show();
    window.openServer(m_server.baseUrl(), token, SourceRegistry::instance().kindForKey(source));
    waitForRows(window);
    const qint64 unfiltered = *window.logModel()->total();

    QWidget *editor = window.filterPanel()->editorFor(filterKey);
    QVERIFY2(editor, qPrintable(filterKey));
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int i = combo->findData(value);
        QVERIFY(i > 0);
        combo->setCurrentIndex(i);
    } else {
        auto *line = qobject_cast<QLineEdit *>(editor);
        QVERIFY(line);
        line->setText(value);
    }
    QTest::mouseClick(window.filterPanel()->findChild<QPushButton *>(QStringLiteral("applyFilters")),
                      Qt::LeftButton);
    QCOMPARE(window.logModel()->query().filter(filterKey), value);
    QCOMPARE(window.logModel()->query().source, *SourceRegistry::instance().kindForKey(source));
    QTRY_VERIFY(window.logModel()->total().has_value());
    waitForRows(window);
    QVERIFY(*window.logModel()->total() < unfiltered);
    const int c = column(window, field);
    QVERIFY(c >= 0);
    for (int r = 0; r < qMin(window.logModel()->rowCount(), 20); ++r) {
        const QModelIndex index = window.logModel()->index(r, c);
        QCOMPARE(index.data(LogRoles::RawValueRole).toString(), expected);
        // What the table shows for it: the value in words, not the constant.
        QVERIFY(!index.data().toString().isEmpty());
    }
    // The filter is remembered for the source.
    QCOMPARE(QSettings().value(QStringLiteral("filters/") + source).toMap().value(filterKey).toString(),
             value);
}

void TestMainWindow::apiLogTimelineInOrder()
{
    MainWindow window(m_dir.filePath(QStringLiteral("timeline.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::ApiLogs);
    waitForRows(window);
    // Pick an entry that ended in an error: its history has several steps.
    const int status = column(window, QStringLiteral("status"));
    int row = -1;
    for (int r = 0; r < window.logModel()->rowCount() && row < 0; ++r) {
        if (window.logModel()->index(r, status).data(LogRoles::RawValueRole).toInt() == 12)
            row = r;
    }
    QVERIFY(row >= 0);
    window.table()->setCurrentIndex(window.logModel()->index(row, 0));
    StatusHistoryModel *history = window.detailPane()->historyModel();
    QTRY_VERIFY(!history->isLoading() && history->rowCount() >= 2);
    window.detailPane()->tabs()->setCurrentIndex(DetailPane::HistoryTab);
    auto *timeline = window.detailPane()->findChild<QListView *>(QStringLiteral("timeline"));
    QVERIFY(timeline && timeline->isVisible());
    QCOMPARE(timeline->model()->rowCount(), history->rowCount());
    QDateTime previous;
    for (int r = 0; r < history->rowCount(); ++r) {
        const QDateTime t = history->index(r, 0).data(StatusHistoryModel::TimestampRole).toDateTime();
        QVERIFY(!previous.isValid() || previous <= t);
        previous = t;
    }
    QCOMPARE(history->index(history->rowCount() - 1, 0).data(StatusHistoryModel::RawStatusRole).toInt(), 12);
    QVERIFY(window.detailPane()->summaryText().contains(QStringLiteral("Messages created")));
    // On screen, a narrow pane may break the line after a "·" or between figures only.
    const QString shown = window.findChild<QLabel *>(QStringLiteral("historySummary"))->text();
    QVERIFY2(shown.contains(QStringLiteral("Messages") + QChar(QChar::Nbsp) + QStringLiteral("created")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QChar(QChar::Nbsp) + QStringLiteral("· succeeded") + QChar(QChar::Nbsp)),
             qPrintable(shown));
}

void TestMainWindow::unauthorizedShowsBannerAndTokenPrompt()
{
    MainWindow window(m_dir.filePath(QStringLiteral("auth.sqlite")));
    window.show();
    QSignalSpy prompted(&window, &MainWindow::tokenPromptShown);
    window.openServer(m_server.baseUrl(), QStringLiteral("not-a-token"), Sources::CommMine);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QCOMPARE(window.errorBanner()->error()->kind, ApiError::Kind::Auth);
    QVERIFY(window.errorBanner()->tokenButton()->isVisible());
    QTRY_COMPARE(prompted.size(), 1);
    auto *prompt = window.findChild<QInputDialog *>(QStringLiteral("tokenPrompt"));
    QVERIFY(prompt && prompt->isVisible());
    QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
    // A good token, and the rows come.
    prompt->setTextValue(QStringLiteral("demo-user"));
    prompt->accept();
    waitForRows(window);
    QVERIFY(!window.errorBanner()->isVisible());
}

void TestMainWindow::forbiddenGreysTheSource()
{
    MainWindow window(m_dir.filePath(QStringLiteral("forbidden.sqlite")));
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-user"), Sources::CommMine);
    waitForRows(window);
    const QString id = window.currentConnectionId();
    // The probe finds what a user token may not read, before the user even clicks.
    QTRY_VERIFY(!window.sidebar()->isSourceAvailable(id, Sources::CommAdmin));
    QVERIFY(window.sidebar()->isSourceAvailable(id, Sources::CommMine));
    QVERIFY(window.sidebar()->sourceItem(id, Sources::ApiLogs)->toolTip(0).contains(QStringLiteral("403")));
    // Opening it anyway says why.
    window.selectSource(id, Sources::CommAdmin);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QCOMPARE(window.errorBanner()->error()->kind, ApiError::Kind::Forbidden);
}

void TestMainWindow::copyPutsTsvOnTheClipboard()
{
    MainWindow window(m_dir.filePath(QStringLiteral("copy.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::MfaAudit);
    waitForRows(window, 3);
    LogTableView *table = window.table();
    table->selectRow(1);
    table->selectionModel()->select(window.logModel()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and two rows
    QHeaderView *header = table->horizontalHeader();
    QStringList expectedHeader, expectedRow;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (header->isSectionHidden(c))
            continue;
        expectedHeader << window.logModel()->headerData(c, Qt::Horizontal).toString();
        expectedRow << window.logModel()->index(1, c).data(LogRoles::RawValueRole).toString();
    }
    QCOMPARE(lines.at(0), expectedHeader.join(QLatin1Char('\t')));
    QCOMPARE(lines.at(1), expectedRow.join(QLatin1Char('\t')));
    QVERIFY(lines.at(2).contains(window.logModel()->index(2, 0).data(LogRoles::RecordIdRole).toString())
            || lines.at(2).contains(window.logModel()->index(2, 0).data(LogRoles::RawValueRole).toString()));
}

void TestMainWindow::columnLayoutSurvivesRestart()
{
    const QString cache = m_dir.filePath(QStringLiteral("layout.sqlite"));
    int hidden = -1, resized = -1;
    {
        MainWindow window(cache);
        window.show();
        window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::NotifAudit);
        waitForRows(window);
        QHeaderView *header = window.table()->horizontalHeader();
        hidden = column(window, QStringLiteral("email"));
        resized = column(window, QStringLiteral("username"));
        header->setSectionHidden(hidden, true);
        header->resizeSection(resized, 333);
        header->moveSection(header->visualIndex(resized), 0);
        window.close();
    }
    MainWindow window(cache);
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::NotifAudit);
    waitForRows(window);
    QHeaderView *header = window.table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(hidden));
    QCOMPARE(header->sectionSize(resized), 333);
    QCOMPARE(header->visualIndex(resized), 0);
    // Another source keeps its own layout.
    window.selectSource(window.currentConnectionId(), Sources::MfaAudit);
    waitForRows(window);
    QVERIFY(!window.table()->horizontalHeader()->isSectionHidden(0));
}

void TestMainWindow::commDateRangeIsAppliedLocally()
{
    MainWindow window(m_dir.filePath(QStringLiteral("range.sqlite")));
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::CommAdmin);
    waitForRows(window);
    auto *note = window.filterPanel()->findChild<QLabel *>(QStringLiteral("appliedLocallyNote"));
    QVERIFY(note);
    QCOMPARE(note->text(), QStringLiteral("applied locally"));
    window.filterPanel()->setFilters({{QStringLiteral("from"), QStringLiteral("2026-11-10T00:00:00Z")},
                                      {QStringLiteral("to"), QStringLiteral("2026-11-12T00:00:00Z")}});
    window.filterPanel()->apply();
    waitForRows(window);
    const qint64 from = QDateTime(QDate(2026, 11, 10), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2026, 11, 12), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const int created = column(window, QStringLiteral("created_at"));
    for (int r : {0, window.logModel()->rowCount() - 1}) {
        window.logModel()->index(r, created).data();
        QTRY_VERIFY(!window.logModel()->index(r, created).data(LogRoles::IsPlaceholderRole).toBool());
        const qint64 t =
            QDateTime::fromString(window.logModel()->index(r, created).data().toString(), Qt::ISODate)
                .toMSecsSinceEpoch();
        QVERIFY(t >= from && t <= to);
    }
}

void TestMainWindow::liveTailKeepsWhatTheUserReads()
{
    DemoServerProcess live;
    QVERIFY(live.start({QStringLiteral("--comm"), QStringLiteral("2000"), QStringLiteral("--arrivals"),
                        QStringLiteral("500"), QStringLiteral("--arrival-ms"), QStringLiteral("100")}));
    MainWindow window(m_dir.filePath(QStringLiteral("tail.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openServer(live.baseUrl(), QStringLiteral("demo-admin"), Sources::CommAdmin);
    waitForRows(window);
    LogTableView *table = window.table();
    // Scrolled again until it holds: rows just inserted may not be laid out yet.
    QTRY_VERIFY(
        (table->scrollTo(window.logModel()->index(30, 0), QAbstractItemView::PositionAtTop),
         table->rowAt(0) == 30
             && !window.logModel()->index(table->rowAt(0), 0).data(LogRoles::IsPlaceholderRole).toBool()));
    table->setCurrentIndex(window.logModel()->index(35, 0));
    const QString topId =
        window.logModel()->index(table->rowAt(0), 0).data(LogRoles::RecordIdRole).toString();
    const QString selectedId = table->currentIndex().data(LogRoles::RecordIdRole).toString();
    QSignalSpy arrived(window.logModel(), &RemoteLogModel::newRecordsArrived);
    window.logModel()->setLiveTail(true, 300);
    QVERIFY(arrived.wait(5000));
    // The same record at the top of the view, the same record selected.
    QCOMPARE(window.logModel()->index(table->rowAt(0), 0).data(LogRoles::RecordIdRole).toString(), topId);
    QCOMPARE(table->currentIndex().data(LogRoles::RecordIdRole).toString(), selectedId);
    window.logModel()->setLiveTail(false);
}

void TestMainWindow::testConnectionReportsEachSource()
{
    ConnectionDialog dialog;
    Connection c;
    c.baseUrl = m_server.baseUrl();
    c.pathOverrides.insert(QStringLiteral("mfa-audit"), QStringLiteral("/no/such/path"));
    dialog.setConnection(c, QStringLiteral("demo-user"));
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(10000));
    QVERIFY(dialog.resultText(Sources::CommMine).contains(QStringLiteral("OK")));
    QVERIFY(dialog.resultText(Sources::CommAdmin).contains(QStringLiteral("403")));
    QVERIFY(dialog.resultText(Sources::ApiLogs).contains(QStringLiteral("403")));
    QVERIFY(dialog.resultText(Sources::MfaAudit).contains(QStringLiteral("not found")));
    dialog.setConnection(c, QStringLiteral("wrong"));
    dialog.testConnection();
    QVERIFY(finished.wait(10000));
    QVERIFY(dialog.resultText(Sources::CommMine).contains(QStringLiteral("401")));
    // Plain http to another machine is warned about.
    c.baseUrl = QUrl(QStringLiteral("http://logs.example.com"));
    dialog.setConnection(c);
    dialog.show();
    QVERIFY(dialog.insecureWarning()->isVisible());
}

void TestMainWindow::datasetsOpenFilterAndSearch()
{
    const QString file = m_dir.filePath(QStringLiteral("mfa.logdeck"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOGDECK_TOKEN"), QStringLiteral("demo-admin"));
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("LOGDECK_CLI"),
              {QStringLiteral("export"), QStringLiteral("--url"), m_server.baseUrl().toString(),
               QStringLiteral("--source"), QStringLiteral("mfa-audit"), QStringLiteral("--out"), file});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);

    MainWindow window(m_dir.filePath(QStringLiteral("datasets.sqlite")));
    window.show();
    window.openDataset(file);
    QTRY_VERIFY(window.currentDataset());
    QTRY_COMPARE(window.currentDataset()->total(), std::optional<qint64>(300));
    QVERIFY(!window.welcomePage()->isVisible());
    QCOMPARE(window.table()->model(), window.currentDataset());
    QVERIFY(window.statusText().contains(QStringLiteral("mfa.logdeck")));
    // The same filters as for a server, plus search.
    auto *search = window.filterPanel()->findChild<QLineEdit *>(QStringLiteral("filter_search"));
    QVERIFY(search && search->isVisible());
    search->setText(QStringLiteral("Security key"));
    window.filterPanel()->apply();
    QTRY_VERIFY(window.currentDataset()->total().has_value());
    const qint64 found = *window.currentDataset()->total();
    QVERIFY(found > 0 && found < 300);
    QTRY_VERIFY(!window.currentDataset()->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    window.table()->setCurrentIndex(window.currentDataset()->index(0, 0));
    QTRY_VERIFY(!window.detailPane()->record().isEmpty());
    QVERIFY(window.detailPane()
                ->record()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Security key")));
    // Remembered in the recent list.
    QCOMPARE(QSettings().value(QStringLiteral("recentDatasets")).toStringList().value(0),
             QFileInfo(file).absoluteFilePath());

    // A file that is not a dataset: said plainly, nothing else changes.
    const QString junk = m_dir.filePath(QStringLiteral("junk.logdeck"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    window.openDataset(junk);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QVERIFY(window.errorBanner()->text().contains(QStringLiteral("not a LogDeck dataset")));
}

void TestMainWindow::cacheOpensAsDataset()
{
    const QString cachePath = m_dir.filePath(QStringLiteral("cache-as-dataset.sqlite"));
    MainWindow window(cachePath);
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::CommAdmin);
    waitForRows(window);
    // Three pages seen: they are written through to the cache.
    RemoteLogModel *remote = window.logModel();
    // A page request under ASan on a busy machine: seconds, not a fixed budget. The view
    // scrolls and paints while it waits, as a user's does: right after the rows arrive the
    // table may not have laid them out yet (its scroll range is still 0, so a scroll then
    // stays at the top), and on a starved machine a paint can land in a batch with the old
    // position's, whose request the next one cancels.
    QTRY_VERIFY2_WITH_TIMEOUT(
        (window.table()->scrollTo(remote->index(120, 0)), window.table()->viewport()->update(),
         !remote->index(120, 0).data(LogRoles::IsPlaceholderRole).toBool()),
        qPrintable(QStringLiteral("row 120 still a placeholder: %1 pages pending, loading %2, %3 requests, "
                                  "%4 cancelled, %5 rows, row at the top %6, page size %7")
                       .arg(remote->pendingPageCount())
                       .arg(remote->isLoading())
                       .arg(remote->requestCount())
                       .arg(remote->cancelledCount())
                       .arg(remote->rowCount())
                       .arg(window.table()->rowAt(10))
                       .arg(remote->effectivePageSize())),
        30000);
    // …and the page after them, which the look-ahead fetches. Then nothing more comes: the
    // cache must hold still while it is compared with the dataset view of it.
    QTRY_VERIFY(!remote->isLoading());
    QSet<QString> loaded;
    QString recipient;
    for (int r = 0; r < remote->rowCount(); ++r) {
        const QModelIndex index = remote->index(r, 0);
        if (index.data(LogRoles::IsPlaceholderRole).toBool())
            continue;
        loaded.insert(index.data(LogRoles::RecordIdRole).toString());
        if (r == 7)
            recipient =
                index.data(LogRoles::RecordRole).toJsonObject().value(QStringLiteral("recipient")).toString();
    }
    QVERIFY(loaded.size() >= 150);
    QVERIFY(!recipient.isEmpty());
    remote->setOffline(true);
    // What the cache file holds, read straight from it (the writes are asynchronous).
    auto cachedCount = [&](const QString &where) {
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(cachePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (db.open()
                && q.exec(QStringLiteral("SELECT count(*) FROM records WHERE source = 'comm-admin' AND ")
                          + where)
                && q.next())
                n = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    };
    QTRY_VERIFY(cachedCount(QStringLiteral("1")) >= loaded.size());
    const qint64 all = cachedCount(QStringLiteral("1"));
    const qint64 failed = cachedCount(QStringLiteral("json_extract(json, '$.status') = 'failed'"));
    QVERIFY(failed > 0 && failed < all);

    const QString connection = window.currentConnectionId();
    window.openCachedRecords();
    QTRY_VERIFY(window.currentDataset() && window.currentDataset()->isCache());
    DatasetLogModel *cached = window.currentDataset();
    QAbstractItemModelTester tester(cached, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.table()->model(), cached);
    QTRY_COMPARE(cached->total(), std::optional<qint64>(all));
    QVERIFY(window.statusText().contains(QStringLiteral("Cache")));
    // Every row is one the server sent, and the filters and search of a dataset apply.
    QTRY_VERIFY(!cached->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    QVERIFY(loaded.contains(cached->index(0, 0).data(LogRoles::RecordIdRole).toString()));
    Query q;
    q.filters.insert(QStringLiteral("status"), QStringLiteral("failed"));
    QSignalSpy errors(cached, &DatasetLogModel::errorOccurred);
    cached->setQuery(q);
    QTRY_VERIFY(cached->total().has_value());
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
    QCOMPARE(*cached->total(), failed);
    cached->setQuery(Query(), recipient);
    QTRY_VERIFY(cached->total().has_value() && *cached->total() >= 1);
    QTRY_VERIFY(!cached->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
    QCOMPARE(cached->index(0, 0).data(LogRoles::RecordRole).toJsonObject().value(QStringLiteral("recipient")),
             QJsonValue(recipient));
    cached->setQuery(q);
    QTRY_COMPARE(cached->total(), std::optional<qint64>(failed));
    // Back to the server, then the cache again: the same model, its query asked again.
    window.selectSource(connection, Sources::CommAdmin);
    QCOMPARE(window.currentDataset(), nullptr);
    QCOMPARE(window.table()->model(), window.logModel());
    QTRY_VERIFY(!remote->isLoading());
    remote->setOffline(true);
    const qint64 failedNow = cachedCount(QStringLiteral("json_extract(json, '$.status') = 'failed'"));
    window.openCachedRecords();
    QTRY_COMPARE(window.currentDataset(), cached);
    QTRY_COMPARE(cached->total(), std::optional<qint64>(failedNow));
}

void TestMainWindow::exportWritesTheQueryOrTheSelection()
{
    MainWindow window(m_dir.filePath(QStringLiteral("export.sqlite")));
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::MfaAudit);
    waitForRows(window, 3);
    auto lines = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().count('\n') : -1;
    };
    // Everything the query finds, with a progress dialog, into a file that appears at the end.
    const QString all = m_dir.filePath(QStringLiteral("all-mfa.jsonl"));
    ExportJob *job = window.exportTo(all, false);
    QVERIFY(job);
    QSignalSpy finished(job, &ExportJob::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(lines(all), 300);
    // Only the selection.
    window.table()->selectRow(0);
    window.table()->selectionModel()->select(window.logModel()->index(2, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString some = m_dir.filePath(QStringLiteral("some.csv"));
    QCOMPARE(window.exportTo(some, true), nullptr); // written at once
    QCOMPARE(lines(some), 3); // the header and two rows
    // Cancelled: nothing under the name.
    const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.logdeck"));
    job = window.exportTo(cancelled, false);
    QSignalSpy done(job, &ExportJob::finished);
    job->cancel();
    QCOMPARE(done.size(), 1);
    QVERIFY(!QFile::exists(cancelled));
}

void TestMainWindow::quitShortcutCloses()
{
    MainWindow window(m_dir.filePath(QStringLiteral("quit.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::geometrySurvivesRestart()
{
    const QString cache = m_dir.filePath(QStringLiteral("geometry.sqlite"));
    {
        MainWindow window(cache);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 610);
        QTRY_COMPARE(window.size(), QSize(900, 610));
        window.close();
    }
    MainWindow reopened(cache);
    QCOMPARE(reopened.size(), QSize(900, 610));
}

namespace
{
// WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace

void TestMainWindow::appearanceIsAppliedAndRemembered()
{
    const QPalette startup = QApplication::palette();
    const QString startupStyle = QApplication::style()->name();
    // Both palettes LogDeck brings are legible: body text, selection, placeholders, warnings.
    for (const Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        const QPalette p = Appearance::palette(mode);
        const QString name = Appearance::key(mode);
        QVERIFY2(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7, qPrintable(name));
        QVERIFY2(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7, qPrintable(name));
        QVERIFY2(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7, qPrintable(name));
        QVERIFY2(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5,
                 qPrintable(name));
        QVERIFY2(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3,
                 qPrintable(name));
        QVERIFY2(contrast(Appearance::alertColor(p), p.color(QPalette::Window)) >= 4.5, qPrintable(name));
        QVERIFY2(contrast(p.color(QPalette::Text), Appearance::alertBackground(p)) >= 7, qPrintable(name));
    }
    const QString cache = m_dir.filePath(QStringLiteral("appearance.sqlite"));
    {
        MainWindow window(cache);
        ErrorBanner banner;
        QAction *dark = nullptr;
        for (QAction *action : window.findChild<QMenu *>(QStringLiteral("appearanceMenu"))->actions()) {
            if (action->data().toString() == u"dark")
                dark = action;
        }
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));
        // What mixes its own colours follows: the error banner's red is made anew.
        QTRY_COMPARE(banner.palette().color(QPalette::Window),
                     Appearance::alertBackground(QApplication::palette()));
        QVERIFY(banner.palette().color(QPalette::Window).lightness() < 100);
        window.setAppearance(Appearance::Mode::System);
        QCOMPARE(QApplication::palette(), startup);
        QCOMPARE(QApplication::style()->name(), startupStyle);
        QTRY_VERIFY(banner.palette().color(QPalette::Window).lightness() > 128);
        window.setAppearance(Appearance::Mode::Dark);
    }
    // The next start puts it on again.
    Appearance::apply(Appearance::Mode::System);
    MainWindow reopened(cache);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    reopened.setAppearance(Appearance::Mode::System);
    QCOMPARE(QApplication::palette(), startup);
}

void TestMainWindow::droppedRecordsAreImported()
{
    // JSON Lines dropped on the window: the import dialog comes up with the file and a
    // dataset named after it; Import makes the dataset, which opens with the skipped line
    // in the banner. Importing again over the open dataset shows the new one.
    const QString in = m_dir.filePath(QStringLiteral("dropped.jsonl"));
    const auto write = [&](int records) {
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= records; ++i) {
            file.write(QStringLiteral("{\"id\":\"log_%1\",\"channel\":\"sms\",\"status\":\"failed\","
                                      "\"content\":\"parcel %1\",\"created_at\":\"2026-11-0%2T00:00:00Z\"}\n")
                           .arg(i)
                           .arg(1 + i % 9)
                           .toUtf8());
            if (i == 2)
                file.write("not json at all\n");
        }
    };
    write(40);
    MainWindow window(m_dir.filePath(QStringLiteral("import.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QString seenFiles, seenTarget;
    // The dialog is modal: a timer looks for it while it runs.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        seenFiles = dialog->files().join(QLatin1Char(','));
        seenTarget = dialog->target();
        dialog->accept();
    });
    poll.start(20);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(in)});
    // As a drag does it: the window takes the drag, then the drop.
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    const QString target = m_dir.filePath(QStringLiteral("dropped.logdeck"));
    QTRY_COMPARE(seenFiles, QFileInfo(in).absoluteFilePath());
    QCOMPARE(seenTarget, QFileInfo(target).absoluteFilePath());
    // Shown while it is written; complete under its name once the import is done.
    QTRY_VERIFY_WITH_TIMEOUT(window.currentDataset() && window.currentDataset()->total() == 40
                                 && window.currentDataset()->path() == QFileInfo(target).absoluteFilePath(),
                             20000);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->text().contains(QStringLiteral("1 bad record"))
                 && window.errorBanner()->text().contains(QStringLiteral("dropped.jsonl, line 3")),
             qPrintable(window.errorBanner()->text()));

    // The same file grown, into the dataset that is open: the window reads the new one.
    write(60);
    ImportJob *job = window.importInto({in}, Sources::CommAdmin, target);
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentDataset()->total() == 60, 20000);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("60")));
}

namespace
{
void writeSmsRecords(const QString &path, int records)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= records; ++i)
        file.write(QStringLiteral("{\"id\":\"log_%1\",\"channel\":\"sms\",\"status\":\"sent\","
                                  "\"content\":\"parcel %1\",\"created_at\":\"2026-11-01T00:00:00Z\"}\n")
                       .arg(i)
                       .toUtf8());
}
} // namespace

void TestMainWindow::importIsShownWhileWrittenThenIndexed()
{
    // The dataset is on screen from the first batch on, and grows; once complete, it is
    // read from its name while the status bar says how far the search index has got.
    constexpr int kRecords = 150000;
    const QString in = m_dir.filePath(QStringLiteral("shown.jsonl"));
    writeSmsRecords(in, kRecords);
    const QString target = QFileInfo(m_dir.filePath(QStringLiteral("shown.logdeck"))).absoluteFilePath();
    MainWindow window(m_dir.filePath(QStringLiteral("shown.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<ImportJob> job = window.importInto({in}, Sources::CommAdmin, target);
    QVERIFY(job);
    QSignalSpy finished(job.data(), &ImportJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentDataset() && window.currentDataset()->total().value_or(0) > 0,
                             30000);
    DatasetLogModel *dataset = window.currentDataset();
    QVERIFY(finished.isEmpty());
    QVERIFY(dataset->isGrowing());
    QVERIFY2(window.statusText().contains(QStringLiteral("importing")), qPrintable(window.statusText()));
    QVERIFY(window.findChild<SourceSidebar *>()->datasets().contains(target));
    QStringList statuses; // every state the status bar showed on the way
    connect(dataset, &DatasetLogModel::buildStateChanged, this, [&] { statuses << window.statusText(); });
    QVERIFY(finished.wait(120000) || !finished.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dataset->total() == kRecords && dataset->path() == target, 30000);
    QCOMPARE(window.currentDataset(), dataset); // the same model throughout
    QVERIFY(!dataset->isGrowing());
    QTRY_VERIFY_WITH_TIMEOUT(dataset->info()->searchIndexed, 120000);
    QVERIFY2(std::any_of(statuses.cbegin(), statuses.cend(),
                         [](const QString &s) { return s.contains(QStringLiteral("search index: ")); }),
             qPrintable(statuses.join(QLatin1Char('|'))));
    QVERIFY2(!window.statusText().contains(QStringLiteral("search index")), qPrintable(window.statusText()));
    dataset->setQuery(dataset->query(), QStringLiteral("parcel 123456")); // none longer: 150,000 records
    QTRY_COMPARE(dataset->total().value_or(-1), qint64(1));
    QVERIFY(AppSettings::recentDatasets().contains(target));
}

void TestMainWindow::discardedImportLeavesTheWindow()
{
    const QString in = m_dir.filePath(QStringLiteral("discarded.jsonl"));
    writeSmsRecords(in, 200000);
    const QString target = QFileInfo(m_dir.filePath(QStringLiteral("discarded.logdeck"))).absoluteFilePath();
    MainWindow window(m_dir.filePath(QStringLiteral("discarded.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QPointer<ImportJob> job = window.importInto({in}, Sources::CommAdmin, target);
    QVERIFY(job);
    QSignalSpy finished(job.data(), &ImportJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentDataset() && window.currentDataset()->total().value_or(0) > 0,
                             30000);
    QVERIFY(finished.isEmpty());
    job->cancel(ImportJob::Cancel::Discard);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QTRY_VERIFY(!window.currentDataset());
    QVERIFY(!window.findChild<SourceSidebar *>()->datasets().contains(target));
    QVERIFY(!AppSettings::recentDatasets().contains(target));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("discarded.logdeck*")}), QStringList());
}

void TestMainWindow::discardedImportKeepsTheDatasetItReplaced()
{
    // An import into the name of a dataset that is open, discarded: the dataset under that
    // name is untouched on disk, and is what the window shows again.
    const QString small = m_dir.filePath(QStringLiteral("kept-small.jsonl"));
    const QString big = m_dir.filePath(QStringLiteral("kept-big.jsonl"));
    writeSmsRecords(small, 40);
    writeSmsRecords(big, 200000);
    const QString target = QFileInfo(m_dir.filePath(QStringLiteral("kept.logdeck"))).absoluteFilePath();
    MainWindow window(m_dir.filePath(QStringLiteral("kept.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.importInto({small}, Sources::CommAdmin, target));
    QTRY_VERIFY_WITH_TIMEOUT(window.currentDataset() && window.currentDataset()->path() == target
                                 && window.currentDataset()->total() == 40,
                             20000);
    QPointer<ImportJob> job = window.importInto({big}, Sources::CommAdmin, target);
    QVERIFY(job);
    QSignalSpy finished(job.data(), &ImportJob::finished);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.currentDataset()->isGrowing() && window.currentDataset()->total().value_or(0) > 40, 30000);
    QVERIFY(finished.isEmpty());
    job->cancel(ImportJob::Cancel::Discard);
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    QTRY_VERIFY(window.currentDataset() && window.currentDataset()->path() == target
                && window.currentDataset()->total() == 40);
    QVERIFY(!window.currentDataset()->isGrowing());
    QVERIFY(window.findChild<SourceSidebar *>()->datasets().contains(target));
    QVERIFY(AppSettings::recentDatasets().contains(target));
}

void TestMainWindow::unfinishedSearchIndexIsFinishedOnOpen()
{
    // A dataset whose index was never finished (its writer closed before, or was killed):
    // it opens at once, says so, and the window finishes the index.
    const QString path = QFileInfo(m_dir.filePath(QStringLiteral("unfinished.logdeck"))).absoluteFilePath();
    {
        RecordSink::Options options;
        options.deferSearchIndex = true;
        auto sink = RecordSink::forPath(path, options);
        DatasetInfo info;
        info.source = Sources::CommAdmin;
        QVERIFY(sink->open(path, info));
        QList<QJsonObject> records;
        for (int i = 1; i <= 30000; ++i)
            records << QJsonObject {{QStringLiteral("id"), QStringLiteral("log_%1").arg(i)},
                                    {QStringLiteral("channel"), QStringLiteral("sms")},
                                    {QStringLiteral("content"), QStringLiteral("parcel %1").arg(i)},
                                    {QStringLiteral("created_at"), QStringLiteral("2026-11-01T00:00:00Z")}};
        QVERIFY(sink->write(records));
        QVERIFY2(sink->finish(), qPrintable(sink->errorString()));
    }
    MainWindow window(m_dir.filePath(QStringLiteral("unfinished.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDataset(path);
    QTRY_VERIFY(window.currentDataset() && window.currentDataset()->info());
    QVERIFY(!window.currentDataset()->info()->searchIndexed);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QVERIFY2(window.errorBanner()->text().contains(QStringLiteral("not finished")),
             qPrintable(window.errorBanner()->text()));
    // Searchable meanwhile, by a scan that says so.
    DatasetLogModel *dataset = window.currentDataset();
    dataset->setQuery(dataset->query(), QStringLiteral("parcel 2999"));
    QTRY_COMPARE_WITH_TIMEOUT(dataset->total().value_or(-1), qint64(11), 30000); // 2999, 29990…29999
    QTRY_VERIFY_WITH_TIMEOUT(dataset->info()->searchIndexed, 120000);
    QTRY_COMPARE(dataset->total().value_or(-1), qint64(11));
    QVERIFY(!window.statusText().contains(QStringLiteral("search index")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
