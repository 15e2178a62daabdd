// okx-window-bench: the real window with one address of 10,000 assets (and one of 5,000), its
// server in a child process so that only the window's memory is measured. It prints, each with
// PASS/MISS:
//   - a refresh of one address, 5,000 and 10,000 assets: linear (the larger no more than 2.5×);
//   - sorting the table by every column, both ways: the slowest ≤ 100 ms;
//   - a start from the saved holdings to painted rows: ≤ 500 ms;
//   - the peak resident memory of a window process with the 10,000 assets, started from the saved
//     holdings, refreshed and sorted by every column: ≤ 75 MB.
// Usage: okx-window-bench. Build Release for meaningful figures.

#include "benchportfolio.h"
#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "storage/watchlist.h"
#include "ui/languagemanager.h"
#include "ui/mallocarenas.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>


#include <cstdio>
#include <memory>

namespace {

constexpr int LargeCount = 10000;
constexpr int SmallCount = 5000;
constexpr double LinearLimit = 2.5;
constexpr qint64 SortLimitMs = 100;
constexpr qint64 StartLimitMs = 500;
constexpr long RssLimitMb = 75;
const QString SmallAddress = QStringLiteral("0x5a11000000000000000000000000000000005000");

/** The child: serves both portfolios, prints its base URL, and runs until killed. */
int serve()
{
    DemoServerThread server;
    if (!server.start())
        return 1;
    server.server()->setRateLimit(0);
    server.server()->setPortfolio(BenchPortfolio::address(), BenchPortfolio::generate(LargeCount));
    QList<TokenAsset> small = BenchPortfolio::generate(SmallCount);
    for (TokenAsset &asset : small)
        asset.address = SmallAddress;
    server.server()->setPortfolio(SmallAddress, small);
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

bool report(const char *what, double figure, const char *unit, double limit, bool pass)
{
    std::printf("  %-58s %9.1f %s   target %s %.1f: %s\n", what, figure, unit, pass ? "met" : "missed", limit,
                pass ? "PASS" : "MISS");
    return pass;
}

std::unique_ptr<MainWindow> openWindow(const QUrl &baseUrl, WatchList &list, AppSettings &settings,
                                       LanguageManager &languages)
{
    Session session;
    session.config.baseUrl = baseUrl;
    session.config.exchangeRateUrl = baseUrl;
    session.config.credentials = LocalOkxServer::demoCredentials();
    session.config.requestsPerSecond = 0;
    session.config.timeoutMs = 30000;
    session.watchList = &list;
    auto window = std::make_unique<MainWindow>(session, &settings, &languages);
    window->resize(1600, 1000);
    window->show();
    return window;
}

/** The time of the first paint of the holdings table with @p rows rows in it. */
class FirstPaint final : public QObject
{
public:
    FirstPaint(const QElapsedTimer &clock, int rows) : m_clock(clock), m_rows(rows) {}
    qint64 elapsedMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (elapsedMs >= 0 || event->type() != QEvent::Paint || !watched->parent()
            || watched->parent()->objectName() != QLatin1String("holdingsView"))
            return false;
        const auto *view = static_cast<const QAbstractItemView *>(watched->parent());
        if (view->model() && view->model()->rowCount() == m_rows)
            elapsedMs = m_clock.elapsed();
        return false;
    }

private:
    const QElapsedTimer &m_clock;
    const int m_rows;
};

/** Milliseconds of a refresh of @p address alone, from asking to its rows on screen. */
/** Sorts the window's table by every column, both ways; the slowest sort's milliseconds and column. */
std::pair<qint64, int> sortEveryColumn(MainWindow &window, bool print)
{
    AssetFilterProxy *proxy = window.filterProxy();
    qint64 slowest = 0;
    int slowestColumn = 0;
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer clock;
            clock.start();
            proxy->sort(column, order);
            QCoreApplication::processEvents();
            const qint64 elapsed = clock.elapsed();
            if (print && order == Qt::AscendingOrder)
                std::printf(" %s %lld/", qPrintable(window.assetModel()->headerData(column, Qt::Horizontal).toString()),
                            static_cast<long long>(elapsed));
            else if (print)
                std::printf("%lld", static_cast<long long>(elapsed));
            if (elapsed > slowest) {
                slowest = elapsed;
                slowestColumn = column;
            }
        }
    }
    return {slowest, slowestColumn};
}

qint64 refreshOne(MainWindow &window, const QString &address)
{
    RefreshController *refresh = window.refreshController();
    QEventLoop loop;
    QObject::connect(refresh, &RefreshController::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    refresh->refreshAddresses({address});
    loop.exec();
    QCoreApplication::processEvents();
    return clock.elapsed();
}

/**
 * This process's peak resident memory in MB, from VmHWM: getrusage's ru_maxrss would count the
 * parent's memory too, which a child inherits through fork and keeps across exec.
 */
double peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/** Opens the app's folders of a bench run: test mode, never the user's. */
void useBenchFolders()
{
    QApplication::setApplicationName(QStringLiteral("okx-window-bench"));
    QStandardPaths::setTestModeEnabled(true);
}

/**
 * The memory child: the window with the 10,000 assets alone, as a user starts it: from the saved
 * holdings, refreshed, then sorted by every column. Prints its peak resident memory in MB.
 */
int measureMemory(const QUrl &baseUrl)
{
    WatchList list;
    list.add(WatchedAddress{BenchPortfolio::address(), QStringLiteral("Ten thousand"), {QStringLiteral("1")}});
    AppSettings settings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.json")));
    LanguageManager languages;
    languages.setLanguage(LanguageManager::Language::English);
    {
        std::unique_ptr<MainWindow> window = openWindow(baseUrl, list, settings, languages);
        // Its refresh began as it opened; the saved holdings come first.
        bool refreshed = false;
        QObject::connect(window->refreshController(), &RefreshController::finished, [&refreshed] { refreshed = true; });
        if (!QTest::qWaitFor([&window] { return window->assetModel()->rowCount() == LargeCount; }, 10000)
            || !QTest::qWaitFor([&refreshed] { return refreshed; }, 60000))
            return 1;
        sortEveryColumn(*window, false);
    }
    std::printf("%.1f\n", peakResidentMb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && qstrcmp(argv[1], "--serve") == 0) {
        QCoreApplication app(argc, argv);
        return serve();
    }

    const bool memoryChild = argc > 2 && qstrcmp(argv[1], "--measure-memory") == 0;
    // As the app itself starts (DesktopApp::run).
    if (memoryChild)
        MallocArenas::useOne();
    QApplication app(argc, argv);
    // Never the user's watch list, settings or cache.
    useBenchFolders();
    if (memoryChild)
        return measureMemory(QUrl(QString::fromUtf8(argv[2])));
    for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation})
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();

    QProcess server;
    server.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve")});
    if (!server.waitForReadyRead(30000)) {
        std::fprintf(stderr, "the local server did not start\n");
        return 1;
    }
    const QUrl baseUrl(QString::fromUtf8(server.readLine().trimmed()));

    WatchList list;
    list.add(WatchedAddress{SmallAddress, QStringLiteral("Five thousand"), {QStringLiteral("1")}});
    list.add(WatchedAddress{BenchPortfolio::address(), QStringLiteral("Ten thousand"), {QStringLiteral("1")}});
    AppSettings settings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("settings.json")));
    LanguageManager languages;
    languages.setLanguage(LanguageManager::Language::English);

    std::printf("okx-window-bench: the window with %d + %d assets, Release, offscreen 1600×1000\n", SmallCount, LargeCount);
    bool ok = true;
    {
        std::unique_ptr<MainWindow> window = openWindow(baseUrl, list, settings, languages);
        // Its own first refresh, from a cold cache, uncounted.
        QEventLoop first;
        QObject::connect(window->refreshController(), &RefreshController::finished, &first, &QEventLoop::quit);
        first.exec();
        if (window->assetModel()->rowCount() != SmallCount + LargeCount) {
            std::fprintf(stderr, "the window shows %d rows\n", window->assetModel()->rowCount());
            return 1;
        }
        qint64 small = 0;
        qint64 large = 0;
        for (int round = 0; round < 3; ++round) {
            small += refreshOne(*window, SmallAddress);
            large += refreshOne(*window, BenchPortfolio::address());
        }
        std::printf("  refresh of one address: %d assets %.1f ms, %d assets %.1f ms (mean of 3)\n", SmallCount,
                    small / 3.0, LargeCount, large / 3.0);
        const double ratio = double(large) / double(qMax<qint64>(small, 1));
        ok &= report("refresh, 10,000 over 5,000 assets (linear: 2)", ratio, "x", LinearLimit, ratio <= LinearLimit);

        std::printf("  sort, ascending/descending, ms:");
        const auto [slowest, slowestColumn] = sortEveryColumn(*window, true);
        std::printf("\n");
        const QString header = window->assetModel()->headerData(slowestColumn, Qt::Horizontal).toString();
        const QByteArray what = QStringLiteral("sort 15,000 rows, slowest column (%1)").arg(header).toUtf8();
        ok &= report(what.constData(), double(slowest), "ms", SortLimitMs, slowest <= SortLimitMs);
    }
    {
        // The saved holdings of both addresses are on disk now: a new window paints them at once.
        QElapsedTimer clock;
        clock.start();
        FirstPaint firstPaint(clock, SmallCount + LargeCount);
        qApp->installEventFilter(&firstPaint);
        std::unique_ptr<MainWindow> window = openWindow(baseUrl, list, settings, languages);
        const bool painted = QTest::qWaitFor([&firstPaint] { return firstPaint.elapsedMs >= 0; }, 10000);
        qApp->removeEventFilter(&firstPaint);
        const qint64 started = firstPaint.elapsedMs;
        ok &= report("start from the saved holdings to painted rows", double(started), "ms", StartLimitMs,
                     painted && started <= StartLimitMs);
        // Its refresh, begun after the first paint, ends before the window goes.
        RefreshController *refresh = window->refreshController();
        if (!QTest::qWaitFor([refresh] { return !refresh->isRefreshing(); }, 60000))
            std::fprintf(stderr, "the refresh after the start did not end\n");
    }
    {
        // Its own process, so that only this window's memory counts; the saved holdings are on disk.
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure-memory"), baseUrl.toString()});
        const bool ran = child.waitForFinished(120000) && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
        bool read = false;
        const double peakMb = QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble(&read);
        ok &= report("peak resident memory, the window with 10,000 assets", peakMb, "MB", RssLimitMb,
                     ran && read && peakMb <= RssLimitMb);
    }
    server.kill();
    server.waitForFinished();
    std::printf("%s\n", ok ? "PASS" : "MISS");
    return ok ? 0 : 1;
}
