#include "api/balanceparser.h"
#include "cliserverbench.h"
#include "demo/demodata.h"
#include "demo/localokxserver.h"
#include "storage/chainlistcache.h"
#include "storage/verdictstore.h"
#include "support/closedport.h"
#include "support/filesizelimit.h"
#include "support/testassets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString ExampleAddress = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
const QString RiskAddress = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString HostileAddress = QStringLiteral("0x2222222222222222222222222222222222222222");
/** Holds a token on NewChain, a chain OKX lists but the built-in table does not know. */
const QString NewChainAddress = QStringLiteral("0x3333333333333333333333333333333333333333");
const QString NewChain = QStringLiteral("77777");
/** A scam token's name that would retitle and clear a terminal, then reverse the text after it. */
const QString HostileSymbol = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\u202eEVIL");
const QByteArray EscapedHostileSymbol = "\\x1b]0;pwned\\x07\\x1b[2J\\u202eEVIL";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/** The demo server's chain list with chain 1 named @p ethereumName. */
QList<ChainInfo> chainsNamingEthereum(const QString &ethereumName)
{
    QList<ChainInfo> chains = DemoData::supportedChains();
    for (ChainInfo &chain : chains) {
        if (chain.chainIndex == u"1")
            chain.name = ethereumName;
    }
    return chains;
}

/** The chain-name cells of a CSV's rows. */
QList<QByteArray> chainNameCells(const QByteArray &csv)
{
    QList<QByteArray> names;
    for (const QByteArray &line : csvLines(csv).mid(1))
        names.append(line.split(',').at(2));
    return names;
}

TokenAsset token(const QString &symbol, const QString &balance, const QString &price, bool risk)
{
    const QString contract = QStringLiteral("0x") + QString(40, u'0').replace(0, symbol.size(), symbol.toLower());
    return TestAssets::ownedBy(RiskAddress,
                               TestAssets::asset(QStringLiteral("1"), contract, symbol, balance, price, risk));
}

} // namespace

/**
 * The real okx-wallet-viewer executable run as a process against a demo server in this process:
 * every exit code with its message, the CSV, --include-risk, --output atomicity, the requests a
 * command makes and the saved chain list, and no secret in any output under any failure.
 */
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void missingCredentials();
    void unknownChain();
    void knownChainsMakeOneRequest();
    void chainListedByOkxIsSavedForLaterRuns();
    void chainsSavesTheListForExport();
    void staleListStillNamesChains();
    void unusableSavedListIsDropped();
    void unsavableListIsSilent();
    void apiRefusals_data();
    void apiRefusals();
    void rateLimitStillHitAfterRetries();
    void networkFailures_data();
    void networkFailures();
    void connectionRefused();
    void unwritableOutput_data();
    void unwritableOutput();
    void failedRunLeavesOldFileUntouched();
    void outputReplacesFileAtomically();
    void fullDiskKeepsTheOldFile();
    void specialFilesAreWrittenInPlace_data();
    void specialFilesAreWrittenInPlace();
    void fifoReaderGetsTheCsv();
    void serverMessageCannotControlTheTerminal();
    void csvIsEscapedOnlyOnATerminal();
    void rateBounds_data();
    void rateBounds();
    void exportIsExactAndSorted();
    void everyApiFamilyGivesTheSameCsv();
    void includeRisk();
    void total();
    void verdictsDecideWhatCounts();
    void withVerdictsAppendsTheColumn();
    void unusableVerdictsFileAppliesNone();
    void chains();
    void demoEndToEnd();
    void withoutCommandWordTheWindowOpens();
    void windowRefusesAMistypedAddress();

private:
    /** Runs against the test's server with the fake credentials in the environment. */
    /** The chain-list cache the executable uses under the test's home. */
    ChainListCache chainCache() const { return ChainListCache(m_bench.cli().appCacheDir()); }
    /** The verdicts file the executable reads under the test's home: SCAM trusted, SAFE marked as spam. */
    void writeVerdicts();

    CliServerBench m_bench;
    QTemporaryDir m_dir;
    /** One home for every test (a test that needs another sets its own, and init() puts this one back). */
    QTemporaryDir m_home;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_home.isValid());
    QVERIFY(m_bench.start());
    m_bench.server()->setPortfolio(RiskAddress, {token(QStringLiteral("SAFE"), QStringLiteral("2"), QStringLiteral("3"), false),
                                         token(QStringLiteral("SCAM"), QStringLiteral("1000"), QStringLiteral("9"), true)});
    m_bench.server()->setPortfolio(HostileAddress,
                           {TestAssets::ownedBy(HostileAddress,
                                                TestAssets::asset(QStringLiteral("1"), QString(), HostileSymbol,
                                                                  QStringLiteral("1"), QStringLiteral("2"), false))});
    m_bench.server()->setPortfolio(NewChainAddress,
                           {TestAssets::ownedBy(NewChainAddress,
                                                TestAssets::asset(NewChain, QString(), QStringLiteral("NEW"),
                                                                  QStringLiteral("5"), QStringLiteral("2"), false))});
}

void TestCli::init()
{
    m_bench.beginTest();
    m_bench.cli().setHome(m_home.path());
    // Every test starts as a first run, without a saved chain list; those about the list make their own.
    m_bench.server()->setSupportedChains(DemoData::supportedChains());
    QFile::remove(chainCache().filePath());
    QVERIFY(!QFile::exists(chainCache().filePath()));
    QFile::remove(VerdictStore(m_bench.cli().appConfigDir()).filePath());
}

void TestCli::cleanup()
{
    m_bench.endTest();
}

void TestCli::helpAndVersion()
{
    const CliRun help = m_bench.cli().run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *word : {"export", "total", "chains", "watch", "--all", "--demo", "OKX_API_KEY", "window", "--lang"})
        QVERIFY2(help.out.contains(word), word);

    const CliRun exportHelp = m_bench.cli().run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    for (const char *word : {"--address", "--chains", "--include-risk", "--output", "--all", "--base-url", "--api"})
        QVERIFY2(exportHelp.out.contains(word), word);

    const CliRun version = m_bench.cli().run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("okx-wallet-viewer " OKXVIEWER_VERSION "\n"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString address = QStringLiteral("--address=") + ExampleAddress;
    QTest::newRow("unknown option") << QStringList{"export", address, "--chains=1", "--bogus"} << "bogus";
    QTest::newRow("unknown command") << QStringList{"exprot"} << "unknown command";
    QTest::newRow("option of another command") << QStringList{"chains", "--output=x.csv"} << "output";
    QTest::newRow("missing address") << QStringList{"export", "--chains=1"} << "--address";
    QTest::newRow("missing chains") << QStringList{"total", address} << "--chains";
    QTest::newRow("short evm address") << QStringList{"export", "--address=0x12", "--chains=1"}
                                       << "0x12 is not a valid EVM address";
    QTest::newRow("evm address on solana") << QStringList{"export", address, "--chains=1,501"}
                                           << "not a valid Solana address";
    QTest::newRow("evm address on tron") << QStringList{"total", address, "--chains=195"} << "Tron";
    QTest::newRow("evm address on bitcoin") << QStringList{"export", address, "--chains=0"} << "Bitcoin";
    QTest::newRow("bad chain index") << QStringList{"export", address, "--chains=1,eth"} << "eth";
    QTest::newRow("empty chains") << QStringList{"export", address, "--chains=,"} << "chain";
    QTest::newRow("bad family") << QStringList{"chains", "--api=v7"} << "--api";
    QTest::newRow("bad timeout") << QStringList{"chains", "--timeout=-1"} << "--timeout";
    QTest::newRow("bad rps") << QStringList{"chains", "--rps=-2"} << "--rps";
    QTest::newRow("demo and base url") << QStringList{"chains", "--demo", "--base-url=http://127.0.0.1:1"} << "--demo";
    QTest::newRow("bad base url") << QStringList{"chains", "--base-url=ftp://example.com"} << "--base-url";
    QTest::newRow("extra argument") << QStringList{"chains", "extra"} << "extra";
    QTest::newRow("all with address") << QStringList{"export", "--all", address} << "--all";
    QTest::newRow("all with chains") << QStringList{"export", "--all", "--chains=1"} << "--all";
    QTest::newRow("all on total") << QStringList{"total", "--all"} << "all";
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun result = m_bench.run(arguments);
    verifyFailure(result, 2, message);
    QCOMPARE(m_bench.server()->requestCount(), 0); // bad input never reaches the API
}

void TestCli::missingCredentials()
{
    Credentials partial = fakeCredentials();
    partial.secretKey.clear();
    partial.passphrase.clear();
    const QStringList arguments{"export", "--address", ExampleAddress, "--chains", "1", "--base-url",
                                m_bench.server()->baseUrl().toString()};
    verifyFailure(m_bench.cli().run(arguments, partial), 2, QStringLiteral("OKX_SECRET_KEY, OKX_API_PASSPHRASE"));

    Credentials noProject = fakeCredentials();
    noProject.projectId.clear();
    verifyFailure(m_bench.cli().run(arguments + QStringList{"--api", "wallet"}, noProject), 2,
                  QStringLiteral("OKX_PROJECT_ID"));
    QCOMPARE(m_bench.server()->requestCount(), 0);
}

void TestCli::unknownChain()
{
    // A chain neither the built-in table nor a saved list knows: OKX's list is fetched to check it.
    verifyFailure(m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1,999999"}), 2,
                  QStringLiteral("unknown chain 999999: OKX does not list it as supported"));
    QVERIFY(m_bench.server()->requestLog().join(u' ').contains(QLatin1String("/supported/chain")));
    // The list fetched is saved, and a saved list does not make an unknown chain known.
    QVERIFY(chainCache().load());
    m_bench.server()->resetCounters();
    verifyFailure(m_bench.runAgainstServer({"total", "--address", ExampleAddress, "--chains", "424242"}), 2,
                  QStringLiteral("unknown chain 424242: OKX does not list it as supported"));
    QVERIFY(m_bench.server()->requestLog().join(u' ').contains(QLatin1String("/supported/chain")));
}

void TestCli::knownChainsMakeOneRequest()
{
    // Chains of the built-in table need no chain list: export and total make their one request.
    const CliRun exported = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1,56"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(m_bench.server()->requestLog().size(), 1);
    QVERIFY2(m_bench.server()->requestLog().first().contains(QLatin1String("/all-token-balances-by-address")),
             qPrintable(m_bench.server()->requestLog().first()));
    const QList<QByteArray> names = chainNameCells(exported.out);
    QVERIFY(!names.isEmpty());
    QCOMPARE(names, QList<QByteArray>(names.size(), "Ethereum"));

    m_bench.server()->resetCounters();
    const CliRun total = m_bench.runAgainstServer({"total", "--address", ExampleAddress, "--chains", "1,56"});
    QVERIFY2(total.exitCode == 0, total.err.constData());
    QCOMPARE(m_bench.server()->requestLog().size(), 1);
    QVERIFY2(m_bench.server()->requestLog().first().contains(QLatin1String("/total-value-by-address")),
             qPrintable(m_bench.server()->requestLog().first()));
    // Nothing was fetched, so nothing was saved.
    QVERIFY(!QFile::exists(chainCache().filePath()));
}

void TestCli::chainListedByOkxIsSavedForLaterRuns()
{
    QList<ChainInfo> chains = DemoData::supportedChains();
    chains.append({NewChain, QStringLiteral("New Chain"), QStringLiteral("NEW"), QString()});
    m_bench.server()->setSupportedChains(chains);
    const QStringList arguments{"export", "--address", NewChainAddress, "--chains", NewChain};

    // Unknown to the built-in table: the list is fetched to check it, beside the balances.
    const CliRun first = m_bench.runAgainstServer(arguments);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.err.isEmpty());
    QCOMPARE(m_bench.server()->requestCount(), 2);
    QCOMPARE(chainNameCells(first.out), QList<QByteArray>{"New Chain"});
    QVERIFY(chainCache().load());

    // The saved list knows it now: one request, the same CSV.
    m_bench.server()->resetCounters();
    const CliRun second = m_bench.runAgainstServer(arguments);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QCOMPARE(second.out, first.out);
}

void TestCli::chainsSavesTheListForExport()
{
    m_bench.server()->setSupportedChains(chainsNamingEthereum(QStringLiteral("Ethereum (OKX)")));
    const CliRun listed = m_bench.runAgainstServer({"chains"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QVERIFY(listed.out.contains("Ethereum (OKX)"));
    const std::optional<CachedChainList> saved = chainCache().load();
    QVERIFY(saved);
    QVERIFY(ChainListCache::isFresh(saved->fetchedAt, QDateTime::currentDateTimeUtc()));

    // export takes OKX's names from the saved list and asks only for the balances: the server's
    // list, changed meanwhile, is not asked for.
    m_bench.server()->setSupportedChains(DemoData::supportedChains());
    m_bench.server()->resetCounters();
    const CliRun exported = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    const QList<QByteArray> names = chainNameCells(exported.out);
    QCOMPARE(names.size(), 31);
    QCOMPARE(names, QList<QByteArray>(names.size(), "Ethereum (OKX)"));

    // chains always asks OKX, even with a list saved a moment ago, and saves what it got.
    m_bench.server()->resetCounters();
    const CliRun again = m_bench.runAgainstServer({"chains"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QVERIFY(!again.out.contains("Ethereum (OKX)"));
    QVERIFY(!chainCache().load()->chains.isEmpty());
    QCOMPARE(chainCache().load()->chains.constFirst().name, DemoData::supportedChains().constFirst().name);
}

void TestCli::staleListStillNamesChains()
{
    QVERIFY(chainCache().store(chainsNamingEthereum(QStringLiteral("Ethereum (last week)")),
                               QDateTime::currentDateTimeUtc().addDays(-7)));

    // Names of any age beat a second request.
    const CliRun exported = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QCOMPARE(chainNameCells(exported.out).first(), QByteArray("Ethereum (last week)"));

    // chains shows the current list: it fetches a list older than a day and saves the new one.
    m_bench.server()->resetCounters();
    const CliRun listed = m_bench.runAgainstServer({"chains"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QVERIFY(!listed.out.contains("last week"));
    const std::optional<CachedChainList> saved = chainCache().load();
    QVERIFY(saved);
    QVERIFY(ChainListCache::isFresh(saved->fetchedAt, QDateTime::currentDateTimeUtc()));
}

void TestCli::unusableSavedListIsDropped()
{
    QVERIFY(QDir().mkpath(chainCache().directory()));
    writeAll(chainCache().filePath(), "{\"version\": 1, \"chains\": [");

    // As without a saved list: no crash, no word on stderr, one request; the bad file is gone.
    const CliRun exported = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.err.isEmpty());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QVERIFY(!QFile::exists(chainCache().filePath()));

    // chains fetches the list again and saves a good file in its place.
    writeAll(chainCache().filePath(), "not json");
    m_bench.server()->resetCounters();
    const CliRun listed = m_bench.runAgainstServer({"chains"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.err.isEmpty());
    QCOMPARE(m_bench.server()->requestCount(), 1);
    QVERIFY(chainCache().load());
}

void TestCli::unsavableListIsSilent()
{
    // A home of its own (init() restores the shared one), with a file where the cache folder
    // should be: no list can be saved.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    m_bench.cli().setHome(home.path());
    const QString folder = chainCache().directory();
    QVERIFY(QDir().mkpath(QFileInfo(folder).absolutePath()));
    writeAll(folder, "in the way");

    const CliRun listed = m_bench.runAgainstServer({"chains"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QVERIFY(listed.err.isEmpty());
    QVERIFY(listed.out.contains("Ethereum"));

    QList<ChainInfo> chains = DemoData::supportedChains();
    chains.append({NewChain, QStringLiteral("New Chain"), QStringLiteral("NEW"), QString()});
    m_bench.server()->setSupportedChains(chains);
    const CliRun exported = m_bench.runAgainstServer({"export", "--address", NewChainAddress, "--chains", NewChain});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.err.isEmpty());
    QCOMPARE(chainNameCells(exported.out), QList<QByteArray>{"New Chain"});
}

void TestCli::apiRefusals_data()
{
    QTest::addColumn<QString>("wrongField");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong secret") << "secret" << "50113";
    QTest::newRow("wrong key") << "key" << "50111";
    QTest::newRow("wrong passphrase") << "passphrase" << "50105";
}

void TestCli::apiRefusals()
{
    QFETCH(QString, wrongField);
    QFETCH(QString, message);
    Credentials wrong = fakeCredentials();
    // The wrong values still hold the right ones, so a leak of either is caught.
    if (wrongField == QLatin1String("secret"))
        wrong.secretKey += QLatin1String("X");
    else if (wrongField == QLatin1String("key"))
        wrong.apiKey += QLatin1String("X");
    else
        wrong.passphrase += QLatin1String("X");
    const CliRun result = m_bench.cli().run({"export", "--address", ExampleAddress, "--chains", "1", "--base-url",
                                     m_bench.server()->baseUrl().toString(), "--rps", "1000"},
                                    wrong);
    verifyFailure(result, 3, message);

    m_bench.server()->injectFault({LocalOkxServer::Fault::Kind::OkxError, 0, QStringLiteral("81001"),
                           QStringLiteral("Incorrect parameter\nsecond line"), 0, -1},
                          2);
    const CliRun okxError = m_bench.runAgainstServer({"total", "--address", ExampleAddress, "--chains", "1"});
    verifyFailure(okxError, 3, QStringLiteral("81001"));
}

void TestCli::rateLimitStillHitAfterRetries()
{
    // Retry-After: 0 keeps the test fast; the client still makes every try.
    m_bench.server()->injectFault({LocalOkxServer::Fault::Kind::HttpRateLimit, 0, {}, {}, 0, 0}, 10);
    const CliRun result = m_bench.runAgainstServer({"total", "--address", ExampleAddress, "--chains", "1", "--retries", "1"});
    verifyFailure(result, 3, QStringLiteral("rate"));
    QCOMPARE(m_bench.server()->requestCount(), 2); // the first try and one retry, nothing more
}

void TestCli::networkFailures_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed") << int(LocalOkxServer::Fault::Kind::MalformedJson) << "malformed";
    QTest::newRow("truncated") << int(LocalOkxServer::Fault::Kind::TruncatedJson) << "malformed";
    QTest::newRow("wrong types") << int(LocalOkxServer::Fault::Kind::WrongTypes) << "malformed";
    QTest::newRow("closed mid-body") << int(LocalOkxServer::Fault::Kind::CloseMidBody) << "server";
    QTest::newRow("timeout") << int(LocalOkxServer::Fault::Kind::Delay) << "did not answer within 500 ms";
}

void TestCli::networkFailures()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind(kind);
    fault.delayMs = 3000;
    m_bench.server()->injectFault(fault, 10);
    // Chain 1 is in the built-in table: the balances are the only request, and their failure decides.
    const CliRun result = m_bench.runAgainstServer(
        {"export", "--address", ExampleAddress, "--chains", "1", "--retries", "0", "--timeout", "0.5"});
    verifyFailure(result, 4, message);
}

void TestCli::connectionRefused()
{
    const CliRun result = m_bench.run({"chains", "--base-url", closedPortUrl().toString(), "--retries", "0"});
    verifyFailure(result, 4, QStringLiteral("could not connect"));
}

void TestCli::unwritableOutput_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("directory") << m_dir.path();
    QTest::newRow("missing directory") << m_dir.filePath(QStringLiteral("no/such/dir/out.csv"));
}

void TestCli::unwritableOutput()
{
    QFETCH(QString, path);
    const CliRun result = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1", "--output", path});
    verifyFailure(result, 5, QStringLiteral("cannot write"));
    QCOMPARE(m_bench.server()->requestCount(), 0); // fails before asking the API
}

void TestCli::failedRunLeavesOldFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents\n");
    old.close();

    m_bench.server()->injectFault({LocalOkxServer::Fault::Kind::TruncatedJson, 0, {}, {}, 0, -1}, 10);
    const CliRun result = m_bench.runAgainstServer(
        {"export", "--address", ExampleAddress, "--chains", "1", "--retries", "0", "--output", path});
    verifyFailure(result, 4, QStringLiteral("malformed"));

    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old contents\n"));
    // No temporary or half file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("kept.csv")});
}

void TestCli::outputReplacesFileAtomically()
{
    const QString path = m_dir.filePath(QStringLiteral("replaced.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents\n");
    old.close();

    const CliRun toFile = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1", "--output", path});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QVERIFY(toFile.err.isEmpty());
    const CliRun toStdout = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1"});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), toStdout.out);
}

void TestCli::fullDiskKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("holdings.csv"));
    const QByteArray old = "the last good export\n";
    writeAll(path, old);

    // The CSV's header alone is longer than the disk has room for.
    m_bench.cli().setChildSetup([] { FileSizeLimit::apply(64); });
    const CliRun result = m_bench.runAgainstServer(
        {"export", "--address", ExampleAddress, "--chains", "1", "--output", path});
    verifyFailure(result, 5, QStringLiteral("File too large"));
    QVERIFY(result.err.contains(path.toUtf8()));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("holdings.csv")});
}

void TestCli::specialFilesAreWrittenInPlace_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("/dev/null") << "/dev/null" << 0;
    QTest::newRow("/dev/full") << "/dev/full" << 5;
}

void TestCli::specialFilesAreWrittenInPlace()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    struct stat before {};
    QCOMPARE(stat(path.toLocal8Bit().constData(), &before), 0);
    const CliRun result = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1", "--output", path});
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    if (exitCode != 0)
        verifyFailure(result, exitCode, QStringLiteral("No space left on device"));
    // Still the same device node: never replaced by a regular file, even when run as root.
    struct stat after {};
    QCOMPARE(stat(path.toLocal8Bit().constData(), &after), 0);
    QVERIFY(S_ISCHR(after.st_mode));
    QCOMPARE(after.st_rdev, before.st_rdev);
}

void TestCli::fifoReaderGetsTheCsv()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
    QByteArray received;
    std::thread reader([&received, fifo] { received = readAll(fifo); });
    const CliRun result = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1", "--output", fifo});
    reader.join();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(received.startsWith(CsvHeader));
    QCOMPARE(csvLines(received).size(), 32);
    struct stat after {};
    QCOMPARE(stat(fifo.toLocal8Bit().constData(), &after), 0);
    QVERIFY(S_ISFIFO(after.st_mode));
}

void TestCli::serverMessageCannotControlTheTerminal()
{
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::OkxError;
    fault.okxCode = QStringLiteral("51000"); // no sentence of the app's own: OKX's msg is shown
    fault.okxMessage = HostileSymbol + QStringLiteral("\nfake second line");
    m_bench.server()->injectFault(fault, 10);
    const CliRun result = m_bench.runAgainstServer({"total", "--address", ExampleAddress, "--chains", "1", "--retries", "0"});
    verifyFailure(result, 3, QStringLiteral("pwned"));
    QVERIFY2(!result.err.contains('\x1b') && !result.err.contains('\x07'), result.err.constData());
    QVERIFY2(result.err.contains(EscapedHostileSymbol), result.err.constData());
}

void TestCli::csvIsEscapedOnlyOnATerminal()
{
    const QStringList arguments{"export", "--address", HostileAddress, "--chains", "1"};
    // Into a pipe or a file the CSV is data, verbatim.
    const CliRun piped = m_bench.runAgainstServer(arguments);
    QVERIFY2(piped.exitCode == 0, piped.err.constData());
    QVERIFY(piped.out.contains(HostileSymbol.toUtf8()));

    // On a terminal the same cell cannot reach the terminal's control sequences.
    int terminal = -1;
    int device = -1;
    QCOMPARE(openpty(&terminal, &device, nullptr, nullptr, nullptr), 0);
    m_bench.cli().setChildSetup([device] { dup2(device, STDOUT_FILENO); });
    const CliRun shown = m_bench.runAgainstServer(arguments);
    close(device);
    QByteArray screen;
    char buffer[4096];
    for (ssize_t n; (n = read(terminal, buffer, sizeof buffer)) > 0;)
        screen.append(buffer, n);
    close(terminal);
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY2(screen.startsWith(CsvHeader), screen.constData());
    QVERIFY2(screen.contains(EscapedHostileSymbol), screen.constData());
    QVERIFY(!screen.contains('\x1b'));
}

void TestCli::rateBounds_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no limit") << "0" << 0;
    QTest::newRow("slowest") << "0.01" << 0;
    QTest::newRow("fastest") << "1000" << 0;
    QTest::newRow("denormal") << "1e-300" << 2;
    QTest::newRow("below the slowest") << "0.001" << 2;
    QTest::newRow("above the fastest") << "1001" << 2;
    QTest::newRow("infinite") << "inf" << 2;
    QTest::newRow("negative") << "-1" << 2;
}

void TestCli::rateBounds()
{
    QFETCH(QString, rate);
    QFETCH(int, exitCode);
    const CliRun result =
        m_bench.cli().run({"total", "--address", ExampleAddress, "--chains", "1", "--base-url", m_bench.server()->baseUrl().toString(),
                   "--rps", rate},
                  fakeCredentials());
    if (exitCode == 0)
        QVERIFY2(result.exitCode == 0, result.err.constData());
    else
        verifyFailure(result, exitCode, QStringLiteral("--rps needs 0 (no limit) or a number of requests per second"));
}

void TestCli::exportIsExactAndSorted()
{
    const CliRun result = m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains("\r\n"));

    QFile fixture(QStringLiteral(OKX_TEST_FIXTURES_DIR "/all-token-balances-example.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const ApiResult<QList<TokenAsset>> expected =
        BalanceParser::parseTokenAssets(200, fixture.readAll(), ApiFamily::DexV5);
    QVERIFY(expected.ok());

    const QList<QByteArray> lines = csvLines(result.out);
    QCOMPARE(lines.first(), CsvHeader);
    QCOMPARE(lines.size(), 1 + expected.value.size());
    Decimal previous;
    int priced = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        QCOMPARE(cells.size(), 10);
        QCOMPARE(cells.at(2), QByteArray("Ethereum"));
        const auto match = std::find_if(expected.value.cbegin(), expected.value.cend(), [&](const TokenAsset &a) {
            return a.tokenContractAddress.toUtf8() == cells.at(4);
        });
        QVERIFY(match != expected.value.cend());
        QCOMPARE(cells.at(3), match->symbol.toUtf8());
        QCOMPARE(cells.at(5), match->balanceText.toUtf8());
        QCOMPARE(cells.at(7), match->tokenPriceText.toUtf8());
        if (!match->isPriced()) {
            QCOMPARE(cells.at(8), QByteArray());
            continue;
        }
        QCOMPARE(i, ++priced); // every priced row comes before every unpriced one
        const Decimal value = *Decimal::parse(QString::fromLatin1(cells.at(8)));
        QCOMPARE(value, match->balance * match->tokenPrice);
        QVERIFY(i == 1 || value <= previous);
        previous = value;
    }
    QCOMPARE(priced, 27);
}

void TestCli::everyApiFamilyGivesTheSameCsv()
{
    const QStringList arguments{"export", "--address", ExampleAddress, "--chains", "1"};
    const CliRun v5 = m_bench.runAgainstServer(arguments);
    QCOMPARE(v5.exitCode, 0);
    for (const char *family : {"v6", "wallet"}) {
        const CliRun other = m_bench.runAgainstServer(arguments + QStringList{"--api", QLatin1String(family)});
        QVERIFY2(other.exitCode == 0, other.err.constData());
        QCOMPARE(other.out, v5.out);
    }
}

void TestCli::includeRisk()
{
    const QStringList arguments{"export", "--address", RiskAddress, "--chains", "1"};
    const CliRun filtered = m_bench.runAgainstServer(arguments);
    QCOMPARE(filtered.exitCode, 0);
    QVERIFY(m_bench.server()->requestLog().join(u' ').contains(QLatin1String("excludeRiskToken=0")));
    QList<QByteArray> lines = csvLines(filtered.out);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).endsWith(",SAFE,0x" + QByteArray("safe") + QByteArray(36, '0') + ",2,,3,6,false"));

    m_bench.server()->resetCounters();
    const CliRun all = m_bench.runAgainstServer(arguments + QStringList{"--include-risk"});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(m_bench.server()->requestLog().join(u' ').contains(QLatin1String("excludeRiskToken=1")));
    lines = csvLines(all.out);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).contains(",SCAM,"));
    QVERIFY(lines.at(1).endsWith(",1000,,9,9000,true"));
}

void TestCli::total()
{
    const CliRun result = m_bench.runAgainstServer({"total", "--address", ExampleAddress, "--chains", "1"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.endsWith('\n'));
    const QString text = QString::fromLatin1(result.out).trimmed();
    QVERIFY(Decimal::parse(text).has_value()); // one plain exact decimal
    QVERIFY(!text.contains(u'e') && !text.contains(u','));
}

void TestCli::writeVerdicts()
{
    VerdictStore verdicts(m_bench.cli().appConfigDir());
    QVERIFY(verdicts.load().isEmpty());
    QVERIFY(verdicts.setVerdict(token(QStringLiteral("SCAM"), QStringLiteral("1"), QStringLiteral("1"), true),
                                TokenVerdict::Trusted)
                .isEmpty());
    QVERIFY(verdicts.setVerdict(token(QStringLiteral("SAFE"), QStringLiteral("1"), QStringLiteral("1"), false),
                                TokenVerdict::Spam)
                .isEmpty());
}

void TestCli::verdictsDecideWhatCounts()
{
    const QStringList total{"total", "--address", RiskAddress, "--chains", "1"};
    const CliRun okx = m_bench.runAgainstServer(total);
    QVERIFY2(okx.exitCode == 0, okx.err.constData());
    QCOMPARE(okx.out, QByteArray("6\n"));

    writeVerdicts();
    m_bench.server()->resetCounters();
    // SCAM is trusted (counts, although OKX flags it), SAFE is spam (counts nowhere).
    const CliRun judged = m_bench.runAgainstServer(total);
    QVERIFY2(judged.exitCode == 0, judged.err.constData());
    QCOMPARE(judged.out, QByteArray("9000\n"));
    QVERIFY(judged.err.isEmpty());
    // OKX's total knows nothing of verdicts: the holdings, risk tokens included, are summed instead.
    QCOMPARE(m_bench.server()->requestLog().size(), 1);
    QVERIFY(m_bench.server()->requestLog().first().contains(QLatin1String("excludeRiskToken=1")));
    // With --include-risk every holding counts, whatever its verdict.
    const CliRun everything = m_bench.runAgainstServer(total + QStringList{"--include-risk"});
    QCOMPARE(everything.out, QByteArray("9006\n"));

    // export writes the same holdings, its fixed columns as they were: isRiskToken is OKX's.
    const CliRun csv = m_bench.runAgainstServer({"export", "--address", RiskAddress, "--chains", "1"});
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QList<QByteArray> lines = csvLines(csv.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), CsvHeader);
    QVERIFY(lines.at(1).contains(",SCAM,"));
    QVERIFY(lines.at(1).endsWith(",1000,,9,9000,true"));
}

void TestCli::withVerdictsAppendsTheColumn()
{
    const QStringList arguments{"export", "--address", RiskAddress, "--chains", "1", "--include-risk", "--with-verdicts"};
    const CliRun none = m_bench.runAgainstServer(arguments);
    QVERIFY2(none.exitCode == 0, none.err.constData());
    QList<QByteArray> lines = csvLines(none.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), CsvHeader + ",verdict");
    QVERIFY(lines.at(1).endsWith(",9000,true,"));
    QVERIFY(lines.at(2).endsWith(",6,false,"));

    writeVerdicts();
    const CliRun judged = m_bench.runAgainstServer(arguments);
    QVERIFY2(judged.exitCode == 0, judged.err.constData());
    lines = csvLines(judged.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), CsvHeader + ",verdict");
    QVERIFY(lines.at(1).endsWith(",SCAM,0x" + QByteArray("scam") + QByteArray(36, '0') + ",1000,,9,9000,true,trusted"));
    QVERIFY(lines.at(2).endsWith(",SAFE,0x" + QByteArray("safe") + QByteArray(36, '0') + ",2,,3,6,false,spam"));
    // Without --with-verdicts the file is as before, byte for byte but for the rows verdicts decide.
    const CliRun plain = m_bench.runAgainstServer({"export", "--address", RiskAddress, "--chains", "1", "--include-risk"});
    QCOMPARE(csvLines(plain.out).at(0), CsvHeader);
    QVERIFY(csvLines(plain.out).at(1).endsWith(",9000,true"));
}

void TestCli::unusableVerdictsFileAppliesNone()
{
    const QString path = VerdictStore(m_bench.cli().appConfigDir()).filePath();
    QVERIFY(QDir().mkpath(m_bench.cli().appConfigDir()));
    const QByteArray damaged = "{\"version\": 1, \"verdicts\": [{\"chainIndex\": \"1\", \"verdict\": \"spam\"";
    writeAll(path, damaged);
    const CliRun result = m_bench.runAgainstServer({"total", "--address", RiskAddress, "--chains", "1"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, QByteArray("6\n"));
    QVERIFY2(result.err.contains("verdicts") && result.err.contains("none of them applies"), result.err.constData());
    QCOMPARE(readAll(path), damaged);
}

void TestCli::chains()
{
    const CliRun result = m_bench.runAgainstServer({"chains"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = csvLines(result.out);
    QVERIFY(lines.size() > 10);
    QVERIFY(lines.at(1).startsWith("0 "));
    QVERIFY(result.out.contains("Ethereum"));
    QVERIFY(result.out.contains("Solana"));
}

void TestCli::demoEndToEnd()
{
    // The "done when" command, with nothing but the built-in server.
    const CliRun result = m_bench.cli().run({"export", "--demo", "--address", ExampleAddress, "--chains", "1"});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.out, m_bench.runAgainstServer({"export", "--address", ExampleAddress, "--chains", "1"}).out);
    const QList<QByteArray> lines = csvLines(result.out);
    QCOMPARE(lines.size(), 32);
    for (int i = 1; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).split(',').at(8).isEmpty(), i > 27);

    const CliRun total = m_bench.cli().run({"total", "--demo", "--address", ExampleAddress, "--chains", "1"});
    QVERIFY2(total.exitCode == 0, total.err.constData());
    const CliRun chains = m_bench.cli().run({"chains", "--demo", "--api", "wallet"});
    QVERIFY2(chains.exitCode == 0, chains.err.constData());
    // The demo server's list is not OKX's: it is never saved as if it were.
    QVERIFY(!QFile::exists(chainCache().filePath()));
}

void TestCli::withoutCommandWordTheWindowOpens()
{
    QProcessEnvironment environment = m_bench.cli().environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The window's own option check answers: the command handed the process over to the window.
    const CliRun window = m_bench.cli().run({"--lang", "xx"}, environment);
    QCOMPARE(window.exitCode, 2);
    QVERIFY2(window.err.contains("--lang must be en or zh"), window.err.constData());

    // A command copied away from its window says so, with an exit code of its own.
    const QDir lone(m_dir.filePath(QStringLiteral("lone")));
    QVERIFY(lone.mkpath(QStringLiteral(".")));
    const QString program = lone.filePath(QStringLiteral("okx-wallet-viewer"));
    QVERIFY(QFile::copy(QStringLiteral(OKX_CLI_EXECUTABLE), program));
    const CliRun missing = m_bench.cli().runProgram(program, {"--lang", "en"}, environment);
    verifyFailure(missing, 6, QStringLiteral("cannot open the window"));
    QVERIFY2(missing.err.contains(QFile::encodeName(lone.filePath(QStringLiteral("okx-wallet-viewer-gui")))),
             missing.err.constData());
}

void TestCli::windowRefusesAMistypedAddress()
{
    QProcessEnvironment environment = m_bench.cli().environment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A Tron address with its last character changed: once taken for Solana's and shown as $0.00.
    const CliRun tron = m_bench.cli().run({"--address", "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8"}, environment);
    QCOMPARE(tron.exitCode, 2);
    QVERIFY2(tron.err.contains("TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU8 is not a valid Tron address: "
                               "the checksum does not match, so a character is mistyped"),
             tron.err.constData());

    const CliRun words = m_bench.cli().run({"--address", "hello world"}, environment);
    QCOMPARE(words.exitCode, 2);
    QVERIFY2(words.err.contains("“hello world” is not an EVM, Solana, Tron or Bitcoin address"), words.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
