#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"
#include "storage/exchangeratecache.h"
#include "storage/exchangeratesource.h"
#include "support/clientconfigs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QDateTime at(const char *isoUtc)
{
    return QDateTime::fromString(QLatin1String(isoUtc), Qt::ISODateWithMs);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

UsdCnyRate rate(const char *text, const QDateTime &time)
{
    const std::optional<UsdCnyRate> parsed = UsdCnyRate::fromText(QString::fromLatin1(text), time);
    if (!parsed)
        qFatal("not a rate: %s", text);
    return *parsed;
}

} // namespace

/**
 * The USD/CNY rate kept between runs and kept fresh: the cache's round trip and its refusal of a bad
 * file (left byte-identical, never saved over), and the source the window and the command line share,
 * against the local server: the saved rate at start, a fetch at most hourly, and a failed fetch that
 * keeps the rate known with its own time or leaves none, never one made up.
 */
class TestExchangeRates final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void cacheRoundTrip();
    void missingCacheIsNoRate();
    void unusableCacheIsLeftAlone_data();
    void unusableCacheIsLeftAlone();

    void startsFromTheSavedRate();
    void fetchesAtMostHourly();
    void failedFetchKeepsTheKnownRate();
    void failedFetchWithoutSavedRateKnowsNone();
    void hostileRateIsNeverKept();
    void demoModeNeitherReadsNorSaves();

private:
    /** Runs update() on @p source and returns the error it finished with. */
    ApiError update(ExchangeRateSource &source);
    std::unique_ptr<ExchangeRateSource> source(bool withCache = true);
    ExchangeRateCache cache() const { return ExchangeRateCache(m_dir->path()); }

    DemoServerThread m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestExchangeRates::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestExchangeRates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.server()->clearFaults();
    m_server.server()->setExchangeRate(ExchangeRateEndpoint::demoUsdCny());
    m_server.server()->resetCounters();
    m_now = at("2024-05-12T06:00:00.000Z");
}

std::unique_ptr<ExchangeRateSource> TestExchangeRates::source(bool withCache)
{
    auto result = std::make_unique<ExchangeRateSource>(withCache ? std::optional(cache()) : std::nullopt);
    result->setConfig(fastDemoClientConfig(m_server.baseUrl()));
    result->setClock([this] { return m_now; });
    return result;
}

ApiError TestExchangeRates::update(ExchangeRateSource &source)
{
    QSignalSpy finished(&source, &ExchangeRateSource::updateFinished);
    source.update();
    if (!finished.wait(15000))
        qWarning("the update did not finish");
    return source.lastError();
}

void TestExchangeRates::cacheRoundTrip()
{
    QString error;
    QVERIFY2(cache().store(rate("7.1543", at("2024-05-12T05:59:59.123Z")), &error), qPrintable(error));
    QVERIFY(contents(cache().filePath()).contains(R"("usdCny": "7.1543")"));
    QString notice;
    const std::optional<UsdCnyRate> loaded = cache().load(&notice);
    QVERIFY2(loaded, qPrintable(notice));
    QCOMPARE(loaded->text(), QStringLiteral("7.1543"));
    QCOMPARE(loaded->time(), at("2024-05-12T05:59:59.123Z"));
    QVERIFY(notice.isEmpty());
    // A newer rate replaces it.
    QVERIFY(cache().store(rate("7.2", at("2024-05-12T07:00:00Z"))));
    QCOMPARE(cache().load()->text(), QStringLiteral("7.2"));
}

void TestExchangeRates::missingCacheIsNoRate()
{
    QString notice;
    QVERIFY(!cache().load(&notice));
    QVERIFY(notice.isEmpty());
    QVERIFY(!QFile::exists(cache().filePath()));
}

void TestExchangeRates::unusableCacheIsLeftAlone_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray("7.1543\n");
    QTest::newRow("truncated") << QByteArray(R"({"version": 1, "usdCny": "7.15)");
    QTest::newRow("other version") << QByteArray(R"({"version": 2, "usdCny": "7.1543", "fetchedAt": "2024-05-12T06:00:00.000Z"})");
    QTest::newRow("negative") << QByteArray(R"({"version": 1, "usdCny": "-7.1543", "fetchedAt": "2024-05-12T06:00:00.000Z"})");
    QTest::newRow("exponent") << QByteArray(R"({"version": 1, "usdCny": "7e308", "fetchedAt": "2024-05-12T06:00:00.000Z"})");
    QTest::newRow("zero") << QByteArray(R"({"version": 1, "usdCny": "0", "fetchedAt": "2024-05-12T06:00:00.000Z"})");
    QTest::newRow("a number") << QByteArray(R"({"version": 1, "usdCny": 7.1543, "fetchedAt": "2024-05-12T06:00:00.000Z"})");
    QTest::newRow("too long") << QByteArray(R"({"version": 1, "usdCny": ")") + QByteArray(4000, '7')
                                     + R"(", "fetchedAt": "2024-05-12T06:00:00.000Z"})";
    QTest::newRow("no time") << QByteArray(R"({"version": 1, "usdCny": "7.1543"})");
    QTest::newRow("bad time") << QByteArray(R"({"version": 1, "usdCny": "7.1543", "fetchedAt": "yesterday"})");
}

void TestExchangeRates::unusableCacheIsLeftAlone()
{
    QFETCH(QByteArray, bytes);
    writeFile(cache().filePath(), bytes);

    QString notice;
    QVERIFY(!cache().load(&notice));
    QVERIFY2(notice.contains(QDir::toNativeSeparators(cache().filePath())), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("left as it is")), qPrintable(notice));
    // Nothing is saved over it, not even a good rate fetched later.
    QString error;
    QVERIFY(!cache().store(rate("7.1543", m_now), &error));
    QVERIFY2(error.contains(QStringLiteral("left as it is")), qPrintable(error));
    const auto rates = source();
    QCOMPARE(rates->load(), notice);
    QVERIFY(!rates->rate());
    QVERIFY(!update(*rates).isError());
    QCOMPARE(rates->rate()->text(), QStringLiteral("7.1543"));
    // Byte-identical, not moved, nothing beside it.
    QCOMPARE(contents(cache().filePath()), bytes);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("usd-cny-rate.json")});
}

void TestExchangeRates::startsFromTheSavedRate()
{
    QVERIFY(cache().store(rate("7.0999", at("2024-05-11T20:00:00Z"))));
    const auto rates = source();
    QSignalSpy changed(rates.get(), &ExchangeRateSource::rateChanged);
    QVERIFY(rates->load().isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rates->rate()->text(), QStringLiteral("7.0999"));
    QCOMPARE(rates->rate()->time(), at("2024-05-11T20:00:00Z"));
    QVERIFY(!rates->isFresh());
    QCOMPARE(m_server.server()->requestCount(), 0);
}

void TestExchangeRates::fetchesAtMostHourly()
{
    // Saved ten minutes ago: nothing to fetch.
    QVERIFY(cache().store(rate("7.0999", m_now.addSecs(-600))));
    const auto rates = source();
    rates->load();
    QVERIFY(rates->isFresh());
    QVERIFY(!update(*rates).isError());
    QCOMPARE(m_server.server()->requestCount(), 0);
    QCOMPARE(rates->rate()->text(), QStringLiteral("7.0999"));

    // An hour after it was fetched, it is fetched again, kept with the time it arrived, and saved.
    m_now = m_now.addSecs(3000);
    QSignalSpy changed(rates.get(), &ExchangeRateSource::rateChanged);
    QVERIFY(!update(*rates).isError());
    QCOMPARE(m_server.server()->requestCount(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(rates->rate()->text(), QStringLiteral("7.1543"));
    QCOMPARE(rates->rate()->time(), m_now);
    QCOMPARE(cache().load()->text(), QStringLiteral("7.1543"));
    QCOMPARE(cache().load()->time(), m_now);

    // Fresh again: the next refreshes of the hour ask nothing.
    m_now = m_now.addSecs(3599);
    QVERIFY(!update(*rates).isError());
    QCOMPARE(m_server.server()->requestCount(), 1);
}

void TestExchangeRates::failedFetchKeepsTheKnownRate()
{
    QVERIFY(cache().store(rate("7.0999", at("2024-05-10T06:00:00Z"))));
    const QByteArray saved = contents(cache().filePath());
    // The rate's host is unreachable: an offline start.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    ClientConfig config = fastDemoClientConfig(m_server.baseUrl());
    config.exchangeRateUrl.setPort(closed.serverPort());
    closed.close();
    const auto rates = source();
    rates->setConfig(config);
    rates->load();

    const ApiError error = update(*rates);
    QCOMPARE(error.kind(), ApiError::Kind::Network);
    QCOMPARE(rates->lastError().kind(), ApiError::Kind::Network);
    // The saved rate, with its own time: CNY "at the rate of" then.
    QCOMPARE(rates->rate()->text(), QStringLiteral("7.0999"));
    QCOMPARE(rates->rate()->time(), at("2024-05-10T06:00:00Z"));
    QCOMPARE(contents(cache().filePath()), saved);
}

void TestExchangeRates::failedFetchWithoutSavedRateKnowsNone()
{
    LocalOkxServer::Fault failure;
    failure.kind = LocalOkxServer::Fault::Kind::ServerError;
    m_server.server()->injectExchangeRateFault(failure, 3);
    const auto rates = source();
    rates->load();
    QCOMPARE(update(*rates).kind(), ApiError::Kind::Okx);
    QVERIFY(!rates->rate());
    QVERIFY(!rates->isUpdating());
    QVERIFY(!QFile::exists(cache().filePath()));
}

void TestExchangeRates::hostileRateIsNeverKept()
{
    QVERIFY(cache().store(rate("7.0999", at("2024-05-10T06:00:00Z"))));
    m_server.server()->setExchangeRate(QStringLiteral("-7.1543"));
    const auto rates = source();
    rates->load();
    QCOMPARE(update(*rates).kind(), ApiError::Kind::Malformed);
    QCOMPARE(rates->rate()->text(), QStringLiteral("7.0999"));
    QCOMPARE(cache().load()->text(), QStringLiteral("7.0999"));
}

void TestExchangeRates::demoModeNeitherReadsNorSaves()
{
    // A rate saved by a real run is not the demo's, and the demo's never replaces it.
    QVERIFY(cache().store(rate("7.0999", m_now.addSecs(-60))));
    const QByteArray saved = contents(cache().filePath());
    const auto rates = source(false);
    QVERIFY(rates->load().isEmpty());
    QVERIFY(!rates->rate());
    QVERIFY(!update(*rates).isError());
    QCOMPARE(rates->rate()->text(), ExchangeRateEndpoint::demoUsdCny());
    QCOMPARE(contents(cache().filePath()), saved);
}

QTEST_GUILESS_MAIN(TestExchangeRates)
#include "tst_exchangerates.moc"
