#pragma once

#include "Appearance.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;
class RemoteLogModel;

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
    // View → Appearance: applied at once and remembered.
    void chooseAppearance(Appearance::Mode mode);
    // From the style in use (View → Appearance may change it).
    void updateIcons();
    void setRecentDatasets(const QStringList &paths);
    // The actions that need a source on screen.
    QList<QAction *> sourceActions() const;
    // What a server's source shown allows (refresh, live tail, offline…); none for a dataset.
    void showModel(const RemoteLogModel *model);

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
    QAction *histogram; // the histogram above the table (shown by default)
    QAction *facets; // the facets beside it
    QAction *filter;
    QAction *goToId;
    QAction *clear;
    QAction *quit;
    QAction *about;

signals:
    void languageChosen(const QString &language);
    void recentDatasetChosen(const QString &path);

private:
    void createMenus();
    void setAppearanceChecked(Appearance::Mode mode);
    QList<QAction *> serverActions() const;

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
