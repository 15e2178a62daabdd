#include "api/balanceclient.h"
#include "api/chainregistry.h"
#include "demo/localokxserver.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
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
    void missingProjectIdSaysWhereToEnterIt();
    void addressRemovedDuringRefresh();
    void addedAddressJoinsTheRefresh();
    void statesFollowTheRefresh();

private:
    void addDemoAddresses();
    bool refreshAndWait();

    DemoServerThread m_server;
    QList<QPair<QString, QString>> m_demo;
    BalanceClient *m_client = nullptr;
    PortfolioStore *m_store = nullptr;
    AssetTableModel *m_model = nullptr;
    RefreshController *m_refresh = nullptr;
};

void TestRefreshController::initTestCase()
{
    QVERIFY(m_server.start());
    m_demo = m_server.server()->demoAddresses();
    QVERIFY(m_demo.size() >= 3);
}

void TestRefreshController::init()
{
    m_server.server()->clearFaults();
    m_client = new BalanceClient(this);
    m_client->setConfig(configFor(m_server.baseUrl()));
    m_store = new PortfolioStore(this);
    m_model = new AssetTableModel(m_store, this);
    m_refresh = new RefreshController(m_client, m_store, this);
    addDemoAddresses();
}

void TestRefreshController::cleanup()
{
    delete m_refresh;
    delete m_model;
    delete m_store;
    delete m_client;
}

void TestRefreshController::addDemoAddresses()
{
    // The first two demo portfolios: an EVM fund and whatever follows, on every built-in chain.
    QStringList everyChain;
    for (const ChainEntry &chain : ChainRegistry::all())
        everyChain << chain.chainIndex;
    QList<WatchedAddress> watched;
    for (int i = 0; i < 2; ++i)
        watched.append({m_demo.at(i).first, m_demo.at(i).second, everyChain});
    m_store->setWatched(watched);
}

bool TestRefreshController::refreshAndWait()
{
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    return QTest::qWaitFor([&finished] { return finished.count() == 1; }, WaitMs);
}

void TestRefreshController::refreshFillsTheModel()
{
    QSignalSpy fetched(m_store, &PortfolioStore::fetched);
    QSignalSpy connection(m_refresh, &RefreshController::connectionChanged);
    QVERIFY(refreshAndWait());
    QVERIFY(!m_refresh->isRefreshing());
    QVERIFY(m_model->rowCount() > 0);
    QCOMPARE(fetched.count(), 2);
    QVERIFY(m_refresh->failures().isEmpty());
    QVERIFY(m_refresh->failureSummary().isEmpty());
    QCOMPARE(m_refresh->connection(), RefreshController::Connection::Online);
    QCOMPARE(connection.count(), 1);
    for (const PortfolioSnapshot &snapshot : m_store->snapshotsInScope(QString())) {
        QVERIFY(snapshot.hasData());
        QVERIFY(!snapshot.isStale());
    }
    // A first refresh has nothing to compare with: no change is made up.
    QVERIFY(m_store->changesInScope(QString()).isEmpty());
    QVERIFY(refreshAndWait());
    QCOMPARE(m_store->changesInScope(QString()).size(), 2);
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
    const QDateTime fetched = m_store->at(0).snapshot.fetchedAt;

    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::ServerError;
    m_server.server()->injectFault(fault, 100);
    QSignalSpy removed(m_model, &AssetTableModel::rowsRemoved);
    QVERIFY(refreshAndWait());
    m_server.server()->clearFaults();

    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_refresh->failures().size(), 2);
    const PortfolioSnapshot &first = m_store->at(0).snapshot;
    QCOMPARE(m_store->at(0).state, PortfolioStore::RefreshState::Failed);
    QVERIFY(first.isStale());
    QCOMPARE(first.fetchedAt, fetched);
    QVERIFY(m_refresh->failureSummary().contains(u"2"));
    // The server answered, with an error: still reachable.
    QCOMPARE(m_refresh->connection(), RefreshController::Connection::Online);

    QVERIFY(refreshAndWait());
    QVERIFY(m_refresh->failures().isEmpty());
    QVERIFY(!m_store->at(0).snapshot.isStale());
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
    for (int i = 0; i < m_store->count(); ++i) {
        QVERIFY(!m_store->at(i).snapshot.hasData());
        QVERIFY(!m_store->at(i).snapshot.isStale());
        QCOMPARE(m_store->at(i).state, PortfolioStore::RefreshState::Cancelled);
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

void TestRefreshController::missingProjectIdSaysWhereToEnterIt()
{
    ClientConfig noProject = configFor(m_server.baseUrl());
    noProject.family = ApiFamily::WalletV5;
    noProject.credentials.projectId.clear();
    m_client->setConfig(noProject);
    QVERIFY(refreshAndWait());
    QCOMPARE(m_refresh->failures().size(), 2);
    // The message bar's text: where the project id goes in the window.
    const QString summary = m_refresh->failureSummary();
    QVERIFY2(summary.endsWith(QStringLiteral("needs a project ID (OK-ACCESS-PROJECT). Enter it in Settings…")),
             qPrintable(summary));
}

void TestRefreshController::addressRemovedDuringRefresh()
{
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    m_store->setWatched({{m_demo.at(1).first, m_demo.at(1).second, m_store->at(1).snapshot.chains}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(m_store->count(), 1);
    QVERIFY(m_store->at(0).snapshot.hasData());
}

void TestRefreshController::addedAddressJoinsTheRefresh()
{
    // A slow first reply keeps the refresh in flight while an address is added.
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 300;
    m_server.server()->injectFault(slow, 1);
    QSignalSpy started(m_refresh, &RefreshController::started);
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    QList<WatchedAddress> watched{{m_demo.at(0).first, m_demo.at(0).second, {QStringLiteral("1")}},
                                  {m_demo.at(1).first, m_demo.at(1).second, {QStringLiteral("1")}},
                                  {m_demo.at(2).first, m_demo.at(2).second, {QStringLiteral("1")}}};
    const QStringList added = m_store->setWatched(watched);
    QCOMPARE(added, QStringList{m_demo.at(2).first});
    m_refresh->refreshAddresses(added);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_refresh->totalRequests(), 3);
    QVERIFY(m_store->entry(m_demo.at(2).first)->snapshot.hasData());

    // Alone, an added address starts a refresh of its own: of it only.
    m_refresh->refreshAddresses({m_demo.at(2).first});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, WaitMs);
    QCOMPARE(m_refresh->totalRequests(), 1);
}

void TestRefreshController::statesFollowTheRefresh()
{
    QSignalSpy finished(m_refresh, &RefreshController::finished);
    m_refresh->refresh();
    QCOMPARE(m_store->at(0).state, PortfolioStore::RefreshState::Fetching);
    QCOMPARE(m_store->at(1).state, PortfolioStore::RefreshState::Fetching);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    QCOMPARE(m_store->at(0).state, PortfolioStore::RefreshState::Idle);
    QCOMPARE(m_store->at(1).state, PortfolioStore::RefreshState::Idle);
}

QTEST_MAIN(TestRefreshController)
#include "tst_refreshcontroller.moc"
