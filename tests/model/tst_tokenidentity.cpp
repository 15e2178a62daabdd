#include "model/tokenidentity.h"

#include <QTest>

namespace {

const QString UsdcEthereum = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString UsdcArbitrum = QStringLiteral("0xaf88d065e77c8cc2239327c5edb3a432268e5831");
const QString UsdcEPolygon = QStringLiteral("0x2791bca1f2de4661ed88a30c99a7a9449aa84174");
const QString UsdcSolana = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
const QString UsdtTron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString UsdtEthereum = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");
const QString WethBase = QStringLiteral("0x4200000000000000000000000000000000000006");
const QString ScamUsdc = QStringLiteral("0x00000000000000000000000000000000000000aa");

TokenIdentity of(const char *chain, const QString &contract, const char *symbol, bool risk = false)
{
    return TokenIdentity::of(QLatin1String(chain), contract, QLatin1String(symbol), risk);
}

TokenAsset asset(const char *chain, const QString &contract, const char *symbol, bool flaggedByOkx)
{
    TokenAsset held;
    held.chainIndex = QLatin1String(chain);
    held.tokenContractAddress = contract;
    held.symbol = QLatin1String(symbol);
    held.isRiskToken = flaggedByOkx;
    return held;
}

} // namespace

/** TokenIdentity: which holdings are the same token across chains and addresses, and which never are. */
class TestTokenIdentity : public QObject
{
    Q_OBJECT

private slots:
    void knownContractsAcrossChainsAreOneToken();
    void evmContractsCompareWithoutCase();
    void base58ContractsCompareExactly();
    void unknownContractWithAKnownSymbolStaysApart();
    void unknownContractsAreKeyedByChainAndContract();
    void sharedNativeCoinsAreOneToken();
    void otherNativeCoinsStayOnTheirChain();
    void wrappedEtherIsNotTheNativeCoin();
    void riskTokenIsNeverMergedWithANonRiskOne();
    void verdictsDecideRiskAsTheAppCountsIt();
};

void TestTokenIdentity::knownContractsAcrossChainsAreOneToken()
{
    const TokenIdentity ethereum = of("1", UsdcEthereum, "USDC");
    QVERIFY(ethereum.known);
    QCOMPARE(ethereum.symbol, QStringLiteral("USDC"));
    QCOMPARE(of("42161", UsdcArbitrum, "USDC").key, ethereum.key);
    QCOMPARE(of("501", UsdcSolana, "USDC").key, ethereum.key);
    // The bridged USDC.e is USDC too, named as the asset, not as the holding's symbol.
    const TokenIdentity bridged = of("137", UsdcEPolygon, "USDC.e");
    QCOMPARE(bridged.key, ethereum.key);
    QCOMPARE(bridged.symbol, QStringLiteral("USDC"));
    // USDT is another asset.
    QCOMPARE(of("195", UsdtTron, "USDT").key, of("1", UsdtEthereum, "USDT").key);
    QVERIFY(of("1", UsdtEthereum, "USDT").key != ethereum.key);
}

void TestTokenIdentity::evmContractsCompareWithoutCase()
{
    // EIP-55's mixed case is a checksum, not another contract.
    QCOMPARE(of("1", QStringLiteral("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"), "USDC").key,
             of("1", UsdcEthereum, "USDC").key);
    QVERIFY(of("1", UsdcEthereum.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")), "USDC").known);
}

void TestTokenIdentity::base58ContractsCompareExactly()
{
    // Solana's and Tron's addresses are case-sensitive: another case is another account.
    const TokenIdentity lower = of("501", UsdcSolana.toLower(), "USDC");
    QVERIFY(!lower.known);
    QVERIFY(lower.key != of("501", UsdcSolana, "USDC").key);
    QVERIFY(!of("195", UsdtTron.toLower(), "USDT").known);
}

void TestTokenIdentity::unknownContractWithAKnownSymbolStaysApart()
{
    const TokenIdentity scam = of("1", ScamUsdc, "USDC");
    QVERIFY(!scam.known);
    QCOMPARE(scam.symbol, QStringLiteral("USDC"));
    QVERIFY(scam.key != of("1", UsdcEthereum, "USDC").key);
    // A known contract on a chain it is not listed for is unknown there.
    QVERIFY(!of("56", UsdcEthereum, "USDC").known);
}

void TestTokenIdentity::unknownContractsAreKeyedByChainAndContract()
{
    const QString contract = QStringLiteral("0x1f9840a85d5af5bf1d1762f925bdaddc4201f984");
    QCOMPARE(of("1", contract, "UNI").key, of("1", contract.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")), "Uniswap").key);
    QVERIFY(of("1", contract, "UNI").key != of("10", contract, "UNI").key);
}

void TestTokenIdentity::sharedNativeCoinsAreOneToken()
{
    const TokenIdentity ethereum = of("1", QString(), "ETH");
    QVERIFY(ethereum.known);
    QCOMPARE(ethereum.symbol, QStringLiteral("ETH"));
    for (const char *rollup : {"10", "42161", "8453"})
        QCOMPARE(of(rollup, QString(), "ETH").key, ethereum.key);
    QCOMPARE(of("204", QString(), "BNB").key, of("56", QString(), "BNB").key);
    QVERIFY(of("56", QString(), "BNB").key != ethereum.key);
}

void TestTokenIdentity::otherNativeCoinsStayOnTheirChain()
{
    // Polygon's coin is POL, not ETH, and a chain not in the table keeps its coin to itself.
    QVERIFY(of("137", QString(), "POL").key != of("1", QString(), "ETH").key);
    QVERIFY(!of("137", QString(), "POL").known);
    QVERIFY(of("195", QString(), "TRX").key != of("501", QString(), "SOL").key);
}

void TestTokenIdentity::wrappedEtherIsNotTheNativeCoin()
{
    const TokenIdentity weth = of("8453", WethBase, "WETH");
    QVERIFY(weth.known);
    QCOMPARE(weth.key, of("10", WethBase, "WETH").key);
    QVERIFY(weth.key != of("8453", QString(), "ETH").key);
}

void TestTokenIdentity::riskTokenIsNeverMergedWithANonRiskOne()
{
    const TokenIdentity risky = of("1", UsdcEthereum, "USDC", true);
    QVERIFY(!risky.known);
    QVERIFY(risky.key != of("1", UsdcEthereum, "USDC").key);
    QVERIFY(risky.key != of("42161", UsdcArbitrum, "USDC", true).key);
    // The same risk token held by another address is the same (risk) token.
    QCOMPARE(of("1", UsdcEthereum, "USDC", true).key, risky.key);
    QVERIFY(of("1", QString(), "ETH", true).key != of("1", QString(), "ETH").key);
}

void TestTokenIdentity::verdictsDecideRiskAsTheAppCountsIt()
{
    const QString usdc = of("1", UsdcEthereum, "USDC").key;
    // OKX's flag alone, the user's spam verdict alone: both are risk tokens, apart from USDC.
    QVERIFY(TokenIdentity::of(asset("1", UsdcEthereum, "USDC", true), TokenVerdict::None).key != usdc);
    QVERIFY(TokenIdentity::of(asset("1", UsdcEthereum, "USDC", false), TokenVerdict::Spam).key != usdc);
    // A flagged token the user trusts counts like any other: it is USDC again.
    QCOMPARE(TokenIdentity::of(asset("1", UsdcEthereum, "USDC", true), TokenVerdict::Trusted).key, usdc);
    QCOMPARE(TokenIdentity::of(asset("1", UsdcEthereum, "USDC", false), TokenVerdict::None).key, usdc);
}

QTEST_APPLESS_MAIN(TestTokenIdentity)
#include "tst_tokenidentity.moc"
