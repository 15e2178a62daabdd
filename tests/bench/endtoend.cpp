#include "endtoend.h"

#include "benchportfolio.h"
#include "benchtiming.h"
#include "demo/localokxserver.h"
#include "processtiming.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr double RequiredSpeedUp = 5.0;

/** One side of the comparison: a program, its arguments and its timed runs. */
struct Side
{
    QString program;
    QStringList arguments;
    std::vector<double> wallMs;
    std::vector<double> cpuMs;

    Timing median() const { return {::median(wallMs), ::median(cpuMs)}; }
};

bool runOnce(Side &side, const QProcessEnvironment &environment, bool timed)
{
    const ProcessRun run = timeProcess(side.program, side.arguments, environment);
    if (!run.ok) {
        std::printf("  %s failed: %s\n", qPrintable(side.program), qPrintable(run.errorOutput));
        return false;
    }
    if (timed) {
        side.wallMs.push_back(run.wallMs);
        side.cpuMs.push_back(run.cpuMs);
    }
    return true;
}

/**
 * The demo credentials, and the app's settings and cache folders in @p home: the app runs with its
 * default settings and no chain list saved by an earlier run, and never touches the user's files.
 */
QProcessEnvironment benchEnvironment(const QTemporaryDir &home)
{
    const Credentials credentials = LocalOkxServer::demoCredentials();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("OKX_API_KEY"), credentials.apiKey);
    environment.insert(QStringLiteral("OKX_SECRET_KEY"), credentials.secretKey);
    environment.insert(QStringLiteral("OKX_API_PASSPHRASE"), credentials.passphrase);
    environment.insert(QStringLiteral("OKX_PROJECT_ID"), credentials.projectId);
    return environment;
}

bool sameContents(const QString &a, const QString &b)
{
    QFile fileA(a);
    QFile fileB(b);
    return fileA.open(QIODevice::ReadOnly) && fileB.open(QIODevice::ReadOnly) && fileA.readAll() == fileB.readAll();
}

} // namespace

bool runEndToEnd(const QList<TokenAsset> &assets, int runs)
{
    DemoServerThread serverThread;
    if (!serverThread.start()) {
        std::printf("  the local server could not start\n");
        return false;
    }
    LocalOkxServer *server = serverThread.server();
    server->setRateLimit(0);
    server->setPortfolio(BenchPortfolio::address(), assets);

    QTemporaryDir dir;
    const QString appCsv = dir.filePath(QStringLiteral("app.csv"));
    const QString peerCsv = dir.filePath(QStringLiteral("peer.csv"));
    const QStringList common{QStringLiteral("--base-url"), serverThread.baseUrl().toString(),
                             QStringLiteral("--address"),  BenchPortfolio::address(),
                             QStringLiteral("--chains"),   QStringLiteral("1")};
    // Default settings, the 1 request per second limit included: the export of one address on a
    // chain of the built-in table makes a single request, which that limit never delays.
    const QStringList appOptions{QStringLiteral("export"), QStringLiteral("--output"), appCsv};
    Side app{QStringLiteral(OKX_CLI_EXECUTABLE), appOptions + common, {}, {}};
    const QStringList peerOptions{QStringLiteral(OKX_BENCH_PYTHON_PEER), QStringLiteral("--output"), peerCsv};
    Side peer{QStringLiteral(OKX_BENCH_PYTHON), peerOptions + common, {}, {}};
    std::printf("  Python peer: %s %s\n", OKX_BENCH_PYTHON, OKX_BENCH_PYTHON_PEER);

    const QProcessEnvironment environment = benchEnvironment(dir);
    server->resetCounters();
    if (!runOnce(app, environment, false))
        return false;
    const int appRequests = server->requestCount();
    if (!runOnce(peer, environment, false))
        return false;
    const double appRssMiB = peakRssMiB(app.program, app.arguments, environment);
    const double peerRssMiB = peakRssMiB(peer.program, peer.arguments, environment);
    for (int i = 0; i < runs; ++i) {
        if (!runOnce(app, environment, true) || !runOnce(peer, environment, true))
            return false;
    }

    const Timing appTiming = app.median();
    const Timing peerTiming = peer.median();
    report("end-to-end export, okx-wallet-viewer", appTiming, runs);
    report("end-to-end export, Python peer", peerTiming, runs);
    const double ratio = peerTiming.wallMs / appTiming.wallMs;
    const bool fastEnough = ratio >= RequiredSpeedUp;
    std::printf("  %-44s %8.2f x    wall %8.2f x    cpu  (medians)       target >= %.0fx (wall): %s\n",
                "speed-up over Python", ratio,
                peerTiming.cpuMs / appTiming.cpuMs, RequiredSpeedUp, fastEnough ? "PASS" : "MISS");
    const bool oneRequest = appRequests == 1;
    std::printf("  %-44s %8d        target 1: %s\n", "HTTP requests of one okx-wallet-viewer export", appRequests,
                oneRequest ? "PASS" : "MISS");
    std::printf("  %-44s %8.2f MiB\n", "peak RSS of okx-wallet-viewer export", appRssMiB);
    std::printf("  %-44s %8.2f MiB\n", "peak RSS of the Python peer", peerRssMiB);
    const bool identical = sameContents(appCsv, peerCsv);
    std::printf("  %-44s %8s\n", "CSV of the app and of the peer identical", identical ? "yes" : "NO");
    return fastEnough && oneRequest && identical;
}

int serveForProfiling(const QList<TokenAsset> &assets)
{
    DemoServerThread serverThread;
    if (!serverThread.start()) {
        std::printf("the local server could not start\n");
        return 1;
    }
    serverThread.server()->setRateLimit(0);
    serverThread.server()->setPortfolio(BenchPortfolio::address(), assets);
    const Credentials credentials = LocalOkxServer::demoCredentials();
    std::printf("OKX_API_KEY=%s OKX_SECRET_KEY=%s OKX_API_PASSPHRASE=%s OKX_PROJECT_ID=%s \\\n"
                "  %s export --rps 0 --output /tmp/okx-bench.csv --base-url %s --address %s --chains 1\n",
                qPrintable(credentials.apiKey), qPrintable(credentials.secretKey),
                qPrintable(credentials.passphrase), qPrintable(credentials.projectId), OKX_CLI_EXECUTABLE,
                qPrintable(serverThread.baseUrl().toString()), qPrintable(BenchPortfolio::address()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
