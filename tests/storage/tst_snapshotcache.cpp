#include "storage/snapshotcache.h"
#include "storage/snapshotcacheworker.h"

#include "api/balanceparser.h"
#include "api/clientconfig.h"
#include "support/testassets.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Address = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");

QList<TokenAsset> fixtureAssets()
{
    QFile file(QStringLiteral(OKX_TEST_FIXTURES_DIR "/all-token-balances-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return BalanceParser::parseTokenAssets(200, file.readAll(), ApiFamily::DexV5).value;
}

TokenAsset asset(const QString &symbol, const QString &balance, const QString &price)
{
    return TestAssets::asset(QStringLiteral("1"), QString(), symbol, balance, price);
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

/** The snapshot cache: exact round trip, and bad entries dropped with a notice. */
class tst_SnapshotCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultLocationIsTheCache();
    void roundTripIsExact();
    void sourceNamesServerAndKeyAndAWindowWithoutAKeySeesItsServer();
    void extremeDigitsSurvive();
    void evmAddressIgnoresCase();
    void missingEntry();
    void corruptEntryIsDropped_data();
    void corruptEntryIsDropped();
    void storeReplacesAndRemoveForgets();
    void writerKeepsOrderAndFinishesBeforeItGoes();
    void writerReportsAFailure();
    void workerLoadsInOrderAndReportsDamage();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SnapshotCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SnapshotCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SnapshotCache::defaultLocationIsTheCache()
{
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QVERIFY(SnapshotCache().directory().startsWith(cacheRoot));
}

void tst_SnapshotCache::roundTripIsExact()
{
    const QList<TokenAsset> assets = fixtureAssets();
    QCOMPARE(assets.size(), 31);

    const SnapshotCache cache(m_dir->path());
    CachedSnapshot snapshot{Address, {QStringLiteral("1"), QStringLiteral("56")},
                            QDateTime::fromString(QStringLiteral("2025-05-27T08:15:30.123Z"), Qt::ISODateWithMs), assets,
                            QStringLiteral("https://web3.okx.com#0123456789abcdef")};
    QString error;
    QVERIFY2(cache.store(snapshot, &error), qPrintable(error));

    // Balances are private: readable by the owner alone, like the secrets.
    const QFileDevice::Permissions mode = QFile::permissions(cache.filePathFor(Address));
    QVERIFY(mode.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(int(mode & 0x00FF), 0); // nothing for the group or others

    QString notice;
    const std::optional<CachedSnapshot> loaded = cache.load(Address, &notice);
    QVERIFY(loaded);
    QCOMPARE(notice, QString());
    QCOMPARE(loaded->address, Address);
    QCOMPARE(loaded->chainIndexes, snapshot.chainIndexes);
    QCOMPARE(loaded->fetchedAt, snapshot.fetchedAt);
    QCOMPARE(loaded->source, snapshot.source);
    QCOMPARE(loaded->fetchedAt.time().msec(), 123);
    QCOMPARE(loaded->assets.size(), assets.size());
    for (int i = 0; i < assets.size(); ++i) {
        const TokenAsset &a = assets.at(i);
        const TokenAsset &b = loaded->assets.at(i);
        QCOMPARE(b.chainIndex, a.chainIndex);
        QCOMPARE(b.tokenContractAddress, a.tokenContractAddress);
        QCOMPARE(b.address, a.address);
        QCOMPARE(b.symbol, a.symbol);
        QCOMPARE(b.balanceText, a.balanceText);
        QCOMPARE(b.rawBalance, a.rawBalance);
        QCOMPARE(b.tokenPriceText, a.tokenPriceText);
        QCOMPARE(b.isRiskToken, a.isRiskToken);
        QVERIFY(b.balance == a.balance);
        QVERIFY(b.tokenPrice == a.tokenPrice);
        QCOMPARE(b.valueUsd().toPlainString(), a.valueUsd().toPlainString());
    }
}

void tst_SnapshotCache::extremeDigitsSurvive()
{
    const SnapshotCache cache(m_dir->path());
    const QList<TokenAsset> assets{asset(QStringLiteral("DUST"), QStringLiteral("0.000000000000000001"),
                                         QStringLiteral("97165.169717785655331396")),
                                   asset(QStringLiteral("BIG"), QStringLiteral("123456789012345678901234.5"),
                                         QStringLiteral("0")),
                                   asset(QStringLiteral("NOPRICE"), QStringLiteral("7"), QString())};
    QVERIFY(cache.store({Address, {QStringLiteral("1")}, QDateTime::currentDateTimeUtc(), assets, QStringLiteral("demo")}));
    const std::optional<CachedSnapshot> loaded = cache.load(Address);
    QVERIFY(loaded);
    QCOMPARE(loaded->assets.at(0).valueUsd().toPlainString(), QStringLiteral("0.000000000000097165169717785655331396"));
    QCOMPARE(loaded->assets.at(1).balance.toPlainString(), QStringLiteral("123456789012345678901234.5"));
    QVERIFY(!loaded->assets.at(1).isPriced());
    QCOMPARE(loaded->assets.at(2).tokenPriceText, QString());
    QVERIFY(!loaded->assets.at(2).isPriced());
}

void tst_SnapshotCache::evmAddressIgnoresCase()
{
    const SnapshotCache cache(m_dir->path());
    QCOMPARE(cache.filePathFor(Address), cache.filePathFor(Address.toLower()));
    QVERIFY(cache.filePathFor(Address) != cache.filePathFor(QStringLiteral("So11111111111111111111111111111111111111112")));
    QVERIFY(cache.store({Address, {QStringLiteral("1")}, QDateTime::currentDateTimeUtc(), {}, QStringLiteral("demo")}));
    const std::optional<CachedSnapshot> loaded = cache.load(Address.toLower());
    QVERIFY(loaded);
    QVERIFY(loaded->assets.isEmpty());
}

void tst_SnapshotCache::missingEntry()
{
    QString notice;
    QVERIFY(!SnapshotCache(m_dir->path()).load(Address, &notice));
    QCOMPARE(notice, QString());
}

void tst_SnapshotCache::corruptEntryIsDropped_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const QByteArray head = R"({"version": 1, "address": ")" + Address.toLatin1() + R"(", "chains": ["1"], )";
    const QByteArray goodAsset = R"({"chainIndex": "1", "tokenContractAddress": "", "address": "", "symbol": "ETH",
        "balance": "1.5", "rawBalance": "", "tokenPrice": "2000", "isRiskToken": false})";
    const QByteArray good = head + R"("fetchedAt": "2025-05-27T08:15:30.123Z", "tokenAssets": [)" + goodAsset + "]}";

    QTest::newRow("garbage") << QByteArray("\0\1\2 nonsense", 13) << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << good.left(good.size() - 20) << QStringLiteral("not valid JSON");
    QTest::newRow("wrong version") << QByteArray(R"({"version": 9})") << QStringLiteral("newer version");
    QTest::newRow("no time") << head + R"("tokenAssets": []})" << QStringLiteral("wrong type");
    QTest::newRow("bad time") << head + R"("fetchedAt": "yesterday", "tokenAssets": []})" << QStringLiteral("wrong type");
    QTest::newRow("assets not a list") << head + R"("fetchedAt": "2025-05-27T08:15:30.123Z", "tokenAssets": {}})"
                                       << QStringLiteral("tokenAssets is not an array");
    QByteArray numeric = good;
    numeric.replace(R"("balance": "1.5")", R"("balance": 1.5)");
    QTest::newRow("balance as number") << numeric << QStringLiteral("tokenAssets[0].balance is not a string");
    QByteArray notDecimal = good;
    notDecimal.replace(R"("balance": "1.5")", R"("balance": "1.5x")");
    QTest::newRow("balance not decimal") << notDecimal << QStringLiteral("is not a decimal number");
    // The same rule as the API parser's: a file is trusted no more than the server.
    QByteArray negative = good;
    negative.replace(R"("balance": "1.5")", R"("balance": "-1.5")");
    QTest::newRow("negative balance") << negative << QStringLiteral("tokenAssets[0].balance: it is negative");
    QByteArray negativePrice = good;
    negativePrice.replace(R"("tokenPrice": "2000")", R"("tokenPrice": "-2000")");
    QTest::newRow("negative price") << negativePrice << QStringLiteral("tokenAssets[0].tokenPrice: it is negative");
    QByteArray hugeBalance = good;
    hugeBalance.replace(R"("balance": "1.5")", "\"balance\": \"" + QByteArray(400'000, '9') + "\"");
    QTest::newRow("400,000-digit balance") << hugeBalance << QStringLiteral("longer than 256 characters");
    QByteArray risk = good;
    risk.replace(R"("isRiskToken": false)", R"("isRiskToken": "no")");
    QTest::newRow("risk flag as text") << risk << QStringLiteral("tokenAssets[0].isRiskToken is not true or false");
    QByteArray otherAddress = good;
    otherAddress.replace(Address.toLatin1(), "0x50c476a139aab23fdaf9bca12614cdd54a4244e3");
    QTest::newRow("another address") << otherAddress << QStringLiteral("wrong type");
}

void tst_SnapshotCache::corruptEntryIsDropped()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    const SnapshotCache cache(m_dir->path());
    const QString path = cache.filePathFor(Address);
    writeAll(path, content);

    QString notice;
    QVERIFY(!cache.load(Address, &notice));
    QVERIFY2(notice.contains(reason), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("dropped")), qPrintable(notice));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(cache.directory()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    // The next good refresh is cached as usual.
    QVERIFY(cache.store({Address, {QStringLiteral("1")}, QDateTime::currentDateTimeUtc(), {}, QStringLiteral("demo")}));
    QVERIFY(cache.load(Address));
}

void tst_SnapshotCache::storeReplacesAndRemoveForgets()
{
    const SnapshotCache cache(m_dir->path());
    const QDateTime first = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
    const QDateTime second = first.addSecs(60);
    QVERIFY(cache.store({Address, {QStringLiteral("1")}, first,
                         {asset(QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("1"))}, QStringLiteral("demo")}));
    QVERIFY(cache.store({Address, {QStringLiteral("1")}, second, {}, QStringLiteral("demo")}));
    const std::optional<CachedSnapshot> loaded = cache.load(Address);
    QVERIFY(loaded);
    QCOMPARE(loaded->fetchedAt, second);
    QVERIFY(loaded->assets.isEmpty());

    QVERIFY(cache.remove(Address));
    QVERIFY(!cache.load(Address));
    QVERIFY(cache.remove(Address));
}

void tst_SnapshotCache::writerKeepsOrderAndFinishesBeforeItGoes()
{
    const SnapshotCache cache(m_dir->path());
    const QDateTime first = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
    {
        SnapshotCacheWorker writer(cache);
        QList<TokenAsset> many;
        for (int i = 0; i < 2000; ++i)
            many.append(asset(QStringLiteral("T%1").arg(i), QStringLiteral("1.5"), QStringLiteral("2")));
        writer.store({Address, {QStringLiteral("1")}, first, many, QStringLiteral("demo")});
        writer.store({Address, {QStringLiteral("1")}, first.addSecs(60), many.mid(0, 3), QStringLiteral("demo")});
    }
    // Gone only once both were written, the later last.
    const std::optional<CachedSnapshot> loaded = cache.load(Address);
    QVERIFY(loaded);
    QCOMPARE(loaded->fetchedAt, first.addSecs(60));
    QCOMPARE(loaded->assets.size(), 3);
}

void tst_SnapshotCache::writerReportsAFailure()
{
    // A file where the folder should be: nothing can be written there.
    const QString blocked = QDir(m_dir->path()).filePath(QStringLiteral("not-a-folder"));
    writeAll(blocked, "x");
    SnapshotCacheWorker writer{SnapshotCache(blocked)};
    QSignalSpy failed(&writer, &SnapshotCacheWorker::failed);
    writer.store({Address, {QStringLiteral("1")}, QDateTime::currentDateTimeUtc(), {}, QStringLiteral("demo")});
    QVERIFY(failed.wait(5000));
    QVERIFY(!failed.first().at(0).toString().isEmpty());
}

void tst_SnapshotCache::workerLoadsInOrderAndReportsDamage()
{
    const SnapshotCache cache(m_dir->path());
    SnapshotCacheWorker worker(cache);
    QSignalSpy loaded(&worker, &SnapshotCacheWorker::loaded);
    const QDateTime fetched = QDateTime::fromString(QStringLiteral("2025-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
    const QList<TokenAsset> assets{asset(QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2"))};

    // Nothing saved yet, then what was stored just before: the load waits for the write.
    worker.load(Address);
    worker.store({Address, {QStringLiteral("1")}, fetched, assets, QStringLiteral("demo")});
    worker.load(Address);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).at(0).toString(), Address);
    QVERIFY(!loaded.at(0).at(1).value<std::optional<CachedSnapshot>>());
    const auto second = loaded.at(1).at(1).value<std::optional<CachedSnapshot>>();
    QVERIFY(second);
    QCOMPARE(second->fetchedAt, fetched);
    QCOMPARE(second->assets.size(), 1);
    QCOMPARE(second->assets.first().balanceText, QStringLiteral("1.5"));
    QVERIFY(loaded.at(1).at(2).toString().isEmpty());

    // A damaged file: nothing, and a notice that it was dropped.
    writeAll(cache.filePathFor(Address), "{ not json");
    worker.load(Address);
    QTRY_COMPARE(loaded.size(), 3);
    QVERIFY(!loaded.at(2).at(1).value<std::optional<CachedSnapshot>>());
    QVERIFY(loaded.at(2).at(2).toString().contains(QStringLiteral("dropped")));
}

void tst_SnapshotCache::sourceNamesServerAndKeyAndAWindowWithoutAKeySeesItsServer()
{
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("https://web3.okx.com/some/path"));
    const QString noKey = SnapshotCache::sourceOf(config, false);
    QCOMPARE(noKey, QStringLiteral("https://web3.okx.com#"));
    config.credentials.apiKey = QStringLiteral("my-api-key");
    const QString mine = SnapshotCache::sourceOf(config, false);
    QVERIFY(mine.startsWith(noKey));
    QVERIFY(!mine.contains(u"my-api-key"));
    config.credentials.apiKey = QStringLiteral("another-key");
    const QString theirs = SnapshotCache::sourceOf(config, false);
    QCOMPARE(SnapshotCache::sourceOf(config, true), QStringLiteral("demo"));

    QVERIFY(SnapshotCache::isShownFor(mine, mine));
    QVERIFY(!SnapshotCache::isShownFor(theirs, mine));
    // Waiting for the key, the window shows what was saved from its server, and only from it.
    QVERIFY(SnapshotCache::isShownFor(mine, noKey));
    QVERIFY(!SnapshotCache::isShownFor(QStringLiteral("https://web3.okx.com.evil.example#0123"), noKey));
    QVERIFY(!SnapshotCache::isShownFor(QStringLiteral("demo"), noKey));
    QVERIFY(!SnapshotCache::isShownFor(noKey, mine));
}

QTEST_GUILESS_MAIN(tst_SnapshotCache)
#include "tst_snapshotcache.moc"
