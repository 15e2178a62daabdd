#include "windowtestsession.h"

#include "demo/localokxserver.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

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

} // namespace WindowTestSession
