#include "model/allocationbuilder.h"
#include "model/assettablemodel.h"
#include "model/holdingssummary.h"
#include "model/portfoliostore.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QTest>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");

/** @p count tokens T1..Tn worth $n each (plus an exact fraction), on Ethereum. */
QList<TokenAsset> ladder(int count)
{
    QList<TokenAsset> assets;
    for (int i = 1; i <= count; ++i) {
        assets << asset(QStringLiteral("1"), QStringLiteral("0x%1").arg(i), QStringLiteral("T%1").arg(i),
                        QStringLiteral("%1.000000000000000001").arg(i), QStringLiteral("1"));
    }
    return assets;
}

Decimal sumOf(const Allocation &allocation)
{
    Decimal sum;
    for (const AllocationSlice &slice : allocation.slices)
        sum += slice.value;
    return sum;
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private slots:
    void topEightPlusOther();
    void nineGroupsNeedNoOther();
    void riskAndUnpricedAreLeftOut();
    void groupsByTokenAcrossChains();
    void groupsByChain();
    void groupsByAddress();
    void emptyScope();
    void oneAssetIsOneFullSlice();
    void tenThousandAssetsStillNineSlices();
    void equalValuesOrderDeterministically();
    void keyRolesMatchTheModel();
    void summaryCountsWhatIsLeftOut();
};

void TestAllocation::topEightPlusOther()
{
    const Allocation allocation = AllocationBuilder::build({snapshot(Alice, QString(), ladder(12))}, {}, AllocationGrouping::Token);
    QCOMPARE(allocation.slices.size(), 9);
    QCOMPARE(allocation.slices.first().label, QStringLiteral("T12"));
    QCOMPARE(allocation.slices.at(7).label, QStringLiteral("T5"));
    const AllocationSlice &other = allocation.slices.last();
    QVERIFY(other.isOther);
    QCOMPARE(other.keys, (QStringList{QStringLiteral("T4"), QStringLiteral("T3"), QStringLiteral("T2"), QStringLiteral("T1")}));
    QCOMPARE(other.members, other.keys); // symbols are both key and label
    // 1+2+3+4 and one 10^-18 per token: exact.
    QCOMPARE(other.value.toPlainString(), QStringLiteral("10.000000000000000004"));
    QCOMPARE(allocation.total.toPlainString(), QStringLiteral("78.000000000000000012"));
    QCOMPARE(sumOf(allocation), allocation.total);
    QCOMPARE(allocation.slices.first().percent, dec("15.4")); // 12/78
}

void TestAllocation::nineGroupsNeedNoOther()
{
    const Allocation allocation = AllocationBuilder::build({snapshot(Alice, QString(), ladder(9))}, {}, AllocationGrouping::Token);
    QCOMPARE(allocation.slices.size(), 9);
    for (const AllocationSlice &slice : allocation.slices)
        QVERIFY(!slice.isOther);
    QCOMPARE(sumOf(allocation), allocation.total);
}

void TestAllocation::riskAndUnpricedAreLeftOut()
{
    const Allocation allocation = AllocationBuilder::build(
        {snapshot(Alice, QString(),
                  {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("3")),
                   asset(QStringLiteral("1"), QStringLiteral("0xbad"), QStringLiteral("SCAM"), QStringLiteral("1000000"),
                         QStringLiteral("1000"), true),
                   asset(QStringLiteral("1"), QStringLiteral("0xnop"), QStringLiteral("NOPRICE"), QStringLiteral("5"),
                         QStringLiteral("0")),
                   asset(QStringLiteral("1"), QStringLiteral("0xzero"), QStringLiteral("ZERO"), QStringLiteral("0"),
                         QStringLiteral("4"))})},
        {}, AllocationGrouping::Token);
    QCOMPARE(allocation.slices.size(), 1);
    QCOMPARE(allocation.slices.first().label, QStringLiteral("ETH"));
    QCOMPARE(allocation.total, dec("6"));
}

void TestAllocation::groupsByTokenAcrossChains()
{
    const Allocation allocation = AllocationBuilder::build(
        {snapshot(Alice, QString(),
                  {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("3000")),
                   asset(QStringLiteral("8453"), QString(), QStringLiteral("ETH"), QStringLiteral("0.5"), QStringLiteral("3000")),
                   asset(QStringLiteral("1"), QStringLiteral("0xa"), QStringLiteral("USDC"), QStringLiteral("100"),
                         QStringLiteral("1"))}),
         snapshot(Bob, QString(),
                  {asset(QStringLiteral("42161"), QString(), QStringLiteral("ETH"), QStringLiteral("0.25"), QStringLiteral("3000"))})},
        {}, AllocationGrouping::Token);
    QCOMPARE(allocation.slices.size(), 2);
    QCOMPARE(allocation.slices.first().keys, QStringList{QStringLiteral("ETH")});
    QCOMPARE(allocation.slices.first().value, dec("5250"));
    QCOMPARE(allocation.slices.first().holdingCount, 3);
    QCOMPARE(allocation.slices.last().value, dec("100"));
    QCOMPARE(allocation.slices.last().holdingCount, 1);
}

void TestAllocation::groupsByChain()
{
    const Allocation allocation = AllocationBuilder::build(
        {snapshot(Alice, QString(),
                  {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("10")),
                   asset(QStringLiteral("1"), QStringLiteral("0xa"), QStringLiteral("USDC"), QStringLiteral("5"), QStringLiteral("1")),
                   asset(QStringLiteral("56"), QString(), QStringLiteral("BNB"), QStringLiteral("1"), QStringLiteral("20"))})},
        {}, AllocationGrouping::Chain);
    QCOMPARE(allocation.slices.size(), 2);
    QCOMPARE(allocation.slices.at(0).label, QStringLiteral("BNB Chain"));
    QCOMPARE(allocation.slices.at(0).keys, QStringList{QStringLiteral("56")});
    QCOMPARE(allocation.slices.at(1).label, QStringLiteral("Ethereum"));
    QCOMPARE(allocation.slices.at(1).value, dec("15"));
}

void TestAllocation::groupsByAddress()
{
    const Allocation allocation = AllocationBuilder::build(
        {snapshot(Alice, QStringLiteral("Alice"),
                  {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("10"))}),
         snapshot(Bob, QString(),
                  {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("10"))})},
        {}, AllocationGrouping::Address);
    QCOMPARE(allocation.slices.size(), 2);
    QCOMPARE(allocation.slices.at(0).label, QStringLiteral("0x2222…2222"));
    QCOMPARE(allocation.slices.at(0).keys, QStringList{Bob});
    QCOMPARE(allocation.slices.at(1).label, QStringLiteral("Alice"));
}

void TestAllocation::emptyScope()
{
    QVERIFY(AllocationBuilder::build({}, {}, AllocationGrouping::Token).isEmpty());
    QVERIFY(AllocationBuilder::build({snapshot(Alice, QString(), {})}, {}, AllocationGrouping::Chain).isEmpty());
}

void TestAllocation::oneAssetIsOneFullSlice()
{
    const Allocation allocation = AllocationBuilder::build(
        {snapshot(Alice, QString(), {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("3"))})},
        {}, AllocationGrouping::Token);
    QCOMPARE(allocation.slices.size(), 1);
    QCOMPARE(allocation.slices.first().percent, dec("100"));
}

void TestAllocation::tenThousandAssetsStillNineSlices()
{
    QList<PortfolioSnapshot> snapshots;
    for (int a = 0; a < 100; ++a) {
        QList<TokenAsset> assets;
        for (int t = 0; t < 100; ++t) {
            assets << asset(QStringLiteral("1"), QStringLiteral("0x%1").arg(t), QStringLiteral("T%1").arg(a * 100 + t),
                            QStringLiteral("%1.5").arg(t + 1), QStringLiteral("0.%1").arg(a + 1));
        }
        snapshots << snapshot(QStringLiteral("0x%1").arg(a, 40, 10, QLatin1Char('0')), QString(), assets);
    }
    const Allocation allocation = AllocationBuilder::build(snapshots, {}, AllocationGrouping::Token);
    QCOMPARE(allocation.slices.size(), 9);
    QVERIFY(allocation.slices.last().isOther);
    QCOMPARE(allocation.slices.last().keys.size(), 10000 - 8);
    QCOMPARE(sumOf(allocation), allocation.total);
    QCOMPARE(allocation.total, HoldingsSummary::of(snapshots, {}).total);
    QCOMPARE(AllocationBuilder::build(snapshots, {}, AllocationGrouping::Address).slices.size(), 9);
}

void TestAllocation::equalValuesOrderDeterministically()
{
    QList<TokenAsset> assets;
    for (const char *symbol : {"D", "B", "A", "C"})
        assets << asset(QStringLiteral("1"), QString::fromLatin1(symbol), QString::fromLatin1(symbol), QStringLiteral("1"), QStringLiteral("1"));
    const Allocation allocation = AllocationBuilder::build({snapshot(Alice, QString(), assets)}, {}, AllocationGrouping::Token);
    QStringList labels;
    for (const AllocationSlice &slice : allocation.slices)
        labels << slice.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
}

void TestAllocation::keyRolesMatchTheModel()
{
    // The table filters on a slice through these roles: they must yield the keys the builder uses.
    PortfolioStore store;
    AssetTableModel model(&store);
    const TokenAsset eth = asset(QStringLiteral("8453"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("1"));
    put(store, snapshot(Alice, QString(), {eth}));
    for (AllocationGrouping grouping : {AllocationGrouping::Token, AllocationGrouping::Chain, AllocationGrouping::Address}) {
        QCOMPARE(model.index(0, 0).data(AllocationBuilder::keyRole(grouping)).toString(),
                 AllocationBuilder::groupKey(grouping, Alice, eth));
    }
}

void TestAllocation::summaryCountsWhatIsLeftOut()
{
    PortfolioSnapshot stale = snapshot(Bob, QString(), {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"),
                                                              QStringLiteral("1"), QStringLiteral("1"))});
    stale.fetchedAt = stale.fetchedAt.addSecs(-3600);
    stale.error = ApiError::timeout(1000);
    const HoldingsSummary summary = HoldingsSummary::of(
        {snapshot(Alice, QString(),
                  {asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("A"), QStringLiteral("2"), QStringLiteral("0.5")),
                   asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("SCAM"), QStringLiteral("10"), QStringLiteral("7"), true),
                   asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("SCAM2"), QStringLiteral("10"), QStringLiteral("0"), true),
                   asset(QStringLiteral("1"), QStringLiteral("0x4"), QStringLiteral("NOPRICE"), QStringLiteral("3"), QStringLiteral("0"))}),
         stale},
        {});
    QCOMPARE(summary.total, dec("2"));
    QCOMPARE(summary.tokenCount, 5);
    QCOMPARE(summary.riskCount, 2);
    QCOMPARE(summary.riskClaimedValue, dec("70"));
    QCOMPARE(summary.unpricedCount, 1);
    QCOMPARE(summary.addressCount, 2);
    QCOMPARE(summary.staleCount, 1);
    QCOMPARE(summary.oldestFetch, stale.fetchedAt);
    QCOMPARE(summary.newestFetch, stale.fetchedAt.addSecs(3600));
}

QTEST_MAIN(TestAllocation)
#include "tst_allocation.moc"
