// Chinese throughout: every window, dialog, panel and tab in zh_CN, with no English left
// but an explicit allow-list; the runtime language switch; no clipped labels. Offscreen,
// against the demo server over real HTTP.
#include "ConnectionDialog.h"
#include "DemoServerProcess.h"
#include "DetailPane.h"
#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "FilterPanel.h"
#include "ImportDialog.h"
#include "LogTableView.h"
#include "MainWindow.h"
#include "SourceSidebar.h"
#include "WelcomePage.h"
#include "core/Translations.h"
#include "itemmodels/RecordFieldsModel.h"
#include "itemmodels/RemoteLogModel.h"
#include "itemmodels/StatusHistoryModel.h"
#include "jobs/ExportJob.h"
#include "jobs/ImportJob.h"
#include "sources/BuiltinSources.h"
#include "sources/SourceRegistry.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

namespace
{
// Words that stay as they are in Chinese: the brand, protocols, formats, standards,
// key names and the API's own product names. Everything else in Latin letters fails.
const QStringList kAllowedWords = {
    QStringLiteral("LogDeck"), QStringLiteral("ID"), QStringLiteral("URL"), QStringLiteral("HTTP"),
    QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("JSON"), QStringLiteral("TSV"),
    QStringLiteral("CSV"), QStringLiteral("UTC"), QStringLiteral("SQLite"), QStringLiteral("API"),
    QStringLiteral("CPaaS"), QStringLiteral("MFA"), QStringLiteral("TOTP"), QStringLiteral("Bearer"),
    QStringLiteral("Webhook"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Enter"),
    QStringLiteral("Esc"), QStringLiteral("BOM"), QStringLiteral("UTF"), QStringLiteral("RFC"),
    QStringLiteral("MiB"), QStringLiteral("IP"),
    // The language menu names each language in itself.
    QStringLiteral("English")};

// Messages the demo server writes in its error bodies: the server's words, shown as
// sent beside LogDeck's translated category (未认证或令牌无效：…).
const QStringList kServerMessages = {QStringLiteral("missing or invalid bearer token"),
                                     QStringLiteral("this endpoint requires the admin role"),
                                     QStringLiteral("no such endpoint")};

// What is not words: addresses, paths, file extensions, format names of several words,
// and what the user types as it is: environment variable names and the “direct” keyword.
const QRegularExpression kNotWords(QStringLiteral(
    R"((?:https?://|socks5://|/)[^\s，。；：（）()、]+|\.(?:logdeck|jsonl|csv)\b|JSON Lines|\b(?:https?|no)_proxy\b|“direct”)"));
const QRegularExpression kWord(QStringLiteral(R"([A-Za-z][A-Za-z'’]+)"));

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}
} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void welcomePageIsChinese();
    void everySourceIsChinese_data();
    void everySourceIsChinese();
    void apiLogDetailIsChinese();
    void unauthorizedBannerAndPromptAreChinese();
    void dialogsAreChinese();
    void languageSwitchesAtRuntime();
    void layoutsFitBothLanguages_data();
    void layoutsFitBothLanguages();

private:
    struct Found {
        QString where;
        QString text;
    };
    // The texts a user sees in and under `root`: labels, buttons, placeholders, tab and
    // group titles, combo items, menus and toolbars, headers, tooltips, window titles,
    // and the translated cells (enum columns, known field names, timeline steps).
    QList<Found> visibleTexts(QWidget *root) const;
    void collectMenu(QMenu *menu, const QString &where, QList<Found> &out) const;
    void collectView(QAbstractItemView *view, QList<Found> &out) const;
    // The texts with English words outside the allow-list, one per line. `data`: what
    // the user typed or chose (file names), shown as it is.
    QString englishLeft(QWidget *root, const QStringList &data = {}) const;
    // Labels and buttons narrower than their text needs, and hidden toolbar actions.
    QString clipped(QWidget *root) const;
    void waitForRows(MainWindow &window);
    static int statusColumn(MainWindow &window);

    DemoServerProcess m_server;
    QTemporaryDir m_dir;
    Translations m_translations;
};

void TestLocalization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localization"));
    QVERIFY(m_server.start({QStringLiteral("--comm"), QStringLiteral("3000"), QStringLiteral("--api-logs"),
                            QStringLiteral("300"), QStringLiteral("--audit"), QStringLiteral("3000"),
                            QStringLiteral("--mfa"), QStringLiteral("300")}));
}

void TestLocalization::init()
{
    QSettings().clear();
    QVERIFY(m_translations.install(QStringLiteral("zh_CN")));
    // Qt's own catalogue too: standard buttons of dialogs must be Chinese as well.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

void TestLocalization::collectMenu(QMenu *menu, const QString &where, QList<Found> &out) const
{
    out.append({where, menu->title()});
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu())
            collectMenu(action->menu(), where + QLatin1Char('/') + action->menu()->title(), out);
        else
            out.append({where, action->text()}),
                out.append({where + QStringLiteral(" tooltip"), action->toolTip()});
    }
}

void TestLocalization::collectView(QAbstractItemView *view, QList<Found> &out) const
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QString where = view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className())
                                                       : view->objectName();
    if (auto *table = qobject_cast<QTableView *>(view)) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            out.append({where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString()});
            out.append({where + QStringLiteral(" header tooltip"),
                        model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString()});
        }
    }
    const int rows = qMin(model->rowCount(), 200);
    auto *tableView = qobject_cast<QTableView *>(view);
    if (qobject_cast<RemoteLogModel *>(model) && tableView) {
        // Enum columns are shown in words; the rest is the server's data.
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString key = model->headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString();
            const bool enumColumn = key == u"channel" || key == u"status" || key == u"eventType"
                || key == u"action" || key == u"source";
            for (int r = 0; enumColumn && !tableView->isColumnHidden(c) && r < rows; ++r)
                out.append({where + QLatin1Char(' ') + key, model->index(r, c).data().toString()});
        }
    } else if (qobject_cast<RecordFieldsModel *>(model)) {
        for (int r = 0; r < rows; ++r) {
            if (model->index(r, 0).data(RecordFieldsModel::IsKnownRole).toBool())
                out.append({where + QStringLiteral(" field"), model->index(r, 0).data().toString()});
        }
    } else if (qobject_cast<StatusHistoryModel *>(model)) {
        for (int r = 0; r < rows; ++r) {
            for (int c : {int(StatusHistoryModel::StatusColumn), int(StatusHistoryModel::SinceColumn)})
                out.append({where + QStringLiteral(" step"), model->index(r, c).data().toString()});
        }
        for (int c = 0; c < model->columnCount(); ++c)
            out.append({where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString()});
    } else if (auto *tree = qobject_cast<QTreeWidget *>(view)) {
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            out.append({where, (*it)->text(0)});
            out.append({where + QStringLiteral(" tooltip"), (*it)->toolTip(0)});
        }
    } else {
        for (int c = 0; c < model->columnCount(); ++c)
            out.append({where + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString()});
    }
}

QList<TestLocalization::Found> TestLocalization::visibleTexts(QWidget *root) const
{
    QList<Found> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        const QString where =
            w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (w->isWindow())
            out.append({where + QStringLiteral(" title"), w->windowTitle()});
        out.append({where + QStringLiteral(" tooltip"), w->toolTip()});
        if (auto *label = qobject_cast<QLabel *>(w))
            out.append({where, plain(label->text())});
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out.append({where, button->text()});
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            out.append({where + QStringLiteral(" placeholder"), edit->placeholderText()});
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({where, combo->itemText(i)});
        } else if (auto *group = qobject_cast<QGroupBox *>(w))
            out.append({where, group->title()});
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({where, tabs->tabText(i)});
        } else if (auto *spin = qobject_cast<QSpinBox *>(w))
            out.append({where, spin->prefix() + spin->suffix()});
        else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : bar->actions()) {
                if (action->menu())
                    collectMenu(action->menu(), action->menu()->title(), out);
            }
        } else if (auto *toolbar = qobject_cast<QToolBar *>(w)) {
            for (QAction *action : toolbar->actions())
                out.append({where, action->text()}),
                    out.append({where + QStringLiteral(" tooltip"), action->toolTip()});
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            collectView(view, out);
        }
    }
    return out;
}

QString TestLocalization::englishLeft(QWidget *root, const QStringList &data) const
{
    QStringList problems;
    for (const Found &found : visibleTexts(root)) {
        QString text = found.text;
        for (const QString &message : kServerMessages + data)
            text.remove(message);
        text.remove(kNotWords);
        for (auto it = kWord.globalMatch(text); it.hasNext();) {
            const QString word = it.next().captured();
            if (!kAllowedWords.contains(word)) {
                problems << found.where + QStringLiteral(": ") + found.text;
                break;
            }
        }
    }
    problems.removeDuplicates();
    return problems.join(QLatin1Char('\n'));
}

QString TestLocalization::clipped(QWidget *root) const
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QPushButton *>(w);
        if ((label && !label->wordWrap() && !label->text().isEmpty())
            || (button && !button->text().isEmpty())) {
            const int needed = w->minimumSizeHint().width();
            if (w->width() < needed)
                problems << QStringLiteral("%1 “%2”: %3 px of %4")
                                .arg(w->objectName(), label ? label->text() : button->text())
                                .arg(w->width())
                                .arg(needed);
        }
        if (auto *toolbar = qobject_cast<QToolBar *>(w)) {
            for (QAction *action : toolbar->actions()) {
                QWidget *shown = toolbar->widgetForAction(action);
                if (!action->isSeparator() && (!shown || !shown->isVisible()))
                    problems << QStringLiteral("toolbar action “%1” does not fit").arg(action->text());
            }
        }
    }
    return problems.join(QLatin1Char('\n'));
}

void TestLocalization::waitForRows(MainWindow &window)
{
    QTRY_VERIFY(window.logModel() && window.logModel()->rowCount() > 0);
    QTRY_VERIFY(!window.logModel()->index(0, 0).data(LogRoles::IsPlaceholderRole).toBool());
}

int TestLocalization::statusColumn(MainWindow &window)
{
    for (int c = 0; c < window.logModel()->columnCount(); ++c) {
        if (window.logModel()->headerData(c, Qt::Horizontal, LogRoles::ColumnKeyRole).toString() == u"status")
            return c;
    }
    return -1;
}

void TestLocalization::welcomePageIsChinese()
{
    MainWindow window(m_dir.filePath(QStringLiteral("welcome.sqlite")));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.welcomePage()->isVisible());
    QCOMPARE(window.welcomePage()->headline(), QStringLiteral("欢迎使用 LogDeck"));
    const QString left = englishLeft(&window);
    QVERIFY2(left.isEmpty(), qPrintable(left));
}

void TestLocalization::everySourceIsChinese_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("token");
    QTest::newRow("comm-mine") << "comm-mine"
                               << "demo-user";
    QTest::newRow("comm-admin") << "comm-admin"
                                << "demo-admin";
    QTest::newRow("notif-audit") << "notif-audit"
                                 << "demo-admin";
    QTest::newRow("api-logs") << "api-logs"
                              << "demo-admin";
    QTest::newRow("mfa-audit") << "mfa-audit"
                               << "demo-admin";
}

void TestLocalization::everySourceIsChinese()
{
    QFETCH(QString, source);
    QFETCH(QString, token);
    MainWindow window(m_dir.filePath(source + QStringLiteral(".sqlite")));
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openServer(m_server.baseUrl(), token, SourceRegistry::instance().kindForKey(source));
    waitForRows(window);
    // Every column shown, so that every header and enum column is looked at.
    for (int c = 0; c < window.logModel()->columnCount(); ++c)
        window.table()->setColumnHidden(c, false);
    QTRY_VERIFY(window.statusText().contains(QStringLiteral("已加载")));
    // A record in the detail pane, each tab in turn.
    window.table()->setCurrentIndex(window.logModel()->index(0, 0));
    QTRY_VERIFY(!window.detailPane()->historyModel()->isLoading()
                && window.detailPane()->historyModel()->rowCount() > 0);
    for (int tab = 0; tab < window.detailPane()->tabs()->count(); ++tab) {
        window.detailPane()->tabs()->setCurrentIndex(tab);
        const QString left = englishLeft(&window);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("tab %1:\n%2").arg(tab).arg(left)));
    }
}

void TestLocalization::apiLogDetailIsChinese()
{
    MainWindow window(m_dir.filePath(QStringLiteral("api-detail.sqlite")));
    window.resize(1440, 900);
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::ApiLogs);
    waitForRows(window);
    // Every status an entry can end in, each with its whole timeline.
    const int status = statusColumn(window);
    QSet<int> seen;
    for (int r = 0; r < window.logModel()->rowCount() && seen.size() < 4; ++r) {
        const int raw = window.logModel()->index(r, status).data(LogRoles::RawValueRole).toInt();
        if (seen.contains(raw))
            continue;
        seen.insert(raw);
        window.table()->setCurrentIndex(window.logModel()->index(r, 0));
        StatusHistoryModel *history = window.detailPane()->historyModel();
        QTRY_VERIFY(!history->isLoading() && history->rowCount() > 0);
        window.detailPane()->tabs()->setCurrentIndex(DetailPane::HistoryTab);
        QVERIFY(window.detailPane()->summaryText().contains(QStringLiteral("个步骤")));
        const QString left = englishLeft(&window);
        QVERIFY2(left.isEmpty(), qPrintable(left));
    }
    QVERIFY(seen.size() >= 3);

    // The table's context menu and the column chooser, inspected while they are open.
    for (int which = 0; which < 2; ++which) {
        QString popupLeft = QStringLiteral("no menu");
        QTimer::singleShot(0, this, [&] {
            QWidget *popup = QApplication::activePopupWidget();
            popupLeft = popup ? englishLeft(popup) : QStringLiteral("no menu");
            if (popup)
                popup->close();
        });
        if (which == 0) {
            QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20),
                                    window.table()->viewport()->mapToGlobal(QPoint(20, 20)));
            QApplication::sendEvent(window.table()->viewport(), &event);
        } else {
            emit window.table()->horizontalHeader()->customContextMenuRequested(QPoint(10, 5));
        }
        QVERIFY2(popupLeft.isEmpty(), qPrintable(popupLeft));
    }

    // Go to ID (a modal input dialog) and Help → About, inspected while they are open.
    QAction *goToId = nullptr;
    QAction *about = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_G))
            goToId = a;
        if (a->menuRole() == QAction::AboutRole)
            about = a;
    }
    QVERIFY(goToId && about);
    for (QAction *action : {goToId, about}) {
        QString modalLeft = QStringLiteral("no dialog");
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            modalLeft = dialog ? englishLeft(dialog) : QStringLiteral("no dialog");
            if (dialog)
                QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        });
        action->trigger();
        QVERIFY2(modalLeft.isEmpty(), qPrintable(action->text() + QStringLiteral(": ") + modalLeft));
    }
}

void TestLocalization::unauthorizedBannerAndPromptAreChinese()
{
    MainWindow window(m_dir.filePath(QStringLiteral("auth.sqlite")));
    window.resize(1440, 900);
    window.show();
    QSignalSpy prompted(&window, &MainWindow::tokenPromptShown);
    window.openServer(m_server.baseUrl(), QStringLiteral("not-a-token"), Sources::CommMine);
    QTRY_VERIFY(window.errorBanner()->isVisible());
    QVERIFY(window.errorBanner()->text().contains(QStringLiteral("未认证或令牌无效")));
    QTRY_COMPARE(prompted.size(), 1);
    auto *prompt = window.findChild<QInputDialog *>(QStringLiteral("tokenPrompt"));
    QVERIFY(prompt && prompt->isVisible());
    QString left = englishLeft(&window);
    QVERIFY2(left.isEmpty(), qPrintable(left));
    left = englishLeft(prompt);
    QVERIFY2(left.isEmpty(), qPrintable(left));
    prompt->reject();
}

void TestLocalization::dialogsAreChinese()
{
    {
        ConnectionDialog dialog;
        Connection c;
        c.baseUrl = m_server.baseUrl();
        c.pathOverrides.insert(QStringLiteral("mfa-audit"), QStringLiteral("/no/such/path"));
        dialog.setConnection(c, QStringLiteral("demo-user"));
        dialog.show();
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.resultText(Sources::CommAdmin).contains(QStringLiteral("无权访问该资源")));
        const QString left = englishLeft(&dialog);
        QVERIFY2(left.isEmpty(), qPrintable(left));
        dialog.setKeychainAvailable(false);
        QVERIFY2(englishLeft(&dialog).isEmpty(), qPrintable(englishLeft(&dialog)));
    }
    {
        ExportDialog dialog(3, true, true);
        dialog.show();
        for (const QString &name : {QStringLiteral("a.logdeck"), QStringLiteral("a.jsonl"),
                                    QStringLiteral("a.csv"), QStringLiteral("a.txt")}) {
            dialog.setPath(m_dir.filePath(name));
            const QString left = englishLeft(&dialog);
            QVERIFY2(left.isEmpty(), qPrintable(left));
        }
    }
    {
        // The import dialog: empty, with a file, with each kind of dataset name, strict.
        const QString records = m_dir.filePath(QStringLiteral("records.jsonl"));
        QFile file(records);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\":\"a\",\"content\":\"x\"}\n");
        file.close();
        ImportDialog dialog(Sources::CommAdmin);
        dialog.show();
        QVERIFY2(englishLeft(&dialog).isEmpty(), qPrintable(englishLeft(&dialog)));
        dialog.addFiles({records});
        const QStringList names = {
            QDir::toNativeSeparators(records), records, QStringLiteral("records.logdeck"),
            m_dir.filePath(QStringLiteral("records.logdeck")), m_dir.filePath(QStringLiteral("records.txt"))};
        for (const QString &target : {m_dir.filePath(QStringLiteral("records.logdeck")),
                                      m_dir.filePath(QStringLiteral("records.txt")), records}) {
            dialog.setTarget(target);
            const QString left = englishLeft(&dialog, names);
            QVERIFY2(left.isEmpty(), qPrintable(left));
        }
        dialog.setTarget(m_dir.filePath(QStringLiteral("records.logdeck")));
        dialog.findChild<QCheckBox *>(QStringLiteral("importStrict"))->toggle();
        QVERIFY2(englishLeft(&dialog, names).isEmpty(), qPrintable(englishLeft(&dialog, names)));

        // The import progress, and the dataset it makes.
        MainWindow window(m_dir.filePath(QStringLiteral("import.sqlite")));
        window.resize(1440, 900);
        window.show();
        QVERIFY(window.importInto({records}, Sources::CommAdmin,
                                  m_dir.filePath(QStringLiteral("records.logdeck"))));
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        progress->show();
        const QString left = englishLeft(progress, {QStringLiteral("records.jsonl")});
        QVERIFY2(left.isEmpty(), qPrintable(left));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("已将 1 条记录导入")));
    }
    {
        // The export progress, while an export runs.
        MainWindow window(m_dir.filePath(QStringLiteral("export.sqlite")));
        window.resize(1440, 900);
        window.show();
        window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::CommAdmin);
        waitForRows(window);
        const QString path = m_dir.filePath(QStringLiteral("all.logdeck"));
        ExportJob *job = window.exportTo(path, false);
        QVERIFY(job);
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("exportProgress"));
        QVERIFY(progress);
        progress->show();
        const QString left = englishLeft(progress);
        QVERIFY2(left.isEmpty(), qPrintable(left));
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("已将")));
        // …and the dataset it wrote, opened: the sidebar entry, the search row.
        window.openDataset(path);
        QTRY_VERIFY(window.statusText().contains(QStringLiteral("条记录")));
        const QString datasetLeft =
            englishLeft(&window, {QStringLiteral("all"), QStringLiteral("records.logdeck")});
        QVERIFY2(datasetLeft.isEmpty(), qPrintable(datasetLeft));
        auto datasetToolTip = [&] {
            for (QTreeWidgetItemIterator it(window.sidebar()); *it; ++it) {
                if ((*it)->text(0) == u"all")
                    return (*it)->toolTip(0);
            }
            return QString();
        };
        QVERIFY(datasetToolTip().contains(QStringLiteral("条记录")));
        window.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(datasetToolTip().contains(QStringLiteral("records")));
    }
}

void TestLocalization::languageSwitchesAtRuntime()
{
    MainWindow window(m_dir.filePath(QStringLiteral("switch.sqlite")));
    window.resize(1440, 900);
    window.setLanguage(QStringLiteral("en"));
    window.show();
    window.openServer(m_server.baseUrl(), QStringLiteral("demo-admin"), Sources::ApiLogs);
    waitForRows(window);
    window.table()->setCurrentIndex(window.logModel()->index(0, 0));
    QTRY_VERIFY(!window.detailPane()->historyModel()->isLoading()
                && window.detailPane()->historyModel()->rowCount() > 0);

    auto *apply = window.filterPanel()->findChild<QPushButton *>(QStringLiteral("applyFilters"));
    QVERIFY(apply);
    const int status = statusColumn(window);
    auto sidebarTexts = [&] {
        QStringList texts;
        for (QTreeWidgetItemIterator it(window.sidebar()); *it; ++it)
            texts << (*it)->text(0);
        return texts;
    };
    StatusHistoryModel *history = window.detailPane()->historyModel();
    QCOMPARE(apply->text(), QStringLiteral("Apply"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(window.logModel()->headerData(status, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QCOMPARE(window.detailPane()->tabs()->tabText(DetailPane::FieldsTab), QStringLiteral("Fields"));
    QVERIFY(sidebarTexts().contains(QStringLiteral("Notification API logs")));
    QCOMPARE(history->index(0, StatusHistoryModel::StatusColumn).data().toString(),
             QStringLiteral("Received"));
    QVERIFY(window.statusText().contains(QStringLiteral("rows loaded")));

    // A banner that is up when the language changes switches too.
    QVERIFY(!window.exportTo(m_dir.filePath(QStringLiteral("wrong.txt")), false));
    QVERIFY(window.errorBanner()->text().contains(QStringLiteral("Cannot export")));

    // A passing message ("Copied 3 rows") is not left up in the language being left.
    window.statusBar()->showMessage(QStringLiteral("Copied 3 rows."), 60000);

    window.setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(apply->text(), QStringLiteral("应用"));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(window.errorBanner()->text().contains(QStringLiteral("无法导出")));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    QCOMPARE(window.logModel()->headerData(status, Qt::Horizontal).toString(), QStringLiteral("状态"));
    QCOMPARE(window.detailPane()->tabs()->tabText(DetailPane::FieldsTab), QStringLiteral("字段"));
    QTRY_VERIFY(sidebarTexts().contains(QStringLiteral("通知 API 日志")));
    QCOMPARE(history->index(0, StatusHistoryModel::StatusColumn).data().toString(), QStringLiteral("已接收"));
    QVERIFY(window.statusText().contains(QStringLiteral("已加载")));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    // The whole window, not only the sample.
    const QString left = englishLeft(&window);
    QVERIFY2(left.isEmpty(), qPrintable(left));

    window.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(apply->text(), QStringLiteral("Apply"));
    QCOMPARE(window.detailPane()->tabs()->tabText(DetailPane::HistoryTab), QStringLiteral("Status history"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestLocalization::layoutsFitBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("en") << "en";
}

void TestLocalization::layoutsFitBothLanguages()
{
    QFETCH(QString, language);
    QVERIFY(m_translations.install(language));
    MainWindow window(m_dir.filePath(QStringLiteral("fit.sqlite")));
    // The size a first run opens at on a screen of 1600 × 1000 or more.
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString problems = clipped(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    for (SourceKind kind : SourceRegistry::instance().kinds()) {
        // demo-admin has sent nothing himself: his own logs are empty.
        window.openServer(
            m_server.baseUrl(),
            kind == Sources::CommMine ? QStringLiteral("demo-user") : QStringLiteral("demo-admin"), kind);
        waitForRows(window);
        if (QTest::currentTestFailed())
            return;
        QCoreApplication::processEvents(); // the rebuilt filter panel is laid out
        problems = clipped(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(kind.key() + QStringLiteral(":\n") + problems));
    }
    ConnectionDialog connection;
    connection.show();
    problems = clipped(&connection);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    ExportDialog exportDialog(12, true, true);
    exportDialog.show();
    problems = clipped(&exportDialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    ImportDialog importDialog(Sources::ApiLogs);
    importDialog.addFiles({m_dir.filePath(QStringLiteral("some-records.jsonl"))});
    importDialog.show();
    problems = clipped(&importDialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
