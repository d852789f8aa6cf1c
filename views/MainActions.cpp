#include "MainActions.h"

#include "LogDeckVersion.h"
#include "core/AppSettings.h"
#include "core/TimeDisplay.h"
#include "core/Translations.h"
#include "itemmodels/RemoteLogModel.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStyle>
#include <QToolBar>

namespace
{
QAction *action(QObject *parent, const QKeySequence &shortcut = {}, bool checkable = false)
{
    auto *a = new QAction(parent);
    a->setShortcut(shortcut);
    a->setCheckable(checkable);
    return a;
}
} // namespace

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
    , addConnection(action(window, QKeySequence::New))
    , demo(action(window))
    , openDataset(action(window, QKeySequence::Open))
    , exportRecords(action(window, QKeySequence(Qt::CTRL | Qt::Key_E)))
    , importRecords(action(window, QKeySequence(Qt::CTRL | Qt::Key_I)))
    , refresh(action(window, QKeySequence::Refresh))
    , liveTail(action(window, {}, true))
    , offline(action(window, {}, true))
    , cached(action(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)))
    , utc(action(window, {}, true))
    , histogram(action(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), true))
    , facets(action(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), true))
    , filter(action(window, QKeySequence::Find))
    , goToId(action(window, QKeySequence(Qt::CTRL | Qt::Key_G)))
    , clear(action(window, QKeySequence(Qt::Key_Escape)))
    , quit(action(window))
    , about(action(window))
    , m_window(window)
{
    utc->setChecked(AppSettings::utcTimes());
    TimeDisplay::setUtc(utc->isChecked());
    connect(utc, &QAction::toggled, this, [](bool on) {
        TimeDisplay::setUtc(on); // before the views redraw their times (they connect later)
        AppSettings::setUtcTimes(on);
    });
    histogram->setChecked(AppSettings::windowLayout(QStringLiteral("histogramShown")) != "0");
    facets->setChecked(AppSettings::windowLayout(QStringLiteral("facetsShown")) == "1");
    connect(histogram, &QAction::toggled, this,
            [](bool on) { AppSettings::setWindowLayout(QStringLiteral("histogramShown"), on ? "1" : "0"); });
    connect(facets, &QAction::toggled, this,
            [](bool on) { AppSettings::setWindowLayout(QStringLiteral("facetsShown"), on ? "1" : "0"); });
    clear->setShortcutContext(Qt::WindowShortcut);
    window->addAction(clear);
    // Some platform themes (minimal window managers, offscreen) define no Quit key.
    const QKeySequence quitKey(QKeySequence::Quit);
    quit->setShortcut(quitKey.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quitKey);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    connect(quit, &QAction::triggered, window, &QWidget::close);
    connect(about, &QAction::triggered, window, [window] {
        QMessageBox::about(window, tr("About LogDeck"),
                           tr("<h3>LogDeck %1</h3><p>A desktop explorer for communication, "
                              "notification and audit logs.</p>")
                               .arg(QStringLiteral(LOGDECK_VERSION)));
    });
    updateIcons();
    createMenus();
}

void MainActions::createMenus()
{
    m_fileMenu = m_window->menuBar()->addMenu(QString());
    m_fileMenu->addActions({addConnection, demo});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(openDataset);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addActions({importRecords, exportRecords});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    setRecentDatasets(AppSettings::recentDatasets());

    m_viewMenu = m_window->menuBar()->addMenu(QString());
    m_viewMenu->addActions({refresh, liveTail, offline, cached});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({histogram, facets});
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(utc);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Translations::available()) {
        QAction *a = m_languageMenu->addAction(Translations::nativeName(language));
        a->setCheckable(true);
        a->setData(language);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] { emit languageChosen(language); });
    }
    m_appearanceMenu = m_viewMenu->addMenu(QString());
    m_appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    m_appearanceGroup = new QActionGroup(this);
    for (const Appearance::Mode mode :
         {Appearance::Mode::System, Appearance::Mode::Light, Appearance::Mode::Dark}) {
        QAction *a = m_appearanceMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(Appearance::key(mode));
        m_appearanceGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] { chooseAppearance(mode); });
    }
    const auto saved = Appearance::fromKey(AppSettings::appearance());
    setAppearanceChecked(saved.value_or(Appearance::Mode::System));
    // The desktop's look needs nothing done; a chosen one is put on before the first paint.
    if (saved && *saved != Appearance::current())
        Appearance::apply(*saved);

    m_goMenu = m_window->menuBar()->addMenu(QString());
    m_goMenu->addActions({filter, goToId, clear});
    m_helpMenu = m_window->menuBar()->addMenu(QString());
    m_helpMenu->addAction(about);

    m_toolbar = m_window->addToolBar(QString());
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addActions({addConnection, openDataset, exportRecords});
    m_toolbar->addSeparator();
    m_toolbar->addActions({refresh, liveTail, offline});
    m_toolbar->addSeparator();
    m_toolbar->addAction(goToId);
    m_toolbar->addAction(facets);
}

void MainActions::chooseAppearance(Appearance::Mode mode)
{
    Appearance::apply(mode);
    AppSettings::setAppearance(Appearance::key(mode));
    setAppearanceChecked(mode);
}

void MainActions::setAppearanceChecked(Appearance::Mode mode)
{
    for (QAction *a : m_appearanceGroup->actions())
        a->setChecked(a->data().toString() == Appearance::key(mode));
}

void MainActions::setRecentDatasets(const QStringList &paths)
{
    m_recentMenu->clear();
    for (const QString &path : paths) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { emit recentDatasetChosen(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

QList<QAction *> MainActions::sourceActions() const
{
    return {refresh, liveTail, offline, goToId, filter, exportRecords, cached};
}

void MainActions::showModel(const RemoteLogModel *model)
{
    for (QAction *a : serverActions())
        a->setEnabled(model && a != liveTail);
    if (!model)
        return;
    const QSignalBlocker blockTail(liveTail);
    liveTail->setChecked(model->isLiveTail());
    liveTail->setEnabled(model->canLiveTail());
    const QSignalBlocker blockOffline(offline);
    offline->setChecked(model->isOffline());
}

QList<QAction *> MainActions::serverActions() const
{
    return {refresh, liveTail, offline, goToId, cached};
}

void MainActions::updateIcons()
{
    // The play mark is drawn in the palette's text colour, as the style's own is black
    // whatever the background.
    QStyle *style = m_window->style();
    openDataset->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    exportRecords->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    refresh->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    offline->setIcon(style->standardIcon(QStyle::SP_DriveHDIcon));
    QPixmap play(32, 32);
    play.fill(Qt::transparent);
    QPainter painter(&play);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_window->palette().color(QPalette::ButtonText));
    painter.drawPolygon(QPolygonF({QPointF(9, 6), QPointF(26, 16), QPointF(9, 26)}));
    painter.end();
    liveTail->setIcon(QIcon(play));
}

void MainActions::retranslate(const QString &language)
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolbar->setWindowTitle(tr("Toolbar"));
    addConnection->setText(tr("&Add connection…"));
    demo->setText(tr("Try the &demo"));
    openDataset->setText(tr("&Open dataset…"));
    exportRecords->setText(tr("&Export…"));
    exportRecords->setToolTip(tr("Save what the filters found, or the selected rows, to a file (Ctrl+E)"));
    m_recentMenu->setTitle(tr("Open &recent"));
    importRecords->setText(tr("&Import records…"));
    importRecords->setToolTip(
        tr("Make a dataset of records saved as JSON Lines, a JSON array, an API response or CSV (Ctrl+I)"));
    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(tr("Fetch the rows again, keeping the selection (F5)"));
    liveTail->setText(tr("&Live tail"));
    liveTail->setToolTip(tr("Check for new records every 10 seconds and add them at the top"));
    offline->setText(tr("Work &offline"));
    offline->setToolTip(tr("Show only what is in the cache; ask the server nothing"));
    cached->setText(tr("Everything &cached for this source"));
    cached->setToolTip(tr("Browse every record of this source that the cache holds, with filters, "
                          "sort and full-text search, as a dataset"));
    histogram->setText(tr("&Histogram"));
    histogram->setToolTip(tr("Records over time above the table; drag across bars to filter on their time "
                             "(Ctrl+Shift+H)"));
    facets->setText(tr("F&acets"));
    facets->setToolTip(tr("Each filter's values with how many records have them; click one to filter on it "
                          "(Ctrl+Shift+F)"));
    utc->setText(tr("Times in &UTC"));
    utc->setToolTip(tr("Show times in UTC instead of the local time zone"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
    m_appearanceMenu->setTitle(tr("&Appearance"));
    const QList<QAction *> appearances = m_appearanceGroup->actions();
    appearances.at(0)->setText(tr("&System", "appearance: as the desktop has it"));
    appearances.at(1)->setText(tr("L&ight", "appearance"));
    appearances.at(2)->setText(tr("&Dark", "appearance"));
    filter->setText(tr("&Filter…"));
    goToId->setText(tr("&Go to ID…"));
    clear->setText(tr("&Clear selection"));
    quit->setText(tr("&Quit"));
    about->setText(tr("&About LogDeck"));
}
