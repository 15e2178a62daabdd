#include "cliserverbench.h"
#include "demo/localokxserver.h"
#include "storage/verdictstore.h"
#include "support/testassets.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>

#include <memory>

namespace {

/**
 * Holds ETH, USDT and 24 more tokens on Ethereum, an unpriced one and one OKX flags among them.
 * Its letters in upper case, as a user may type it; OKX spells it in lower case.
 */
const QString Holder = QStringLiteral("0x444444444444444444444444444444444444ABCD");
/** Holds SAFE and SCAM (flagged by OKX) on Ethereum. */
const QString RiskHolder = QStringLiteral("0x5555555555555555555555555555555555555555");
const QString SolanaHolder = QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
/** USDT on Ethereum as block explorers spell it, with its EIP-55 checksum. */
const QString UsdtChecksummed = QStringLiteral("0xdAC17F958D2ee523a2206206994597C13D831ec7");
/** The tokens Holder holds that OKX does not flag. */
constexpr int HeldTokens = 25;

QString contract(int number)
{
    return QStringLiteral("0x%1").arg(number, 40, 16, QLatin1Char('0'));
}

/** Holder's portfolio: ETH, USDT, and tokens 1 to 24, the 7th unpriced and the 3rd flagged. */
QList<TokenAsset> holderPortfolio()
{
    QList<TokenAsset> assets{TestAssets::asset("1", "", "ETH", "1.25", "3000.5"),
                             TestAssets::asset("1", UsdtChecksummed.toLower(), "USDT", "1000.000001", "0.9998")};
    for (int i = 1; i <= 24; ++i) {
        const QString price = i == 7 ? QStringLiteral("0") : QStringLiteral("%1.25").arg(i * 3);
        assets.append(TestAssets::asset("1", contract(i), QStringLiteral("T%1").arg(i), QStringLiteral("%1.5").arg(i),
                                        price, i == 3));
    }
    return assets;
}

/** SAFE or SCAM on Ethereum, its contract spelling its name in hexadecimal digits. */
TokenAsset riskToken(const QString &symbol, const QString &balance, const QString &price, bool risk)
{
    const QString name = symbol == u"SAFE" ? QStringLiteral("5afe") : QStringLiteral("5ca3");
    return TestAssets::asset("1", QStringLiteral("0x") + name + QString(36, u'0'), symbol, balance, price, risk);
}

/** `--token 1:CONTRACT` for each of @p assets. */
QStringList tokenArguments(const QList<TokenAsset> &assets)
{
    QStringList arguments;
    for (const TokenAsset &asset : assets)
        arguments << QStringLiteral("--token") << asset.chainIndex + u':' + asset.tokenContractAddress;
    return arguments;
}

SpecificTokenStyle style(bool omitUnheld, bool blankAddress, bool blankToken = false)
{
    SpecificTokenStyle style;
    style.omitUnheld = omitUnheld;
    style.blankAddress = blankAddress;
    style.blankToken = blankToken;
    return style;
}

} // namespace

/**
 * `export --token CHAIN:CONTRACT`, the real executable against the demo server: the specific-token
 * endpoint in batches of 20, its answers read whatever OKX echoes (a zero row, no row, no address)
 * into the same CSV as `export`, arguments checked before any request, OKX's refusals and unreadable
 * replies as for export, --all, risk tokens and verdicts as for export.
 */
class TestTokenCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void batchesOfTwentyGiveTheExportsCsv();
    void unheldTokensHaveNoRow_data();
    void unheldTokensHaveNoRow();
    void malformedArguments_data();
    void malformedArguments();
    void unknownChainNamesTheArgument();
    void refusedAndUnreadableReplies();
    void allWatchedAsksEachAddressOnItsChains();
    void riskTokensAndVerdictsAsInExport_data();
    void riskTokensAndVerdictsAsInExport();
    void helpDescribesTheOption();

private:
    /** Only the requests to the specific-token endpoint were made, @p count of them. */
    void verifyTokenRequests(int count) const;

    CliServerBench m_bench;
};

void TestTokenCli::initTestCase()
{
    QVERIFY(m_bench.start());
    m_bench.server()->setPortfolio(Holder, holderPortfolio());
    m_bench.server()->setPortfolio(RiskHolder, {riskToken(QStringLiteral("SAFE"), QStringLiteral("2"), QStringLiteral("3"), false),
                                        riskToken(QStringLiteral("SCAM"), QStringLiteral("1000"), QStringLiteral("9"), true)});
    m_bench.server()->setPortfolio(SolanaHolder, {TestAssets::asset("501", "", "SOL", "20", "150.5")});
}

void TestTokenCli::init()
{
    QVERIFY(m_bench.beginTestInFreshHome());
    m_bench.server()->setSpecificTokenStyle({});
}

void TestTokenCli::cleanup()
{
    m_bench.server()->setSpecificTokenStyle({});
    m_bench.endTest();
}

void TestTokenCli::verifyTokenRequests(int count) const
{
    const QStringList log = m_bench.server()->requestLog();
    QCOMPARE(log.size(), count);
    for (const QString &line : log)
        QVERIFY2(line.endsWith(QLatin1String("/token-balances-by-address")), qPrintable(line));
}

void TestTokenCli::batchesOfTwentyGiveTheExportsCsv()
{
    // Every token Holder holds, last first, and 19 it does not hold: 45 tokens, three requests.
    QList<TokenAsset> asked = holderPortfolio();
    std::reverse(asked.begin(), asked.end());
    for (int i = 0; i < 19; ++i)
        asked.append(TestAssets::asset("1", contract(0x1000 + i), "NONE", "0", "1"));
    QStringList arguments = QStringList{"export", "--address", Holder} + tokenArguments(asked);
    // USDT as explorers spell it: the checksum is checked, the contract sent in lower case.
    arguments << QStringLiteral("--token") << QStringLiteral("1:") + UsdtChecksummed;

    for (const QStringList &risk : {QStringList(), QStringList{"--include-risk"}}) {
        m_bench.server()->resetCounters();
        const CliRun byToken = m_bench.runAgainstServer(arguments + risk);
        QVERIFY2(byToken.exitCode == 0, byToken.err.constData());
        QVERIFY(byToken.err.isEmpty());
        verifyTokenRequests(3);

        // The same bytes as the export of every holding: rows, order, address and chain columns.
        const CliRun everything = m_bench.runAgainstServer(QStringList{"export", "--address", Holder, "--chains", "1"} + risk);
        QVERIFY2(everything.exitCode == 0, everything.err.constData());
        QCOMPARE(byToken.out, everything.out);
        const QList<QByteArray> lines = csvLines(byToken.out);
        QCOMPARE(lines.size(), 1 + HeldTokens + (risk.isEmpty() ? 0 : 1));
        QCOMPARE(lines.first(), CsvHeader);
        QVERIFY(lines.at(1).startsWith(Holder.toLower().toUtf8() + ",1,Ethereum,"));
        QVERIFY(!byToken.out.contains(",NONE,"));
    }
}

void TestTokenCli::unheldTokensHaveNoRow_data()
{
    QTest::addColumn<SpecificTokenStyle>("replies");
    QTest::newRow("zero row") << style(false, false);
    QTest::newRow("omitted row") << style(true, false);
    QTest::newRow("empty echoed address") << style(false, true);
    QTest::newRow("omitted row, empty address") << style(true, true);
    // Neither chain nor contract echoed: one row per token asked, in order.
    QTest::newRow("nothing echoed") << style(false, true, true);
}

void TestTokenCli::unheldTokensHaveNoRow()
{
    QFETCH(SpecificTokenStyle, replies);
    // ETH and T5, held, around a token not held.
    const QStringList arguments{"export", "--address", Holder, "--token", "1:", "--token",
                                QStringLiteral("1:") + contract(0x2000), "--token", QStringLiteral("1:") + contract(5)};
    const CliRun expected = m_bench.runAgainstServer(arguments);
    QVERIFY2(expected.exitCode == 0, expected.err.constData());

    m_bench.server()->setSpecificTokenStyle(replies);
    const CliRun result = m_bench.runAgainstServer(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, expected.out);
    const QList<QByteArray> lines = csvLines(result.out);
    QCOMPARE(lines.size(), 3);
    // OKX's spelling of the owner (EVM in lower case), the chain and the contract as asked.
    const QByteArray owner = Holder.toLower().toUtf8();
    QCOMPARE(lines.at(1), owner + ",1,Ethereum,ETH,,1.25,,3000.5,3750.625,false");
    QCOMPARE(lines.at(2), owner + ",1,Ethereum,T5," + contract(5).toUtf8() + ",5.5,,15.25,83.875,false");
}

void TestTokenCli::malformedArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList holder{"export", "--address", Holder};
    QTest::newRow("no colon") << holder + QStringList{"--token", "1"} << "--token “1”: expected CHAIN:CONTRACT";
    QTest::newRow("chain not a number") << holder + QStringList{"--token", "eth:"}
                                        << "--token “eth:”: “eth” is not a chain index";
    QTest::newRow("short contract") << holder + QStringList{"--token", "1:0x12"}
                                    << "--token “1:0x12”: For Ethereum (chain 1): 0x12 is not a valid EVM address";
    QTest::newRow("checksum") << holder + QStringList{"--token", "1:0xdAC17F958D2ee523a2206206994597C13D831Ec7"}
                              << "EIP-55";
    QTest::newRow("EVM contract on Solana")
        << QStringList{"export", "--address", SolanaHolder, "--token", "501:0xdac17f958d2ee523a2206206994597c13d831ec7"}
        << "--token “501:0xdac17f958d2ee523a2206206994597c13d831ec7”: For Solana (chain 501)";
    QTest::newRow("Tron contract") << holder + QStringList{"--token", "195:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6"}
                                   << "--token “195:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6”: For Tron (chain 195)";
    QTest::newRow("space in an inscription") << holder + QStringList{"--token", "0:btc brc20"}
                                             << "“ ” is never part of a token contract";
    QTest::newRow("one good, one bad") << holder + QStringList{"--token", "1:", "--token", "56:0xZZ"} << "--token “56:0xZZ”";
    QTest::newRow("with chains") << holder + QStringList{"--chains", "1", "--token", "1:"} << "takes no --chains";
    QTest::newRow("with at") << holder + QStringList{"--at", "2024-05-01", "--token", "1:"} << "takes no --token";
    QTest::newRow("without an address") << QStringList{"export", "--token", "1:"} << "export --token needs --address or --all";
    QTest::newRow("address of another family") << holder + QStringList{"--token", "501:"} << "not a valid Solana address";
    QTest::newRow("with all and address") << holder + QStringList{"--all", "--token", "1:"} << "--all takes no --address";
    QTest::newRow("on total") << QStringList{"total", "--address", Holder, "--token", "1:"} << "token";
}

void TestTokenCli::malformedArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    verifyFailure(m_bench.runAgainstServer(arguments), 2, message);
    QCOMPARE(m_bench.server()->requestCount(), 0);
}

void TestTokenCli::unknownChainNamesTheArgument()
{
    verifyFailure(m_bench.runAgainstServer({"export", "--address", Holder, "--token", "1:", "--token", "999999:"}), 2,
                  QStringLiteral("--token “999999:”: unknown chain 999999: OKX does not list it as supported"));
}

void TestTokenCli::refusedAndUnreadableReplies()
{
    QList<TokenAsset> asked = holderPortfolio();
    for (int i = 0; i < 20; ++i)
        asked.append(TestAssets::asset("1", contract(0x3000 + i), "NONE", "0", "1"));
    const QStringList arguments = QStringList{"export", "--address", Holder} + tokenArguments(asked);
    const QString output = m_bench.homeFile(QStringLiteral("tokens.csv"));
    QFile old(output);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the last good export\n");
    old.close();

    // One batch of three refused: nothing partial is written, the old file stays.
    m_bench.server()->injectFault({LocalOkxServer::Fault::Kind::OkxError, 0, QStringLiteral("50014"),
                           QStringLiteral("Parameter tokenContractAddresses error"), 0, -1});
    verifyFailure(m_bench.runAgainstServer(arguments + QStringList{"--output", output}), 3, QStringLiteral("50014"));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the last good export\n"));
    old.close();

    // Rows left out and none saying whose it is: no balance can be placed for sure.
    m_bench.server()->setSpecificTokenStyle(style(true, true, true));
    verifyFailure(m_bench.runAgainstServer(arguments), 4, QStringLiteral("which token"));
}

void TestTokenCli::allWatchedAsksEachAddressOnItsChains()
{
    for (const QStringList &entry : {QStringList{Holder, "1,56"}, QStringList{SolanaHolder, "501"}}) {
        const CliRun added = m_bench.cli().run({"watch", "add", entry.at(0), "--chains", entry.at(1)});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    const CliRun both = m_bench.runAgainstServer({"export", "--all", "--token", "1:", "--token", "501:"});
    QVERIFY2(both.exitCode == 0, both.err.constData());
    verifyTokenRequests(2);
    QCOMPARE(csvLines(both.out),
             (QList<QByteArray>{CsvHeader, Holder.toLower().toUtf8() + ",1,Ethereum,ETH,,1.25,,3000.5,3750.625,false",
                                SolanaHolder.toUtf8() + ",501,Solana,SOL,,20,,150.5,3010,false"}));

    // Only Holder is on BNB Chain, and holds nothing there.
    m_bench.server()->resetCounters();
    const CliRun bnb = m_bench.runAgainstServer({"export", "--all", "--token", "56:"});
    QVERIFY2(bnb.exitCode == 0, bnb.err.constData());
    verifyTokenRequests(1);
    QCOMPARE(csvLines(bnb.out), QList<QByteArray>{CsvHeader});

    m_bench.server()->resetCounters();
    verifyFailure(m_bench.runAgainstServer({"export", "--all", "--token", "1:", "--token", "8453:"}), 2,
                  QStringLiteral("--token “8453:”: no watched address is watched on Base (chain 8453)"));
    QCOMPARE(m_bench.server()->requestCount(), 0);
}

void TestTokenCli::riskTokensAndVerdictsAsInExport_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("verdicts");

    for (const bool verdicts : {false, true}) {
        const char *given = verdicts ? "verdicts" : "no verdicts";
        QTest::addRow("%s", given) << QStringList() << verdicts;
        QTest::addRow("%s, include risk", given) << QStringList{"--include-risk"} << verdicts;
        QTest::addRow("%s, verdict column", given) << QStringList{"--include-risk", "--with-verdicts"} << verdicts;
    }
}

void TestTokenCli::riskTokensAndVerdictsAsInExport()
{
    QFETCH(QStringList, options);
    QFETCH(bool, verdicts);
    if (verdicts) {
        // SCAM trusted (it counts although OKX flags it), SAFE marked as spam.
        VerdictStore store(m_bench.cli().appConfigDir());
        QVERIFY(store.load().isEmpty());
        const TokenAsset scam = riskToken(QStringLiteral("SCAM"), QStringLiteral("1"), QStringLiteral("1"), true);
        const TokenAsset safe = riskToken(QStringLiteral("SAFE"), QStringLiteral("1"), QStringLiteral("1"), false);
        QVERIFY(store.setVerdict(scam, TokenVerdict::Trusted).isEmpty());
        QVERIFY(store.setVerdict(safe, TokenVerdict::Spam).isEmpty());
    }
    const QStringList tokens{"--token", QStringLiteral("1:") + riskToken(QStringLiteral("SAFE"), "0", "0", false).tokenContractAddress,
                             "--token", QStringLiteral("1:") + riskToken(QStringLiteral("SCAM"), "0", "0", true).tokenContractAddress};
    const CliRun byToken = m_bench.runAgainstServer(QStringList{"export", "--address", RiskHolder} + tokens + options);
    QVERIFY2(byToken.exitCode == 0, byToken.err.constData());
    QVERIFY(byToken.err.isEmpty());
    const CliRun everything = m_bench.runAgainstServer(QStringList{"export", "--address", RiskHolder, "--chains", "1"} + options);
    QVERIFY2(everything.exitCode == 0, everything.err.constData());
    QCOMPARE(byToken.out, everything.out);
    // The row the verdicts keep without --include-risk: SCAM, trusted; without verdicts, SAFE.
    const QList<QByteArray> lines = csvLines(byToken.out);
    QCOMPARE(lines.size(), options.isEmpty() ? 2 : 3);
    if (options.isEmpty())
        QVERIFY(lines.at(1).contains(verdicts ? ",SCAM," : ",SAFE,"));
}

void TestTokenCli::helpDescribesTheOption()
{
    const CliRun help = m_bench.cli().run({"export", "--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"--token", "chain:contract"})
        QVERIFY2(help.out.contains(word), word);
    const CliRun top = m_bench.cli().run({"--help"});
    QVERIFY(top.out.contains("export --token"));
}

QTEST_GUILESS_MAIN(TestTokenCli)
#include "tst_tokencli.moc"
