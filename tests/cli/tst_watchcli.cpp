#include "api/balanceclient.h"
#include "cliserverbench.h"
#include "demo/localokxserver.h"
#include "model/portfoliostore.h"
#include "model/refreshcontroller.h"
#include "money/decimal.h"
#include "storage/appidentity.h"
#include "storage/appsettings.h"
#include "storage/secretstore.h"
#include "storage/watchlist.h"
#include "support/filesizelimit.h"
#include "support/testassets.h"
#include "ui/holdingsexporter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Demo portfolios the server loads at start.
const QString DemoEvm = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
const QString DemoSolana = QStringLiteral("4YkohS8yUYtjNaSwtGzR2DJEXpfhugVp46pV5ikZzrNj");
// Portfolios this test sets, with values it knows. OwnEvm in its EIP-55 checksum case: the server
// answers for the lower-case form.
const QString OwnEvm = QStringLiteral("0xaBcd000000000000000000000000000000000001");
const QString OwnSolana = QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
const QString Tron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString Bitcoin = QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
const QByteArray WatchCsvHeader = "address,chains,label\r\n";

TokenAsset holding(const QString &owner, const QString &chain, const QString &symbol, const QString &contract,
                   const QString &balance, const QString &price, bool risk = false)
{
    return TestAssets::ownedBy(owner, TestAssets::asset(chain, contract, symbol, balance, price, risk));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

/**
 * The watch list from the command line (watch add / remove / list), export --all, and the
 * credentials the window stored, with the real okx-wallet-viewer run as a process. Each test gets
 * a fresh home folder, so the watch list starts empty and the user's real one is never touched;
 * no keychain answers (no D-Bus session), and no secret may appear in any output.
 */
class TestWatchCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyList();
    void addListRemove();
    void addRefused_data();
    void addRefused();
    void removeMissing();
    void corruptWatchList_data();
    void corruptWatchList();
    void failedSave();
    void fullDiskKeepsTheWatchList();
    void hostileLabelIsEscaped();
    void exportAllIsExact();
    void exportAllOfDemoAddresses();
    void windowExportIsTheCommandLinesExport();
    void exportAllWithEmptyList();
    void exportAllWhenOneAddressFails();
    void exportAllOfHandEditedList_data();
    void exportAllOfHandEditedList();
    void storedCredentials();
    void environmentOverridesStored();

    void exportImportRoundTrip();
    void importRefusesABadLine_data();
    void importRefusesABadLine();
    void importSkipsDuplicates();
    void importReadsBomCrlfAndQuotedLabels();
    void importRefusesHostileFiles_data();
    void importRefusesHostileFiles();
    void exportOnAFullDiskKeepsTheOldFile();
    void exportToAnUnwritablePath();

private:
    CliRun watch(const QStringList &arguments);
    /** Writes @p contents to a file in the home folder and runs `watch import` on it. */
    CliRun importCsv(const QByteArray &contents);
    /** The watch list as the window would load it. */
    QList<WatchedAddress> storedEntries() const;
    CliRun exportAll(const QStringList &arguments = {}, const QString &rps = QStringLiteral("1000"));
    QString watchListPath() const;
    /** Saves the fake credentials as the window would, in the opted-in owner-only file. */
    void storeCredentials();

    CliServerBench m_bench;
    /** The home whose settings this process writes too (QSettings keeps its folder once known). */
    QTemporaryDir m_storedHome;
};

void TestWatchCli::initTestCase()
{
    QVERIFY(m_storedHome.isValid());
    // The app's names and the runner's layout, so AppSettings and SecretStore here find what the
    // executable reads. Set before anything here asks QSettings or QStandardPaths.
    qputenv("XDG_CONFIG_HOME", QDir(m_storedHome.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", QDir(m_storedHome.path()).filePath(QStringLiteral("cache")).toLocal8Bit());
    AppIdentity::apply();

    QVERIFY(m_bench.start());
    m_bench.server()->setPortfolio(OwnEvm, {
        holding(OwnEvm.toLower(), "1", "ETH", "", "1.5", "2000.25"),
        holding(OwnEvm.toLower(), "1", "USDC", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "100.000001", "0.9999"),
        holding(OwnEvm.toLower(), "56", "CAKE", "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82", "10", "0"),
        holding(OwnEvm.toLower(), "56", "SCAM", "0x5ca0000000000000000000000000000000000000", "1000000", "5", true),
        holding(OwnEvm.toLower(), "10", "OP", "", "3", "2"), // a chain the entry does not watch
    });
    m_bench.server()->setPortfolio(OwnSolana, {
        holding(OwnSolana, "501", "SOL", "", "20", "150.5"),
        holding(OwnSolana, "501", "BONK", "DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263", "1000000", "0.00002"),
    });
}

void TestWatchCli::init()
{
    QVERIFY(m_bench.beginTestInFreshHome());
}

void TestWatchCli::cleanup()
{
    m_bench.endTest();
}

CliRun TestWatchCli::watch(const QStringList &arguments)
{
    return m_bench.cli().run(QStringList{QStringLiteral("watch")} + arguments);
}

CliRun TestWatchCli::importCsv(const QByteArray &contents)
{
    const QString path = m_bench.homeFile(QStringLiteral("import.csv"));
    if (!writeFile(path, contents))
        return {};
    return watch({"import", path});
}

QList<WatchedAddress> TestWatchCli::storedEntries() const
{
    WatchList stored(m_bench.cli().appConfigDir());
    return stored.load().ok ? stored.entries() : QList<WatchedAddress>{{QStringLiteral("unreadable"), {}, {}}};
}

CliRun TestWatchCli::exportAll(const QStringList &arguments, const QString &rps)
{
    const QStringList common{"export", "--all", "--base-url", m_bench.server()->baseUrl().toString(), "--rps", rps};
    return m_bench.run(common + arguments);
}

QString TestWatchCli::watchListPath() const
{
    return QDir(m_bench.cli().appConfigDir()).filePath(QStringLiteral("watchlist.json"));
}

void TestWatchCli::storeCredentials()
{
    AppSettings settings;
    settings.setSecretsInOwnerOnlyFile(true);
    settings.setProjectId(fakeCredentials().projectId);
    settings.sync();
    SecretStore store;
    store.setUseOwnerOnlyFile(true);
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(fakeCredentials());
    QVERIFY(saved.wait());
    QVERIFY(saved.first().first().toBool());
}

void TestWatchCli::emptyList()
{
    const CliRun result = watch({"list"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY2(result.out.startsWith("The watch list is empty."), result.out.constData());
    QCOMPARE(result.out.count('\n'), 1);
    QVERIFY(!QFile::exists(watchListPath())); // only looking creates nothing
}

void TestWatchCli::addListRemove()
{
    const CliRun added = watch({"add", DemoEvm, "--label", " Example fund ", "--chains", "1, 56"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.err.isEmpty());
    QCOMPARE(added.out, "Added “Example fund” (" + DemoEvm.toUtf8() + ") to the watch list on Ethereum, BNB Chain.\n");
    const CliRun second = watch({"add", DemoSolana, "--chains", "501"});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.out, "Added " + DemoSolana.toUtf8() + " to the watch list on Solana.\n");

    // The window reads the same file, and finds the entries as given.
    WatchList stored(m_bench.cli().appConfigDir());
    QVERIFY(stored.load().ok);
    const QList<WatchedAddress> expected{{DemoEvm, QStringLiteral("Example fund"), {"1", "56"}},
                                         {DemoSolana, QString(), {"501"}}};
    QCOMPARE(stored.entries(), expected);

    const CliRun listed = watch({"list"});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.err.isEmpty());
    const QList<QByteArray> lines = listed.out.split('\n');
    QCOMPARE(lines.size(), 4); // header, two entries, and the empty piece after the last line break
    QVERIFY(lines.at(0).startsWith("LABEL "));
    QVERIFY(lines.at(1).startsWith("Example fund "));
    QVERIFY(lines.at(2).startsWith("- "));
    // Aligned columns: each address and chain list starts under its title.
    const qsizetype addressColumn = lines.at(0).indexOf("ADDRESS");
    const qsizetype chainsColumn = lines.at(0).indexOf("CHAINS");
    QCOMPARE(lines.at(1).indexOf(DemoEvm.toUtf8()), addressColumn);
    QCOMPARE(lines.at(2).indexOf(DemoSolana.toUtf8()), addressColumn);
    QCOMPARE(lines.at(1).mid(chainsColumn), QByteArray("1,56"));
    QCOMPARE(lines.at(2).mid(chainsColumn), QByteArray("501"));

    // EVM addresses are found without regard to case.
    const CliRun removed = watch({"remove", DemoEvm.toUpper().replace(QLatin1String("0X"), QLatin1String("0x"))});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(removed.out, "Removed “Example fund” (" + DemoEvm.toUtf8() + ") from the watch list.\n");
    const CliRun remaining = watch({"list"});
    QCOMPARE(remaining.out.count('\n'), 2);
    QVERIFY(remaining.out.contains(DemoSolana.toUtf8()));
    QVERIFY(!remaining.out.contains(DemoEvm.toUtf8()));

    QCOMPARE(watch({"remove", DemoSolana}).exitCode, 0);
    QVERIFY(watch({"list"}).out.startsWith("The watch list is empty."));
}

void TestWatchCli::addRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString other = QStringLiteral("0x2222222222222222222222222222222222222222");
    QTest::newRow("evm address on solana") << QStringList{"add", other, "--chains", "1,501"}
                                           << "not a valid Solana address";
    QTest::newRow("short evm address") << QStringList{"add", "0x1234", "--chains", "1"} << "not a valid EVM address";
    QTest::newRow("evm address on tron") << QStringList{"add", other, "--chains", "195"} << "not a valid Tron address";
    QTest::newRow("tron with a letter O") << QStringList{"add", "THC51P1o4smEQb7oYJfuETBJWQFjwkWcxO", "--chains", "195"}
                                          << "not a valid Tron address";
    QTest::newRow("bitcoin bad checksum")
        << QStringList{"add", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", "--chains", "0"} << "checksum";
    QTest::newRow("duplicate in other case") << QStringList{"add", DemoEvm.toLower(), "--chains", "56"}
                                             << "already in the watch list (as “Fund”)";
    QTest::newRow("duplicate with another label") << QStringList{"add", DemoEvm, "--chains", "1", "--label", "Again"}
                                                  << "already in the watch list";
    QTest::newRow("unknown chain") << QStringList{"add", other, "--chains", "1,999999"} << "unknown chain 999999";
    QTest::newRow("chain not a number") << QStringList{"add", other, "--chains", "1,eth"} << "“eth” is not a chain index";
    QTest::newRow("no chains") << QStringList{"add", other} << "--chains";
    QTest::newRow("no address") << QStringList{"add", "--chains", "1"} << "watch add needs an address";
    QTest::newRow("blank address") << QStringList{"add", "  ", "--chains", "1"} << "watch add needs an address";
    QTest::newRow("two addresses") << QStringList{"add", other, DemoEvm, "--chains", "1"} << "unexpected argument";
    QTest::newRow("option of export") << QStringList{"add", other, "--chains", "1", "--output", "x"} << "output";
    QTest::newRow("no action") << QStringList{} << "add, remove, list, import or export";
    QTest::newRow("unknown action") << QStringList{"append", other} << "unknown watch action “append”";
}

void TestWatchCli::addRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1", "--label", "Fund"}).exitCode, 0);
    const QByteArray before = readFile(watchListPath());
    QVERIFY(!before.isEmpty());

    verifyFailure(watch(arguments), 2, message);
    QCOMPARE(readFile(watchListPath()), before);
}

void TestWatchCli::removeMissing()
{
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1"}).exitCode, 0);
    const QByteArray before = readFile(watchListPath());
    verifyFailure(watch({"remove", DemoSolana}), 2, DemoSolana + QLatin1String(" is not in the watch list"));
    verifyFailure(watch({"remove"}), 2, QStringLiteral("watch remove needs an address"));
    QCOMPARE(readFile(watchListPath()), before);
}

void TestWatchCli::corruptWatchList_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("kept");

    const QByteArray good = "{\"address\": \"" + DemoEvm.toUtf8() + "\", \"label\": \"Fund\", \"chains\": [\"1\"]}";
    QTest::newRow("not json") << QByteArray("garbage\x01\x02") << 0;
    QTest::newRow("truncated") << QByteArray("{\"version\": 1, \"addresses\": [" + good.left(30)) << 0;
    QTest::newRow("empty file") << QByteArray() << 0;
    QTest::newRow("newer version") << QByteArray("{\"version\": 2, \"addresses\": []}") << 0;
    QTest::newRow("no address list") << QByteArray("{\"version\": 1, \"addresses\": {}}") << 0;
    QTest::newRow("one bad entry") << QByteArray("{\"version\": 1, \"addresses\": [" + good + ", {\"label\": 3}]}") << 1;
}

void TestWatchCli::corruptWatchList()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, kept);
    QVERIFY(writeFile(watchListPath(), contents));

    // Said once on stderr; the command goes on with what could be kept, like the window.
    const CliRun listed = watch({"list"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QCOMPARE(listed.err.count('\n'), 1);
    QVERIFY2(listed.err.contains("watch") && listed.err.contains(".corrupt-"), listed.err.constData());
    QCOMPARE(listed.out.contains(DemoEvm.toUtf8()), kept == 1);
    QCOMPARE(listed.out.startsWith("The watch list is empty."), kept == 0);

    // The bad file is kept aside, byte for byte.
    const QStringList aside = QDir(m_bench.cli().appConfigDir()).entryList({QStringLiteral("watchlist.json.corrupt-*")});
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(QDir(m_bench.cli().appConfigDir()).filePath(aside.first())), contents);

    // And the list works again, with nothing more to say.
    const CliRun added = watch({"add", DemoSolana, "--chains", "501"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.err.isEmpty());
    QCOMPARE(watch({"list"}).out.count('\n'), 1 + kept + 1);
}

void TestWatchCli::failedSave()
{
    // A file where the app's folder belongs: the folder cannot be created, even by root.
    QVERIFY(writeFile(m_bench.cli().appConfigDir(), "in the way"));
    verifyFailure(watch({"add", DemoEvm, "--chains", "1"}), 5, QStringLiteral("cannot create the folder"));
    QCOMPARE(readFile(m_bench.cli().appConfigDir()), QByteArray("in the way"));
}

void TestWatchCli::fullDiskKeepsTheWatchList()
{
    QCOMPARE(watch({"add", DemoEvm, "--label", "Main", "--chains", "1"}).exitCode, 0);
    const QByteArray saved = readFile(watchListPath());

    m_bench.cli().setChildSetup([] { FileSizeLimit::apply(16); });
    const CliRun added = watch({"add", DemoSolana, "--chains", "501"});
    verifyFailure(added, 5, QStringLiteral("File too large"));
    QVERIFY(!added.out.contains("Added"));
    const CliRun removed = watch({"remove", DemoEvm});
    verifyFailure(removed, 5, QStringLiteral("File too large"));
    m_bench.cli().setChildSetup({});

    QCOMPARE(readFile(watchListPath()), saved);
    QCOMPARE(QDir(m_bench.cli().appConfigDir()).entryList(QDir::Files | QDir::Hidden), QStringList{"watchlist.json"});
    const CliRun listed = watch({"list"});
    QVERIFY(listed.out.contains(DemoEvm.toUtf8()));
    QVERIFY(!listed.out.contains(DemoSolana.toUtf8()));
}

void TestWatchCli::hostileLabelIsEscaped()
{
    // A label pasted from a hostile page: it must not retitle or clear the terminal when listed.
    const QString label = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\u202eEVIL");
    QCOMPARE(watch({"add", DemoEvm, "--label", label, "--chains", "1"}).exitCode, 0);
    const CliRun listed = watch({"list"});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains('\x1b') && !listed.out.contains('\x07'), listed.out.constData());
    QVERIFY2(listed.out.contains("\\x1b]0;pwned\\x07\\x1b[2J\\u202eEVIL"), listed.out.constData());
    const CliRun removed = watch({"remove", DemoEvm});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(!removed.out.contains('\x1b'), removed.out.constData());
}

void TestWatchCli::exportAllIsExact()
{
    QCOMPARE(watch({"add", OwnEvm, "--label", "Own", "--chains", "1,56"}).exitCode, 0);
    QCOMPARE(watch({"add", OwnSolana, "--chains", "501"}).exitCode, 0);

    const CliRun result = exportAll();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());
    // Both addresses' holdings in one CSV, sorted together by exact value, unpriced last, the risk
    // token left out, and nothing from a chain the entry does not watch.
    const QByteArray evm = OwnEvm.toLower().toUtf8();
    const QByteArray solana = OwnSolana.toUtf8();
    const QList<QByteArray> expected{
        CsvHeader,
        solana + ",501,Solana,SOL,,20,,150.5,3010,false",
        evm + ",1,Ethereum,ETH,,1.5,,2000.25,3000.375,false",
        evm + ",1,Ethereum,USDC,0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48,100.000001,,0.9999,99.9900009999,false",
        solana + ",501,Solana,BONK,DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263,1000000,,0.00002,20,false",
        evm + ",56,BNB Chain,CAKE,0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82,10,,0,,false",
    };
    QCOMPARE(csvLines(result.out), expected);
    // One balance request per address, each on its own chains; the chains are all in the built-in
    // table, so no chain list is asked for.
    QCOMPARE(m_bench.server()->requestCount(), 2);

    const CliRun withRisk = exportAll({"--include-risk"});
    QCOMPARE(withRisk.exitCode, 0);
    QCOMPARE(csvLines(withRisk.out).at(1), evm + ",56,BNB Chain,SCAM,0x5ca0000000000000000000000000000000000000,"
                                                 "1000000,,5,5000000,true");
}

void TestWatchCli::windowExportIsTheCommandLinesExport()
{
    QCOMPARE(watch({"add", OwnEvm, "--label", "Own", "--chains", "1,56"}).exitCode, 0);
    QCOMPARE(watch({"add", OwnSolana, "--chains", "501"}).exitCode, 0);

    // The window's pieces over the same watch list and server: refreshed into a store, exported.
    WatchList list(m_bench.cli().appConfigDir());
    QVERIFY(list.load().ok);
    PortfolioStore store;
    store.setWatched(list.entries());
    BalanceClient client;
    ClientConfig config;
    config.baseUrl = m_bench.server()->baseUrl();
    config.credentials = fakeCredentials();
    config.requestsPerSecond = 1000;
    client.setConfig(config);
    RefreshController refresh(&client, &store);
    QSignalSpy finished(&refresh, &RefreshController::finished);
    refresh.refresh();
    QVERIFY(finished.wait(10000));
    QVERIFY(refresh.failures().isEmpty());

    QTemporaryDir folder;
    AppSettings settings(QDir(folder.path()).filePath(QStringLiteral("settings.json")));
    QStringListModel noView;
    HoldingsExporter exporter(&store, &noView, &settings, nullptr);
    for (const bool risk : {false, true}) {
        const QString path = QDir(folder.path()).filePath(risk ? QStringLiteral("risk.csv") : QStringLiteral("plain.csv"));
        QString error;
        QVERIFY2(exporter.exportTo(path, ExportDialog::Scope::AllAddresses, risk, &error), qPrintable(error));
        const CliRun cli = exportAll(risk ? QStringList{"--include-risk"} : QStringList{});
        QCOMPARE(cli.exitCode, 0);
        // Byte for byte: the same rows, order, address column, chain names and risk rule.
        QCOMPARE(readFile(path), cli.out);
    }
}

void TestWatchCli::exportAllOfDemoAddresses()
{
    QCOMPARE(watch({"add", DemoEvm, "--label", "Example fund", "--chains", "1"}).exitCode, 0);
    QCOMPARE(watch({"add", DemoSolana, "--label", "Solana wallet", "--chains", "501"}).exitCode, 0);

    const CliRun all = exportAll();
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QList<QByteArray> rows = csvLines(all.out);
    QCOMPARE(rows.takeFirst(), CsvHeader);

    // The same rows as the two single exports together …
    QList<QByteArray> single;
    for (const auto &[address, chain] : {std::pair{DemoEvm, "1"}, std::pair{DemoSolana, "501"}}) {
        const CliRun one = m_bench.cli().run({"export", "--address", address, "--chains", chain, "--base-url",
                                      m_bench.server()->baseUrl().toString(), "--rps", "1000"},
                                     fakeCredentials());
        QCOMPARE(one.exitCode, 0);
        single += csvLines(one.out).mid(1);
    }
    QCOMPARE(rows.size(), 36);
    QList<QByteArray> sortedRows = rows;
    std::sort(sortedRows.begin(), sortedRows.end());
    std::sort(single.begin(), single.end());
    QCOMPARE(sortedRows, single);

    // … sorted together by their exact value, highest first, the unpriced ones last.
    std::optional<Decimal> previous;
    bool unpricedSeen = false;
    for (const QByteArray &row : std::as_const(rows)) {
        const QList<QByteArray> cells = row.split(',');
        QCOMPARE(cells.size(), 10);
        if (cells.at(8).isEmpty()) {
            unpricedSeen = true;
            continue;
        }
        QVERIFY(!unpricedSeen);
        const Decimal value = *Decimal::parse(QString::fromLatin1(cells.at(8)));
        QCOMPARE(value, *Decimal::parse(QString::fromLatin1(cells.at(5))) * *Decimal::parse(QString::fromLatin1(cells.at(7))));
        QVERIFY(!previous || value <= *previous);
        previous = value;
    }
    QVERIFY(unpricedSeen);
}

void TestWatchCli::exportAllWithEmptyList()
{
    const QString output = m_bench.homeFile(QStringLiteral("all.csv"));
    verifyFailure(exportAll({"--output", output}), 2, QStringLiteral("the watch list is empty"));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(m_bench.server()->requestCount(), 0);
}

void TestWatchCli::exportAllWhenOneAddressFails()
{
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1"}).exitCode, 0);
    QCOMPARE(watch({"add", DemoSolana, "--chains", "501"}).exitCode, 0);
    const QDir outputDir(m_bench.homeFile(QStringLiteral("out")));
    const QString output = outputDir.filePath(QStringLiteral("all.csv"));
    QVERIFY(writeFile(output, "old contents\n"));

    // At 10 requests per second the requests arrive in the order they are made: the first address,
    // then the second (their chains are in the built-in table, so no chain list is asked for). The
    // first fails.
    m_bench.server()->injectFault({LocalOkxServer::Fault::Kind::OkxError, 0, QStringLiteral("81001"),
                           QStringLiteral("Incorrect parameter"), 0, -1},
                          1);
    const CliRun result = exportAll({"--output", output, "--retries", "0"}, QStringLiteral("10"));
    verifyFailure(result, 3, DemoEvm + QLatin1String(": "));
    QVERIFY(result.err.contains("81001"));

    QCOMPARE(readFile(output), QByteArray("old contents\n"));
    QCOMPARE(outputDir.entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("all.csv")});
}

void TestWatchCli::exportAllOfHandEditedList_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("checkedLocally");

    QTest::newRow("address not for its chain") << DemoEvm << "501" << "not a valid Solana address" << true;
    // Only OKX's chain list can tell, so it is asked.
    QTest::newRow("unknown chain") << DemoEvm << "999999" << DemoEvm + ": unknown chain 999999" << false;
}

void TestWatchCli::exportAllOfHandEditedList()
{
    QFETCH(QString, address);
    QFETCH(QString, chain);
    QFETCH(QString, message);
    QFETCH(bool, checkedLocally);
    // The list itself refuses such entries, but its file may have been edited by hand.
    const QByteArray entry = "{\"address\": \"" + address.toUtf8() + "\", \"chains\": [\"" + chain.toUtf8() + "\"]}";
    QVERIFY(writeFile(watchListPath(), "{\"version\": 1, \"addresses\": [" + entry + "]}"));

    verifyFailure(exportAll(), 2, message);
    QCOMPARE(m_bench.server()->requestCount() == 0, checkedLocally);
}

void TestWatchCli::storedCredentials()
{
    storeCredentials();
    m_bench.cli().setHome(m_storedHome.path());
    const QStringList total{"total", "--address", DemoEvm, "--chains", "1", "--base-url",
                            m_bench.server()->baseUrl().toString(), "--rps", "1000"};

    // No variable set: the secrets the window stored, and its project id for the wallet API.
    const CliRun stored = m_bench.cli().run(total);
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const CliRun wallet = m_bench.cli().run(total + QStringList{"--api", "wallet"});
    QVERIFY2(wallet.exitCode == 0, wallet.err.constData());
    QCOMPARE(wallet.out, stored.out);
    QCOMPARE(m_bench.server()->authFailureCount(), 0);
}

void TestWatchCli::environmentOverridesStored()
{
    storeCredentials();
    m_bench.cli().setHome(m_storedHome.path());
    const QStringList total{"total", "--address", DemoEvm, "--chains", "1", "--base-url",
                            m_bench.server()->baseUrl().toString(), "--rps", "1000", "--retries", "0"};

    // One variable set: it wins over the stored value, the others still come from the store.
    Credentials secret;
    secret.secretKey = fakeCredentials().secretKey + QLatin1String("X");
    verifyFailure(m_bench.cli().run(total, secret), 3, QStringLiteral("50113"));

    Credentials project;
    project.projectId = QStringLiteral("another-project");
    verifyFailure(m_bench.cli().run(total + QStringList{"--api", "wallet"}, project), 3, QStringLiteral("50014"));

    // All three set and right: the store is not needed, and the result is the same.
    QCOMPARE(m_bench.run(total).exitCode, 0);
    QCOMPARE(m_bench.server()->authFailureCount(), 2);
}


void TestWatchCli::exportImportRoundTrip()
{
    // Labels a CSV must quote, a spreadsheet must not evaluate, and that must come back as they were.
    const QList<WatchedAddress> entries{
        {DemoEvm, QStringLiteral("Fund, \"main\""), {"1", "56", "8453"}},
        {DemoSolana, QStringLiteral("=HYPERLINK(\"http://x\")"), {"501"}},
        {Tron, QStringLiteral("'=already quoted"), {"195"}},
        {Bitcoin, QStringLiteral("two\nlines ＆ 中文"), {"0"}},
        {OwnEvm, QString(), {"1"}},
    };
    for (const WatchedAddress &entry : entries) {
        QStringList arguments{"add", entry.address, "--chains", entry.chainIndexes.join(u',')};
        if (!entry.label.isEmpty())
            arguments += {"--label", entry.label};
        const CliRun added = watch(arguments);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    QCOMPARE(storedEntries(), entries);

    const QString file = m_bench.homeFile(QStringLiteral("watchlist.csv"));
    const CliRun exported = watch({"export", "--output", file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.isEmpty());
    const QByteArray csv = readFile(file);
    QVERIFY(csv.startsWith(WatchCsvHeader));
    QVERIFY2(csv.contains(DemoEvm.toUtf8() + ",1;56;8453,\"Fund, \"\"main\"\"\"\r\n"), csv.constData());
    // The formula guard of the holdings CSV: a spreadsheet shows these labels instead of running them.
    QVERIFY2(csv.contains(DemoSolana.toUtf8() + ",501,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"), csv.constData());
    QVERIFY2(csv.contains(Tron.toUtf8() + ",195,''=already quoted\r\n"), csv.constData());
    QVERIFY2(csv.endsWith(OwnEvm.toUtf8() + ",1,\r\n"), csv.constData());
    // Without --output, the same bytes on stdout.
    QCOMPARE(watch({"export"}).out, csv);

    // Into an empty watch list (a new home): the same list, in the same order.
    init();
    const CliRun imported = importCsv(csv);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.err.isEmpty());
    QCOMPARE(imported.out, QByteArray("Addresses added: 5.\n"));
    QCOMPARE(storedEntries(), entries);
    const CliRun again = watch({"export"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, csv);
}

void TestWatchCli::importRefusesABadLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    const QByteArray good = DemoSolana.toUtf8() + ",501,Solana\r\n";
    QTest::newRow("address not for its chain") << WatchCsvHeader + good + DemoEvm.toUtf8() + ",501,x\r\n"
                                               << "line 3: For Solana (chain 501): " + DemoEvm + " is not a valid Solana address";
    QTest::newRow("mistyped tron") << WatchCsvHeader + good + "THC51P1o4smEQb7oYJfuETBJWQFjwkWcxO,195,\r\n"
                                   << "line 3: For Tron (chain 195): THC51P1o4smEQb7oYJfuETBJWQFjwkWcxO is not a valid Tron address";
    QTest::newRow("chain not a number") << WatchCsvHeader + good + Tron.toUtf8() + ",1;tron,\r\n"
                                        << "line 3: “tron” is not a chain index";
    QTest::newRow("no chains") << WatchCsvHeader + good + Tron.toUtf8() + ",,x\r\n"
                               << "line 3: Choose at least one chain";
    QTest::newRow("two fields") << WatchCsvHeader + good + Tron.toUtf8() + ",195\r\n"
                                << "line 3: expected 3 fields (address,chains,label), found 2";
    // The line a record starts on, counting the line break inside a quoted label.
    QTest::newRow("after a two-line label") << WatchCsvHeader + Tron.toUtf8() + ",195,\"a\r\nb\"\r\n0x12,1,\r\n"
                                            << "line 4: For Ethereum (chain 1): 0x12 is not a valid EVM address";
    QTest::newRow("no header") << good << "line 1: the first line must be the header address,chains,label";
    QTest::newRow("empty file") << QByteArray() << "line 1: the first line must be the header";
}

void TestWatchCli::importRefusesABadLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1", "--label", "Fund"}).exitCode, 0);
    const QByteArray before = readFile(watchListPath());

    const CliRun result = importCsv(csv);
    verifyFailure(result, 2, QStringLiteral("nothing was imported: "));
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    // All or nothing: not even the good line before it was added.
    QCOMPARE(readFile(watchListPath()), before);
}

void TestWatchCli::importSkipsDuplicates()
{
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1", "--label", "Fund"}).exitCode, 0);
    const QByteArray csv = WatchCsvHeader
        + DemoEvm.toLower().toUtf8() + ",1;56,Other label\r\n"   // watched already, in another case
        + DemoSolana.toUtf8() + ",501,Solana\r\n"
        + DemoSolana.toUtf8() + ",501,Solana again\r\n";     // twice in the file
    const CliRun result = importCsv(csv);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());
    QCOMPARE(result.out, "Skipped line 2: " + DemoEvm.toLower().toUtf8() + ", already watched as “Fund”.\n"
                         "Skipped line 4: " + DemoSolana.toUtf8() + ", repeats line 3.\n"
                         "Addresses added: 1. Skipped as already watched or repeated: 2.\n");
    const QList<WatchedAddress> expected{{DemoEvm, QStringLiteral("Fund"), {"1"}},
                                         {DemoSolana, QStringLiteral("Solana"), {"501"}}};
    QCOMPARE(storedEntries(), expected);

    // Nothing new: nothing is written, and that is no failure.
    const QByteArray before = readFile(watchListPath());
    const CliRun again = importCsv(csv);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.endsWith("Addresses added: 0. Skipped as already watched or repeated: 3.\n"));
    QCOMPARE(readFile(watchListPath()), before);
}

void TestWatchCli::importReadsBomCrlfAndQuotedLabels()
{
    // As a spreadsheet saves it: a byte-order mark, CRLF, every field quoted, a label over two lines.
    const QByteArray csv = "\xEF\xBB\xBF\"address\",\"chains\",\"label\"\r\n"
                           "\"" + DemoEvm.toUtf8() + "\",\"1;56\",\"Fund, \"\"main\"\"\"\r\n"
                           "\r\n"
                           + DemoSolana.toUtf8() + ",501,\"first\r\nsecond\"\r\n"
                           + Tron.toUtf8() + ",195,\"'+1 trick\"";   // no line break at the end
    const CliRun result = importCsv(csv);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<WatchedAddress> expected{{DemoEvm, QStringLiteral("Fund, \"main\""), {"1", "56"}},
                                         {DemoSolana, QStringLiteral("first\r\nsecond"), {"501"}},
                                         {Tron, QStringLiteral("+1 trick"), {"195"}}};
    QCOMPARE(storedEntries(), expected);

    // LF line ends, as Unix tools write them, read the same.
    init();
    QByteArray unix = csv;
    unix.replace("\r\n", "\n");
    QCOMPARE(importCsv(unix).exitCode, 0);
    QCOMPARE(storedEntries().at(1).label, QStringLiteral("first\nsecond"));
}

void TestWatchCli::importRefusesHostileFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");

    const QByteArray row = DemoSolana.toUtf8() + ",501,x\r\n";
    QTest::newRow("larger than 4 MiB") << WatchCsvHeader + QByteArray(5 * 1024 * 1024, 'a') << "larger than 4 MiB";
    QTest::newRow("one endless line") << WatchCsvHeader + row + DemoEvm.toUtf8() + ",1," + QByteArray(3 * 1024 * 1024, 'x')
                                      << "line 3: a field is longer than 4097 characters";
    QTest::newRow("endless quoted field") << WatchCsvHeader + DemoEvm.toUtf8() + ",1,\"" + QByteArray(100000, '\n')
                                          << "line 2: a field is longer than 4097 characters";
    QTest::newRow("quote never closed") << WatchCsvHeader + row + DemoEvm.toUtf8() + ",1,\"open\r\n" + row
                                        << "line 3: a quoted field is never closed";
    QTest::newRow("text after a quote") << WatchCsvHeader + DemoEvm.toUtf8() + ",1,\"a\"b\r\n"
                                        << "line 2: text after the closing quote";
    QTest::newRow("stray quote") << WatchCsvHeader + DemoEvm.toUtf8() + ",1,a\"b\r\n"
                                 << "line 2: a quote inside a field";
    QTest::newRow("not utf-8") << WatchCsvHeader + DemoEvm.toUtf8() + ",1,\xff\xfe\r\n" << "not UTF-8 text";
    QByteArray many = WatchCsvHeader;
    for (int i = 0; i <= 10000; ++i)
        many += "0x" + QByteArray::number(i).rightJustified(40, '0') + ",1,\n";
    QTest::newRow("more than 10,000 lines") << many << "line 10002: more than 10000 addresses in one file";
}

void TestWatchCli::importRefusesHostileFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1"}).exitCode, 0);
    const QByteArray before = readFile(watchListPath());
    verifyFailure(importCsv(csv), 2, message);
    QCOMPARE(readFile(watchListPath()), before);
    verifyFailure(watch({"import", m_bench.homeFile(QStringLiteral("missing.csv"))}), 2,
                  QStringLiteral("cannot read"));
}

void TestWatchCli::exportOnAFullDiskKeepsTheOldFile()
{
    QCOMPARE(watch({"add", DemoEvm, "--label", "Main", "--chains", "1"}).exitCode, 0);
    const QString file = m_bench.homeFile(QStringLiteral("out/watchlist.csv"));
    QVERIFY(writeFile(file, "old contents\n"));

    m_bench.cli().setChildSetup([] { FileSizeLimit::apply(16); });
    verifyFailure(watch({"export", "--output", file}), 5, QStringLiteral("File too large"));
    m_bench.cli().setChildSetup({});
    QCOMPARE(readFile(file), QByteArray("old contents\n"));
    QCOMPARE(QDir(QFileInfo(file).path()).entryList(QDir::Files | QDir::Hidden), QStringList{"watchlist.csv"});
}

void TestWatchCli::exportToAnUnwritablePath()
{
    QCOMPARE(watch({"add", DemoEvm, "--chains", "1"}).exitCode, 0);
    // A file where the folder should be: not even root can write below it.
    const QString blocker = m_bench.homeFile(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "in the way"));
    verifyFailure(watch({"export", "--output", blocker + QLatin1String("/watchlist.csv")}), 5, QStringLiteral("blocker"));
    QCOMPARE(readFile(blocker), QByteArray("in the way"));
    verifyFailure(watch({"export", "--output", ""}), 2, QStringLiteral("--output needs a file name"));
}

QTEST_GUILESS_MAIN(TestWatchCli)
#include "tst_watchcli.moc"
