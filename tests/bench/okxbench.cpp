// okx-bench: the performance figures of issues "Foundation" and "Command line".
//
//   cmake --build build --target bench        (builds okx-bench and okx-wallet-viewer, then runs it)
//
// Measure a Release build on a quiet machine. By default the benchmark pins itself, the local server
// and every child process to one CPU, as the targets are stated for one core; --all-cores lifts that.
// Every figure is the median of several runs, as wall-clock time (what the targets are judged on)
// beside CPU time (which other load on the machine disturbs less).

#include "api/balanceparser.h"
#include "benchportfolio.h"
#include "demo/localokxserver.h"
#include "export/holdingscsv.h"
#include "processtiming.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sched.h>
#include <time.h>

namespace {

constexpr int AssetCount = 10000;
constexpr int InProcessRuns = 15;
constexpr int ProcessRuns = 7;

/** Wall-clock and CPU milliseconds of one piece of work. */
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template<typename Work>
Timing medianTiming(int runs, Work &&work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuBefore);
    }
    return {median(wall), median(cpu)};
}

/** Prints one timing; returns false when its wall-clock time misses @p targetMs (0: no target). */
bool report(const char *label, const Timing &timing, double targetMs = 0)
{
    std::printf("  %-46s %9.2f ms wall %9.2f ms cpu", label, timing.wallMs, timing.cpuMs);
    const bool met = targetMs <= 0 || timing.wallMs <= targetMs;
    if (targetMs > 0)
        std::printf("   target <= %.0f ms: %s", targetMs, met ? "met" : "MISSED");
    std::printf("\n");
    return met;
}

QString pinToOneCpu()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof(allowed), &allowed) != 0)
        return QStringLiteral("all CPUs (affinity unavailable)");
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (!CPU_ISSET(cpu, &allowed))
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        // Threads and child processes started later inherit this mask.
        if (sched_setaffinity(0, sizeof(one), &one) == 0)
            return QStringLiteral("CPU %1 only").arg(cpu);
        break;
    }
    return QStringLiteral("all CPUs (pinning failed)");
}

/** The 1-minute load average: the benchmark's figures only mean something on a quiet machine. */
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 0)
                                          : QStringLiteral("unknown");
}

QList<HoldingRow> holdingRows(const QList<TokenAsset> &assets)
{
    QList<HoldingRow> rows;
    rows.reserve(assets.size());
    for (const TokenAsset &asset : assets)
        rows.append({asset.address, QStringLiteral("Ethereum"), asset});
    return rows;
}

/** Times the same export by the app and by the Python peer against one local server; false on a missed target. */
bool endToEnd(const QList<TokenAsset> &assets)
{
    DemoServerThread serverThread;
    if (!serverThread.start()) {
        std::printf("  the local server could not start\n");
        return false;
    }
    LocalOkxServer *server = serverThread.server();
    server->setRateLimit(0);
    server->setPortfolio(BenchPortfolio::address(), assets);

    const Credentials credentials = LocalOkxServer::demoCredentials();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OKX_API_KEY"), credentials.apiKey);
    environment.insert(QStringLiteral("OKX_SECRET_KEY"), credentials.secretKey);
    environment.insert(QStringLiteral("OKX_API_PASSPHRASE"), credentials.passphrase);
    environment.insert(QStringLiteral("OKX_PROJECT_ID"), credentials.projectId);

    QTemporaryDir dir;
    const QString appCsv = dir.filePath(QStringLiteral("app.csv"));
    const QString peerCsv = dir.filePath(QStringLiteral("peer.csv"));
    const QStringList common{QStringLiteral("--base-url"), serverThread.baseUrl().toString(), QStringLiteral("--address"),
                             BenchPortfolio::address(), QStringLiteral("--chains"), QStringLiteral("1")};
    const QStringList appArguments =
        QStringList{QStringLiteral("export"), QStringLiteral("--rps"), QStringLiteral("0"), QStringLiteral("--output"), appCsv}
        + common;
    const QStringList peerArguments =
        QStringList{QStringLiteral(OKX_BENCH_PYTHON_PEER), QStringLiteral("--output"), peerCsv} + common;

    // Each side gets one untimed warm-up run (page cache, Python's bytecode cache). The app's runs
    // all come first, so the children's peak RSS read after them is the app's alone.
    const auto timeAll = [&environment](const QString &program, const QStringList &arguments, Timing *out) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int i = 0; i <= ProcessRuns; ++i) {
            const ProcessRun run = timeProcess(program, arguments, environment);
            if (!run.ok) {
                std::printf("  %s failed: %s\n", qPrintable(program), qPrintable(run.errorOutput));
                return false;
            }
            if (i > 0) {
                wall.push_back(run.wallMs);
                cpu.push_back(run.cpuMs);
            }
        }
        *out = {median(wall), median(cpu)};
        return true;
    };

    Timing app;
    Timing peer;
    if (!timeAll(QStringLiteral(OKX_CLI_EXECUTABLE), appArguments, &app))
        return false;
    const double appRssMiB = peakChildRssMiB();
    if (!timeAll(QStringLiteral("python3"), peerArguments, &peer))
        return false;

    QFile appFile(appCsv);
    QFile peerFile(peerCsv);
    const bool identical = appFile.open(QIODevice::ReadOnly) && peerFile.open(QIODevice::ReadOnly)
        && appFile.readAll() == peerFile.readAll();

    report("end-to-end export, okx-wallet-viewer", app);
    report("end-to-end export, python3 python_peer.py", peer);
    const double ratio = peer.wallMs / app.wallMs;
    const bool fastEnough = ratio >= 5.0;
    std::printf("  %-46s %9.2f x  wall %9.2f x  cpu   target >= 5x (wall): %s\n", "speed-up over Python", ratio,
                peer.cpuMs / app.cpuMs, fastEnough ? "met" : "MISSED");
    std::printf("  %-46s %9.2f MiB\n", "peak RSS of okx-wallet-viewer export", appRssMiB);
    std::printf("  %-46s %9s\n", "CSV of the app and of the Python peer identical", identical ? "yes" : "NO");
    return fastEnough && identical;
}

} // namespace

int main(int argc, char *argv[])
{
    bool allCores = false;
    for (int i = 1; i < argc; ++i)
        allCores = allCores || qstrcmp(argv[i], "--all-cores") == 0;
    const QString cpus = allCores ? QStringLiteral("all CPUs") : pinToOneCpu();

    QCoreApplication app(argc, argv);
    std::printf("okx-bench: %d assets, median of %d runs (%d for processes), %s\n", AssetCount, InProcessRuns,
                ProcessRuns, qPrintable(cpus));
    std::printf("  (load average when starting: %s)\n", qPrintable(loadAverage()));

    const QList<TokenAsset> assets = BenchPortfolio::generate(AssetCount);
    const QByteArray body = BenchPortfolio::replyBody(assets);
    bool allMet = true;

    qsizetype parsedCount = 0;
    const Timing parse = medianTiming(InProcessRuns, [&] {
        parsedCount = BalanceParser::parseTokenAssets(200, body, ApiFamily::DexV5).value.size();
    });
    if (parsedCount != AssetCount) {
        std::printf("  the parser returned %lld assets instead of %d\n", static_cast<long long>(parsedCount), AssetCount);
        return 1;
    }
    allMet &= report("parse + build the asset list, 10,000 assets", parse, 30);

    Decimal total;
    const Timing totalTiming = medianTiming(InProcessRuns, [&] {
        total = Decimal();
        for (const TokenAsset &asset : assets)
            total += asset.valueUsd();
    });
    report("exact total of 10,000 values (balance x price)", totalTiming);
    std::printf("  %-46s %9lld digits\n", "  = the exact total", static_cast<long long>(total.toPlainString().size()));

    // As the export does it: rows built from the parsed assets, sorted by exact value, written.
    qint64 csvBytes = 0;
    const Timing csv = medianTiming(InProcessRuns, [&] {
        QList<HoldingRow> rows = holdingRows(assets);
        HoldingsCsv::sortByValue(rows);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HoldingsCsv::write(&buffer, rows);
        csvBytes = buffer.size();
    });
    allMet &= report("CSV of 10,000 rows (build, sort, write)", csv, 20);
    std::printf("  %-46s %9.2f MiB\n", "  = CSV size", double(csvBytes) / (1024.0 * 1024.0));

    allMet &= endToEnd(assets);
    std::printf("%s\n", allMet ? "okx-bench: every target met" : "okx-bench: some target MISSED");
    return allMet ? 0 : 1;
}
