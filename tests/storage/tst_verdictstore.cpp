#include "storage/verdictstore.h"

#include "api/assetkey.h"
#include "support/filesizelimit.h"
#include "support/testassets.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Contract = QStringLiteral("0x8A8b5318d3A59fa6D1d0A83A1B0506f2796b5670");

TokenAsset token(const QString &chain, const QString &contract, const QString &symbol, bool risk = false)
{
    return TestAssets::asset(chain, contract, symbol, QStringLiteral("1"), QStringLiteral("2"), risk);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

/**
 * The user's token verdicts: the rule they apply (leftOutAsRisk), the file's round trip, and a
 * file that cannot be used, which is left byte-identical and applies no verdict.
 */
class tst_VerdictStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void verdictOverridesOkxFlag_data();
    void verdictOverridesOkxFlag();
    void keyedLikeEveryAsset();
    void roundTrip();
    void missingFileIsNoVerdict();
    void corruptFileIsKeptByteIdentical_data();
    void corruptFileIsKeptByteIdentical();
    void fullDiskRefusesTheChange();

private:
    QTemporaryDir m_dir;
    QString filePath() const { return QDir(m_dir.path()).filePath(QStringLiteral("verdicts.json")); }
};

void tst_VerdictStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(filePath());
}

void tst_VerdictStore::verdictOverridesOkxFlag_data()
{
    QTest::addColumn<bool>("flaggedByOkx");
    QTest::addColumn<TokenVerdict>("verdict");
    QTest::addColumn<bool>("leftOut");
    QTest::newRow("okx risk") << true << TokenVerdict::None << true;
    QTest::newRow("plain") << false << TokenVerdict::None << false;
    QTest::newRow("spam") << false << TokenVerdict::Spam << true;
    QTest::newRow("spam and okx risk") << true << TokenVerdict::Spam << true;
    QTest::newRow("trusted okx risk") << true << TokenVerdict::Trusted << false;
    QTest::newRow("trusted plain") << false << TokenVerdict::Trusted << false;
}

void tst_VerdictStore::verdictOverridesOkxFlag()
{
    QFETCH(bool, flaggedByOkx);
    QFETCH(TokenVerdict, verdict);
    QFETCH(bool, leftOut);
    QCOMPARE(TokenVerdicts::leftOutAsRisk(flaggedByOkx, verdict), leftOut);
}

void tst_VerdictStore::keyedLikeEveryAsset()
{
    // One rule for asset keys: an EVM contract in any case is the same token, on its own chain only.
    TokenVerdicts verdicts;
    verdicts.set(token(QStringLiteral("10"), Contract, QStringLiteral("@AT")), TokenVerdict::Spam);
    QCOMPARE(verdicts.verdictOf(token(QStringLiteral("10"), Contract.toLower(), QStringLiteral("AT"))), TokenVerdict::Spam);
    QCOMPARE(verdicts.verdictOf(AssetKey::of(QStringLiteral("10"), Contract.toUpper().replace(u'X', u'x'))),
             TokenVerdict::Spam);
    QCOMPARE(verdicts.verdictOf(token(QStringLiteral("1"), Contract, QStringLiteral("@AT"))), TokenVerdict::None);
    QVERIFY(verdicts.anyOn({QStringLiteral("56"), QStringLiteral("10")}));
    QVERIFY(!verdicts.anyOn({QStringLiteral("1")}));
    verdicts.set(token(QStringLiteral("10"), Contract.toLower(), QStringLiteral("@AT")), TokenVerdict::None);
    QVERIFY(verdicts.isEmpty());
}

void tst_VerdictStore::roundTrip()
{
    VerdictStore store(m_dir.path());
    QVERIFY(store.load().isEmpty());
    QSignalSpy changed(&store, &VerdictStore::changed);
    QVERIFY(store.setVerdict(token(QStringLiteral("10"), Contract, QStringLiteral("@AT")), TokenVerdict::Spam).isEmpty());
    QVERIFY(store.setVerdict(token(QStringLiteral("1"), QString(), QStringLiteral("ETH")), TokenVerdict::Trusted).isEmpty());
    QVERIFY(store.setVerdict(token(QStringLiteral("56"), QStringLiteral("So1"), QStringLiteral("中文"), true),
                             TokenVerdict::Trusted)
                .isEmpty());
    QCOMPARE(changed.size(), 3);
    QVERIFY(QFile::exists(filePath()));

    VerdictStore again(m_dir.path());
    QVERIFY(again.load().isEmpty());
    QCOMPARE(again.verdicts(), store.verdicts());
    const QList<TokenVerdictEntry> entries = again.verdicts().entries();
    QCOMPARE(entries.size(), 3);
    // Listed by chain index as a number, then symbol.
    QCOMPARE(entries.at(0).chainIndex, QStringLiteral("1"));
    QCOMPARE(entries.at(1).chainIndex, QStringLiteral("10"));
    QCOMPARE(entries.at(1).tokenContractAddress, Contract);
    QCOMPARE(entries.at(1).symbol, QStringLiteral("@AT"));
    QCOMPARE(entries.at(1).verdict, TokenVerdict::Spam);
    QCOMPARE(entries.at(2).symbol, QStringLiteral("中文"));

    QVERIFY(again.remove(QStringLiteral("10"), Contract.toLower()).isEmpty());
    VerdictStore third(m_dir.path());
    QVERIFY(third.load().isEmpty());
    QCOMPARE(third.verdicts().size(), 2);
    QCOMPARE(third.verdicts().verdictOf(AssetKey::of(QStringLiteral("10"), Contract)), TokenVerdict::None);
}

void tst_VerdictStore::missingFileIsNoVerdict()
{
    VerdictStore store(m_dir.path());
    QSignalSpy changed(&store, &VerdictStore::changed);
    QVERIFY(store.load().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(store.verdicts().isEmpty());
    QVERIFY(!QFile::exists(filePath()));
}

void tst_VerdictStore::corruptFileIsKeptByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not json") << QByteArray("{\"version\": 1, \"verdicts\": [");
    QTest::newRow("not an object") << QByteArray("[1, 2]");
    QTest::newRow("newer version") << QByteArray("{\"version\": 2, \"verdicts\": []}");
    QTest::newRow("no list") << QByteArray("{\"version\": 1}");
    QTest::newRow("unknown verdict")
        << QByteArray(R"({"version": 1, "verdicts": [{"chainIndex": "1", "tokenContractAddress": "0x1",)"
                      R"( "symbol": "A", "verdict": "spam"}, {"chainIndex": "1", "tokenContractAddress": "0x2",)"
                      R"( "symbol": "B", "verdict": "maybe"}]})");
    QTest::newRow("chain not a number")
        << QByteArray(R"({"version": 1, "verdicts": [{"chainIndex": "eth", "tokenContractAddress": "0x1",)"
                      R"( "symbol": "A", "verdict": "spam"}]})");
}

void tst_VerdictStore::corruptFileIsKeptByteIdentical()
{
    QFETCH(QByteArray, bytes);
    writeAll(filePath(), bytes);
    VerdictStore store(m_dir.path());
    const QString notice = store.load();
    QVERIFY(!notice.isEmpty());
    QVERIFY2(notice.contains(QDir::toNativeSeparators(filePath())), qPrintable(notice));
    // No verdict applies, not even the good entries before a bad one.
    QVERIFY(store.verdicts().isEmpty());
    QCOMPARE(readAll(filePath()), bytes);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("verdicts.json")});

    // Nothing is saved over the user's file.
    const QString refused = store.setVerdict(token(QStringLiteral("1"), QStringLiteral("0x9"), QStringLiteral("X")),
                                             TokenVerdict::Spam);
    QVERIFY(!refused.isEmpty());
    QVERIFY(store.verdicts().isEmpty());
    QCOMPARE(readAll(filePath()), bytes);
}

void tst_VerdictStore::fullDiskRefusesTheChange()
{
    VerdictStore store(m_dir.path());
    QVERIFY(store.load().isEmpty());
    QVERIFY(store.setVerdict(token(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("A")), TokenVerdict::Spam).isEmpty());
    const QByteArray before = readAll(filePath());
    QSignalSpy changed(&store, &VerdictStore::changed);
    QString problem;
    {
        const FileSizeLimit::Scope fullDisk(16);
        problem = store.setVerdict(token(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("B")), TokenVerdict::Trusted);
    }
    QVERIFY(!problem.isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(store.verdicts().size(), 1);
    QCOMPARE(readAll(filePath()), before);
}

QTEST_GUILESS_MAIN(tst_VerdictStore)
#include "tst_verdictstore.moc"
