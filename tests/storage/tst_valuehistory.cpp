#include "storage/valuehistory.h"
#include "storage/valuehistoryworker.h"
#include "support/filesizelimit.h"
#include "support/historyversion1.h"
#include "support/testdecimal.h"
#include "support/testassets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Evm = QStringLiteral("0xaBcd000000000000000000000000000000000001");
const QString Solana = QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
/** Set in the environment of the child that records until it is killed, to the history's path. */
const char WriterVariable[] = "OKX_TEST_HISTORY_WRITER";
/** The holdings the killed writer records, each a few hundred rows so that it is killed mid-write. */
constexpr int WriterAssets = 400;

QDateTime at(const char *isoUtc)
{
    return QDateTime::fromString(QLatin1String(isoUtc), Qt::ISODateWithMs);
}

/** 24+ significant digits everywhere, a risk token and an unpriced one that the total leaves out. */
QList<TokenAsset> portfolio(const QString &owner, const QString &ethBalance)
{
    return {
        TestAssets::ownedBy(owner, TestAssets::asset("1", "", "ETH", ethBalance, "3141.592653589793238462643383")),
        TestAssets::ownedBy(owner, TestAssets::asset("1", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USDC",
                                                     "1000000.000001", "0.999912345678901234567891")),
        TestAssets::ownedBy(owner, TestAssets::asset("56", "0x5ca0000000000000000000000000000000000000", "SCAM",
                                                     "1000000", "5", true)),
        TestAssets::ownedBy(owner, TestAssets::asset("56", "0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82", "CAKE", "10", "")),
    };
}

RecordedHoldings holdings(const QString &address, const QString &label, const QDateTime &time,
                          const QList<TokenAsset> &assets, std::optional<UsdCnyRate> usdCny = std::nullopt)
{
    return {time, address, label, {QStringLiteral("1"), QStringLiteral("56")}, assets, std::move(usdCny)};
}

/** OKX's rate @p text as fetched at @p time. */
UsdCnyRate rate(const char *text, const QDateTime &time)
{
    const std::optional<UsdCnyRate> parsed = UsdCnyRate::fromText(QString::fromLatin1(text), time);
    if (!parsed)
        qFatal("not a rate: %s", text);
    return *parsed;
}

int userVersion(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            version = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

QList<HistoryPoint> totals(ValueHistory &history, const HistoryRange &range = {})
{
    QList<HistoryPoint> points;
    if (!history.readTotals(range, [&points](const HistoryPoint &point) { points.append(point); }))
        qWarning("%s", qPrintable(history.errorString()));
    return points;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sameAssets(const QList<TokenAsset> &a, const QList<TokenAsset> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const TokenAsset &x = a.at(i);
        const TokenAsset &y = b.at(i);
        if (x.chainIndex != y.chainIndex || x.tokenContractAddress != y.tokenContractAddress || x.address != y.address
            || x.symbol != y.symbol || x.balanceText != y.balanceText || x.rawBalance != y.rawBalance
            || x.tokenPriceText != y.tokenPriceText || x.isRiskToken != y.isRiskToken || x.balance != y.balance
            || x.tokenPrice != y.tokenPrice)
            return false;
    }
    return true;
}

QList<TokenAsset> writerAssets(int round)
{
    QList<TokenAsset> assets;
    for (int i = 0; i < WriterAssets; ++i) {
        assets.append(TestAssets::asset("1", QStringLiteral("0x%1").arg(i, 40, 10, QLatin1Char('0')), QStringLiteral("T%1").arg(i),
                                        QStringLiteral("%1.000000000000000000000001").arg(round), "2"));
    }
    return assets;
}

/** The child's life: records ever new holdings until it is killed. */
int runWriter(const QString &path)
{
    ValueHistory history(path);
    for (int round = 1;; ++round) {
        if (!history.record({holdings(Evm, QStringLiteral("writer"), QDateTime::currentDateTimeUtc(), writerAssets(round))})) {
            qWarning("%s", qPrintable(history.errorString()));
            return 1;
        }
    }
}

} // namespace

/**
 * The value history's database: exact round trips, ranges, deduplication, a restart, a killed
 * writer, a full disk, and damaged or foreign files, which are reported and left byte-identical.
 */
class TestValueHistory final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void missingFileIsAnEmptyHistory();
    void recordsExactlyAndSurvivesRestart();
    void rangesAndAddresses();
    void holdingsAtATime();
    void identicalHoldingsAreStoredOnce();
    void killedWriterLosesAtMostTheRecordInFlight();
    void fullDiskKeepsEveryEarlierRecord();
    void unusableFileIsLeftAlone_data();
    void unusableFileIsLeftAlone();
    void tamperedValueIsRefused();
    void workerReadsInItsThreadBehindTheWrites();
    void workerSaysWhyAnUnusableFileCannotBeRead();
    void ratesOfTwoDays();
    void upgradesVersion1InPlace();
    void version1ThatCannotBeUpgradedIsLeftAlone();
    void tamperedRateIsRefused();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/history.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestValueHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestValueHistory::missingFileIsAnEmptyHistory()
{
    ValueHistory history(path());
    QVERIFY(totals(history).isEmpty());
    QList<HistoryAddress> addresses;
    QVERIFY(history.readAddresses(&addresses));
    QVERIFY(addresses.isEmpty());
    std::optional<HistoryPoint> latest;
    QVERIFY(history.readLatestTotal(Evm, &latest));
    QVERIFY(!latest);
    // Reading creates nothing.
    QVERIFY(!QFileInfo::exists(QFileInfo(path()).path()));
}

void TestValueHistory::recordsExactlyAndSurvivesRestart()
{
    const QList<TokenAsset> assets = portfolio(Evm.toLower(), QStringLiteral("1.234567890123456789012345"));
    {
        ValueHistory history(path());
        QVERIFY2(history.record({holdings(Evm, QStringLiteral("Main"), at("2024-05-01T06:00:00.123Z"), assets)}),
                 qPrintable(history.errorString()));
        QVERIFY(history.record({holdings(Solana, QString(), at("2024-05-01T06:00:01Z"), {})}));
    }
    QCOMPARE(QFileInfo(path()).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup), QFile::Permissions());

    // Another connection, as after a restart, reads everything back to the last digit.
    ValueHistory history(path());
    const QList<HistoryPoint> points = totals(history);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).time, at("2024-05-01T06:00:00.123Z"));
    QCOMPARE(points.at(0).address, Evm);
    QCOMPARE(points.at(0).label, QStringLiteral("Main"));
    // ETH 1.234567890123456789012345 × 3141.592653589793238462643383 + USDC 1000000.000001 ×
    // 0.999912345678901234567891; the risk token and the unpriced one are left out.
    QCOMPARE(points.at(0).totalUsd.toPlainString(),
             QStringLiteral("1003790.855093870849818911961877443738116046098519563135"));
    QCOMPARE(points.at(1).totalUsd, Decimal());

    QList<RecordedHoldings> read;
    QVERIFY(history.readHoldings({}, [&read](const RecordedHoldings &recorded) { read.append(recorded); }));
    QCOMPARE(read.size(), 2);
    QVERIFY(sameAssets(read.at(0).assets, assets));
    QCOMPARE(read.at(0).chainIndexes, (QStringList{"1", "56"}));
    QVERIFY(read.at(1).assets.isEmpty());
}

void TestValueHistory::rangesAndAddresses()
{
    ValueHistory history(path());
    for (int day = 1; day <= 5; ++day) {
        const QDateTime time = at("2024-05-01T00:00:00Z").addDays(day - 1);
        QVERIFY(history.record({holdings(Evm, QStringLiteral("Main %1").arg(day), time,
                                        portfolio(Evm.toLower(), QString::number(day)))}));
        QVERIFY(history.record({holdings(Solana, QString(), time, {})}));
    }
    QList<HistoryAddress> addresses;
    QVERIFY(history.readAddresses(&addresses));
    QCOMPARE(addresses.size(), 2);
    // The latest label and spelling stand for all the address's records.
    QCOMPARE(addresses.at(0).address, Evm);
    QCOMPARE(addresses.at(0).label, QStringLiteral("Main 5"));

    // EVM addresses without regard to case; both ends included.
    const QList<HistoryPoint> some =
        totals(history, {Evm.toLower(), at("2024-05-02T00:00:00Z"), at("2024-05-04T00:00:00Z")});
    QCOMPARE(some.size(), 3);
    QCOMPARE(some.first().time, at("2024-05-02T00:00:00Z"));
    QCOMPARE(some.last().time, at("2024-05-04T00:00:00Z"));
    QCOMPARE(totals(history, {{}, at("2024-05-05T00:00:00Z"), {}}).size(), 2);
    QCOMPARE(totals(history, {Solana.toLower(), {}, {}}).size(), 0); // base58 is case-sensitive

    std::optional<HistoryPoint> latest;
    QVERIFY(history.readLatestTotal(Evm, &latest));
    QVERIFY(latest);
    QCOMPARE(latest->time, at("2024-05-05T00:00:00Z"));
}

void TestValueHistory::holdingsAtATime()
{
    ValueHistory history(path());
    QVERIFY(history.record({holdings(Evm, {}, at("2024-05-01T12:00:00Z"), portfolio(Evm, "1"))}));
    QVERIFY(history.record({holdings(Evm, {}, at("2024-05-02T12:00:00Z"), portfolio(Evm, "2"))}));
    std::optional<RecordedHoldings> found;
    QVERIFY(history.readHoldingsAt(Evm, at("2024-05-02T11:59:59.999Z"), &found));
    QVERIFY(found);
    QCOMPARE(found->time, at("2024-05-01T12:00:00Z"));
    QCOMPARE(found->assets.first().balanceText, QStringLiteral("1"));
    QVERIFY(history.readHoldingsAt(Evm, at("2024-05-02T12:00:00Z"), &found));
    QCOMPARE(found->assets.first().balanceText, QStringLiteral("2"));
    QVERIFY(history.readHoldingsAt(Evm, at("2024-05-01T11:00:00Z"), &found));
    QVERIFY(!found);
}

void TestValueHistory::identicalHoldingsAreStoredOnce()
{
    const QList<TokenAsset> large = writerAssets(1);
    const auto fileSize = [this] { return QFileInfo(path()).size() + QFileInfo(path() + QStringLiteral("-wal")).size(); };
    {
        ValueHistory history(path());
        QVERIFY(history.record({holdings(Evm, {}, at("2024-05-01T00:00:00Z"), large)}));
    }
    const qint64 first = fileSize();
    {
        ValueHistory history(path());
        for (int i = 1; i <= 100; ++i)
            QVERIFY(history.record({holdings(Evm, {}, at("2024-05-01T00:00:00Z").addSecs(i * 3600), large)}));
    }
    const qint64 unchanged = fileSize() - first;
    {
        ValueHistory history(path());
        QVERIFY(history.record({holdings(Evm, {}, at("2024-06-01T00:00:00Z"), writerAssets(2))}));
    }
    const qint64 oneChange = fileSize() - first - unchanged;
    // 100 unchanged refreshes cost less than half of one changed one: a small row each.
    QVERIFY2(unchanged * 2 < oneChange, qPrintable(QStringLiteral("%1 vs %2").arg(unchanged).arg(oneChange)));

    ValueHistory history(path());
    int read = 0;
    QVERIFY(history.readHoldings({}, [&](const RecordedHoldings &recorded) {
        ++read;
        QVERIFY(sameAssets(recorded.assets, read <= 101 ? large : writerAssets(2)));
    }));
    QCOMPARE(read, 102);
}

void TestValueHistory::killedWriterLosesAtMostTheRecordInFlight()
{
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(WriterVariable), path());
    writer.setProcessEnvironment(environment);
    writer.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(writer.waitForStarted());

    // Killed (SIGKILL: no clean-up of any kind) once it has committed a few records, mid-write.
    ValueHistory reader(path());
    QTRY_VERIFY_WITH_TIMEOUT(totals(reader).size() >= 3, 20000);
    writer.kill();
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

    ValueHistory history(path());
    const QList<HistoryPoint> before = totals(history);
    QVERIFY(before.size() >= 3);
    // Every committed record is whole.
    int round = 0;
    QVERIFY(history.readHoldings({}, [&round](const RecordedHoldings &recorded) {
        ++round;
        QVERIFY(sameAssets(recorded.assets, writerAssets(round)));
    }));
    QCOMPARE(round, before.size());
    // And the file takes new records (its quick_check passes).
    QVERIFY2(history.record({holdings(Evm, {}, QDateTime::currentDateTimeUtc(), {})}), qPrintable(history.errorString()));
    QCOMPARE(totals(history).size(), before.size() + 1);
}

void TestValueHistory::fullDiskKeepsEveryEarlierRecord()
{
    ValueHistory history(path());
    QVERIFY(history.record({holdings(Evm, {}, at("2024-05-01T00:00:00Z"), portfolio(Evm, "1"))}));
    {
        // The disk is full: no file may grow any more.
        const FileSizeLimit::Scope full(QFileInfo(path()).size() + QFileInfo(path() + QStringLiteral("-wal")).size());
        QList<TokenAsset> huge;
        for (int round = 0; round < 20; ++round)
            huge += writerAssets(round + 1);
        QVERIFY(!history.record({holdings(Evm, {}, at("2024-05-02T00:00:00Z"), huge)}));
        QVERIFY2(history.errorString().contains(QDir::toNativeSeparators(path())), qPrintable(history.errorString()));
        // The system's reason, not only SQLite's "disk I/O error".
        QVERIFY2(history.errorString().contains(QStringLiteral("File too large")), qPrintable(history.errorString()));
    }
    QVERIFY2(history.record({holdings(Evm, {}, at("2024-05-03T00:00:00Z"), portfolio(Evm, "3"))}),
             qPrintable(history.errorString()));
    ValueHistory reopened(path());
    const QList<HistoryPoint> points = totals(reopened);
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).time, at("2024-05-01T00:00:00Z"));
    QCOMPARE(points.at(1).time, at("2024-05-03T00:00:00Z"));
}

void TestValueHistory::unusableFileIsLeftAlone_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not a database") << QByteArray("this is not SQLite\n").repeated(300) << "not a database";

    // A good history cut short, as a broken copy leaves it.
    QTemporaryDir scratch;
    const QString goodPath = scratch.filePath(QStringLiteral("good.sqlite"));
    {
        ValueHistory good(goodPath);
        for (int day = 0; day < 30; ++day)
            QVERIFY(good.record({holdings(Evm, {}, at("2024-05-01T00:00:00Z").addDays(day), writerAssets(day + 1))}));
    }
    const QByteArray whole = contents(goodPath);
    QVERIFY(whole.size() > 200000);
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << "cannot be used";

    // Someone else's SQLite database, and a history of a later version.
    for (const auto &[name, statement] : {std::pair{"foreign", "CREATE TABLE notes (text TEXT)"},
                                          std::pair{"newer", "PRAGMA user_version = 3"}}) {
        const QString file = scratch.filePath(QLatin1String(name));
        QFile::copy(goodPath, file);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QLatin1String(name));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (qstrcmp(name, "foreign") == 0)
                QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 0")));
            QVERIFY(query.exec(QLatin1String(statement)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QLatin1String(name));
        QTest::newRow(name) << contents(file)
                            << (qstrcmp(name, "foreign") == 0 ? "not a value history of this app" : "newer version");
    }
}

void TestValueHistory::unusableFileIsLeftAlone()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QVERIFY(QDir().mkpath(QFileInfo(path()).path()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    {
        ValueHistory history(path());
        // Reads fail and say why; so does a write, before touching anything.
        QList<HistoryAddress> addresses;
        const bool read = history.readAddresses(&addresses) && history.readTotals({}, [](const HistoryPoint &) {});
        QVERIFY(!read);
        QVERIFY(!history.record({holdings(Evm, {}, QDateTime::currentDateTimeUtc(), portfolio(Evm, "1"))}));
        QVERIFY2(history.errorString().contains(reason), qPrintable(history.errorString()));
        QVERIFY(history.errorString().contains(QDir::toNativeSeparators(path())));
        QVERIFY(!history.record({holdings(Evm, {}, QDateTime::currentDateTimeUtc(), {})}));
    }
    // Byte-identical, not moved, nothing left beside it.
    QCOMPARE(QCryptographicHash::hash(contents(path()), QCryptographicHash::Sha256), digest);
    QCOMPARE(QDir(QFileInfo(path()).path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("history.sqlite")});
}

void TestValueHistory::tamperedValueIsRefused()
{
    {
        ValueHistory history(path());
        QVERIFY(history.record({holdings(Evm, {}, at("2024-05-01T00:00:00Z"), portfolio(Evm, "1"))}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE tokens SET balance = '-5' WHERE position = 0")));
        QVERIFY(query.exec(QStringLiteral("UPDATE refreshes SET total_usd = '1e999999'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    ValueHistory history(path());
    QVERIFY(!history.readHoldings({}, [](const RecordedHoldings &) { QFAIL("a refused record was handed out"); }));
    QVERIFY2(history.errorString().contains(QStringLiteral("negative")), qPrintable(history.errorString()));
    QVERIFY(!history.readTotals({}, [](const HistoryPoint &) { QFAIL("a refused total was handed out"); }));
}

void TestValueHistory::workerReadsInItsThreadBehindTheWrites()
{
    ValueHistoryWorker worker(path());
    QObject context;
    std::optional<HistoryTotals> read;
    const auto readTotals = [&](const HistoryRange &range) {
        read.reset();
        worker.readTotals(range, &context, [&read](const HistoryTotals &totals) { read = totals; });
        return QTest::qWaitFor([&read] { return read.has_value(); });
    };
    // No file yet: an empty history, not an error, and reading makes no file.
    QVERIFY(readTotals({}));
    QVERIFY(read->error.isEmpty());
    QVERIFY(read->points.isEmpty() && read->addresses.isEmpty());
    QVERIFY(!QFileInfo::exists(path()));

    QSignalSpy recorded(&worker, &ValueHistoryWorker::recorded);
    worker.record(holdings(Evm, QStringLiteral("Main"), at("2024-05-01T12:00:00Z"), portfolio(Evm, "1")));
    worker.record(holdings(Solana, {}, at("2024-05-02T12:00:00Z"), portfolio(Solana, "2")));
    worker.record(holdings(Evm, QStringLiteral("Main"), at("2024-05-03T12:00:00Z"), portfolio(Evm, "3")));
    // Asked for after the records: read after them, in the same queue.
    QVERIFY(readTotals({QString(), at("2024-05-03T00:00:00Z"), {}}));
    QVERIFY(read->error.isEmpty());
    QCOMPARE(read->addresses.size(), 2);
    QCOMPARE(read->points.size(), 1);
    QCOMPARE(read->points.first().time, at("2024-05-03T12:00:00Z"));
    // What a sum starts from: each address's latest total before the range, exactly.
    QCOMPARE(read->before.size(), 2);
    QCOMPARE(read->before.at(0).time, at("2024-05-01T12:00:00Z"));
    QCOMPARE(read->before.at(0).totalUsd, holdings(Evm, {}, {}, portfolio(Evm, "1")).totalUsd());
    QCOMPARE(read->before.at(1).address, Solana);
    QCOMPARE(read->before.at(1).totalUsd, holdings(Solana, {}, {}, portfolio(Solana, "2")).totalUsd());
    // One address: only its own starting value.
    QVERIFY(readTotals({Solana, at("2024-05-03T00:00:00Z"), {}}));
    QVERIFY(read->points.isEmpty());
    QCOMPARE(read->before.size(), 1);
    QTRY_COMPARE(recorded.size(), 3);

    std::optional<QList<RecordedHoldings>> found;
    worker.readHoldingsAt({Evm, Solana}, at("2024-05-02T00:00:00Z"), &context,
                          [&found](const QList<RecordedHoldings> &holdings, const QString &error) {
                              QVERIFY(error.isEmpty());
                              found = holdings;
                          });
    QVERIFY(QTest::qWaitFor([&found] { return found.has_value(); }));
    // Solana had nothing recorded by then: left out.
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().address, Evm);
    QVERIFY(sameAssets(found->first().assets, portfolio(Evm, "1")));

    // A context gone before the answer: nothing is handed to it.
    bool handed = false;
    auto gone = std::make_unique<QObject>();
    worker.readTotals({}, gone.get(), [&handed](const HistoryTotals &) { handed = true; });
    gone.reset();
    QVERIFY(readTotals({}));
    QVERIFY(!handed);
}

void TestValueHistory::workerSaysWhyAnUnusableFileCannotBeRead()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(4096, 'x')) == 4096);
    file.close();
    ValueHistoryWorker worker(path());
    QObject context;
    std::optional<HistoryTotals> read;
    worker.readTotals({}, &context, [&read](const HistoryTotals &totals) { read = totals; });
    QVERIFY(QTest::qWaitFor([&read] { return read.has_value(); }));
    QVERIFY2(read->error.contains(QStringLiteral("cannot be used")), qPrintable(read->error));
    QVERIFY(read->points.isEmpty());
    QCOMPARE(contents(path()), QByteArray(4096, 'x'));
}

void TestValueHistory::ratesOfTwoDays()
{
    const QDateTime monday = at("2024-05-06T09:00:00Z");
    const QDateTime tuesday = at("2024-05-07T09:00:00Z");
    {
        ValueHistory history(path());
        QVERIFY(history.record({holdings(Evm, {}, monday, portfolio(Evm, "1"), rate("7.1543", monday.addSecs(-600)))}));
        QVERIFY(history.record({holdings(Evm, {}, tuesday, portfolio(Evm, "2"), rate("7.2001", tuesday)),
                                holdings(Solana, {}, tuesday, {}, std::nullopt)}));
    }
    ValueHistory history(path());
    const QList<HistoryPoint> points = totals(history);
    QCOMPARE(points.size(), 3);
    // Each refresh keeps the rate it was recorded with, time included.
    QCOMPARE(points.at(0).usdCny->text(), QStringLiteral("7.1543"));
    QCOMPARE(points.at(0).usdCny->time(), monday.addSecs(-600));
    QCOMPARE(points.at(1).usdCny->text(), QStringLiteral("7.2001"));
    QVERIFY(!points.at(2).usdCny);
    QVERIFY(!points.at(2).totalCny());
    // The exact total times that day's rate.
    QCOMPARE(*points.at(0).totalCny(), points.at(0).totalUsd * dec("7.1543"));
    QCOMPARE(*points.at(1).totalCny(), points.at(1).totalUsd * dec("7.2001"));
    // 24+ significant digits, worked out by hand, to the last one.
    QCOMPARE(points.at(1).totalUsd.toPlainString(), QStringLiteral("1006195.530987080733390495188000567891"));
    QCOMPARE(points.at(1).totalCny()->toPlainString(), QStringLiteral("7244708.4426600799884849044031228888719891"));

    std::optional<RecordedHoldings> found;
    QVERIFY(history.readHoldingsAt(Evm, monday.addSecs(3600), &found));
    QCOMPARE(found->usdCny->text(), QStringLiteral("7.1543"));
    QList<std::optional<UsdCnyRate>> rates;
    QVERIFY(history.readHoldings({}, [&rates](const RecordedHoldings &recorded) { rates.append(recorded.usdCny); }));
    QCOMPARE(rates.size(), 3);
    QCOMPARE(rates.at(1)->text(), QStringLiteral("7.2001"));
    QVERIFY(!rates.at(2));
}

void TestValueHistory::upgradesVersion1InPlace()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).path()));
    const QString written = writeVersion1History(path(), {{at("2024-05-01T00:00:00Z"), Evm, QStringLiteral("Main"), "2", "3000.5"},
                                                          {at("2024-05-02T00:00:00Z"), Evm, QStringLiteral("Main"), "2", "3100.25"}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    const QByteArray before = contents(path());

    {
        // Read as it is: no rate for any of its refreshes, and reading changes nothing.
        ValueHistory history(path());
        const QList<HistoryPoint> points = totals(history);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).totalUsd, dec("6001"));
        QCOMPARE(points.at(1).totalUsd, dec("6200.5"));
        QVERIFY(!points.at(0).usdCny && !points.at(1).usdCny);
        std::optional<RecordedHoldings> found;
        QVERIFY(history.readHoldingsAt(Evm, at("2024-05-01T12:00:00Z"), &found));
        QCOMPARE(found->assets.size(), 1);
        QVERIFY(!found->usdCny);
    }
    QCOMPARE(contents(path()), before);
    QCOMPARE(userVersion(path()), 1);

    {
        // The first write upgrades it, then records with the rate.
        ValueHistory history(path());
        QVERIFY2(history.record({holdings(Evm, QStringLiteral("Main"), at("2024-05-03T00:00:00Z"), portfolio(Evm, "1"),
                                          rate("7.1543", at("2024-05-03T00:00:00Z")))}),
                 qPrintable(history.errorString()));
    }
    QCOMPARE(userVersion(path()), ValueHistory::SchemaVersion);
    ValueHistory history(path());
    const QList<HistoryPoint> points = totals(history);
    QCOMPARE(points.size(), 3);
    // Version 1's refreshes keep their totals and stay without a rate: never today's.
    QCOMPARE(points.at(0).totalUsd, dec("6001"));
    QCOMPARE(points.at(1).totalUsd, dec("6200.5"));
    QVERIFY(!points.at(0).totalCny() && !points.at(1).totalCny());
    QCOMPARE(points.at(2).usdCny->text(), QStringLiteral("7.1543"));
    QCOMPARE(*points.at(2).totalCny(), points.at(2).totalUsd * dec("7.1543"));
    QList<HistoryAddress> addresses;
    QVERIFY(history.readAddresses(&addresses));
    QCOMPARE(addresses.size(), 1);
    QCOMPARE(addresses.first().label, QStringLiteral("Main"));
}

void TestValueHistory::version1ThatCannotBeUpgradedIsLeftAlone()
{
    // A version-1 file whose refreshes already have a column of the new name (a hand-made change):
    // the upgrade fails half-way, and must leave nothing of itself.
    QVERIFY(QDir().mkpath(QFileInfo(path()).path()));
    QString written = writeVersion1History(path(), {{at("2024-05-01T00:00:00Z"), Evm, {}, "2", "3000.5"}});
    QVERIFY2(written.isEmpty(), qPrintable(written));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE refreshes ADD COLUMN usd_cny_time_ms TEXT")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    const QByteArray before = contents(path());

    {
        ValueHistory history(path());
        QVERIFY(!history.record({holdings(Evm, {}, at("2024-05-02T00:00:00Z"), portfolio(Evm, "1"),
                                          rate("7.1543", at("2024-05-02T00:00:00Z")))}));
        QVERIFY2(history.errorString().contains(QStringLiteral("could not be upgraded")), qPrintable(history.errorString()));
        QVERIFY2(history.errorString().contains(QStringLiteral("usd_cny_time_ms")), qPrintable(history.errorString()));
        QVERIFY(history.errorString().contains(QDir::toNativeSeparators(path())));
    }
    QCOMPARE(contents(path()), before);
    QCOMPARE(userVersion(path()), 1);
    QCOMPARE(QDir(QFileInfo(path()).path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("history.sqlite")});
    // Still readable as version 1.
    ValueHistory reader(path());
    QCOMPARE(totals(reader).size(), 1);
}

void TestValueHistory::tamperedRateIsRefused()
{
    {
        ValueHistory history(path());
        QVERIFY(history.record({holdings(Evm, {}, at("2024-05-01T00:00:00Z"), portfolio(Evm, "1"),
                                         rate("7.1543", at("2024-05-01T00:00:00Z")))}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE refreshes SET usd_cny = '1e999999'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    ValueHistory history(path());
    QVERIFY(!history.readTotals({}, [](const HistoryPoint &) { QFAIL("a refused rate was handed out"); }));
    QVERIFY2(history.errorString().contains(QStringLiteral("USD/CNY rate")), qPrintable(history.errorString()));
    QVERIFY(!history.readHoldings({}, [](const RecordedHoldings &) { QFAIL("a refused rate was handed out"); }));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(WriterVariable))
        return runWriter(qEnvironmentVariable(WriterVariable));
    TestValueHistory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_valuehistory.moc"
