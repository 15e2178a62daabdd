#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "model/holdersmodel.h"
#include "model/holdingsortproxy.h"
#include "model/portfoliostore.h"
#include "model/tokengroupmodel.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString UsdcEthereum = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString UsdcArbitrum = QStringLiteral("0xaf88d065e77c8cc2239327c5edb3a432268e5831");
const QString UsdcBase = QStringLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913");
const QString UsdcOptimism = QStringLiteral("0x0b2c639c533813f4aa9d7837caf62653d097ff85");
const QString ScamUsdc = QStringLiteral("0x00000000000000000000000000000000000000aa");
const QString RiskUsdc = QStringLiteral("0x00000000000000000000000000000000000000bb");
const QString Link = QStringLiteral("0x514910771af9ca656af840dff83e8264ecf986ca");

// 24 significant digits each: a double would lose the last eight.
const QString AliceUsdc = QStringLiteral("123456789012.123456789012");
const QString AliceUsdcArbitrum = QStringLiteral("987654321098.765432109876");
const QString BobUsdc = QStringLiteral("111111111111.111111111111");

QList<TokenAsset> aliceAssets()
{
    return {
        asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000")),
        asset(QStringLiteral("42161"), QString(), QStringLiteral("ETH"), QStringLiteral("0.25"), QStringLiteral("2000")),
        asset(QStringLiteral("1"), UsdcEthereum, QStringLiteral("USDC"), AliceUsdc, QStringLiteral("1")),
        asset(QStringLiteral("42161"), UsdcArbitrum, QStringLiteral("USDC"), AliceUsdcArbitrum, QStringLiteral("1")),
        // A "USDC" at a contract nobody knows: a scam copying the symbol.
        asset(QStringLiteral("1"), ScamUsdc, QStringLiteral("USDC"), QStringLiteral("5000"), QStringLiteral("1")),
    };
}

QList<TokenAsset> bobAssets()
{
    return {
        asset(QStringLiteral("8453"), UsdcBase, QStringLiteral("USDC"), BobUsdc, QStringLiteral("1")),
        asset(QStringLiteral("1"), Link, QStringLiteral("LINK"), QStringLiteral("10"), QStringLiteral("15")),
        // OKX flags it: a risk token, whatever symbol it shows.
        asset(QStringLiteral("8453"), RiskUsdc, QStringLiteral("USDC"), QStringLiteral("1000000"), QStringLiteral("1"), true),
    };
}

} // namespace

/**
 * TokenGroupModel over the window's AssetTableModel → AssetFilterProxy, sorted by HoldingSortProxy,
 * and HoldersModel: the same token folded across chains and addresses with exact sums, risk and
 * scam tokens apart, and both following the store as it changes.
 */
class TestTokenGroups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void foldsTheSameTokenAcrossChainsAndAddresses();
    void sumsAreExact();
    void riskTokenIsNotMerged();
    void scamWithTheSameSymbolStaysApart();
    void followsTheSourceInPlace();
    void verdictMovesATokenOutOfItsGroup();
    void filtersApplyToTheGroups();
    void sortsGroupsByExactSums();
    void inactiveHoldsNothing();
    void holdersOfAToken();

private:
    /** The top row of @p symbol's group: its risk token's with @p risk, else the known asset's, else the unknown token's. */
    QModelIndex group(const QString &symbol, bool risk = false) const;
    static QStringList childSymbolsAndChains(const QModelIndex &group);

    std::unique_ptr<PortfolioStore> m_store;
    std::unique_ptr<AssetTableModel> m_table;
    std::unique_ptr<AssetFilterProxy> m_filter;
    std::unique_ptr<TokenGroupModel> m_groups;
    std::unique_ptr<HoldingSortProxy> m_sorted;
    std::unique_ptr<QAbstractItemModelTester> m_groupTester;
    std::unique_ptr<QAbstractItemModelTester> m_sortedTester;
};

void TestTokenGroups::init()
{
    m_store = std::make_unique<PortfolioStore>();
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), aliceAssets()));
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"), bobAssets()));
    m_table = std::make_unique<AssetTableModel>(m_store.get());
    m_filter = std::make_unique<AssetFilterProxy>();
    m_filter->setSourceModel(m_table.get());
    m_groups = std::make_unique<TokenGroupModel>(m_table.get(), m_filter.get());
    m_groups->setActive(true);
    m_sorted = std::make_unique<HoldingSortProxy>();
    m_sorted->setSourceModel(m_groups.get());
    m_sorted->sort(AssetTableModel::ValueColumn, Qt::DescendingOrder);
    m_groupTester = std::make_unique<QAbstractItemModelTester>(m_groups.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_sortedTester = std::make_unique<QAbstractItemModelTester>(m_sorted.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTokenGroups::cleanup()
{
    m_sortedTester.reset();
    m_groupTester.reset();
    m_sorted.reset();
    m_groups.reset();
    m_filter.reset();
    m_table.reset();
    m_store.reset();
}

QModelIndex TestTokenGroups::group(const QString &symbol, bool risk) const
{
    // The known asset's group before an unknown token's of the same symbol (the scam "USDC").
    for (const char *kind : {"risk", "asset", "token"}) {
        if (risk != (qstrcmp(kind, "risk") == 0))
            continue;
        for (int row = 0; row < m_sorted->rowCount(); ++row) {
            const QModelIndex index = m_sorted->index(row, 0);
            if (index.data(AssetTableModel::SymbolRole).toString() == symbol
                && index.data(AssetTableModel::IdentityKeyRole).toString().startsWith(QLatin1String(kind)))
                return index;
        }
    }
    return {};
}

QStringList TestTokenGroups::childSymbolsAndChains(const QModelIndex &group)
{
    QStringList children;
    for (int row = 0; row < group.model()->rowCount(group); ++row) {
        const QModelIndex child = group.model()->index(row, 0, group);
        children << child.data(AssetTableModel::ChainIndexRole).toString() + u' '
                        + child.data(AssetTableModel::OwnerLabelRole).toString();
    }
    children.sort();
    return children;
}

void TestTokenGroups::foldsTheSameTokenAcrossChainsAndAddresses()
{
    // ETH (Ethereum + Arbitrum), USDC (3 holdings), the scam "USDC", LINK, the risk "USDC".
    QCOMPARE(m_sorted->rowCount(), 5);
    const QModelIndex usdc = group(QStringLiteral("USDC"));
    QVERIFY(usdc.isValid());
    QVERIFY(usdc.data(TokenGroupModel::IsGroupRole).toBool());
    QCOMPARE(childSymbolsAndChains(usdc),
             (QStringList{QStringLiteral("1 Alice"), QStringLiteral("42161 Alice"), QStringLiteral("8453 Bob")}));
    QCOMPARE(usdc.data(TokenGroupModel::HoldingCountRole).toInt(), 3);
    // "%n chain(s)": the English plural forms come with the translations, which this test does not load.
    QVERIFY(usdc.siblingAtColumn(AssetTableModel::ChainColumn).data().toString().startsWith(u"3 chain"));
    QVERIFY(usdc.siblingAtColumn(AssetTableModel::AddressColumn).data().toString().startsWith(u"2 address"));
    const QModelIndex eth = group(QStringLiteral("ETH"));
    QCOMPARE(childSymbolsAndChains(eth), (QStringList{QStringLiteral("1 Alice"), QStringLiteral("42161 Alice")}));
    QCOMPARE(eth.siblingAtColumn(AssetTableModel::AddressColumn).data().toString(), QStringLiteral("Alice"));
    // A child is the flat table's row: same roles, same texts.
    const QModelIndex child = m_sorted->index(0, AssetTableModel::BalanceColumn, eth);
    QVERIFY(!child.data(TokenGroupModel::IsGroupRole).toBool());
    QVERIFY(child.data(AssetTableModel::BalanceRole).value<Decimal>() == dec("1.5")
            || child.data(AssetTableModel::BalanceRole).value<Decimal>() == dec("0.25"));
}

void TestTokenGroups::sumsAreExact()
{
    const QModelIndex usdc = group(QStringLiteral("USDC"));
    // 123456789012.123456789012 + 987654321098.765432109876 + 111111111111.111111111111
    const Decimal sum = dec("1222222221222.000000009999");
    QCOMPARE(usdc.data(AssetTableModel::BalanceRole).value<Decimal>(), sum);
    QCOMPARE(usdc.data(AssetTableModel::ValueRole).value<Decimal>(), sum);
    QCOMPARE(usdc.siblingAtColumn(AssetTableModel::BalanceColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Exact balance: 1222222221222.000000009999 USDC"));
    // The sort key is the exact sum, the display the flat table's format of it.
    QCOMPARE(usdc.siblingAtColumn(AssetTableModel::ValueColumn).data(AssetTableModel::SortKeyRole).value<Decimal>(), sum);
    QCOMPARE(usdc.siblingAtColumn(AssetTableModel::ValueColumn).data().toString(), m_table->display().amount(sum));
    const QModelIndex eth = group(QStringLiteral("ETH"));
    QCOMPARE(eth.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1.75"));
    QCOMPARE(eth.data(AssetTableModel::ValueRole).value<Decimal>(), dec("3500"));
}

void TestTokenGroups::riskTokenIsNotMerged()
{
    const QModelIndex risk = group(QStringLiteral("USDC"), true);
    QVERIFY(risk.isValid());
    QCOMPARE(m_sorted->rowCount(risk), 1);
    QVERIFY(!risk.data(AssetTableModel::CountsRole).toBool());
    // Its claimed million is in no sum, and it sorts last by value, as in the flat table.
    QVERIFY(!risk.siblingAtColumn(AssetTableModel::ValueColumn).data(AssetTableModel::SortKeyRole).isValid());
    QCOMPARE(m_sorted->index(m_sorted->rowCount() - 1, 0).data(AssetTableModel::IdentityKeyRole),
             risk.data(AssetTableModel::IdentityKeyRole));
    QCOMPARE(group(QStringLiteral("USDC")).data(TokenGroupModel::HoldingCountRole).toInt(), 3);
}

void TestTokenGroups::scamWithTheSameSymbolStaysApart()
{
    int usdcGroups = 0;
    QModelIndex scam;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (index.data(AssetTableModel::SymbolRole).toString() != QLatin1String("USDC"))
            continue;
        ++usdcGroups;
        if (index.data(AssetTableModel::IdentityKeyRole).toString().startsWith(u"token"))
            scam = index;
    }
    // USDC, the scam "USDC" and the risk "USDC": three tokens.
    QCOMPARE(usdcGroups, 3);
    QVERIFY(scam.isValid());
    QCOMPARE(m_sorted->rowCount(scam), 1);
    QCOMPARE(scam.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("5000"));
    QCOMPARE(m_sorted->index(0, 0, scam).data(AssetTableModel::ContractRole).toString(), ScamUsdc);
}

void TestTokenGroups::followsTheSourceInPlace()
{
    QPersistentModelIndex usdc = group(QStringLiteral("USDC"));
    QPersistentModelIndex link = group(QStringLiteral("LINK"));
    QVERIFY(link.isValid());
    // Bob's LINK is gone, his USDC moved to Optimism and grew.
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"),
                           {asset(QStringLiteral("10"), UsdcOptimism, QStringLiteral("USDC"), QStringLiteral("0.000000000001"),
                                  QStringLiteral("1"))}));
    QVERIFY(!link.isValid());
    QVERIFY(usdc.isValid());
    QCOMPARE(childSymbolsAndChains(usdc),
             (QStringList{QStringLiteral("1 Alice"), QStringLiteral("10 Bob"), QStringLiteral("42161 Alice")}));
    QCOMPARE(usdc.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1111111110110.888888898889"));
    QCOMPARE(m_sorted->rowCount(), 3);

    // A token new to every address makes a group of its own.
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"),
                           {asset(QStringLiteral("1"), Link, QStringLiteral("LINK"), QStringLiteral("3"), QStringLiteral("15"))}));
    QVERIFY(group(QStringLiteral("LINK")).isValid());
    QVERIFY(!group(QStringLiteral("USDC")).siblingAtColumn(AssetTableModel::ChainColumn).data().toString().isEmpty());
    QCOMPARE(m_sorted->rowCount(usdc), 2);
    QCOMPARE(group(QStringLiteral("LINK")).data(AssetTableModel::ValueRole).value<Decimal>(), dec("45"));

    // An address removed takes its holdings out of every group.
    m_store->setWatched({WatchedAddress{Bob, QStringLiteral("Bob"), {QStringLiteral("1")}}});
    QVERIFY(!group(QStringLiteral("USDC")).isValid());
    QCOMPARE(m_sorted->rowCount(), 1);
}

void TestTokenGroups::verdictMovesATokenOutOfItsGroup()
{
    const QPersistentModelIndex usdc = group(QStringLiteral("USDC"));
    TokenVerdicts verdicts;
    verdicts.set(asset(QStringLiteral("8453"), UsdcBase, QStringLiteral("USDC"), BobUsdc, QStringLiteral("1")), TokenVerdict::Spam);
    m_store->setVerdicts(verdicts);
    // Bob's USDC on Base counts as spam now: out of USDC, a risk token of its own.
    QCOMPARE(m_sorted->rowCount(usdc), 2);
    QCOMPARE(usdc.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1111111110110.888888898888"));
    int riskGroups = 0;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        riskGroups += m_sorted->index(row, 0).data(AssetTableModel::LeftOutAsRiskRole).toBool() ? 1 : 0;
    QCOMPARE(riskGroups, 2);

    // Taken back, it is USDC again.
    m_store->setVerdicts(TokenVerdicts());
    QCOMPARE(m_sorted->rowCount(usdc), 3);
    QCOMPARE(usdc.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1222222221222.000000009999"));
}

void TestTokenGroups::filtersApplyToTheGroups()
{
    m_filter->setHideRisk(true);
    QVERIFY(!group(QStringLiteral("USDC"), true).isValid());
    QCOMPARE(m_sorted->rowCount(), 4);
    m_filter->setAddressScope(Alice);
    // Alice's own USDC only: the sum follows what is shown.
    const QModelIndex usdc = group(QStringLiteral("USDC"));
    QCOMPARE(m_sorted->rowCount(usdc), 2);
    QCOMPARE(usdc.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1111111110110.888888898888"));
    // The search as in the flat table (symbol, contract, chain): Alice's holdings on Arbitrum.
    m_filter->setSearchText(QStringLiteral("arbitrum"));
    QCOMPARE(m_sorted->rowCount(), 2);
    QCOMPARE(m_sorted->rowCount(group(QStringLiteral("USDC"))), 1);
    QCOMPARE(group(QStringLiteral("USDC")).data(AssetTableModel::BalanceRole).value<Decimal>(), dec("987654321098.765432109876"));
    m_filter->setSearchText(QString());
    m_filter->setAddressScope(QString());
    m_filter->setHideRisk(false);
    QCOMPARE(m_sorted->rowCount(), 5);
}

void TestTokenGroups::sortsGroupsByExactSums()
{
    // Two tokens whose values differ in the 22nd significant digit: equal as doubles.
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"),
                           {asset(QStringLiteral("1"), Link, QStringLiteral("LINK"), QStringLiteral("1000000000000.000000001"),
                                  QStringLiteral("1")),
                            asset(QStringLiteral("1"), QStringLiteral("0x00000000000000000000000000000000000000cc"),
                                  QStringLiteral("AAA"), QStringLiteral("1000000000000.000000002"), QStringLiteral("1"))}));
    m_sorted->sort(AssetTableModel::ValueColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        order << m_sorted->index(row, 0).data().toString();
    QCOMPARE(order.indexOf(QStringLiteral("AAA")) + 1, order.indexOf(QStringLiteral("LINK")));
    m_sorted->sort(AssetTableModel::ValueColumn, Qt::AscendingOrder);
    order.clear();
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        order << m_sorted->index(row, 0).data().toString();
    QCOMPARE(order.indexOf(QStringLiteral("LINK")) + 1, order.indexOf(QStringLiteral("AAA")));
    // Every column sorts both ways without a warning or a crash (the testers watch).
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        m_sorted->sort(column, Qt::AscendingOrder);
        m_sorted->sort(column, Qt::DescendingOrder);
    }
}

void TestTokenGroups::inactiveHoldsNothing()
{
    m_groups->setActive(false);
    QCOMPARE(m_groups->rowCount(), 0);
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"), {}));
    QCOMPARE(m_groups->rowCount(), 0);
    m_groups->setActive(true);
    // Alice's ETH, USDC and the scam.
    QCOMPARE(m_groups->rowCount(), 3);
}

void TestTokenGroups::holdersOfAToken()
{
    const QString key = group(QStringLiteral("USDC")).data(AssetTableModel::IdentityKeyRole).toString();
    // The holders of the whole store, whatever the filters.
    m_filter->setAddressScope(Alice);
    HoldersModel holders(m_table.get(), key);
    QAbstractItemModelTester tester(&holders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(holders.rowCount(), 3);
    QCOMPARE(holders.symbol(), QStringLiteral("USDC"));
    QCOMPARE(holders.totalBalance(), dec("1222222221222.000000009999"));
    QCOMPARE(holders.totalValue(), dec("1222222221222.000000009999"));
    QCOMPARE(holders.totalText(), QStringLiteral("Total of 3 holding(s): 1222222221222.000000009999 USDC · $1,222,222,221,222.000000009999"));
    QStringList rows;
    Decimal shares;
    for (int row = 0; row < holders.rowCount(); ++row) {
        rows << holders.index(row, HoldersModel::LabelColumn).data().toString() + u' '
                    + holders.index(row, HoldersModel::ChainColumn).data().toString() + u' '
                    + holders.index(row, HoldersModel::BalanceColumn).data(HoldersModel::CopyTextRole).toString();
        shares += *Decimal::parse(holders.index(row, HoldersModel::ShareColumn).data(HoldersModel::CopyTextRole).toString());
    }
    rows.sort();
    QCOMPARE(rows, (QStringList{QStringLiteral("Alice Arbitrum One ") + AliceUsdcArbitrum,
                                QStringLiteral("Alice Ethereum ") + AliceUsdc, QStringLiteral("Bob Base ") + BobUsdc}));
    // Shares to six decimals add up to 100 within their rounding.
    QVERIFY((shares - dec("100")).abs() <= dec("0.000003"));

    // A verdict moves a holding out; the totals follow.
    TokenVerdicts verdicts;
    verdicts.set(asset(QStringLiteral("8453"), UsdcBase, QStringLiteral("USDC"), BobUsdc, QStringLiteral("1")), TokenVerdict::Spam);
    m_store->setVerdicts(verdicts);
    QCOMPARE(holders.rowCount(), 2);
    QCOMPARE(holders.totalBalance(), dec("1111111110110.888888898888"));
    // Privacy mode masks the amounts, also what Copy takes.
    m_table->setDisplay(AmountDisplay(QLocale::c(), true));
    QCOMPARE(holders.index(0, HoldersModel::BalanceColumn).data(HoldersModel::CopyTextRole).toString(), AmountDisplay::mask());
    QVERIFY(!holders.totalText().contains(QLatin1String("1111111110110")));
}

QTEST_MAIN(TestTokenGroups)
#include "tst_tokengroups.moc"
