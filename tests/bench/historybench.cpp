#include "historybench.h"

#include "benchtiming.h"
#include "processtiming.h"
#include "storage/valuehistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

namespace {

constexpr int Addresses = 200;
constexpr int Days = 365;
constexpr double TargetMs = 1000;

TokenAsset asset(const QString &owner, const char *chain, const QString &contract, const char *symbol,
                 const QString &balance, const QString &price)
{
    TokenAsset a;
    a.chainIndex = QLatin1String(chain);
    a.tokenContractAddress = contract;
    a.address = owner;
    a.symbol = QLatin1String(symbol);
    a.balanceText = balance;
    a.tokenPriceText = price;
    a.balance = *Decimal::parse(balance);
    a.tokenPrice = *Decimal::parse(price);
    return a;
}

/** Address @p index's holdings on day @p day: 24+ significant digits, prices that move daily. */
RecordedHoldings holdingsOf(int index, int day, const QDateTime &time)
{
    const QString address = QStringLiteral("0x%1").arg(index + 1, 40, 16, QLatin1Char('0'));
    const QString dayText = QString::number(day);
    return {time,
            address,
            QStringLiteral("Wallet %1").arg(index + 1),
            {QStringLiteral("1"), QStringLiteral("56")},
            {asset(address, "1", {}, "ETH", QStringLiteral("%1.123456789012345678").arg(index), QStringLiteral("3%1.12345678901234567890123").arg(dayText)),
             asset(address, "1", QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"), "USDC",
                   QStringLiteral("%1000.000001").arg(index), QStringLiteral("0.9999%1").arg(dayText)),
             asset(address, "56", {}, "BNB", QStringLiteral("%1.5").arg(day), QStringLiteral("6%1.0000000000000000000001").arg(index))},
            // Each day's USD/CNY rate, recorded with every refresh of that day.
            UsdCnyRate::fromText(QStringLiteral("7.%1").arg(day, 4, 10, QLatin1Char('0')), time)};
}

qint64 databaseBytes(const QString &path)
{
    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

} // namespace

bool runHistoryBenchmark(int runs)
{
    QTemporaryDir home;
    const QString path = QDir(home.filePath(QStringLiteral("data/okx-wallet-viewer"))).filePath(QStringLiteral("history.sqlite"));
    {
        ValueHistory history(path);
        const QDateTime start(QDate(2024, 1, 1), QTime(6, 0), Qt::UTC);
        for (int day = 0; day < Days; ++day) {
            QList<RecordedHoldings> refresh;
            for (int index = 0; index < Addresses; ++index)
                refresh.append(holdingsOf(index, day, start.addDays(day).addMSecs(index * 10)));
            if (!history.record(refresh)) {
                std::printf("  the history could not be written: %s\n", qPrintable(history.errorString()));
                return false;
            }
        }
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString csv = home.filePath(QStringLiteral("history.csv"));
    const QStringList arguments{QStringLiteral("history"), QStringLiteral("--output"), csv};
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i <= runs; ++i) {
        const ProcessRun run = timeProcess(QStringLiteral(OKX_CLI_EXECUTABLE), arguments, environment);
        if (!run.ok) {
            std::printf("  okx-wallet-viewer history failed: %s\n", qPrintable(run.errorOutput));
            return false;
        }
        if (i > 0) { // the first run warms the file cache
            wall.push_back(run.wallMs);
            cpu.push_back(run.cpuMs);
        }
    }
    const bool met = report("history, 200 addresses x 365 daily points", {median(wall), median(cpu)}, runs, TargetMs);

    QFile written(csv);
    qsizetype rows = -1; // the header is no row
    if (written.open(QIODevice::ReadOnly)) {
        while (!written.atEnd()) {
            written.readLine();
            ++rows;
        }
    }
    std::printf("  %-44s %8lld rows, %.2f MiB\n", "  = CSV written", static_cast<long long>(rows),
                double(written.size()) / (1024.0 * 1024.0));
    std::printf("  %-44s %8.2f MiB\n", "  = database size", double(databaseBytes(path)) / (1024.0 * 1024.0));
    return met && rows == qsizetype(Addresses) * Days;
}
