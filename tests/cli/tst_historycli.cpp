#include "cliserverbench.h"
#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"
#include "storage/snapshotcache.h"
#include "storage/verdictstore.h"
#include "storage/valuehistory.h"
#include "support/closedport.h"
#include "support/historyversion1.h"
#include "support/testassets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

const QString OwnEvm = QStringLiteral("0xaBcd000000000000000000000000000000000001");
const QString OwnSolana = QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
const QString DemoEvm = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");
// Totals of OwnEvm's two portfolios (ETH × price + USDC × price; the risk and unpriced tokens left
// out), and their difference: 24+ significant digits, checked to the last one.
const QByteArray FirstTotal = "1003790.855093870849818911961877443738116046098519563135";
const QByteArray SecondTotal = "1006932.447747460643057374605260443738116046098519563135";
const QByteArray Change = "+3141.592653589793238462643383";
// FirstTotal at the demo server's USD/CNY rate, 7.1543, worked out by hand.
const QByteArray FirstTotalCny = "7181420.9145980802208594418488597957356036286026385105367305";

QList<TokenAsset> ownEvmHoldings(const QString &ethBalance)
{
    const QString owner = OwnEvm.toLower();
    return {
        TestAssets::ownedBy(owner, TestAssets::asset("1", "", "ETH", ethBalance, "3141.592653589793238462643383")),
        TestAssets::ownedBy(owner, TestAssets::asset("1", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USDC",
                                                     "1000000.000001", "0.999912345678901234567891")),
        TestAssets::ownedBy(owner, TestAssets::asset("56", "0x5ca0000000000000000000000000000000000000", "SCAM",
                                                     "1000000", "5", true)),
        TestAssets::ownedBy(owner, TestAssets::asset("56", "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82", "CAKE", "10", "0")),
    };
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The whitespace-separated cells of a `refresh` line. */
QList<QByteArray> cells(const QByteArray &line)
{
    return line.simplified().split(' ');
}

} // namespace

/**
 * The value history from the command line, with the real okx-wallet-viewer run as a process:
 * `refresh` records every watched address (one failing leaves the others recorded), `history`
 * writes them exactly, `export --at` gives the balance at a date, and a damaged history file is
 * reported and left byte-identical. Each refresh keeps the USD/CNY rate fetched with it, so
 * `history --fiat CNY` converts each total at the rate of its day, and a version-1 history (no rates)
 * is upgraded by the first refresh, its old totals left without CNY.
 */
class TestHistoryCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refreshRecordsAndHistoryIsExact();
    void refreshCountsUnderTheVerdicts();
    void holdingsAreTheExportsRows();
    void exportAtADate();
    void refreshWithFailingAddresses_data();
    void refreshWithFailingAddresses();
    void refused_data();
    void refused();
    void damagedHistoryIsLeftAlone();
    void refreshRecordsTheRate();
    void refreshWithoutTheRateStillRecords();
    void version1HistoryAndTwoRates();

private:
    CliRun run(const QStringList &arguments);
    CliRun refresh(const QStringList &arguments = {}, const QString &rps = QStringLiteral("1000"));
    void watch(const QString &address, const QString &label, const QString &chains);
    QString historyPath() const;

    CliServerBench m_bench;
};

void TestHistoryCli::initTestCase()
{
    QVERIFY(m_bench.start());
}

void TestHistoryCli::init()
{
    QVERIFY(m_bench.beginTestInFreshHome());
    m_bench.server()->setPortfolio(OwnEvm, ownEvmHoldings(QStringLiteral("1.234567890123456789012345")));
    m_bench.server()->setPortfolio(OwnSolana, {TestAssets::ownedBy(OwnSolana, TestAssets::asset("501", "", "SOL", "20", "150.5"))});
}

void TestHistoryCli::cleanup()
{
    m_bench.endTest();
}

CliRun TestHistoryCli::run(const QStringList &arguments)
{
    return m_bench.run(arguments);
}

CliRun TestHistoryCli::refresh(const QStringList &arguments, const QString &rps)
{
    // The local server stands for OKX's exchange site too: a test never reaches the internet.
    return run(QStringList{"refresh", "--base-url", m_bench.server()->baseUrl().toString(), "--rate-url",
                           m_bench.server()->baseUrl().toString(), "--rps", rps}
               + arguments);
}

void TestHistoryCli::watch(const QString &address, const QString &label, const QString &chains)
{
    QStringList arguments{"watch", "add", address, "--chains", chains};
    if (!label.isEmpty())
        arguments += {"--label", label};
    const CliRun added = run(arguments);
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

QString TestHistoryCli::historyPath() const
{
    return m_bench.homeFile(QStringLiteral("data/okx-wallet-viewer/history.sqlite"));
}

void TestHistoryCli::refreshRecordsAndHistoryIsExact()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    watch(OwnSolana, {}, QStringLiteral("501"));

    const CliRun first = refresh();
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.err.isEmpty());
    QList<QByteArray> lines = csvLines(first.out);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(cells(lines.at(0)), (QList<QByteArray>{"Own", FirstTotal, "new"}));
    QCOMPARE(cells(lines.at(1)), (QList<QByteArray>{OwnSolana.toUtf8(), "3010", "new"}));
    // The two addresses, and the USD/CNY rate fetched with them.
    QCOMPARE(m_bench.server()->requestCount(), 3);

    // The window starts from what the run fetched.
    const std::optional<CachedSnapshot> cached =
        SnapshotCache(QDir(m_bench.cli().appCacheDir()).filePath(QStringLiteral("snapshots"))).load(OwnEvm);
    QVERIFY(cached);
    QCOMPARE(cached->assets.size(), 4);
    QCOMPARE(cached->chainIndexes, (QStringList{"1", "56"}));

    m_bench.server()->setPortfolio(OwnEvm, ownEvmHoldings(QStringLiteral("2.234567890123456789012345")));
    const CliRun second = refresh();
    QVERIFY2(second.exitCode == 0, second.err.constData());
    lines = csvLines(second.out);
    QCOMPARE(cells(lines.at(0)), (QList<QByteArray>{"Own", SecondTotal, Change}));
    QCOMPARE(cells(lines.at(1)), (QList<QByteArray>{OwnSolana.toUtf8(), "3010", "0"}));

    const CliRun history = run({"history"});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    QVERIFY(history.err.isEmpty());
    const QList<QByteArray> rows = csvLines(history.out);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), QByteArray("time,address,label,totalUsd"));
    const QRegularExpression isoUtc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QStringList times;
    for (const QByteArray &row : rows.mid(1)) {
        const QString time = QString::fromUtf8(row.split(',').first());
        QVERIFY2(isoUtc.match(time).hasMatch(), row.constData());
        times.append(time);
    }
    QStringList sorted = times;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(times, sorted); // oldest first
    QCOMPARE(rows.at(1).mid(24), ',' + OwnEvm.toUtf8() + ",Own," + FirstTotal);
    QCOMPARE(rows.at(2).mid(24), ',' + OwnSolana.toUtf8() + ",,3010");
    QCOMPARE(rows.at(3).mid(24), ',' + OwnEvm.toUtf8() + ",Own," + SecondTotal);

    // One address (EVM without regard to case), and a time range with both ends included.
    const CliRun one = run({"history", "--address", OwnEvm.toLower(), "--since", times.at(2)});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(csvLines(one.out), (QList<QByteArray>{"time,address,label,totalUsd", rows.at(3)}));
    const CliRun range = run({"history", "--since", times.at(0), "--until", times.at(1)});
    QCOMPARE(csvLines(range.out), rows.mid(0, 3));
    const QString output = m_bench.homeFile(QStringLiteral("history.csv"));
    QCOMPARE(run({"history", "--output", output}).exitCode, 0);
    QCOMPARE(readFile(output), history.out);
}

void TestHistoryCli::refreshCountsUnderTheVerdicts()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    const CliRun before = refresh();
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QCOMPARE(cells(csvLines(before.out).at(0)), (QList<QByteArray>{"Own", FirstTotal, "new"}));

    // USDC marked as spam, SCAM (flagged by OKX) trusted.
    const QList<TokenAsset> holdings = ownEvmHoldings(QStringLiteral("1.234567890123456789012345"));
    const TokenAsset &usdc = holdings.at(1);
    const TokenAsset &scam = holdings.at(2);
    VerdictStore verdicts(m_bench.cli().appConfigDir());
    QVERIFY(verdicts.load().isEmpty());
    QVERIFY(verdicts.setVerdict(usdc, TokenVerdict::Spam).isEmpty());
    QVERIFY(verdicts.setVerdict(scam, TokenVerdict::Trusted).isEmpty());
    const Decimal expected = *Decimal::parse(QString::fromLatin1(FirstTotal)) - usdc.valueUsd() + scam.valueUsd();

    // The holdings did not change, and neither did the total under the same verdicts: a verdict
    // given since the last run is no change of value.
    const CliRun judged = refresh();
    QVERIFY2(judged.exitCode == 0, judged.err.constData());
    QVERIFY(judged.err.isEmpty());
    QCOMPARE(cells(csvLines(judged.out).at(0)), (QList<QByteArray>{"Own", expected.toPlainString().toUtf8(), "0"}));
    // The same total as `total`, which counts by the same rule.
    const CliRun total = run({"total", "--address", OwnEvm, "--chains", "1,56", "--base-url",
                              m_bench.server()->baseUrl().toString(), "--rps", "1000"});
    QVERIFY2(total.exitCode == 0, total.err.constData());
    QCOMPARE(total.out, expected.toPlainString().toUtf8() + '\n');

    // The history keeps OKX's flags: both refreshes recorded the same total.
    const QList<QByteArray> rows = csvLines(run({"history"}).out);
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1).endsWith(",Own," + FirstTotal));
    QVERIFY(rows.at(2).endsWith(",Own," + FirstTotal));
}

void TestHistoryCli::holdingsAreTheExportsRows()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    QCOMPARE(refresh().exitCode, 0);
    const CliRun holdings = run({"history", "--holdings"});
    QVERIFY2(holdings.exitCode == 0, holdings.err.constData());
    const CliRun exported = run({"export", "--address", OwnEvm, "--chains", "1,56", "--base-url",
                                 m_bench.server()->baseUrl().toString(), "--rps", "1000"});
    QCOMPARE(exported.exitCode, 0);

    // The export's header and rows (one piece of code), each after the refresh's time.
    const QList<QByteArray> rows = csvLines(holdings.out);
    const QList<QByteArray> exportRows = csvLines(exported.out);
    QCOMPARE(rows.first(), "time," + CsvHeader);
    QCOMPARE(rows.size(), exportRows.size());
    for (qsizetype i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).mid(rows.at(i).indexOf(',') + 1), exportRows.at(i));

    // Risk tokens only when asked for, as in the export.
    const CliRun withRisk = run({"history", "--holdings", "--include-risk"});
    QCOMPARE(csvLines(withRisk.out).size(), rows.size() + 1);
    QVERIFY(withRisk.out.contains(",SCAM,"));
}

void TestHistoryCli::exportAtADate()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    watch(OwnSolana, {}, QStringLiteral("501"));
    QCOMPARE(refresh().exitCode, 0);
    const CliRun before = run({"export", "--all", "--base-url", m_bench.server()->baseUrl().toString(), "--rps", "1000"});
    QCOMPARE(before.exitCode, 0);
    const QByteArray firstTime = csvLines(run({"history"}).out).at(2).split(',').first();

    m_bench.server()->setPortfolio(OwnEvm, ownEvmHoldings(QStringLiteral("2.234567890123456789012345")));
    QCOMPARE(refresh().exitCode, 0);
    m_bench.server()->resetCounters();

    // The last holdings recorded at or before the time: the first refresh's, the same CSV as its export.
    const CliRun at = run({"export", "--at", QString::fromLatin1(firstTime), "--all"});
    QVERIFY2(at.exitCode == 0, at.err.constData());
    QCOMPARE(at.out, before.out);
    const QString output = m_bench.homeFile(QStringLiteral("at.csv"));
    QCOMPARE(run({"export", "--at", "2999-01-01", "--address", OwnSolana, "--output", output}).exitCode, 0);
    QVERIFY(readFile(output).contains(",SOL,"));
    QCOMPARE(m_bench.server()->requestCount(), 0); // no request: it is all in the history

    verifyFailure(run({"export", "--at", "2000-01-01", "--all", "--output", output}), 2,
                  QStringLiteral("no holdings of %1 are recorded at or before 2000-01-01T00:00:00.000Z").arg(OwnEvm));
    QVERIFY(readFile(output).contains(",SOL,")); // the old file stays
}

void TestHistoryCli::refreshWithFailingAddresses_data()
{
    QTest::addColumn<QList<DemoFault>>("faults");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const DemoFault refused{DemoFault::Kind::OkxError, 0, QStringLiteral("81001"), QStringLiteral("Incorrect parameter"), 0, -1};
    const DemoFault malformed{DemoFault::Kind::MalformedJson, 0, {}, {}, 0, -1};
    QTest::newRow("refused") << QList<DemoFault>{refused} << 3 << "81001";
    QTest::newRow("malformed") << QList<DemoFault>{malformed} << 4 << "malformed";
    // Two addresses fail: the exit code of the worst.
    QTest::newRow("both") << QList<DemoFault>{refused, malformed} << 4 << "81001";
}

void TestHistoryCli::refreshWithFailingAddresses()
{
    QFETCH(QList<DemoFault>, faults);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    watch(OwnSolana, {}, QStringLiteral("501"));
    watch(DemoEvm, QStringLiteral("Demo"), QStringLiteral("1"));
    // At 10 requests per second the requests arrive in the watch list's order: the first addresses fail.
    for (const DemoFault &fault : faults)
        m_bench.server()->injectFault(fault, 1);
    const CliRun result = refresh({"--retries", "0"}, QStringLiteral("10"));
    QCOMPARE(result.exitCode, exitCode);
    // Every address has its line; the failures have theirs on stderr, naming the address.
    const QList<QByteArray> lines = csvLines(result.out);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(cells(lines.at(0)), (QList<QByteArray>{"Own", "failed"}));
    QCOMPARE(cells(lines.at(2)).mid(2), QList<QByteArray>{"new"});
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.err.contains(OwnEvm.toUtf8() + ": "), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message, Qt::CaseInsensitive), result.err.constData());

    // The others are recorded all the same.
    const QList<QByteArray> rows = csvLines(run({"history"}).out);
    QCOMPARE(rows.size(), 1 + 3 - faults.size());
    QVERIFY(!run({"history"}).out.contains(OwnEvm.toUtf8()));
    QVERIFY(rows.last().contains(DemoEvm.toUtf8()));
}

void TestHistoryCli::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad since") << QStringList{"history", "--since", "yesterday"} << "--since needs an ISO 8601";
    QTest::newRow("bad until") << QStringList{"history", "--until", "2024-13-01"} << "--until needs an ISO 8601";
    QTest::newRow("since after until") << QStringList{"history", "--since", "2024-05-02", "--until", "2024-05-01"}
                                       << "--since is later than --until";
    QTest::newRow("unknown address") << QStringList{"history", "--address", OwnEvm} << "no value is recorded for";
    QTest::newRow("risk without holdings") << QStringList{"history", "--include-risk"} << "--holdings";
    QTest::newRow("bad at") << QStringList{"export", "--at", "05/01/2024", "--all"} << "--at needs an ISO 8601";
    QTest::newRow("at with chains") << QStringList{"export", "--at", "2024-05-01", "--address", OwnEvm, "--chains", "1"}
                                    << "no --chains";
    QTest::newRow("at without address") << QStringList{"export", "--at", "2024-05-01"} << "--address or --all";
    QTest::newRow("at, nothing recorded") << QStringList{"export", "--at", "2024-05-01", "--address", OwnEvm}
                                          << "no holdings of";
    QTest::newRow("refresh of the demo") << QStringList{"refresh", "--demo"} << "no --demo";
}

void TestHistoryCli::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    watch(OwnSolana, {}, QStringLiteral("501"));
    QCOMPARE(refresh().exitCode, 0);
    verifyFailure(run(arguments), 2, message);
}

void TestHistoryCli::damagedHistoryIsLeftAlone()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    const QByteArray garbage = QByteArray("not a database, whatever it was\n").repeated(200);
    QVERIFY(QDir().mkpath(QFileInfo(historyPath()).path()));
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
    file.close();

    verifyFailure(run({"history"}), 2, QStringLiteral("cannot be used"));
    // The refresh still fetches, prints and caches; the history's failure is its exit code and line.
    const CliRun refreshed = refresh();
    QCOMPARE(refreshed.exitCode, 5);
    QCOMPARE(cells(csvLines(refreshed.out).at(0)), (QList<QByteArray>{"Own", FirstTotal, "?"}));
    QVERIFY2(refreshed.err.contains(QDir::toNativeSeparators(historyPath()).toUtf8()), refreshed.err.constData());
    QCOMPARE(refreshed.err.count('\n'), 1);
    QVERIFY(SnapshotCache(QDir(m_bench.cli().appCacheDir()).filePath(QStringLiteral("snapshots"))).load(OwnEvm));

    QCOMPARE(readFile(historyPath()), garbage);
    QCOMPARE(QDir(QFileInfo(historyPath()).path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("history.sqlite")});
}

void TestHistoryCli::refreshRecordsTheRate()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    QCOMPARE(refresh().exitCode, 0);
    QCOMPARE(m_bench.server()->requestLog().count(QStringLiteral("/api/v5/market/exchange-rate")), 1);
    // The next refresh within the hour records the same rate without asking again.
    m_bench.server()->setExchangeRate(QStringLiteral("9"));
    QCOMPARE(refresh().exitCode, 0);
    QCOMPARE(m_bench.server()->requestLog().count(QStringLiteral("/api/v5/market/exchange-rate")), 1);

    const CliRun history = run({"history", "--fiat", "CNY"});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    const QList<QByteArray> rows = csvLines(history.out);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), QByteArray("time,address,label,totalUsd,totalCny"));
    QCOMPARE(rows.at(1).mid(24), ',' + OwnEvm.toUtf8() + ",Own," + FirstTotal + ',' + FirstTotalCny);
    QCOMPARE(rows.at(2).mid(24), ',' + OwnEvm.toUtf8() + ",Own," + FirstTotal + ',' + FirstTotalCny);
    // The default header is as it was.
    QCOMPARE(csvLines(run({"history"}).out).at(0), QByteArray("time,address,label,totalUsd"));

    // The holdings with the export's CNY columns, at the rate recorded.
    const CliRun holdings = run({"history", "--holdings", "--fiat", "CNY"});
    QVERIFY2(holdings.exitCode == 0, holdings.err.constData());
    const QList<QByteArray> holdingRows = csvLines(holdings.out);
    QCOMPARE(holdingRows.at(0), "time," + QByteArray(CsvHeader).replace("valueUsd,", "valueUsd,usdCny,valueCny,"));
    QCOMPARE(holdingRows.at(1).split(',').at(10), QByteArray("7.1543"));
}

void TestHistoryCli::refreshWithoutTheRateStillRecords()
{
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    const QString closed = closedPortUrl().toString();
    // The holdings are the refresh's work: it succeeds, and says on stderr what it lacks.
    const CliRun refreshed = refresh({"--rate-url", closed});
    QCOMPARE(refreshed.exitCode, 0);
    QCOMPARE(cells(csvLines(refreshed.out).at(0)), (QList<QByteArray>{"Own", FirstTotal, "new"}));
    QCOMPARE(refreshed.err.count('\n'), 1);
    QVERIFY2(refreshed.err.contains("USD/CNY rate could not be fetched from " + closed.toUtf8()), refreshed.err.constData());
    QVERIFY2(refreshed.err.contains("recorded without a rate"), refreshed.err.constData());

    // No CNY for it, never one at a rate of another time.
    const QList<QByteArray> rows = csvLines(run({"history", "--fiat", "CNY"}).out);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(1).endsWith(',' + FirstTotal + ','), rows.at(1).constData());
}

void TestHistoryCli::version1HistoryAndTwoRates()
{
    // A history version 1 wrote, with two days and no rates.
    QVERIFY(QDir().mkpath(QFileInfo(historyPath()).path()));
    const QDateTime may1 = QDateTime::fromString(QStringLiteral("2024-05-01T00:00:00.000Z"), Qt::ISODateWithMs);
    const QString written = writeVersion1History(historyPath(), {{may1, OwnEvm, QStringLiteral("Own"), "2", "3000.5"},
                                                                 {may1.addDays(1), OwnEvm, QStringLiteral("Own"), "2", "3100.25"}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QByteArray version1 = readFile(historyPath());
    const CliRun old = run({"history", "--fiat", "CNY"});
    QVERIFY2(old.exitCode == 0, old.err.constData());
    QCOMPARE(csvLines(old.out),
             (QList<QByteArray>{"time,address,label,totalUsd,totalCny",
                                "2024-05-01T00:00:00.000Z," + OwnEvm.toUtf8() + ",Own,6001,",
                                "2024-05-02T00:00:00.000Z," + OwnEvm.toUtf8() + ",Own,6200.5,"}));
    // Reading never upgrades it.
    QCOMPARE(readFile(historyPath()), version1);

    // The first refresh upgrades it and records today's rate; another day had another rate.
    watch(OwnEvm, QStringLiteral("Own"), QStringLiteral("1,56"));
    const CliRun refreshed = refresh();
    QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
    QCOMPARE(cells(csvLines(refreshed.out).at(0)).mid(0, 2), (QList<QByteArray>{"Own", FirstTotal}));
    {
        ValueHistory history(historyPath());
        const QDateTime may3 = may1.addDays(2);
        QVERIFY2(history.record({{may3, OwnEvm, QStringLiteral("Own"), {QStringLiteral("1")},
                                  {TestAssets::ownedBy(OwnEvm.toLower(), TestAssets::asset("1", "", "ETH", "2", "3000.5"))},
                                  UsdCnyRate::fromText(u"7.2001", may3.addSecs(-300))}}),
                 qPrintable(history.errorString()));
    }

    const CliRun history = run({"history", "--fiat", "CNY"});
    QVERIFY2(history.exitCode == 0, history.err.constData());
    const QList<QByteArray> rows = csvLines(history.out);
    QCOMPARE(rows.size(), 5);
    // Version 1's days without CNY; each later total at its own day's rate, exactly.
    QCOMPARE(rows.at(1), "2024-05-01T00:00:00.000Z," + OwnEvm.toUtf8() + ",Own,6001,");
    QCOMPARE(rows.at(2), "2024-05-02T00:00:00.000Z," + OwnEvm.toUtf8() + ",Own,6200.5,");
    QCOMPARE(rows.at(3), "2024-05-03T00:00:00.000Z," + OwnEvm.toUtf8() + ",Own,6001,43207.8001");
    QCOMPARE(rows.at(4).mid(24), ',' + OwnEvm.toUtf8() + ",Own," + FirstTotal + ',' + FirstTotalCny);

    // The balance at a date in CNY: at the rate recorded then, or none.
    const CliRun at3 = run({"export", "--at", "2024-05-03T12:00:00Z", "--address", OwnEvm, "--fiat", "CNY"});
    QVERIFY2(at3.exitCode == 0, at3.err.constData());
    QList<QByteArray> cellsAt = csvLines(at3.out).at(1).split(',');
    QCOMPARE(cellsAt.at(9), QByteArray("7.2001"));
    QCOMPARE(cellsAt.at(10), QByteArray("43207.8001"));
    const CliRun at1 = run({"export", "--at", "2024-05-01T12:00:00Z", "--address", OwnEvm, "--fiat", "CNY"});
    QVERIFY2(at1.exitCode == 0, at1.err.constData());
    cellsAt = csvLines(at1.out).at(1).split(',');
    QCOMPARE(cellsAt.at(8), QByteArray("6001"));
    QCOMPARE(cellsAt.at(9), QByteArray());
    QCOMPARE(cellsAt.at(10), QByteArray());
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
