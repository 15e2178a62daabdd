#include "storage/holdingsdiff.h"

#include "support/testassets.h"

#include <QTest>

namespace {

using TestAssets::asset;

QString plain(const Decimal &d)
{
    return d.toPlainString();
}

const QString Usdt = QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7");

} // namespace

/** Exact change computation between two refreshes. */
class tst_HoldingsDiff : public QObject
{
    Q_OBJECT

private slots:
    void exactDeltas();
    void appearedAndDisappeared();
    void unchangedHasNoChanges();
    void priceOnlyChange();
    void riskTokensNeverCountInTotals();
    void contractCaseIsIgnoredForEvm();
    void repeatedHoldingsAreSummed();
    void aNewRiskFlagMovesTheTotal();
};

void tst_HoldingsDiff::exactDeltas()
{
    const QString price = QStringLiteral("2000.123456789012345678");
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"), {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), price)},
        {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.500000000000000001"), price)});

    QCOMPARE(changes.rows.size(), 1);
    const HoldingChange &row = changes.rows.first();
    QCOMPARE(row.kind, HoldingChange::Kind::Changed);
    QCOMPARE(plain(row.balanceDelta()), QStringLiteral("0.000000000000000001"));
    // 1e-18 × price, not a rounded double.
    QCOMPARE(plain(row.valueDeltaUsd()), QStringLiteral("0.000000000000002000123456789012345678"));
    QCOMPARE(plain(changes.totalDeltaUsd({})), QStringLiteral("0.000000000000002000123456789012345678"));
}

void tst_HoldingsDiff::appearedAndDisappeared()
{
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"),
        {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("3000")),
         asset(QStringLiteral("56"), QStringLiteral("0xcake"), QStringLiteral("CAKE"), QStringLiteral("10"), QStringLiteral("2.5"))},
        {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("3000")),
         asset(QStringLiteral("1"), Usdt, QStringLiteral("USDT"), QStringLiteral("100.25"), QStringLiteral("1"))});

    // ETH, the same as before, has no row.
    QCOMPARE(changes.rows.size(), 2);
    QVERIFY(!changes.find(QStringLiteral("1"), QString()));

    const HoldingChange &usdt = changes.rows.at(0);
    QCOMPARE(usdt.kind, HoldingChange::Kind::Appeared);
    QCOMPARE(usdt.symbol, QStringLiteral("USDT"));
    QVERIFY(usdt.previousBalance.isZero());
    QCOMPARE(plain(usdt.balanceDelta()), QStringLiteral("100.25"));
    QCOMPARE(plain(usdt.valueDeltaUsd()), QStringLiteral("100.25"));

    // Disappeared holdings come after the current ones.
    const HoldingChange &cake = changes.rows.at(1);
    QCOMPARE(cake.kind, HoldingChange::Kind::Disappeared);
    QCOMPARE(cake.chainIndex, QStringLiteral("56"));
    QCOMPARE(plain(cake.previousBalance), QStringLiteral("10"));
    QVERIFY(cake.currentBalance.isZero());
    QCOMPARE(plain(cake.balanceDelta()), QStringLiteral("-10"));
    QCOMPARE(plain(cake.valueDeltaUsd()), QStringLiteral("-25"));

    QCOMPARE(plain(changes.totalDeltaUsd({})), QStringLiteral("75.25"));
    QVERIFY(changes.find(QStringLiteral("56"), QStringLiteral("0xcake")) == &cake);
    QVERIFY(!changes.find(QStringLiteral("56"), QString()));
}

void tst_HoldingsDiff::unchangedHasNoChanges()
{
    const QList<TokenAsset> same{asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2"),
                                       QStringLiteral("3000"))};
    // 2.0 and 2 are the same amount: scale never makes a change.
    const QList<TokenAsset> rescaled{asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2.0"),
                                           QStringLiteral("3000.00"))};
    const AddressChanges changes = HoldingsDiff::compare(QStringLiteral("a"), same, rescaled);
    QVERIFY(changes.rows.isEmpty());
    QVERIFY(changes.totalDeltaUsd({}).isZero());
    QVERIFY(HoldingsDiff::compare(QStringLiteral("a"), {}, {}).rows.isEmpty());
}

void tst_HoldingsDiff::priceOnlyChange()
{
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"), {asset(QStringLiteral("501"), QString(), QStringLiteral("SOL"), QStringLiteral("3"), QStringLiteral("150.10"))},
        {asset(QStringLiteral("501"), QString(), QStringLiteral("SOL"), QStringLiteral("3"), QStringLiteral("149.95"))});
    const HoldingChange &row = changes.rows.first();
    QCOMPARE(row.kind, HoldingChange::Kind::Changed);
    QVERIFY(row.balanceDelta().isZero());
    QCOMPARE(plain(row.valueDeltaUsd()), QStringLiteral("-0.45"));
}

void tst_HoldingsDiff::riskTokensNeverCountInTotals()
{
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"),
        {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("100")),
         asset(QStringLiteral("1"), QStringLiteral("0xscam"), QStringLiteral("SCAM"), QStringLiteral("1000000"), QStringLiteral("5"), true)},
        {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("100")),
         asset(QStringLiteral("1"), QStringLiteral("0xscam"), QStringLiteral("SCAM"), QStringLiteral("2000000"), QStringLiteral("5"), true),
         asset(QStringLiteral("1"), QStringLiteral("0xnew"), QStringLiteral("AIRDROP"), QStringLiteral("1"), QStringLiteral("999"), true)});

    // The rows still show what happened to the risk tokens …
    QCOMPARE(changes.rows.size(), 2);
    QCOMPARE(changes.rows.at(0).kind, HoldingChange::Kind::Changed);
    QVERIFY(changes.rows.at(0).isRiskToken);
    QCOMPARE(plain(changes.rows.at(0).valueDeltaUsd()), QStringLiteral("5000000"));
    QCOMPARE(changes.rows.at(1).kind, HoldingChange::Kind::Appeared);
    // … but the totals never include them.
    QVERIFY(changes.totalDeltaUsd({}).isZero());
}

void tst_HoldingsDiff::aNewRiskFlagMovesTheTotal()
{
    // The same balance and price, flagged by OKX since: it leaves the total, and only that is a row.
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"),
        {asset(QStringLiteral("1"), QStringLiteral("0xdrop"), QStringLiteral("DROP"), QStringLiteral("10"), QStringLiteral("2"))},
        {asset(QStringLiteral("1"), QStringLiteral("0xdrop"), QStringLiteral("DROP"), QStringLiteral("10"), QStringLiteral("2"), true)});
    QCOMPARE(changes.rows.size(), 1);
    QCOMPARE(changes.rows.first().kind, HoldingChange::Kind::Unchanged);
    QVERIFY(changes.rows.first().valueDeltaUsd().isZero());
    QCOMPARE(plain(changes.totalDeltaUsd({})), QStringLiteral("-20"));
    // Still so once the chain's rows are the only ones kept.
    QCOMPARE(plain(changes.onChains({QStringLiteral("1")}).totalDeltaUsd({})), QStringLiteral("-20"));
    QVERIFY(changes.onChains({QStringLiteral("56")}).totalDeltaUsd({}).isZero());
}

void tst_HoldingsDiff::contractCaseIsIgnoredForEvm()
{
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"), {asset(QStringLiteral("1"), Usdt.toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")),
                                    QStringLiteral("USDT"), QStringLiteral("5"), QStringLiteral("1"))},
        {asset(QStringLiteral("1"), Usdt, QStringLiteral("USDT"), QStringLiteral("7"), QStringLiteral("1"))});
    QCOMPARE(changes.rows.size(), 1);
    QCOMPARE(plain(changes.rows.first().balanceDelta()), QStringLiteral("2"));
}

void tst_HoldingsDiff::repeatedHoldingsAreSummed()
{
    const AddressChanges changes = HoldingsDiff::compare(
        QStringLiteral("a"), {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("10"))},
        {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("10")),
         asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("0.5"), QStringLiteral("10"))});
    QCOMPARE(changes.rows.size(), 1);
    QCOMPARE(plain(changes.rows.first().currentBalance), QStringLiteral("1.5"));
    QCOMPARE(plain(changes.totalDeltaUsd({})), QStringLiteral("5"));
}

QTEST_APPLESS_MAIN(tst_HoldingsDiff)
#include "tst_holdingsdiff.moc"
