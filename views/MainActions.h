#pragma once

#include "Appearance.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

// The main window's actions, menus and toolbar: their shortcuts, words and icons, kept
// together so that the window only says what each one does. The actions are the
// window's children; their triggered() signals are the window's to connect.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow *window);

    // Words in the current language; which language and appearance are checked.
    void retranslate(const QString &language);
    void setAppearanceChecked(Appearance::Mode mode);
    // From the style in use (View → Appearance may change it).
    void updateIcons();
    void setRecentDatasets(const QStringList &paths);
    // The actions that need a source on screen, and those that need a server's.
    QList<QAction *> sourceActions() const;
    QList<QAction *> serverActions() const;

    QAction *addConnection;
    QAction *demo;
    QAction *openDataset;
    QAction *exportRecords;
    QAction *importRecords;
    QAction *refresh;
    QAction *liveTail;
    QAction *offline;
    QAction *cached;
    QAction *utc;
    QAction *filter;
    QAction *goToId;
    QAction *clear;
    QAction *quit;
    QAction *about;

signals:
    void languageChosen(const QString &language);
    void appearanceChosen(Appearance::Mode mode);
    void recentDatasetChosen(const QString &path);

private:
    void createMenus();

    QMainWindow *m_window;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolbar = nullptr;
};
