#include "windowtestsession.h"

#include "demo/localokxserver.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QMenu>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace WindowTestSession {

Session onLocalServer(const QUrl &baseUrl)
{
    Session session;
    session.config.baseUrl = baseUrl;
    // The local server serves the USD/CNY rate too: a test never reaches OKX's exchange site.
    session.config.exchangeRateUrl = baseUrl;
    session.config.credentials = LocalOkxServer::demoCredentials();
    session.config.requestsPerSecond = 100;
    session.config.timeoutMs = 2000;
    session.config.maxAttempts = 1;
    return session;
}

void clearAppLocations()
{
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation, QStandardPaths::AppDataLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
}

std::unique_ptr<AppSettings> appSettings()
{
    return std::make_unique<AppSettings>(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.json")));
}

bool waitForRefresh(MainWindow *window)
{
    RefreshController *refresh = window->refreshController();
    return QTest::qWaitFor([refresh] { return refresh->connection() != RefreshController::Connection::Unknown && !refresh->isRefreshing(); },
                           WaitMs);
}

std::optional<QStringList> chooseInContextMenu(QAbstractItemView *view, const QModelIndex &index, Qt::Key key)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    std::optional<QStringList> entries;
    // The menu runs its own event loop: it is answered from there, once it is up.
    QTimer::singleShot(0, view, [key, &entries] {
        QMenu *menu = nullptr;
        if (!QTest::qWaitFor([&menu] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; }))
            return;
        // Whatever happens below, the menu goes, so the test does not wait for ever.
        const auto close = qScopeGuard([menu] {
            if (menu->isVisible())
                menu->close();
        });
        if (!QTest::qWaitForWindowExposed(menu))
            return;
        QStringList texts;
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        entries = texts;
        if (key != Qt::Key_unknown)
            QTest::keyClick(menu, key);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return entries;
}

} // namespace WindowTestSession
