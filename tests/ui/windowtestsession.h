#pragma once

#include "ui/session.h"

#include <QModelIndex>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class MainWindow;
class QAbstractItemView;
class QMenu;
class QObject;
class QWidget;

/**
 * What the window tests share: a session on the local server, the app's folders, the wait for a
 * refresh, and a context menu opened and answered as a person would.
 */
namespace WindowTestSession {

/** How long a test waits for the window to reach what it expects. */
constexpr int WaitMs = 15000;

/** A session on the local server at @p baseUrl: its demo credentials, 100 requests a second, 2 s timeout, one attempt. */
Session onLocalServer(const QUrl &baseUrl);
/** Empties the app's config, cache and data folders (those of QStandardPaths' test mode). */
void clearAppLocations();
/** The settings file in the app's config folder. */
std::unique_ptr<AppSettings> appSettings();
/** True once @p window's refresh has ended (the window starts its first itself, after the first paint). */
bool waitForRefresh(MainWindow *window);
/**
 * Right-clicks @p index of @p view and presses @p key in the context menu that opens (none for
 * Qt::Key_unknown: the menu is closed). Returns the menu's entries, or nothing when no menu opened.
 */
std::optional<QStringList> chooseInContextMenu(QAbstractItemView *view, const QModelIndex &index, Qt::Key key);
/**
 * Opens a menu of @p window's menu bar as a person would: Alt with the first of @p keys, then each
 * next key in the menu open, which opens a submenu. Returns the menu open last (its entries are
 * chosen with a key), or null when one did not open.
 */
QMenu *openMenu(QWidget *window, const QList<Qt::Key> &keys);
/**
 * Runs @p answer on the modal dialog or box that opens next, once it is up and active (a modal one
 * runs its own event loop: it is answered from there), and sets @p answered. Whatever @p answer does,
 * the dialog does not stay open.
 */
void whenModal(QObject *context, std::function<void(QWidget *)> answer, bool *answered);

} // namespace WindowTestSession
