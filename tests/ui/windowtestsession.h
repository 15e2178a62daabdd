#pragma once

#include "ui/session.h"

#include <QModelIndex>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class AppSettings;
class MainWindow;
class QAbstractItemView;

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

} // namespace WindowTestSession
