#include "api/balanceclient.h"
#include "api/chainregistry.h"
#include "demo/localokxserver.h"
#include "model/assettablemodel.h"
#include "model/refreshcontroller.h"
#include "support/clientconfigs.h"

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int WaitMs = 10000;

/** One attempt per request, so a failure shows at once; a rate limit, as the app always has one. */
ClientConfig configFor(const QUrl &baseUrl)
{
    ClientConfig config = fastDemoClientConfig(baseUrl);
    config.requestsPerSecond = 100;
    config.timeoutMs = 3000;
    config.maxAttempts = 1;
    config.backoffCapMs = 20;
    return config;
}

} // namespace

class TestRefreshController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refreshFillsTheModel();
    void progressCountsRequests();
    void secondRefreshUpdatesInPlace();
    void failureKeepsLastGoodData();
    void cancelLeavesEverythingAsItWas();
    void refreshWhileRunningIsIgnored();
    void unreachableServer();
    void addressRemovedDuringRefresh();

private:
    void addDemoAddresses();
    bool refreshAndWait();

    DemoServerThread m_server;
    QList<QPair<QString, QString>> m_demo;
    BalanceClient *m_client = nullptr;
    AssetTableModel *m_model = nullptr;
    RefreshController *m_refresh = nullptr;
};

void TestRefreshController::initTestCase()
{
    QVERIFY(m_server.start());
    m_demo = m_server.server()->demoAddresses();
    QVERIFY(m_demo.size() >= 2);
}

void TestRefreshController::init()
{
    m_server.server()->clearFaults();
    m_client = new BalanceClient(this);
    m_client->setConfig(configFor(m_server.baseUrl()));
    m_model = new AssetTableModel(this);
    m_refresh = new RefreshController(m_client, m_model, this);
    addDemoAddresses();
}

void TestRefreshController::cleanup()
{
    delete m_refresh;
    delete m_model;
    delete m_client;
}

void TestRefreshController::addDemoAddresses()
{
    // The first two demo portfolios: an EVM fund and whatever follows, on every built-in chain.
    QStringList everyChain;
    for (const ChainEntry &chain : ChainRegistry::all())
        everyChain << chain.chainIndex;
    for (int i = 0; i < 2; ++i) {
        PortfolioSnapshot snapshot;
        snapshot.address = m_demo.at(i).first;
        snapshot.label = m_demo.at(i).second;
        snapshot.chains = everyChain;
        m_model->setSnapshot(snapshot);
    }
}

bool TestRefreshController::refreshAndWait()
{
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    return QTest::qWaitFor([&finished] { return finished.count() == 1; }, WaitMs);
}

void TestRefreshController::refreshFillsTheModel()
{
    QSignalSpy updated(m_refresh, &RefreshController::snapshotUpdated);
    QSignalSpy connection(m_refresh, &RefreshController::connectionChanged);
    QVERIFY(refreshAndWait());
    QVERIFY(!m_refresh->isRefreshing());
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(updated.count(), 2);
    QVERIFY(m_refresh->failures().isEmpty());
    QVERIFY(m_refresh->failureSummary().isEmpty());
    QCOMPARE(m_refresh->connection(), RefreshController::Connection::Online);
    QCOMPARE(connection.count(), 1);
    for (const PortfolioSnapshot &snapshot : m_model->snapshots()) {
        QVERIFY(snapshot.hasData());
        QVERIFY(!snapshot.isStale());
    }
    // The previous snapshot comes with the update, for change tracking.
    const auto previous = updated.first().at(0).value<PortfolioSnapshot>();
    QVERIFY(!previous.hasData());
}

void TestRefreshController::progressCountsRequests()
{
    QSignalSpy progress(m_refresh, &RefreshController::progressChanged);
    QVERIFY(refreshAndWait());
    QVERIFY(progress.count() >= 2);
    const QList<QVariant> last = progress.last();
    // Every built-in chain fits one request (≤ 50 chains): one request per address.
    QCOMPARE(last.at(1).toInt(), 2);
    QCOMPARE(last.at(0).toInt(), 2);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(m_refresh->completedRequests(), m_refresh->totalRequests());
}

void TestRefreshController::secondRefreshUpdatesInPlace()
{
    QVERIFY(refreshAndWait());
    const int rows = m_model->rowCount();
    QSignalSpy reset(m_model, &AssetTableModel::modelReset);
    QSignalSpy removed(m_model, &AssetTableModel::rowsRemoved);
    QVERIFY(refreshAndWait());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), rows);
}

void TestRefreshController::failureKeepsLastGoodData()
{
    QVERIFY(refreshAndWait());
    const int rows = m_model->rowCount();
    const QDateTime fetched = m_model->snapshots().constFirst().fetchedAt;

    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::ServerError;
    m_server.server()->injectFault(fault, 100);
    QSignalSpy removed(m_model, &AssetTableModel::rowsRemoved);
    QVERIFY(refreshAndWait());
    m_server.server()->clearFaults();

    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_refresh->failures().size(), 2);
    const PortfolioSnapshot &first = m_model->snapshots().constFirst();
    QVERIFY(first.isStale());
    QCOMPARE(first.fetchedAt, fetched);
    QVERIFY(m_refresh->failureSummary().contains(u"2"));
    // The server answered, with an error: still reachable.
    QCOMPARE(m_refresh->connection(), RefreshController::Connection::Online);

    QVERIFY(refreshAndWait());
    QVERIFY(m_refresh->failures().isEmpty());
    QVERIFY(!m_model->snapshots().constFirst().isStale());
}

void TestRefreshController::cancelLeavesEverythingAsItWas()
{
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 2000;
    m_server.server()->injectFault(slow, 2);
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    QVERIFY(m_refresh->isRefreshing());
    m_refresh->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(m_refresh->failures().isEmpty());
    for (const PortfolioSnapshot &snapshot : m_model->snapshots()) {
        QVERIFY(!snapshot.hasData());
        QVERIFY(!snapshot.isStale());
    }
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRefreshController::refreshWhileRunningIsIgnored()
{
    QSignalSpy started(m_refresh, &RefreshController::started);
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    m_refresh->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(started.count(), 1);
}

void TestRefreshController::unreachableServer()
{
    // A port nothing listens on: connection refused at once.
    m_client->setConfig(configFor(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    QVERIFY(refreshAndWait());
    QCOMPARE(m_refresh->connection(), RefreshController::Connection::Unreachable);
    QCOMPARE(m_refresh->failures().size(), 2);
    QCOMPARE(m_refresh->failures().constFirst().error.kind(), ApiError::Kind::Network);
}

void TestRefreshController::addressRemovedDuringRefresh()
{
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    m_model->removeSnapshot(m_demo.at(0).first);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(m_model->snapshots().size(), 1);
    QVERIFY(m_model->snapshots().constFirst().hasData());
}

QTEST_MAIN(TestRefreshController)
#include "tst_refreshcontroller.moc"
