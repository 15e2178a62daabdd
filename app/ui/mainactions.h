#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

/**
 * The main window's actions with their shortcuts, menus and toolbar, and their texts in the current
 * language. The window connects them; this class only builds and names them.
 *
 * File: Export CSV… (Ctrl+E), Quit. Edit: Copy (Ctrl+C), Find (Ctrl+F). View: Refresh (F5), Stop
 * (Esc), Privacy mode (Ctrl+Shift+M). Settings: Settings…, Language (English / 中文). Help: About.
 */
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    /** Creates the actions, the menu bar and the toolbar of @p window. */
    explicit MainActions(QMainWindow *window);

    QAction *const refresh;
    QAction *const stop;
    QAction *const exportCsv;
    QAction *const copy;
    QAction *const find;
    QAction *const privacy;
    QAction *const settings;
    QAction *const english;
    QAction *const chinese;
    QAction *const about;
    QAction *const quit;

    /** Re-applies every text after a language change. */
    void retranslate();

private:
    void buildMenus(QMainWindow *window);

    QActionGroup *m_languages;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_settings = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QToolBar *m_toolBar = nullptr;
};
