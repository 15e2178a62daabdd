// okx-bench: the performance figures of issues "Foundation", "Command line" and "Value history".
//
//   cmake --build build --target bench        (builds okx-bench and okx-wallet-viewer, then runs it)
//
// okx-bench --serve only serves the 10,000-asset address and prints the export command to run
// against it, for profiling the app by hand.
//
// Measure a Release build on a quiet machine. By default the benchmark pins itself, the local server
// and every child process to one CPU, as the targets are stated for one core; --all-cores lifts that.
// Every figure is the median of several runs, as wall-clock time (what the targets are judged on)
// beside CPU time (which other load on the machine disturbs less). The Python peer runs on Debian's
// python3 (/usr/bin/python3 with python3-requests) when there is one, as the issue states.

#include "api/balanceparser.h"
#include "benchportfolio.h"
#include "benchtiming.h"
#include "endtoend.h"
#include "export/holdingscsv.h"
#include "historybench.h"
#include "processtiming.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <vector>

#include <sched.h>
#include <time.h>

namespace {

constexpr int AssetCount = 10000;
constexpr int InProcessRuns = 15;
constexpr int ProcessRuns = 15;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
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

} // namespace

int main(int argc, char *argv[])
{
    // Before anything else, while this process is small: see runForPeakRss().
    if (argc > 2 && qstrcmp(argv[1], "--peak-rss") == 0)
        return runForPeakRss(argv + 2);

    bool allCores = false;
    bool serve = false;
    for (int i = 1; i < argc; ++i) {
        allCores = allCores || qstrcmp(argv[i], "--all-cores") == 0;
        serve = serve || qstrcmp(argv[i], "--serve") == 0;
    }
    const QString cpus = allCores ? QStringLiteral("all CPUs") : pinToOneCpu();

    QCoreApplication app(argc, argv);
    if (serve)
        return serveForProfiling(BenchPortfolio::generate(AssetCount));
    std::printf("okx-bench: %d assets, each figure the median of N runs (N printed), %s\n", AssetCount,
                qPrintable(cpus));
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
    allMet &= report("parse + build the asset list, 10,000 assets", parse, InProcessRuns, 30);

    Decimal total;
    const Timing totalTiming = medianTiming(InProcessRuns, [&] {
        total = Decimal();
        for (const TokenAsset &asset : assets)
            total += asset.valueUsd();
    });
    report("exact total of 10,000 values (balance x price)", totalTiming, InProcessRuns);
    std::printf("  %-44s %8lld digits\n", "  = the exact total", static_cast<long long>(total.toPlainString().size()));

    // As the export does it: rows built from the parsed assets, sorted by exact value, written.
    qint64 csvBytes = 0;
    const Timing csv = medianTiming(InProcessRuns, [&] {
        const QList<HoldingRow> rows = holdingRows(assets);
        const QList<qsizetype> order = HoldingsCsv::orderByValue(rows);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HoldingsCsv::write(&buffer, rows, order);
        csvBytes = buffer.size();
    });
    allMet &= report("CSV of 10,000 rows (build, sort, write)", csv, InProcessRuns, 20);
    std::printf("  %-44s %8.2f MiB\n", "  = CSV size", double(csvBytes) / (1024.0 * 1024.0));

    // A hostile server's reply at the client's 32 MB cap: 10,000 good assets, then one balance of
    // 29 million nines. Refused as malformed by the amount limits, before any arithmetic on it.
    QList<TokenAsset> hostileAssets = assets;
    hostileAssets.last().balanceText = QString(29'000'000, u'9');
    const QByteArray hostileBody = BenchPortfolio::replyBody(hostileAssets);
    bool refused = false;
    const Timing hostile = medianTiming(5, [&] {
        refused = BalanceParser::parseTokenAssets(200, hostileBody, ApiFamily::DexV5).error.kind()
            == ApiError::Kind::Malformed;
    });
    allMet &= refused && report("32 MB reply with a 29-million-digit balance", hostile, 5, 500);
    std::printf("  %-44s %8.2f MiB, %s\n", "  = reply size", double(hostileBody.size()) / (1024.0 * 1024.0),
                refused ? "refused as malformed" : "NOT refused (MISS)");

    allMet &= runEndToEnd(assets, ProcessRuns);
    allMet &= runHistoryBenchmark(ProcessRuns);
    std::printf("%s\n", allMet ? "okx-bench: PASS, every target met" : "okx-bench: MISS, some target not met");
    return allMet ? 0 : 1;
}
