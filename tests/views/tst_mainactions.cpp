#include "FakePageSource.h"
#include "MainActions.h"
#include "core/AppSettings.h"
#include "core/TimeDisplay.h"
#include "itemmodels/RemoteLogModel.h"
#include "sources/BuiltinSources.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The window's actions, menus and toolbar: their keys and words, what a source shown
// allows, and the choices they remember (appearance, UTC, the recent datasets).
class TestMainActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void menusAndKeys();
    void aServerSourceEnablesItsActions();
    void appearanceIsAppliedAndRemembered();
    void utcIsRemembered();
    void recentDatasetsAreListed();
    void aLanguageIsChosen();

private:
    static QMenu *menuTitled(QMainWindow &window, const QString &title);
};

void TestMainActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LogDeckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainactions"));
    QSettings().clear();
}

QMenu *TestMainActions::menuTitled(QMainWindow &window, const QString &title)
{
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == title)
            return menu;
    }
    return nullptr;
}

void TestMainActions::menusAndKeys()
{
    QMainWindow window;
    MainActions actions(&window);
    actions.retranslate(QStringLiteral("en"));
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    QCOMPARE(titles,
             (QStringList {QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Go"),
                           QStringLiteral("&Help")}));
    QCOMPARE(actions.exportRecords->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions.importRecords->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(actions.goToId->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    QCOMPARE(actions.cached->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QVERIFY(!actions.quit->shortcut().isEmpty()); // even where the platform names no Quit key
    QVERIFY(window.actions().contains(actions.clear)); // Esc works wherever the focus is
    QVERIFY(menuTitled(window, QStringLiteral("&View"))->actions().contains(actions.liveTail));
    QVERIFY(!actions.liveTail->icon().isNull());
}

void TestMainActions::aServerSourceEnablesItsActions()
{
    QMainWindow window;
    MainActions actions(&window);
    actions.showModel(nullptr); // a dataset: nothing to refresh, tail or take offline
    for (QAction *a : {actions.refresh, actions.liveTail, actions.offline, actions.goToId, actions.cached})
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));

    auto *source = new FakePageSource;
    source->addRecords(10);
    RemoteLogModel model(source);
    source->setParent(&model);
    Query q;
    q.source = Sources::CommAdmin;
    model.setQuery(q);
    model.setLiveTail(true, 1000);
    QSignalSpy tailToggled(actions.liveTail, &QAction::toggled);
    QSignalSpy offlineToggled(actions.offline, &QAction::toggled);
    actions.showModel(&model);
    for (QAction *a : {actions.refresh, actions.offline, actions.goToId, actions.cached})
        QVERIFY(a->isEnabled());
    QCOMPARE(actions.liveTail->isEnabled(), model.canLiveTail());
    QVERIFY(actions.liveTail->isChecked());
    QVERIFY(!actions.offline->isChecked());
    // Showing the model's state is not the user toggling it.
    QCOMPARE(tailToggled.size(), 0);
    QCOMPARE(offlineToggled.size(), 0);
}

void TestMainActions::appearanceIsAppliedAndRemembered()
{
    QMainWindow window;
    MainActions actions(&window);
    QMenu *menu = window.findChild<QMenu *>(QStringLiteral("appearanceMenu"));
    QVERIFY(menu);
    const auto checkedKey = [menu] {
        for (QAction *a : menu->actions()) {
            if (a->isChecked())
                return a->data().toString();
        }
        return QString();
    };
    QCOMPARE(checkedKey(), QStringLiteral("system"));
    actions.chooseAppearance(Appearance::Mode::Dark);
    QCOMPARE(AppSettings::appearance(), QStringLiteral("dark"));
    QCOMPARE(checkedKey(), QStringLiteral("dark"));
    menu->actions().at(0)->trigger(); // System, from the menu
    QCOMPARE(AppSettings::appearance(), QStringLiteral("system"));
    QCOMPARE(checkedKey(), QStringLiteral("system"));
}

void TestMainActions::utcIsRemembered()
{
    QMainWindow window;
    MainActions actions(&window);
    QVERIFY(!actions.utc->isChecked());
    actions.utc->setChecked(true);
    QVERIFY(TimeDisplay::isUtc());
    QVERIFY(AppSettings::utcTimes());
    MainActions again(&window); // the next start
    QVERIFY(again.utc->isChecked());
    actions.utc->setChecked(false);
    QVERIFY(!TimeDisplay::isUtc());
    QVERIFY(!AppSettings::utcTimes());
}

void TestMainActions::recentDatasetsAreListed()
{
    QMainWindow window;
    MainActions actions(&window);
    actions.retranslate(QStringLiteral("en"));
    QMenu *recent = menuTitled(window, QStringLiteral("Open &recent"));
    QVERIFY(recent);
    QVERIFY(!recent->isEnabled()); // none yet
    QSignalSpy chosen(&actions, &MainActions::recentDatasetChosen);
    actions.setRecentDatasets({QStringLiteral("/data/a.logdeck"), QStringLiteral("/data/b.logdeck")});
    QVERIFY(recent->isEnabled());
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().at(1)->text(), QStringLiteral("b.logdeck"));
    QCOMPARE(recent->actions().at(1)->toolTip(), QStringLiteral("/data/b.logdeck"));
    recent->actions().at(1)->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("/data/b.logdeck"));
    actions.setRecentDatasets({});
    QVERIFY(recent->actions().isEmpty());
}

void TestMainActions::aLanguageIsChosen()
{
    QMainWindow window;
    MainActions actions(&window);
    actions.retranslate(QStringLiteral("en"));
    QMenu *languages = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(languages);
    QAction *chinese = nullptr;
    for (QAction *a : languages->actions()) {
        QCOMPARE(a->isChecked(), a->data().toString() == u"en");
        if (a->data().toString() == u"zh_CN")
            chinese = a;
    }
    QVERIFY(chinese);
    QSignalSpy chosen(&actions, &MainActions::languageChosen);
    chinese->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("zh_CN"));
    actions.retranslate(QStringLiteral("zh_CN"));
    QVERIFY(chinese->isChecked());
}

QTEST_MAIN(TestMainActions)
#include "tst_mainactions.moc"
