#include "demo/localokxserver.h"
#include "model/historyrecorder.h"
#include "model/portfoliostore.h"
#include "storage/exchangeratesource.h"
#include "storage/valuehistory.h"
#include "storage/valuehistoryworker.h"
#include "support/clientconfigs.h"
#include "support/testassets.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Evm = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Other = QStringLiteral("0x2222222222222222222222222222222222222222");

QList<TokenAsset> holdings(const QString &ethBalance)
{
    return {TestAssets::asset("1", "", "ETH", ethBalance, "3000.000000000000000000000001"),
            TestAssets::asset("56", "0x5ca0000000000000000000000000000000000000", "SCAM", "1000", "5", true),
            TestAssets::asset("56", "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82", "CAKE", "10", "")};
}

QList<HistoryPoint> recorded(const QString &path)
{
    ValueHistory history(path);
    QList<HistoryPoint> points;
    if (!history.readTotals({}, [&points](const HistoryPoint &point) { points.append(point); }))
        qWarning("%s", qPrintable(history.errorString()));
    return points;
}

} // namespace

/**
 * The window's recorder: the store's good refreshes reach the value history, the demo's and the
 * cache's never, each with the USD/CNY rate known at that refresh.
 */
class TestHistoryRecorder final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsEveryGoodRefresh();
    void unusableHistoryIsSaidOnce();
    void recordsTheRateKnown();
    void refreshWaitsForTheRateFetchedWithIt();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistoryRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistoryRecorder::recordsEveryGoodRefresh()
{
    PortfolioStore store;
    bool own = true;
    {
        ValueHistoryWorker worker(path());
        HistoryRecorder recorder(&store, &worker, [&own] { return own; });
        // Restored from the cache: shown, but no refresh to record.
        TestAssets::put(store, TestAssets::snapshot(Evm, QStringLiteral("Main"), holdings("1")), true);
        TestAssets::put(store, TestAssets::snapshot(Evm, QStringLiteral("Main"), holdings("1.5")));
        // A demo portfolio is not the user's history.
        own = false;
        TestAssets::put(store, TestAssets::snapshot(Other, QString(), holdings("7")));
        own = true;
        TestAssets::put(store, TestAssets::snapshot(Other, QString(), holdings("2")));
        // The worker's thread writes; its end waits for the records asked for.
    }
    const QList<HistoryPoint> points = recorded(path());
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).address, Evm);
    QCOMPARE(points.at(0).label, QStringLiteral("Main"));
    QCOMPARE(points.at(0).time, store.entry(Evm)->snapshot.fetchedAt);
    // The summary's exact total: the risk token and the unpriced one are left out.
    QCOMPARE(points.at(0).totalUsd, store.summary(Evm).total);
    QCOMPARE(points.at(0).totalUsd.toPlainString(), QStringLiteral("4500.0000000000000000000000015"));
    QCOMPARE(points.at(1).address, Other);
    QCOMPARE(points.at(1).totalUsd.toPlainString(), QStringLiteral("6000.000000000000000000000002"));
}

void TestHistoryRecorder::unusableHistoryIsSaidOnce()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(4096, 'x')) == 4096);
    file.close();
    PortfolioStore store;
    ValueHistoryWorker worker(path());
    HistoryRecorder recorder(&store, &worker, [] { return true; });
    QSignalSpy failed(&recorder, &HistoryRecorder::failed);
    TestAssets::put(store, TestAssets::snapshot(Evm, QString(), holdings("1")));
    TestAssets::put(store, TestAssets::snapshot(Evm, QString(), holdings("2")));
    QVERIFY(failed.wait());
    QVERIFY(!failed.wait(300));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("cannot be used")));
    // The window works on; the file is as it was.
    QCOMPARE(store.entry(Evm)->snapshot.assets.first().balanceText, QStringLiteral("2"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

void TestHistoryRecorder::recordsTheRateKnown()
{
    DemoServerThread server;
    QVERIFY(server.start());
    PortfolioStore store;
    ExchangeRateSource rates(std::nullopt);
    rates.setConfig(fastDemoClientConfig(server.baseUrl()));
    {
        ValueHistoryWorker worker(path());
        HistoryRecorder recorder(&store, &worker, [] { return true; });
        recorder.setExchangeRates(&rates);
        // No rate known yet: recorded without one, never with a made-up one.
        TestAssets::put(store, TestAssets::snapshot(Evm, QString(), holdings("1")));
        QSignalSpy finished(&rates, &ExchangeRateSource::updateFinished);
        rates.update();
        QVERIFY(finished.wait());
        TestAssets::put(store, TestAssets::snapshot(Evm, QString(), holdings("2")));
    }
    const QList<HistoryPoint> points = recorded(path());
    QCOMPARE(points.size(), 2);
    QVERIFY(!points.at(0).usdCny);
    QCOMPARE(points.at(1).usdCny->text(), QStringLiteral("7.1543"));
    QCOMPARE(points.at(1).usdCny->time(), rates.rate()->time());
    QCOMPARE(points.at(1).totalCny()->toPlainString(), QStringLiteral("42925.8000000000000000000000143086"));
}

void TestHistoryRecorder::refreshWaitsForTheRateFetchedWithIt()
{
    DemoServerThread server;
    QVERIFY(server.start());
    // The rate arrives a moment after the holdings it was fetched with.
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 300;
    server.server()->injectExchangeRateFault(slow);
    PortfolioStore store;
    ExchangeRateSource rates(std::nullopt);
    rates.setConfig(fastDemoClientConfig(server.baseUrl()));
    {
        ValueHistoryWorker worker(path());
        HistoryRecorder recorder(&store, &worker, [] { return true; });
        recorder.setExchangeRates(&rates);
        QSignalSpy finished(&rates, &ExchangeRateSource::updateFinished);
        rates.update();
        TestAssets::put(store, TestAssets::snapshot(Evm, QString(), holdings("1")));
        TestAssets::put(store, TestAssets::snapshot(Other, QString(), holdings("2")));
        QVERIFY(rates.isUpdating());
        QVERIFY(finished.wait());
    }
    const QList<HistoryPoint> points = recorded(path());
    QCOMPARE(points.size(), 2);
    // Both with the rate of their refresh, in the order they came.
    QCOMPARE(points.at(0).address, Evm);
    QCOMPARE(points.at(0).usdCny->text(), QStringLiteral("7.1543"));
    QCOMPARE(points.at(1).address, Other);
    QCOMPARE(points.at(1).usdCny->text(), QStringLiteral("7.1543"));
}

QTEST_GUILESS_MAIN(TestHistoryRecorder)
#include "tst_historyrecorder.moc"
