// okx-watch-bench: 200 watched addresses refreshed by the real window against a rate-limited local
// server. Checks the two promises of the watch-list issue:
//   1. the refresh completes within 1.1 × the rate-limit bound (requests / N seconds) with no
//      failed request, the client paced at the server's N requests per second;
//   2. the UI thread never stalls 50 ms or more while refreshing (a 5 ms QTimer records the
//      longest gap between its ticks).
// Usage: okx-watch-bench [requests-per-second] (default 40). Build Release for meaningful figures.

#include "demo/localokxserver.h"
#include "model/assettablemodel.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "storage/watchlist.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

constexpr int AddressCount = 200;
constexpr double BoundFactor = 1.1;
constexpr qint64 StallLimitMs = 50;
const QStringList Chains{QStringLiteral("1"), QStringLiteral("56"), QStringLiteral("137")};

QString generatedAddress(int i)
{
    return QStringLiteral("0x%1").arg(i + 1, 40, 16, QLatin1Char('0'));
}

TokenAsset holding(const QString &chain, int token, int address, int round)
{
    TokenAsset a;
    a.chainIndex = chain;
    a.tokenContractAddress = token == 0 ? QString() : QStringLiteral("0x%1").arg(token * 7919 + 1, 40, 16, QLatin1Char('0'));
    a.symbol = token == 0 ? QStringLiteral("NATIVE%1").arg(chain) : QStringLiteral("TK%1").arg(token);
    // A later round changes some balances, so the second refresh has changes to compute.
    a.balanceText = QStringLiteral("%1.%2").arg(address + token + 1).arg(round * (token % 3), 2, 10, QLatin1Char('0'));
    a.tokenPriceText = QStringLiteral("%1.25").arg(token + 1);
    a.balance = *Decimal::parse(a.balanceText);
    a.tokenPrice = *Decimal::parse(a.tokenPriceText);
    return a;
}

void setPortfolios(LocalOkxServer *server, int round)
{
    for (int i = 0; i < AddressCount; ++i) {
        QList<TokenAsset> assets;
        for (const QString &chain : Chains) {
            for (int token = 0; token < 4; ++token)
                assets.append(holding(chain, token, i, round));
        }
        server->setPortfolio(generatedAddress(i), assets);
    }
}

/** The longest gap between the ticks of a 5 ms timer in the UI thread. */
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_max = qMax(m_max, m_clock.restart());
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return qMax(m_max, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

struct Round
{
    qint64 elapsedMs = 0;
    qint64 maxStallMs = 0;
    int requests = 0;
    int failures = 0;
};

Round refreshOnce(MainWindow &window)
{
    RefreshController *refresh = window.refreshController();
    Round round;
    StallMeter meter;
    QEventLoop loop;
    QObject::connect(refresh, &RefreshController::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    meter.start();
    clock.start();
    refresh->refresh();
    loop.exec();
    round.elapsedMs = clock.elapsed();
    round.maxStallMs = meter.stop();
    round.requests = refresh->totalRequests();
    round.failures = int(refresh->failures().size());
    return round;
}

bool report(const char *name, const Round &round, double rps, int serverRejected)
{
    const double boundMs = 1000.0 * round.requests / rps;
    const bool inTime = round.elapsedMs <= BoundFactor * boundMs;
    const bool smooth = round.maxStallMs < StallLimitMs;
    const bool clean = round.failures == 0;
    std::printf("%s refresh: %d requests in %lld ms (bound %.0f ms, limit %.0f ms) %s; failed requests %d %s "
                "(server rejected %d, retried); longest UI stall %lld ms (limit < %lld ms) %s\n",
                name, round.requests, static_cast<long long>(round.elapsedMs), boundMs, BoundFactor * boundMs,
                inTime ? "PASS" : "MISS", round.failures, clean ? "PASS" : "MISS", serverRejected,
                static_cast<long long>(round.maxStallMs), static_cast<long long>(StallLimitMs), smooth ? "PASS" : "MISS");
    return inTime && smooth && clean;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("okx-watch-bench"));
    // Never the user's watch list, settings or cache.
    QStandardPaths::setTestModeEnabled(true);
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    const double rps = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 40.0;
    if (rps <= 0) {
        std::fprintf(stderr, "usage: okx-watch-bench [requests-per-second]\n");
        return 2;
    }

    DemoServerThread server;
    if (!server.start()) {
        std::fprintf(stderr, "the local server did not start\n");
        return 1;
    }
    setPortfolios(server.server(), 0);
    server.server()->setRateLimit(rps);

    WatchList list;
    for (int i = 0; i < AddressCount; ++i)
        list.add(WatchedAddress{generatedAddress(i), QStringLiteral("Wallet %1").arg(i + 1), Chains});
    AppSettings settings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.ini")));
    LanguageManager languages;
    languages.setLanguage(LanguageManager::Language::English);

    Session session;
    session.config.baseUrl = server.baseUrl();
    session.config.exchangeRateUrl = server.baseUrl();
    session.config.credentials = LocalOkxServer::demoCredentials();
    session.config.requestsPerSecond = rps;
    session.config.timeoutMs = 10000;
    session.watchList = &list;
    MainWindow window(session, &settings, &languages);
    window.resize(1600, 1000);
    window.show();
    // The window starts a refresh of its own after its first paint; let it finish, uncounted, from
    // a cold cache, then measure two more: one unchanged, one with changes to compute.
    QEventLoop warmup;
    QObject::connect(window.refreshController(), &RefreshController::finished, &warmup, &QEventLoop::quit);
    warmup.exec();

    std::printf("okx-watch-bench: %d watched addresses x %lld chains, server and client limited to %.1f requests/s\n",
                AddressCount, static_cast<long long>(Chains.size()), rps);
    const int rejectedBefore = server.server()->rateLimitedCount();
    const Round same = refreshOnce(window);
    const int rejectedSame = server.server()->rateLimitedCount() - rejectedBefore;
    setPortfolios(server.server(), 1);
    const Round changed = refreshOnce(window);
    const int rejectedChanged = server.server()->rateLimitedCount() - rejectedBefore - rejectedSame;

    bool ok = report("unchanged", same, rps, rejectedSame);
    ok = report("changed  ", changed, rps, rejectedChanged) && ok;
    std::printf("table rows: %d\n%s\n", window.assetModel()->rowCount(), ok ? "PASS" : "MISS");
    return ok ? 0 : 1;
}
