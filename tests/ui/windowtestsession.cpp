#include "windowtestsession.h"

#include "demo/localokxserver.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QMenu>
#include <QPointer>
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

QMenu *openMenu(QWidget *window, const QList<Qt::Key> &keys)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QMenu *open = nullptr;
    for (Qt::Key key : keys) {
        QMenu *before = open;
        if (before)
            QTest::keyClick(before, key);
        else
            QTest::keyClick(window, key, Qt::AltModifier);
        if (!QTest::qWaitFor([&open, before] {
                open = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                return open && open != before;
            })
            || !QTest::qWaitForWindowExposed(open))
            return nullptr;
    }
    return open;
}

void whenModal(QObject *context, std::function<void(QWidget *)> answer, bool *answered)
{
    *answered = false;
    QTimer::singleShot(0, context, [answer = std::move(answer), answered] {
        QWidget *modal = nullptr;
        QVERIFY(QTest::qWaitFor([&modal] { return (modal = QApplication::activeModalWidget()) != nullptr; }, WaitMs));
        // A failed check must not leave the test waiting on an open box.
        const auto dismiss = qScopeGuard([modal = QPointer<QWidget>(modal)] {
            // An access key clicks its button after a short animation.
            static_cast<void>(QTest::qWaitFor([&modal] { return !modal || !modal->isVisible(); }, 1000));
            if (auto *dialog = qobject_cast<QDialog *>(modal.data()); dialog && dialog->isVisible())
                dialog->reject();
        });
        // The offscreen platform activates a new window only when asked, as a window manager would.
        QVERIFY(QTest::qWaitForWindowExposed(modal));
        modal->activateWindow();
        QVERIFY(QTest::qWaitFor([modal] { return QApplication::activeWindow() == modal; }, WaitMs));
        answer(modal);
        *answered = true;
    });
}

} // namespace WindowTestSession
