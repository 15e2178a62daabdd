#include "api/exchangerateclient.h"
#include "cliserverbench.h"
#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"
#include "storage/exchangeratecache.h"
#include "support/closedport.h"

#include <QFile>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(LocalOkxServer::Fault::Kind)

namespace {

const QString ExampleAddress = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");

Decimal decimal(const QByteArray &text)
{
    const std::optional<Decimal> value = Decimal::parse(QString::fromLatin1(text.trimmed()));
    if (!value)
        qFatal("not a decimal: %s", text.constData());
    return *value;
}


} // namespace

/**
 * Amounts in CNY from the command line, the real okx-wallet-viewer run as a process against the
 * local server, which also serves OKX's USD/CNY rate: total and export --fiat CNY exact at the rate,
 * the default output unchanged, the rate fetched at most hourly, an unreachable or hostile rate
 * host refused with exit 4 (never an old or made-up rate), bad options with exit 2, and --demo.
 */
class TestFiatCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void usageErrors_data();
    void usageErrors();
    void totalInCny();
    void exportAddsTheCnyColumns();
    void rateIsFetchedAtMostHourly();
    void unreachableRateHost();
    void oldSavedRateIsNotUsed();
    void rateFailures_data();
    void rateFailures();
    void demoShowsCnyWithoutNetwork();

private:
    /** Runs against the test's server, for the Balance API and the rate, with the fake credentials. */
    CliRun run(QStringList arguments, const QString &rateUrl = {});
    int rateRequests() const { return int(m_bench.server()->requestLog().count(ExchangeRateClient::path())); }
    ExchangeRateCache cache() const { return ExchangeRateCache(m_bench.cli().appCacheDir()); }

    CliServerBench m_bench;
};

void TestFiatCli::initTestCase()
{
    QVERIFY(m_bench.start());
}

void TestFiatCli::init()
{
    // A first run each time: no saved rate.
    QVERIFY(m_bench.beginTestInFreshHome());
}

void TestFiatCli::cleanup()
{
    m_bench.endTest();
}

CliRun TestFiatCli::run(QStringList arguments, const QString &rateUrl)
{
    arguments << QStringLiteral("--rate-url") << (rateUrl.isEmpty() ? m_bench.server()->baseUrl().toString() : rateUrl);
    return m_bench.runAgainstServer(arguments);
}

void TestFiatCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString address = QStringLiteral("--address=") + ExampleAddress;
    QTest::newRow("another currency") << QStringList{"total", address, "--chains=1", "--fiat=EUR"} << "--fiat must be USD or CNY";
    QTest::newRow("a symbol") << QStringList{"export", address, "--chains=1", "--fiat=¥"} << "--fiat must be USD or CNY";
    QTest::newRow("history") << QStringList{"history", "--fiat=RMB"} << "--fiat must be USD or CNY";
    QTest::newRow("no value") << QStringList{"total", address, "--chains=1", "--fiat"} << "fiat";
    QTest::newRow("bad rate url") << QStringList{"total", address, "--chains=1", "--rate-url=ftp://example.com"}
                                  << "--rate-url";
    QTest::newRow("demo and rate url") << QStringList{"total", "--demo", address, "--chains=1",
                                                      "--rate-url=http://127.0.0.1:1"}
                                       << "--demo and --rate-url";
    QTest::newRow("chains converts nothing") << QStringList{"chains", "--fiat=CNY"} << "fiat";
    QTest::newRow("chains fetches no rate") << QStringList{"chains", "--rate-url=http://127.0.0.1:1"} << "rate-url";
}

void TestFiatCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    verifyFailure(m_bench.run(arguments), 2, message);
    QCOMPARE(m_bench.server()->requestCount(), 0);
}

void TestFiatCli::totalInCny()
{
    const QStringList total{"total", "--address", ExampleAddress, "--chains", "1"};
    const CliRun usd = run(total);
    QVERIFY2(usd.exitCode == 0, usd.err.constData());
    // USD is the default, and the default fetches no rate.
    QCOMPARE(rateRequests(), 0);
    QCOMPARE(run(total + QStringList{"--fiat", "USD"}).out, usd.out);
    QCOMPARE(rateRequests(), 0);

    const CliRun cny = run(total + QStringList{"--fiat", "CNY"});
    QVERIFY2(cny.exitCode == 0, cny.err.constData());
    QVERIFY(cny.err.isEmpty());
    QCOMPARE(rateRequests(), 1);
    // One plain decimal: the exact USD total times the rate, every digit kept.
    QCOMPARE(cny.out, (decimal(usd.out) * decimal("7.1543")).toPlainString().toLatin1() + '\n');
    QVERIFY(decimal(usd.out).toPlainString().size() > 24);

    // Another rate, another total (a new home: no rate saved).
    init();
    m_bench.server()->setExchangeRate(QStringLiteral("7.18361234"));
    const CliRun other = run(total + QStringList{"--fiat", "cny"});
    QVERIFY2(other.exitCode == 0, other.err.constData());
    QCOMPARE(other.out, (decimal(usd.out) * decimal("7.18361234")).toPlainString().toLatin1() + '\n');
}

void TestFiatCli::exportAddsTheCnyColumns()
{
    const QStringList exportArguments{"export", "--address", ExampleAddress, "--chains", "1"};
    const CliRun usd = run(exportArguments);
    QVERIFY2(usd.exitCode == 0, usd.err.constData());
    const QList<QByteArray> usdLines = csvLines(usd.out);
    // The default header is exactly as it was.
    QCOMPARE(usdLines.first(), CsvHeader);

    const CliRun cny = run(exportArguments + QStringList{"--fiat", "CNY", "--with-verdicts"});
    QVERIFY2(cny.exitCode == 0, cny.err.constData());
    const QList<QByteArray> lines = csvLines(cny.out);
    QCOMPARE(lines.first(), QByteArray(CsvHeader).replace("valueUsd,", "valueUsd,usdCny,valueCny,") + ",verdict");
    QCOMPARE(lines.size(), usdLines.size());
    int priced = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        QList<QByteArray> usdCells = usdLines.at(i).split(',');
        QCOMPARE(cells.size(), usdCells.size() + 3);
        // The same rows in the same order, with the rate and the exact value in yuan beside valueUsd.
        QCOMPARE(cells.mid(0, 9), usdCells.mid(0, 9));
        QCOMPARE(cells.at(9), QByteArray("7.1543"));
        const QByteArray valueUsd = usdCells.at(8);
        QCOMPARE(cells.at(10), valueUsd.isEmpty() ? QByteArray()
                                                  : (decimal(valueUsd) * decimal("7.1543")).toPlainString().toLatin1());
        priced += valueUsd.isEmpty() ? 0 : 1;
        QCOMPARE(cells.at(11), usdCells.at(9));
    }
    QVERIFY(priced > 20 && priced < lines.size() - 1);
}

void TestFiatCli::rateIsFetchedAtMostHourly()
{
    const QStringList total{"total", "--address", ExampleAddress, "--chains", "1", "--fiat", "CNY"};
    const CliRun first = run(total);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(rateRequests(), 1);
    QCOMPARE(cache().load()->text(), QStringLiteral("7.1543"));

    // Within the hour the saved rate serves, even with the rate's host out of reach.
    m_bench.server()->setExchangeRate(QStringLiteral("8"));
    const CliRun second = run(total);
    QCOMPARE(second.out, first.out);
    const CliRun offline = run(total, closedPortUrl().toString());
    QVERIFY2(offline.exitCode == 0, offline.err.constData());
    QCOMPARE(offline.out, first.out);
    QCOMPARE(rateRequests(), 1);
}

void TestFiatCli::unreachableRateHost()
{
    const QString url = closedPortUrl().toString();
    const CliRun total =
        run({"total", "--address", ExampleAddress, "--chains", "1", "--fiat", "CNY", "--retries", "0"}, url);
    verifyFailure(total, 4, QStringLiteral("USD/CNY rate could not be fetched from %1").arg(url));
    QVERIFY2(total.err.contains("Could not connect"), total.err.constData());

    const QString output = m_bench.homeFile(QStringLiteral("holdings.csv"));
    QFile old(output);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old\n") == 4);
    old.close();
    const CliRun exported = run({"export", "--address", ExampleAddress, "--chains", "1", "--fiat", "CNY", "--retries",
                                 "0", "--output", output},
                                url);
    verifyFailure(exported, 4, QStringLiteral("USD/CNY rate"));
    // Nothing partial: the old file stays.
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old\n"));
    QVERIFY(!QFile::exists(cache().filePath()));
}

void TestFiatCli::oldSavedRateIsNotUsed()
{
    // A rate saved two hours ago, and the host out of reach: no CNY at an old rate, exit 4.
    QVERIFY(cache().store(*UsdCnyRate::fromText(u"6.5", QDateTime::currentDateTimeUtc().addSecs(-7200))));
    const CliRun total = run({"total", "--address", ExampleAddress, "--chains", "1", "--fiat", "CNY", "--retries", "0"},
                             closedPortUrl().toString());
    verifyFailure(total, 4, QStringLiteral("USD/CNY rate could not be fetched"));
}

void TestFiatCli::rateFailures_data()
{
    QTest::addColumn<QString>("usdCny");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    using Kind = LocalOkxServer::Fault::Kind;
    QTest::newRow("negative") << "-7.1543" << -1 << 4 << "data[0].usdCny";
    QTest::newRow("exponent") << "7.1543e2" << -1 << 4 << "data[0].usdCny";
    QTest::newRow("zero") << "0" << -1 << 4 << "zero";
    QTest::newRow("huge") << QString(100000, u'7') << -1 << 4 << "longer than 32";
    QTest::newRow("escape sequence") << QStringLiteral("\x1b]0;pwned\x07") << -1 << 4 << "\\x1b]0;pwned\\x07";
    QTest::newRow("malformed JSON") << QString() << int(Kind::MalformedJson) << 4 << "malformed";
    QTest::newRow("wrong types") << QString() << int(Kind::WrongTypes) << 4 << "not a string";
    QTest::newRow("OKX error code") << QString() << int(Kind::OkxError) << 3 << "OKX error 51000";
    QTest::newRow("server error") << QString() << int(Kind::ServerError) << 3 << "50026";
    QTest::newRow("stall") << QString() << int(Kind::Delay) << 4 << "did not answer";
}

void TestFiatCli::rateFailures()
{
    QFETCH(QString, usdCny);
    QFETCH(int, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (!usdCny.isEmpty())
        m_bench.server()->setExchangeRate(usdCny);
    if (fault >= 0) {
        LocalOkxServer::Fault injected;
        injected.kind = LocalOkxServer::Fault::Kind(fault);
        injected.okxCode = QStringLiteral("51000");
        injected.okxMessage = QStringLiteral("Parameter error");
        injected.delayMs = 3000;
        m_bench.server()->injectExchangeRateFault(injected, 5);
    }
    const CliRun total = run({"total", "--address", ExampleAddress, "--chains", "1", "--fiat", "CNY", "--retries", "0",
                              "--timeout", "0.5"});
    verifyFailure(total, exitCode, message);
    QVERIFY2(total.err.contains("USD/CNY rate"), total.err.constData());
    // A server's text never reaches the terminal raw.
    QVERIFY(!total.err.contains('\x1b'));
    QVERIFY2(total.err.size() < 600, total.err.constData());
    QVERIFY(!QFile::exists(cache().filePath()));
}

void TestFiatCli::demoShowsCnyWithoutNetwork()
{
    // Everything from the built-in server: holdings and rate.
    const QStringList total{"total", "--demo", "--address", ExampleAddress, "--chains", "1"};
    const CliRun usd = m_bench.cli().run(total);
    QVERIFY2(usd.exitCode == 0, usd.err.constData());
    const CliRun cny = m_bench.cli().run(total + QStringList{"--fiat", "CNY"});
    QVERIFY2(cny.exitCode == 0, cny.err.constData());
    QCOMPARE(cny.out,
             (decimal(usd.out) * decimal(ExchangeRateEndpoint::demoUsdCny().toLatin1())).toPlainString().toLatin1() + '\n');
    const CliRun exported = m_bench.cli().run({"export", "--demo", "--address", ExampleAddress, "--chains", "1", "--fiat", "CNY"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(csvLines(exported.out).at(1).split(',').at(9), ExchangeRateEndpoint::demoUsdCny().toLatin1());
    // The demo's rate is not OKX's: it is never saved for a real run.
    QVERIFY(!QFile::exists(cache().filePath()));
}

QTEST_GUILESS_MAIN(TestFiatCli)
#include "tst_fiatcli.moc"
