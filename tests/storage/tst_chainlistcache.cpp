#include "storage/chainlistcache.h"

#include "support/filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

/** Smaller than any chain list the cache writes: every write past it fails as on a full disk. */
constexpr rlim_t FullDisk = 16;

const QDateTime FetchedAt = QDateTime::fromString(QStringLiteral("2025-05-27T08:15:30.123Z"), Qt::ISODateWithMs);

QList<ChainInfo> someChains()
{
    return {{QStringLiteral("1"), QStringLiteral("Ethereum"), QStringLiteral("ETH"),
             QStringLiteral("https://static.okx.com/cdn/wallet/logo/ETH-20220328.png")},
            {QStringLiteral("501"), QStringLiteral("Solana"), QStringLiteral("SOL"), QString()},
            // Whatever OKX names a chain comes back unchanged: other scripts, quotes, a line break.
            {QStringLiteral("77777"), QStringLiteral("测试链 \"Quoted\"\nline"), QStringLiteral("T\u00e9st"),
             QString()}};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void verifySameChains(const QList<ChainInfo> &actual, const QList<ChainInfo> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual.at(i).chainIndex, expected.at(i).chainIndex);
        QCOMPARE(actual.at(i).name, expected.at(i).name);
        QCOMPARE(actual.at(i).shortName, expected.at(i).shortName);
        QCOMPARE(actual.at(i).logoUrl, expected.at(i).logoUrl);
    }
}

} // namespace

/**
 * The cache of OKX's supported-chain list: exact round trip, the one-day freshness, bad files
 * dropped with a notice (checked by the API parser's rule), and a full disk that keeps the old file.
 */
class tst_ChainListCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultLocationIsTheCache();
    void roundTripIsExact();
    void storeReplaces();
    void missingFile();
    void freshness_data();
    void freshness();
    void corruptFileIsDropped_data();
    void corruptFileIsDropped();
    void fullDiskKeepsTheOldFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ChainListCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ChainListCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ChainListCache::defaultLocationIsTheCache()
{
    const ChainListCache cache;
    QCOMPARE(cache.directory(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    QCOMPARE(QFileInfo(cache.filePath()).fileName(), QStringLiteral("chains.json"));
}

void tst_ChainListCache::roundTripIsExact()
{
    const ChainListCache cache(m_dir->path());
    QCOMPARE(cache.filePath(), QDir(m_dir->path()).filePath(QStringLiteral("chains.json")));
    QString error;
    QVERIFY2(cache.store(someChains(), FetchedAt, &error), qPrintable(error));

    QString notice;
    const std::optional<CachedChainList> loaded = cache.load(&notice);
    QVERIFY(loaded);
    QCOMPARE(notice, QString());
    verifySameChains(loaded->chains, someChains());
    QCOMPARE(loaded->fetchedAt, FetchedAt);
    QCOMPARE(loaded->fetchedAt.time().msec(), 123);

    // An empty list is a list too: names then come from the built-in table.
    QVERIFY(cache.store({}, FetchedAt));
    QVERIFY(cache.load());
    QVERIFY(cache.load()->chains.isEmpty());
}

void tst_ChainListCache::storeReplaces()
{
    const ChainListCache cache(m_dir->path());
    QVERIFY(cache.store(someChains(), FetchedAt));
    const QDateTime later = FetchedAt.addDays(3);
    QVERIFY(cache.store(someChains().mid(0, 1), later));
    const std::optional<CachedChainList> loaded = cache.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->fetchedAt, later);
    verifySameChains(loaded->chains, someChains().mid(0, 1));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chains.json")});
}

void tst_ChainListCache::missingFile()
{
    QString notice;
    QVERIFY(!ChainListCache(m_dir->path()).load(&notice));
    QCOMPARE(notice, QString());
    // No folder at all is the same first start.
    QVERIFY(!ChainListCache(m_dir->filePath(QStringLiteral("not/yet"))).load(&notice));
    QCOMPARE(notice, QString());
}

void tst_ChainListCache::freshness_data()
{
    QTest::addColumn<QDateTime>("fetchedAt");
    QTest::addColumn<bool>("fresh");

    const QDateTime now = FetchedAt;
    QTest::newRow("just now") << now << true;
    QTest::newRow("an hour ago") << now.addSecs(-3600) << true;
    QTest::newRow("a millisecond short of a day") << now.addMSecs(-(24LL * 3600 * 1000 - 1)) << true;
    QTest::newRow("exactly a day") << now.addDays(-1) << false;
    QTest::newRow("a week ago") << now.addDays(-7) << false;
    // A clock set back, or a hand-edited file: the list's age is unknown.
    QTest::newRow("a second in the future") << now.addSecs(1) << false;
    QTest::newRow("a year in the future") << now.addYears(1) << false;
    QTest::newRow("invalid") << QDateTime() << false;
    // The same instant in another time zone is the same age.
    QTest::newRow("an hour ago, UTC+8") << now.addSecs(-3600).toOffsetFromUtc(8 * 3600) << true;
}

void tst_ChainListCache::freshness()
{
    QFETCH(QDateTime, fetchedAt);
    QFETCH(bool, fresh);
    QCOMPARE(ChainListCache::isFresh(fetchedAt, FetchedAt), fresh);
}

void tst_ChainListCache::corruptFileIsDropped_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const QByteArray good = R"({"version": 1, "fetchedAt": "2025-05-27T08:15:30.123Z", "chains": [
        {"chainIndex": "1", "name": "Ethereum", "shortName": "ETH", "logoUrl": ""}]})";

    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("garbage") << QByteArray("\0\1\2 nonsense", 13) << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << good.left(good.size() - 10) << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
    QTest::newRow("no version") << QByteArray(R"({"chains": []})") << QStringLiteral("no format version");
    QTest::newRow("newer version") << QByteArray(R"({"version": 9})") << QStringLiteral("newer version");
    QByteArray noTime = good;
    noTime.replace(R"("fetchedAt": "2025-05-27T08:15:30.123Z", )", "");
    QTest::newRow("no time") << noTime << QStringLiteral("wrong type");
    QByteArray badTime = good;
    badTime.replace("2025-05-27T08:15:30.123Z", "yesterday");
    QTest::newRow("bad time") << badTime << QStringLiteral("wrong type");
    QTest::newRow("no chains") << QByteArray(R"({"version": 1, "fetchedAt": "2025-05-27T08:15:30.123Z"})")
                               << QStringLiteral("wrong type");
    QByteArray chainsObject = good;
    chainsObject.replace("\"chains\": [", "\"chains\": {\"x\": ").replace("}]}", "}}}");
    QTest::newRow("chains not a list") << chainsObject << QStringLiteral("wrong type");
    // The API parser's rule decides what a chain may hold: a file is trusted no more than the server.
    QByteArray numericName = good;
    numericName.replace(R"("name": "Ethereum")", R"("name": 1)");
    QTest::newRow("name as number") << numericName << QStringLiteral("wrong type");
    QByteArray noIndex = good;
    noIndex.replace(R"("chainIndex": "1", )", "");
    QTest::newRow("no chain index") << noIndex << QStringLiteral("wrong type");
    QByteArray chainNotObject = good;
    chainNotObject.replace("\"chains\": [", "\"chains\": [\"1\", ");
    QTest::newRow("chain not an object") << chainNotObject << QStringLiteral("wrong type");
}

void tst_ChainListCache::corruptFileIsDropped()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    const ChainListCache cache(m_dir->path());
    writeAll(cache.filePath(), content);

    QString notice;
    QVERIFY(!cache.load(&notice));
    QVERIFY2(notice.contains(reason), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("dropped")), qPrintable(notice));
    // Only a copy of what the API said: deleted, not kept aside.
    QVERIFY2(notice.contains(QStringLiteral("deleted")), qPrintable(notice));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    // The next list fetched is cached as usual.
    QVERIFY(cache.store(someChains(), FetchedAt));
    QVERIFY(cache.load());
}

void tst_ChainListCache::fullDiskKeepsTheOldFile()
{
    const ChainListCache cache(m_dir->path());
    QVERIFY(cache.store(someChains(), FetchedAt));
    const QByteArray saved = readAll(cache.filePath());

    {
        const FileSizeLimit::Scope fullDisk(FullDisk);
        QString error;
        QVERIFY(!cache.store(someChains().mid(1), FetchedAt.addDays(1), &error));
        QVERIFY2(error.contains(QStringLiteral("File too large")), qPrintable(error));
    }
    QCOMPARE(readAll(cache.filePath()), saved);
    QCOMPARE(cache.load()->fetchedAt, FetchedAt);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chains.json")});
}

QTEST_APPLESS_MAIN(tst_ChainListCache)
#include "tst_chainlistcache.moc"
