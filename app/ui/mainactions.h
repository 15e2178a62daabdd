#pragma once

#include "money/fiatcurrency.h"
#include "storage/appsettings.h"

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
 * File: Export CSV… (Ctrl+E), Import / Export Watch List…, Quit. Edit: Copy (Ctrl+C), Find (Ctrl+F),
 * Undo remove (Ctrl+Z). Addresses: Add (Ctrl+N), Add many (Ctrl+Shift+N), Edit, Remove (Delete),
 * Move up / down (Ctrl+Shift+Up / Down).
 * View: Refresh (F5), Stop (Esc), Auto-refresh (off / every N minutes), History (Ctrl+H, checked
 * while shown), Group by Token (Ctrl+G, checked while grouped), Privacy mode (Ctrl+Shift+M), Currency
 * (USD / CNY), Color scheme (System / Light / Dark), Token Verdicts… (Ctrl+Shift+T).
 * Settings: Settings… (Ctrl+,), Language (English / 中文). Help: User Guide (F1), About, About Qt.
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
    QAction *const history;
    QAction *const groupByToken;
    QAction *const privacy;
    /** View → Currency: values in US dollars, or in yuan (exclusive). */
    QAction *const inUsd;
    QAction *const inCny;
    /** View → Color scheme: the desktop's, light or dark (exclusive). */
    QAction *const schemeSystem;
    QAction *const schemeLight;
    QAction *const schemeDark;
    QAction *const tokenVerdicts;
    QAction *const settings;
    QAction *const english;
    QAction *const chinese;
    QAction *const userGuide;
    QAction *const about;
    QAction *const aboutQt;
    QAction *const quit;
    QAction *const addAddress;
    QAction *const addAddresses;
    QAction *const importWatchList;
    QAction *const exportWatchList;
    QAction *const editAddress;
    QAction *const removeAddress;
    QAction *const moveUp;
    QAction *const moveDown;
    QAction *const undoRemove;

    /** The checked auto-refresh choice's minutes (0: off). */
    int autoRefreshMinutes() const;
    /** Checks the choice of @p minutes (or off when it is not one). */
    void setAutoRefreshMinutes(int minutes);
    /** Checks the currency choice of @p currency. */
    void setCurrency(FiatCurrency currency);
    /** Checks the colour-scheme choice of @p scheme. */
    void setColorScheme(AppSettings::ColorScheme scheme);
    /** Enables or disables every action that edits the watch list (there is none to edit without one). */
    void setWatchListEditable(bool editable);

    /** Re-applies every text after a language change. */
    void retranslate();

private:
    void buildMenus(QMainWindow *window);

signals:
    /** The user picked another auto-refresh interval (0: off). */
    void autoRefreshChosen(int minutes);
    /** The user picked the currency values are shown in. */
    void currencyChosen(FiatCurrency currency);
    /** The user picked the window's colour scheme. */
    void colorSchemeChosen(AppSettings::ColorScheme scheme);

private:

    QActionGroup *m_languages;
    QActionGroup *m_autoRefresh;
    QActionGroup *m_currencies;
    QActionGroup *m_schemes;
    QMenu *m_addresses = nullptr;
    QMenu *m_currencyMenu = nullptr;
    QMenu *m_schemeMenu = nullptr;
    QMenu *m_autoRefreshMenu = nullptr;
    QMenu *m_file = nullptr;
    QMenu *m_edit = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_settings = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QToolBar *m_toolBar = nullptr;
};
