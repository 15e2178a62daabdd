#include "api/balanceclient.h"
#include "api/balanceparser.h"
#include "api/exchangerateclient.h"
#include "api/ratelimiter.h"
#include "demo/demodata.h"
#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"
#include "support/clientconfigs.h"
#include "support/testassets.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(ApiFamily)
Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(LocalOkxServer::Fault::Kind)
Q_DECLARE_METATYPE(ClientConfig)

namespace {

using FaultKind = LocalOkxServer::Fault::Kind;

const QString ExampleAddress = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
const QStringList Ethereum{QStringLiteral("1")};

/**
 * Captures every qDebug/qWarning/... message while alive, to prove no secret is ever logged. The
 * server thread logs too, hence the mutex.
 */
class MessageCapture final
{
public:
    MessageCapture()
    {
        QMutexLocker locker(&s_mutex);
        s_messages.clear();
        m_previous = qInstallMessageHandler(&MessageCapture::handle);
    }
    ~MessageCapture() { qInstallMessageHandler(m_previous); }
    Q_DISABLE_COPY_MOVE(MessageCapture)

    static QStringList messages()
    {
        QMutexLocker locker(&s_mutex);
        return s_messages;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message)
    {
        QMutexLocker locker(&s_mutex);
        s_messages.append(message);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

LocalOkxServer::Fault fault(FaultKind kind)
{
    LocalOkxServer::Fault result;
    result.kind = kind;
    return result;
}

/** Chains "1" … "@p count", a wider list than the built-in one, so that 120 chains can all be served. */
QList<ChainInfo> numberedChains(int count)
{
    QList<ChainInfo> chains;
    for (int i = 1; i <= count; ++i) {
        const QString index = QString::number(i);
        chains.append(
            ChainInfo{index, QStringLiteral("Chain %1").arg(index), QStringLiteral("C%1").arg(index), QString()});
    }
    return chains;
}

/** One holding on @p chain with exact @p balance and @p price texts. */
TokenAsset holdingOn(int chain, const QString &balance, const QString &price)
{
    return TestAssets::asset(QString::number(chain), QStringLiteral("0x%1").arg(chain, 40, 16, QLatin1Char('0')),
                             QStringLiteral("T%1").arg(chain), balance, price);
}

/** How one fetch of the USD/CNY rate ended. */
struct RateOutcome
{
    bool done = false;
    std::optional<UsdCnyRate> rate;
    ApiError error;
};

/** Fetches the rate with @p client and waits for its one signal. */
RateOutcome fetchRate(ExchangeRateClient &client)
{
    RateOutcome outcome;
    QObject context;
    QObject::connect(&client, &ExchangeRateClient::fetched, &context, [&outcome](const UsdCnyRate &rate) {
        QVERIFY(!outcome.done);
        outcome = {true, rate, {}};
    });
    QObject::connect(&client, &ExchangeRateClient::failed, &context, [&outcome](const ApiError &error) {
        QVERIFY(!outcome.done);
        outcome = {true, std::nullopt, error};
    });
    client.fetch();
    if (!QTest::qWaitFor([&outcome] { return outcome.done; }, 15000))
        qWarning("the rate was neither fetched nor refused in time");
    return outcome;
}

QList<TokenRef> tokenRefs(const QList<TokenAsset> &assets)
{
    QList<TokenRef> refs;
    for (const TokenAsset &asset : assets)
        refs.append(TokenRef{asset.chainIndex, asset.tokenContractAddress});
    return refs;
}

} // namespace

/** BalanceClient and RateLimiter against the local OKX-compatible server. */
class TestClient final : public QObject
{
    Q_OBJECT

private:
    LocalOkxServer *server() const { return m_server.server(); }

    /** A configuration that keeps the test fast: no client-side rate limit, short backoffs and timeouts. */
    ClientConfig fastConfig(ApiFamily family = ApiFamily::DexV5) const
    {
        ClientConfig config = fastDemoClientConfig(m_server.baseUrl());
        config.family = family;
        return config;
    }

    std::unique_ptr<BalanceClient> makeClient(const ClientConfig &config) const
    {
        auto client = std::make_unique<BalanceClient>();
        client->setConfig(config);
        return client;
    }

    static bool waitFor(BalanceReply *reply)
    {
        if (!reply->isFinished())
            QSignalSpy(reply, &BalanceReply::finished).wait(15000);
        return reply->isFinished();
    }

    DemoServerThread m_server;

private slots:
    void initTestCase() { QVERIFY(m_server.start()); }

    /** The 120 chains "1" … "120", and holdings spread so that each batch of 50 finds some. */
    QStringList widenToHundredTwentyChains(const QString &address, const QList<TokenAsset> &assets) const
    {
        server()->setSupportedChains(numberedChains(120));
        server()->setPortfolio(address, assets);
        QStringList chains;
        for (int i = 1; i <= 120; ++i)
            chains << QString::number(i);
        return chains;
    }

    /** The batches of chains the server received, in the order of its request log. */
    QList<QStringList> receivedChainBatches() const
    {
        QList<QStringList> batches;
        for (const QString &line : server()->requestLog())
            batches.append(QUrlQuery(QUrl(line).query()).queryItemValue(QStringLiteral("chains")).split(u','));
        return batches;
    }

    /** Holdings on chains of all three batches of 120, with values of many digits. */
    static QList<TokenAsset> spreadHoldings()
    {
        return {holdingOn(1, QStringLiteral("1.5"), QStringLiteral("2000.25")),
                holdingOn(37, QStringLiteral("0.000000000000000001"), QStringLiteral("123456789012345678901234.5")),
                holdingOn(64, QStringLiteral("250000"), QStringLiteral("0.999999999999999999")),
                holdingOn(99, QStringLiteral("3"), QStringLiteral("0")),
                holdingOn(120, QStringLiteral("12345678.123456789012345678"), QStringLiteral("0.000001"))};
    }

    void init()
    {
        server()->setSupportedChains(DemoData::supportedChains());
        server()->clearFaults();
        server()->setRateLimit(0);
        server()->setExchangeRate(ExchangeRateEndpoint::demoUsdCny());
        server()->resetCounters();
    }

    void everyEndpointEveryFamily_data()
    {
        QTest::addColumn<ApiFamily>("family");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("dex-v5") << ApiFamily::DexV5 << "/api/v5/dex/balance/";
        QTest::newRow("dex-v6") << ApiFamily::DexV6 << "/api/v6/dex/balance/";
        QTest::newRow("wallet-v5") << ApiFamily::WalletV5 << "/api/v5/wallet/";
    }

    void everyEndpointEveryFamily()
    {
        QFETCH(ApiFamily, family);
        QFETCH(QString, prefix);
        const auto client = makeClient(fastConfig(family));

        ChainsReply *chains = client->fetchSupportedChains();
        QVERIFY(waitFor(chains));
        QVERIFY2(chains->error().kind() == ApiError::Kind::None, qPrintable(chains->error().message()));
        const QList<ChainInfo> &list = chains->chains();
        const bool hasEthereum = std::any_of(list.cbegin(), list.cend(), [](const ChainInfo &chain) {
            return chain.chainIndex == u"1" && chain.name == u"Ethereum";
        });
        QVERIFY(hasEthereum);

        TokenAssetsReply *all = client->fetchAllTokenBalances(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(all));
        QVERIFY2(all->error().kind() == ApiError::Kind::None, qPrintable(all->error().message()));
        QCOMPARE(all->assets().size(), 31);
        const TokenAsset &first = all->assets().first();
        QCOMPARE(first.symbol, QStringLiteral("PT-sUSDE-27FEB2025"));
        QCOMPARE(first.tokenContractAddress, QStringLiteral("0x386ae941d4262b0ee96354499df2ab8442734ec0"));
        QCOMPARE(first.address, ExampleAddress.toLower());
        QCOMPARE(first.valueUsd().toPlainString(), QStringLiteral("45555250.678545267044919755753056455"));
        Decimal sum;
        for (const TokenAsset &asset : all->assets())
            sum += asset.valueUsd();

        TotalValueReply *total = client->fetchTotalValue(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(total));
        QVERIFY2(total->error().kind() == ApiError::Kind::None, qPrintable(total->error().message()));
        QCOMPARE(total->totalValue(), sum);

        const QList<TokenRef> wanted{TokenRef{QStringLiteral("1"), QString()},
                                     TokenRef{QStringLiteral("1"), first.tokenContractAddress}};
        TokenAssetsReply *specific = client->fetchTokenBalances(ExampleAddress, wanted, false);
        QVERIFY(waitFor(specific));
        QVERIFY2(specific->error().kind() == ApiError::Kind::None, qPrintable(specific->error().message()));
        QCOMPARE(specific->assets().size(), 2);
        QCOMPARE(specific->assets().at(0).symbol, QStringLiteral("ETH"));
        QCOMPARE(specific->assets().at(0).balanceText, QStringLiteral("8.135546539084933"));
        QCOMPARE(specific->assets().at(1).symbol, first.symbol);

        QCOMPARE(server()->authFailureCount(), 0);
        const QStringList log = server()->requestLog();
        QCOMPARE(log.size(), 4);
        for (const QString &line : log)
            QVERIFY2(line.startsWith(prefix), qPrintable(line));
        // Sent in lower case, which wallet-v5 insists on (81106).
        QVERIFY(log.at(1).contains(ExampleAddress.toLower()));
        QVERIFY(!log.at(1).contains(ExampleAddress));
    }

    void chainsInBatchesOf50()
    {
        QStringList chains;
        for (int i = 1; i <= 120; ++i)
            chains << QString::number(i);
        chains << QStringLiteral("7"); // repeated: must not be asked twice
        // The demo server knows fewer than 120 chains and answers 81104 to each batch; holding every
        // answer back lets all three requests arrive before the first failure cancels the rest.
        LocalOkxServer::Fault delay = fault(FaultKind::Delay);
        delay.delayMs = 300;
        server()->injectFault(delay, 3);

        const auto client = makeClient(fastConfig());
        TokenAssetsReply *reply = client->fetchAllTokenBalances(ExampleAddress, chains, true);
        QCOMPARE(reply->requestCount(), 3);
        QVERIFY(waitFor(reply));

        const QStringList log = server()->requestLog();
        QCOMPARE(log.size(), 3);
        QStringList sent;
        for (const QString &line : log) {
            const QUrlQuery query(QUrl(line).query());
            const QStringList batch = query.queryItemValue(QStringLiteral("chains")).split(u',');
            QVERIFY(batch.size() <= 50);
            sent << batch;
        }
        QCOMPARE(sent.size(), 120);
        sent.sort();
        chains.removeLast();
        chains.sort();
        QCOMPARE(sent, chains);
        // Nothing partial: a failed batch fails the whole call.
        QCOMPARE(reply->error().kind(), ApiError::Kind::Okx);
        QVERIFY(reply->assets().isEmpty());
    }

    void hundredTwentyChainsMergeThreeBatches()
    {
        const QString address = QStringLiteral("0x1200000000000000000000000000000000000120");
        const QList<TokenAsset> held = spreadHoldings();
        const QStringList chains = widenToHundredTwentyChains(address, held);

        const auto client = makeClient(fastConfig());
        TokenAssetsReply *reply = client->fetchAllTokenBalances(address, chains, false);
        QCOMPARE(reply->requestCount(), 3);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->error().kind() == ApiError::Kind::None, qPrintable(reply->error().message()));

        const QList<QStringList> batches = receivedChainBatches();
        QCOMPARE(batches.size(), 3);
        QList<int> sizes;
        for (const QStringList &batch : batches)
            sizes << int(batch.size());
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<int>{20, 50, 50}));
        // Every batch answered some of the holdings, and the reply holds each one exactly once.
        for (const QStringList &batch : batches) {
            QVERIFY(std::any_of(held.cbegin(), held.cend(),
                                [&batch](const TokenAsset &asset) { return batch.contains(asset.chainIndex); }));
        }
        QStringList expected;
        for (const TokenAsset &asset : held)
            expected << asset.chainIndex + u'/' + asset.tokenContractAddress + u'/' + asset.balanceText;
        QStringList received;
        for (const TokenAsset &asset : reply->assets()) {
            received << asset.chainIndex + u'/' + asset.tokenContractAddress + u'/' + asset.balanceText;
            QCOMPARE(asset.address, address);
        }
        expected.sort();
        received.sort();
        QCOMPARE(received, expected);
    }

    void hundredTwentyChainsTotalSumsExactly()
    {
        const QString address = QStringLiteral("0x1200000000000000000000000000000000000121");
        const QList<TokenAsset> held = spreadHoldings();
        const QStringList chains = widenToHundredTwentyChains(address, held);

        const auto client = makeClient(fastConfig());
        TotalValueReply *reply = client->fetchTotalValue(address, chains, false);
        QCOMPARE(reply->requestCount(), 3);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->error().kind() == ApiError::Kind::None, qPrintable(reply->error().message()));
        QCOMPARE(server()->requestCount(), 3);
        // Each batch adds its part exactly: no digit of the 25-decimal products may be lost.
        Decimal expected;
        for (const TokenAsset &asset : held)
            expected += asset.valueUsd();
        QCOMPARE(expected.toPlainString(), QStringLiteral("376469.509690469135440246845678"));
        QCOMPARE(reply->totalValue().toPlainString(), expected.toPlainString());
    }

    void tokensInBatchesOf20()
    {
        const auto client = makeClient(fastConfig());
        TokenAssetsReply *all = client->fetchAllTokenBalances(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(all));
        QList<TokenRef> wanted = tokenRefs(all->assets());
        std::reverse(wanted.begin(), wanted.end());
        // Tokens the address does not hold (the server answers zero rows), one of them asked twice
        // and in upper case: asked once, 45 tokens in three requests.
        for (int i = 0; i < 14; ++i)
            wanted.append(TokenRef{QStringLiteral("1"), QStringLiteral("0x%1").arg(i, 40, 16, QLatin1Char('0'))});
        wanted.append(TokenRef{QStringLiteral("1"), wanted.first().tokenContractAddress.toUpper().replace(u'X', u'x')});
        server()->resetCounters();

        QSignalSpy done(client.get(), &BalanceClient::requestDone);
        TokenAssetsReply *reply = client->fetchTokenBalances(ExampleAddress, wanted, false);
        QSignalSpy replyProgress(reply, &BalanceReply::progress);
        QCOMPARE(reply->requestCount(), 3);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->error().kind() == ApiError::Kind::None, qPrintable(reply->error().message()));
        QCOMPARE(server()->requestCount(), 3);
        QCOMPARE(reply->completedCount(), 3);
        QCOMPARE(reply->attemptCount(), 3);
        QCOMPARE(done.count(), 3);
        QCOMPARE(replyProgress.count(), 3);
        QCOMPARE(replyProgress.last().at(0).toInt(), 3);
        QCOMPARE(replyProgress.last().at(1).toInt(), 3);

        // One holding per token held, in the order asked; the zero rows are no holdings.
        QCOMPARE(reply->assets().size(), all->assets().size());
        for (qsizetype i = 0; i < reply->assets().size(); ++i) {
            const TokenAsset &held = all->assets().at(all->assets().size() - 1 - i);
            QCOMPARE(reply->assets().at(i).tokenContractAddress, held.tokenContractAddress);
            QCOMPARE(reply->assets().at(i).balanceText, held.balanceText);
        }
    }

    void tokenAnswersAreKeyedByWhatWasAsked_data()
    {
        QTest::addColumn<bool>("omitUnheld");
        QTest::addColumn<bool>("blankAddress");
        QTest::addColumn<bool>("blankToken");
        QTest::addColumn<bool>("readable");

        QTest::newRow("zero rows") << false << false << false << true;
        QTest::newRow("unheld tokens left out") << true << false << false << true;
        QTest::newRow("no address echoed") << false << true << false << true;
        QTest::newRow("unheld left out, no address echoed") << true << true << false << true;
        // A row per token asked: its place says whose it is.
        QTest::newRow("nothing echoed, one row per token") << false << true << true << true;
        // Rows missing and none names its token: no balance can be placed for sure.
        QTest::newRow("nothing echoed, rows left out") << true << true << true << false;
    }

    void tokenAnswersAreKeyedByWhatWasAsked()
    {
        QFETCH(bool, omitUnheld);
        QFETCH(bool, blankAddress);
        QFETCH(bool, blankToken);
        QFETCH(bool, readable);
        const QString owner = QStringLiteral("0xAbCdEf0123456789aBcDeF0123456789AbCdEf01");
        const QString usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
        const QString link = QStringLiteral("0x514910771af9ca656af840dff83e8264ecf986ca");
        server()->setPortfolio(owner, {holdingOn(1, QStringLiteral("2"), QStringLiteral("1")),
                                       TestAssets::asset(QStringLiteral("1"), usdc, QStringLiteral("usdc"),
                                                         QStringLiteral("250.5"), QStringLiteral("1")),
                                       TestAssets::asset(QStringLiteral("1"), QString(), QStringLiteral("eth"),
                                                         QStringLiteral("1.25"), QStringLiteral("3000"))});
        SpecificTokenStyle style;
        style.omitUnheld = omitUnheld;
        style.blankAddress = blankAddress;
        style.blankToken = blankToken;
        server()->setSpecificTokenStyle(style);
        const auto restore = qScopeGuard([this] { server()->setSpecificTokenStyle({}); });

        const auto client = makeClient(fastConfig());
        // The native coin, a token not held between two that are, USDC in upper case.
        const QList<TokenRef> wanted{TokenRef{QStringLiteral("1"), QString()}, TokenRef{QStringLiteral("1"), link},
                                     TokenRef{QStringLiteral("1"), QStringLiteral("0xA0B86991C6218B36C1D19D4A2E9EB0CE3606EB48")}};
        TokenAssetsReply *reply = client->fetchTokenBalances(owner, wanted, false);
        QVERIFY(waitFor(reply));
        if (!readable) {
            QCOMPARE(reply->error().kind(), ApiError::Kind::Malformed);
            QVERIFY2(reply->error().message().contains(u"which token"), qPrintable(reply->error().message()));
            return;
        }
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message()));
        QCOMPARE(reply->assets().size(), 2);
        const TokenAsset &eth = reply->assets().at(0);
        const TokenAsset &heldUsdc = reply->assets().at(1);
        QCOMPARE(eth.chainIndex, QStringLiteral("1"));
        QCOMPARE(eth.tokenContractAddress, QString());
        QCOMPARE(eth.balanceText, QStringLiteral("1.25"));
        QCOMPARE(heldUsdc.chainIndex, QStringLiteral("1"));
        // As sent (EVM in lower case), whatever was echoed.
        QCOMPARE(heldUsdc.tokenContractAddress, usdc);
        QCOMPARE(heldUsdc.balanceText, QStringLiteral("250.5"));
        // The owner as OKX writes it where the reply leaves it out: the same rows either way.
        for (const TokenAsset &asset : reply->assets())
            QCOMPARE(asset.address, owner.toLower());
    }

    void faults_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<int>("times");
        QTest::addColumn<ApiError::Kind>("expected");
        QTest::addColumn<int>("attempts");

        QTest::newRow("429 every time") << FaultKind::HttpRateLimit << 3 << ApiError::Kind::RateLimit << 3;
        QTest::newRow("50011 every time") << FaultKind::OkxRateLimit << 3 << ApiError::Kind::RateLimit << 3;
        QTest::newRow("5xx every time") << FaultKind::ServerError << 3 << ApiError::Kind::Okx << 3;
        QTest::newRow("delay past the timeout") << FaultKind::Delay << 3 << ApiError::Kind::Timeout << 3;
        QTest::newRow("malformed JSON") << FaultKind::MalformedJson << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("truncated JSON") << FaultKind::TruncatedJson << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("wrong types") << FaultKind::WrongTypes << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("huge body") << FaultKind::HugeBody << 1 << ApiError::Kind::Malformed << 1;
    }

    void faults()
    {
        QFETCH(FaultKind, kind);
        QFETCH(int, times);
        QFETCH(ApiError::Kind, expected);
        QFETCH(int, attempts);

        LocalOkxServer::Fault injected = fault(kind);
        injected.delayMs = 1000;
        server()->injectFault(injected, times);
        ClientConfig config = fastConfig();
        // Short only where the timeout is the point: building a 33 MB body may take a while.
        config.timeoutMs = kind == FaultKind::Delay ? 200 : 10000;
        const auto client = makeClient(config);

        TokenAssetsReply *reply = client->fetchAllTokenBalances(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), expected);
        QCOMPARE(reply->attemptCount(), attempts);
        QVERIFY(reply->assets().isEmpty());
        QVERIFY(!reply->error().message().isEmpty());
    }

    void closedMidBody()
    {
        server()->injectFault(fault(FaultKind::CloseMidBody));
        const auto client = makeClient(fastConfig());
        TokenAssetsReply *reply = client->fetchAllTokenBalances(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Malformed);
        QVERIFY2(reply->error().detail().contains(QStringLiteral("connection closed")),
                 qPrintable(reply->error().detail()));
        QVERIFY(reply->assets().isEmpty());
        QCOMPARE(reply->attemptCount(), 1);
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        ClientConfig config = fastConfig();
        config.baseUrl.setPort(closed.serverPort());
        closed.close();

        const auto client = makeClient(config);
        ChainsReply *reply = client->fetchSupportedChains();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
        QVERIFY(reply->error().message().startsWith(QStringLiteral("Could not connect to the server: ")));
        QCOMPARE(reply->attemptCount(), 1);
    }

    void exchangeRateIsPublic()
    {
        // Credentials in the configuration, as the window and the command line have them: none may
        // reach the rate's host (the demo server refuses a rate request that carries any).
        ExchangeRateClient client;
        client.setConfig(fastConfig());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const RateOutcome outcome = fetchRate(client);
        QVERIFY2(outcome.rate, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.rate->text(), QStringLiteral("7.1543"));
        QVERIFY(outcome.rate->time() >= before && outcome.rate->time() <= QDateTime::currentDateTimeUtc());
        QCOMPARE(server()->requestLog(), QStringList{ExchangeRateClient::path()});
        QCOMPARE(server()->authFailureCount(), 0);
    }

    void exchangeRateIsOutsideTheBalanceRateLimit()
    {
        // The Balance API's budget is spent: one request per 100 s, on the server and in the client.
        server()->setRateLimit(0.01);
        ClientConfig config = fastConfig();
        config.requestsPerSecond = 0.01;
        const auto balances = makeClient(config);
        TotalValueReply *total = balances->fetchTotalValue(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(total));
        QVERIFY(!total->error().isError());
        // The rate neither waits behind the client's limiter nor counts against the server's.
        ExchangeRateClient rates;
        rates.setConfig(config);
        const RateOutcome outcome = fetchRate(rates);
        QVERIFY2(outcome.rate, qPrintable(outcome.error.message()));
        QCOMPARE(server()->rateLimitedCount(), 0);
    }

    void exchangeRateFaults_data()
    {
        QTest::addColumn<FaultKind>("kind");
        QTest::addColumn<int>("times");
        QTest::addColumn<ApiError::Kind>("expected");
        QTest::addColumn<int>("requests");

        // As the Balance API's: retryable failures retried up to the configured attempts, others at once.
        QTest::newRow("5xx every time") << FaultKind::ServerError << 3 << ApiError::Kind::Okx << 3;
        QTest::newRow("5xx once") << FaultKind::ServerError << 1 << ApiError::Kind::None << 2;
        QTest::newRow("429 every time") << FaultKind::HttpRateLimit << 3 << ApiError::Kind::RateLimit << 3;
        QTest::newRow("stall past the timeout") << FaultKind::Delay << 3 << ApiError::Kind::Timeout << 3;
        QTest::newRow("OKX error code") << FaultKind::OkxError << 1 << ApiError::Kind::Okx << 1;
        QTest::newRow("malformed JSON") << FaultKind::MalformedJson << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("truncated JSON") << FaultKind::TruncatedJson << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("wrong types") << FaultKind::WrongTypes << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("huge body") << FaultKind::HugeBody << 1 << ApiError::Kind::Malformed << 1;
        QTest::newRow("closed mid-body") << FaultKind::CloseMidBody << 1 << ApiError::Kind::Malformed << 1;
    }

    void exchangeRateFaults()
    {
        QFETCH(FaultKind, kind);
        QFETCH(int, times);
        QFETCH(ApiError::Kind, expected);
        QFETCH(int, requests);

        LocalOkxServer::Fault injected = fault(kind);
        injected.delayMs = 1000;
        injected.okxCode = QStringLiteral("51000");
        injected.okxMessage = QStringLiteral("Parameter error");
        server()->injectExchangeRateFault(injected, times);
        ClientConfig config = fastConfig();
        config.timeoutMs = kind == FaultKind::Delay ? 200 : 10000;
        ExchangeRateClient client;
        client.setConfig(config);
        const RateOutcome outcome = fetchRate(client);
        QVERIFY(outcome.done);
        QCOMPARE(outcome.error.kind(), expected);
        QCOMPARE(outcome.rate.has_value(), expected == ApiError::Kind::None);
        QCOMPARE(server()->requestCount(), requests);
        if (expected != ApiError::Kind::None)
            QVERIFY(!outcome.error.message().isEmpty());
    }

    void hostileExchangeRates_data()
    {
        QTest::addColumn<QString>("usdCny");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative") << "-7.1543" << "only digits";
        QTest::newRow("zero") << "0" << "zero";
        QTest::newRow("exponent") << "1e308" << "only digits";
        QTest::newRow("NaN") << "NaN" << "only digits";
        QTest::newRow("escape sequence") << QString::fromLatin1("7\x1b]0;pwned\x07") << "only digits";
        QTest::newRow("a megabyte of digits") << QString(1024 * 1024, u'9') << "longer than 32";
        QTest::newRow("empty") << "" << "empty";
    }

    void hostileExchangeRates()
    {
        QFETCH(QString, usdCny);
        QFETCH(QString, reason);
        server()->setExchangeRate(usdCny);
        ExchangeRateClient client;
        client.setConfig(fastConfig());
        const RateOutcome outcome = fetchRate(client);
        QVERIFY(!outcome.rate);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(outcome.error.message().contains(QStringLiteral("data[0].usdCny")), qPrintable(outcome.error.message()));
        QVERIFY2(outcome.error.message().contains(reason), qPrintable(outcome.error.message()));
        QVERIFY2(outcome.error.message().size() < 300, qPrintable(outcome.error.message()));
        // Refused at once: retrying cannot mend a value.
        QCOMPARE(server()->requestCount(), 1);
    }

    void exchangeRateHostUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        ClientConfig config = fastConfig();
        config.exchangeRateUrl.setPort(closed.serverPort());
        closed.close();
        ExchangeRateClient client;
        client.setConfig(config);
        const RateOutcome outcome = fetchRate(client);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Network);
        QVERIFY(!outcome.rate);
    }

    void retries_data()
    {
        QTest::addColumn<LocalOkxServer::Fault>("injected");
        QTest::addColumn<int>("times");
        QTest::addColumn<ApiError::Kind>("expected");
        QTest::addColumn<int>("attempts");

        QTest::newRow("two 429 then success") << fault(FaultKind::HttpRateLimit) << 2 << ApiError::Kind::None << 3;
        QTest::newRow("one 50011 then success") << fault(FaultKind::OkxRateLimit) << 1 << ApiError::Kind::None << 2;
        QTest::newRow("two 5xx then success") << fault(FaultKind::ServerError) << 2 << ApiError::Kind::None << 3;
        LocalOkxServer::Fault badGateway = fault(FaultKind::ServerError);
        badGateway.httpStatus = 502;
        QTest::newRow("three 502") << badGateway << 3 << ApiError::Kind::Okx << 3;
        LocalOkxServer::Fault transient = fault(FaultKind::OkxError);
        transient.okxCode = QStringLiteral("50001");
        transient.okxMessage = QStringLiteral("Service temporarily unavailable");
        QTest::newRow("50001 then success") << transient << 1 << ApiError::Kind::None << 2;
        LocalOkxServer::Fault badSign = fault(FaultKind::OkxError);
        badSign.httpStatus = 401;
        badSign.okxCode = QStringLiteral("50113");
        badSign.okxMessage = QStringLiteral("Invalid Sign");
        QTest::newRow("50113 never retried") << badSign << 3 << ApiError::Kind::Okx << 1;
        LocalOkxServer::Fault badParameter = fault(FaultKind::OkxError);
        badParameter.httpStatus = 400;
        badParameter.okxCode = QStringLiteral("50014");
        badParameter.okxMessage = QStringLiteral("Parameter chains can not be empty");
        QTest::newRow("50014 never retried") << badParameter << 3 << ApiError::Kind::Okx << 1;
    }

    void retries()
    {
        QFETCH(LocalOkxServer::Fault, injected);
        QFETCH(int, times);
        QFETCH(ApiError::Kind, expected);
        QFETCH(int, attempts);

        server()->injectFault(injected, times);
        const auto client = makeClient(fastConfig());
        QSignalSpy sent(client.get(), &BalanceClient::requestSent);
        QSignalSpy done(client.get(), &BalanceClient::requestDone);
        TokenAssetsReply *reply = client->fetchAllTokenBalances(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), expected);
        QCOMPARE(reply->attemptCount(), attempts);
        QCOMPARE(server()->requestCount(), attempts);
        QCOMPARE(sent.count(), attempts);
        QCOMPARE(done.count(), attempts);
        QCOMPARE(done.last().at(0).toBool(), expected == ApiError::Kind::None);
        QCOMPARE(reply->assets().size(), expected == ApiError::Kind::None ? 31 : 0);
    }

    void retryAfterIsHonoured()
    {
        LocalOkxServer::Fault limited = fault(FaultKind::HttpRateLimit);
        limited.retryAfterSeconds = 1;
        server()->injectFault(limited);
        const auto client = makeClient(fastConfig());

        QElapsedTimer clock;
        clock.start();
        ChainsReply *reply = client->fetchSupportedChains();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::None);
        QCOMPARE(reply->attemptCount(), 2);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
    }

    void retryAfterBeyondTheCapFailsAtOnce()
    {
        LocalOkxServer::Fault limited = fault(FaultKind::HttpRateLimit);
        limited.retryAfterSeconds = 60;
        server()->injectFault(limited);
        const auto client = makeClient(fastConfig());

        ChainsReply *reply = client->fetchSupportedChains();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::RateLimit);
        QCOMPARE(reply->error().httpStatus(), 429);
        QCOMPARE(reply->error().retryAfterMs(), 60000);
        QCOMPARE(reply->attemptCount(), 1);
    }

    void wrongSecretIsNeverShown()
    {
        const QString wrongSecret = QStringLiteral("WRONG-SECRET-5E1F0A2B7C3D");
        ClientConfig config = fastConfig();
        config.credentials.secretKey = wrongSecret;
        const auto client = makeClient(config);

        MessageCapture capture;
        TokenAssetsReply *reply = client->fetchAllTokenBalances(ExampleAddress, Ethereum, false);
        QVERIFY(waitFor(reply));
        const ApiError error = reply->error();
        QCOMPARE(error.kind(), ApiError::Kind::Okx);
        QCOMPARE(error.okxCode(), QStringLiteral("50113"));
        QVERIFY(error.isAuthError());
        QCOMPARE(reply->attemptCount(), 1);
        QCOMPARE(error.message(), QStringLiteral("OKX rejected the request signature (50113). Check the secret key."));

        const QStringList secrets{wrongSecret, config.credentials.passphrase,
                                  LocalOkxServer::demoCredentials().secretKey};
        QStringList texts = MessageCapture::messages();
        texts << error.message() << error.detail();
        for (const QString &text : std::as_const(texts)) {
            for (const QString &secret : secrets)
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
    }

    void clockSkewIsAnAuthError()
    {
        const auto client = makeClient(fastConfig());
        client->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(90); });
        ChainsReply *reply = client->fetchSupportedChains();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().okxCode(), QStringLiteral("50112"));
        QVERIFY(reply->error().isAuthError());
        QCOMPARE(reply->attemptCount(), 1);
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<ClientConfig>("config");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QStringList>("chains");

        ClientConfig noProject = fastConfig(ApiFamily::WalletV5);
        noProject.credentials.projectId.clear();
        QTest::newRow("wallet-v5 without project") << noProject << ExampleAddress << Ethereum;
        ClientConfig noKey = fastConfig();
        noKey.credentials.apiKey.clear();
        QTest::newRow("no API key") << noKey << ExampleAddress << Ethereum;
        ClientConfig noPassphrase = fastConfig();
        noPassphrase.credentials.passphrase.clear();
        QTest::newRow("no passphrase") << noPassphrase << ExampleAddress << Ethereum;
        QTest::newRow("no address") << fastConfig() << QStringLiteral(" ") << Ethereum;
        QTest::newRow("no chains") << fastConfig() << ExampleAddress << QStringList();
    }

    void refusedBeforeSending()
    {
        QFETCH(ClientConfig, config);
        QFETCH(QString, address);
        QFETCH(QStringList, chains);
        const auto client = makeClient(config);

        TokenAssetsReply *reply = client->fetchAllTokenBalances(address, chains, false);
        QVERIFY(!reply->isFinished()); // finished() comes after the caller could connect to it
        QSignalSpy finished(reply, &BalanceReply::finished);
        QVERIFY(waitFor(reply));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error().kind(), ApiError::Kind::Config);
        QVERIFY(!reply->error().message().isEmpty());
        QCOMPARE(reply->requestCount(), 0);
        QCOMPARE(reply->attemptCount(), 0);
        QCOMPARE(server()->requestCount(), 0);
    }

    void missingProjectIdIsData()
    {
        ClientConfig noProject = fastConfig(ApiFamily::WalletV5);
        noProject.credentials.projectId.clear();
        const auto client = makeClient(noProject);
        ChainsReply *reply = client->fetchSupportedChains();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().missingSetting(), ApiError::MissingSetting::ProjectId);
        // Where to enter it depends on where the error is shown: the error itself does not say.
        const QString message = reply->error().message();
        QVERIFY2(message.contains(QStringLiteral("project ID")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("settings"), Qt::CaseInsensitive), qPrintable(message));

        ClientConfig noKey = fastConfig();
        noKey.credentials.apiKey.clear();
        const auto keyless = makeClient(noKey);
        ChainsReply *keylessReply = keyless->fetchSupportedChains();
        QVERIFY(waitFor(keylessReply));
        QCOMPARE(keylessReply->error().missingSetting(), ApiError::MissingSetting::None);
    }

    /** Errors made in one language are shown in the language of the moment (the window switches at once). */
    void errorsAreTranslatedWhenShown()
    {
        ClientConfig noKey = fastConfig();
        noKey.credentials.apiKey.clear();
        const auto client = makeClient(noKey);
        ChainsReply *reply = client->fetchSupportedChains();
        QVERIFY(waitFor(reply));
        const ApiError refused = reply->error();
        const ApiError malformed = BalanceParser::parseChains(200, R"({"code":"0","msg":""})").error;
        QCOMPARE(refused.message(), QStringLiteral("Enter the OKX API key, secret key and passphrase first."));
        QCOMPARE(malformed.message(), QStringLiteral("The server sent a malformed reply: data is missing"));

        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral(OKX_ZH_CATALOGUE)));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString refusedInChinese = refused.message();
        const QString malformedInChinese = malformed.message();
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(refusedInChinese, chinese.translate("BalanceClient", "Enter the OKX API key, secret key and passphrase first."));
        QCOMPARE(malformedInChinese, chinese.translate("ApiError", "The server sent a malformed reply: %1")
                                         .arg(chinese.translate("BalanceParser", "data is missing")));
        QVERIFY(!refusedInChinese.contains(QStringLiteral("Enter")));
        QVERIFY(!malformedInChinese.contains(QStringLiteral("data is missing")));

        // And back, with the catalogue gone.
        QCOMPARE(malformed.message(), QStringLiteral("The server sent a malformed reply: data is missing"));
    }

    void abortCancels()
    {
        LocalOkxServer::Fault delay = fault(FaultKind::Delay);
        delay.delayMs = 400;
        server()->injectFault(delay, 2);
        const auto client = makeClient(fastConfig());

        ChainsReply *first = client->fetchSupportedChains();
        TotalValueReply *second = client->fetchTotalValue(ExampleAddress, Ethereum, false);
        QSignalSpy firstFinished(first, &BalanceReply::finished);
        QSignalSpy secondFinished(second, &BalanceReply::finished);
        QTRY_COMPARE(server()->requestCount(), 2);

        first->abort();
        QCOMPARE(firstFinished.count(), 1);
        QCOMPARE(first->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(first->error().message(), QStringLiteral("The request was cancelled."));
        QVERIFY(!second->isFinished());

        client->abortAll();
        QCOMPARE(secondFinished.count(), 1);
        QCOMPARE(second->error().kind(), ApiError::Kind::Cancelled);

        // The delayed answers arriving later change nothing.
        QTest::qWait(600);
        QCOMPARE(firstFinished.count(), 1);
        QCOMPARE(secondFinished.count(), 1);
        QCOMPARE(second->error().kind(), ApiError::Kind::Cancelled);
    }

    void replyDeletedFromItsOwnSignals_data()
    {
        QTest::addColumn<bool>("inProgress");
        QTest::newRow("in progress()") << true;
        QTest::newRow("in finished()") << false;
    }

    void replyDeletedFromItsOwnSignals()
    {
        QFETCH(bool, inProgress);
        const auto client = makeClient(fastConfig());
        QList<TokenRef> wanted;
        for (int i = 0; i < 45; ++i)
            wanted.append(TokenRef{QStringLiteral("1"), QStringLiteral("0x%1").arg(i, 40, 16, QLatin1Char('0'))});
        QSignalSpy done(client.get(), &BalanceClient::requestDone);

        // Callers should use deleteLater(); a plain delete from a slot must still not crash.
        QPointer<TokenAssetsReply> reply = client->fetchTokenBalances(ExampleAddress, wanted, false);
        if (inProgress)
            connect(reply, &BalanceReply::progress, this, [reply] { delete reply.data(); });
        else
            connect(reply, &BalanceReply::finished, this, [reply] { delete reply.data(); });
        QTRY_VERIFY(reply.isNull());
        QTest::qWait(100); // late answers to the other batches must find their runners stopped
        QVERIFY(done.count() >= 1);
    }

    void destroyingTheClientCancels()
    {
        LocalOkxServer::Fault delay = fault(FaultKind::Delay);
        delay.delayMs = 300;
        server()->injectFault(delay);
        auto client = makeClient(fastConfig());
        QPointer<ChainsReply> reply = client->fetchSupportedChains();
        ApiError::Kind kind = ApiError::Kind::None;
        connect(reply, &BalanceReply::finished, this, [&] { kind = reply->error().kind(); });
        QTRY_COMPARE(server()->requestCount(), 1);

        client.reset();
        QCOMPARE(kind, ApiError::Kind::Cancelled);
        QVERIFY(reply.isNull()); // a child of the client
        QTest::qWait(400); // the delayed answer finds no one listening
    }

    void clientSpacesRequests()
    {
        // The server refuses anything faster than 15/s; the client asks for at most 5/s, a margin
        // of 130 ms a request for a loaded machine's late timers and the network's jitter.
        server()->setRateLimit(15);
        ClientConfig config = fastConfig();
        config.requestsPerSecond = 5;
        config.maxAttempts = 1;
        const auto client = makeClient(config);

        QElapsedTimer clock;
        clock.start();
        QList<ChainsReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies << client->fetchSupportedChains();
        for (ChainsReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QCOMPARE(reply->error().kind(), ApiError::Kind::None);
        }
        QCOMPARE(server()->rateLimitedCount(), 0);
        // Four gaps of 200 ms at the least.
        QVERIFY2(clock.elapsed() >= 780, qPrintable(QString::number(clock.elapsed())));
    }

    void rateLimiterSpacing()
    {
        RateLimiter limiter(20);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> starts;
        QList<int> order;
        for (int i = 0; i < 5; ++i) {
            limiter.schedule([&, i] {
                starts << clock.elapsed();
                order << i;
            });
        }
        QCOMPARE(starts.size(), 1); // the first runs at once
        QTRY_COMPARE(starts.size(), 5);
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
        for (int i = 1; i < starts.size(); ++i) {
            const qint64 gap = starts.at(i) - starts.at(i - 1);
            QVERIFY2(gap >= 45, qPrintable(QString::number(gap)));
        }
        QVERIFY(starts.last() >= 180);
    }

    void rateLimiterCancel()
    {
        RateLimiter limiter(50);
        QList<int> ran;
        limiter.schedule([&] { ran << 0; });
        const RateLimiter::Ticket second = limiter.schedule([&] { ran << 1; });
        limiter.schedule([&] { ran << 2; });
        QCOMPARE(limiter.pendingCount(), 2);
        QVERIFY(limiter.cancel(second));
        QVERIFY(!limiter.cancel(second));
        QTRY_COMPARE(ran, (QList<int>{0, 2}));
        QCOMPARE(limiter.pendingCount(), 0);
    }

    void rateLimiterUnlimited()
    {
        RateLimiter limiter(0);
        int ran = 0;
        for (int i = 0; i < 100; ++i)
            limiter.schedule([&] { ++ran; });
        QCOMPARE(ran, 100);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
