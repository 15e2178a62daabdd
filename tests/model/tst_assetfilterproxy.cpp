#include "model/assetfilterproxy.h"
#include "storage/holdingsdiff.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");

/** The symbols the proxy shows, top to bottom. */
QStringList symbols(const QAbstractItemModel &proxy)
{
    QStringList list;
    for (int r = 0; r < proxy.rowCount(); ++r)
        list << proxy.index(r, 0).data(AssetTableModel::SymbolRole).toString();
    return list;
}

} // namespace

class TestAssetFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sortsExactDecimals_data();
    void sortsExactDecimals();
    void unpricedSortLastBothWays();
    void rowsWithoutANumberFollowBySymbol();
    void equalValuesBreakTiesStably();
    void textColumnsSortByName();
    void everyColumnSortsByItsExactKeyBothWays();
    void changeColumnSortsByTheChange();
    void search_data();
    void search();
    void hideRisk();
    void hideSmall();
    void hideUnpriced();
    void addressScope();
    void sliceFilter();
    void refreshResortsInPlace();

private:
    void load(const QList<TokenAsset> &assets);

    PortfolioStore *m_store = nullptr;
    AssetTableModel *m_model = nullptr;
    AssetFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAssetFilterProxy::init()
{
    m_store = new PortfolioStore(this);
    m_model = new AssetTableModel(m_store, this);
    m_proxy = new AssetFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestAssetFilterProxy::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
    delete m_store;
}

void TestAssetFilterProxy::load(const QList<TokenAsset> &assets)
{
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), assets));
}

void TestAssetFilterProxy::sortsExactDecimals_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("balances");
    QTest::addColumn<QStringList>("prices");
    QTest::addColumn<QStringList>("expectedDescending");

    // Values a double cannot tell apart, and values whose text sorts the other way.
    QTest::newRow("balance beyond double precision")
        << int(AssetTableModel::BalanceColumn)
        << QStringList{QStringLiteral("0.100000000000000000001"), QStringLiteral("0.1"), QStringLiteral("0.100000000000000000002")}
        << QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}
        << QStringList{QStringLiteral("T2"), QStringLiteral("T0"), QStringLiteral("T1")};
    QTest::newRow("numeric not lexical")
        << int(AssetTableModel::BalanceColumn)
        << QStringList{QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("100.5")}
        << QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}
        << QStringList{QStringLiteral("T2"), QStringLiteral("T1"), QStringLiteral("T0")};
    QTest::newRow("value is balance times price")
        << int(AssetTableModel::ValueColumn)
        << QStringList{QStringLiteral("1000"), QStringLiteral("1"), QStringLiteral("3")}
        << QStringList{QStringLiteral("0.001"), QStringLiteral("2"), QStringLiteral("0.333333333333333333334")}
        << QStringList{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T0")};
    QTest::newRow("price with 18 decimals")
        << int(AssetTableModel::PriceColumn)
        << QStringList{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")}
        << QStringList{QStringLiteral("97165.169717785655331396"), QStringLiteral("97165.169717785655331397"), QStringLiteral("97165.16971778565")}
        << QStringList{QStringLiteral("T1"), QStringLiteral("T0"), QStringLiteral("T2")};
}

void TestAssetFilterProxy::sortsExactDecimals()
{
    QFETCH(int, column);
    QFETCH(QStringList, balances);
    QFETCH(QStringList, prices);
    QFETCH(QStringList, expectedDescending);
    QList<TokenAsset> assets;
    for (int i = 0; i < balances.size(); ++i) {
        assets << asset(QStringLiteral("1"), QStringLiteral("0x%1").arg(i), QStringLiteral("T%1").arg(i), balances.at(i),
                        prices.at(i));
    }
    load(assets);
    m_proxy->sort(column, Qt::DescendingOrder);
    QCOMPARE(symbols(*m_proxy), expectedDescending);
    m_proxy->sort(column, Qt::AscendingOrder);
    std::reverse(expectedDescending.begin(), expectedDescending.end());
    QCOMPARE(symbols(*m_proxy), expectedDescending);
}

void TestAssetFilterProxy::unpricedSortLastBothWays()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("NOPRICE"), QStringLiteral("1000"), QStringLiteral("0")),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("SMALL"), QStringLiteral("1"), QStringLiteral("0.5")),
          asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("BIG"), QStringLiteral("10"), QStringLiteral("5"))});
    for (int column : {AssetTableModel::ValueColumn, AssetTableModel::PriceColumn, AssetTableModel::ShareColumn}) {
        m_proxy->sort(column, Qt::DescendingOrder);
        QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("BIG"), QStringLiteral("SMALL"), QStringLiteral("NOPRICE")}));
        m_proxy->sort(column, Qt::AscendingOrder);
        QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("SMALL"), QStringLiteral("BIG"), QStringLiteral("NOPRICE")}));
    }
}

void TestAssetFilterProxy::rowsWithoutANumberFollowBySymbol()
{
    // Contracts in the reverse of the symbols' order: the tail reads A to Z, not by contract.
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("ZETA"), QStringLiteral("1"), QStringLiteral("0")),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("beta"), QStringLiteral("1"), QStringLiteral("5"), true),
          asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("ALPHA"), QStringLiteral("1"), QStringLiteral("0")),
          asset(QStringLiteral("1"), QStringLiteral("0x4"), QStringLiteral("PRICED"), QStringLiteral("1"), QStringLiteral("1"))});
    m_proxy->sort(AssetTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("PRICED"), QStringLiteral("ZETA"), QStringLiteral("beta"),
                                             QStringLiteral("ALPHA")}));
    m_proxy->sort(AssetTableModel::ValueColumn, Qt::AscendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("PRICED"), QStringLiteral("ALPHA"), QStringLiteral("beta"),
                                             QStringLiteral("ZETA")}));
}

void TestAssetFilterProxy::equalValuesBreakTiesStably()
{
    // Inserted in the reverse of the row-key order: the tie-break, not insertion order, decides.
    load({asset(QStringLiteral("1"), QStringLiteral("0xc"), QStringLiteral("C"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0xb"), QStringLiteral("B"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0xa"), QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("1"))});
    m_proxy->sort(AssetTableModel::ValueColumn, Qt::AscendingOrder);
    const QStringList before = symbols(*m_proxy);
    QCOMPARE(before, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    // A refresh with the same values in another order leaves the view alone.
    load({asset(QStringLiteral("1"), QStringLiteral("0xa"), QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0xb"), QStringLiteral("B"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0xc"), QStringLiteral("C"), QStringLiteral("1.0"), QStringLiteral("1.00"))});
    QCOMPARE(symbols(*m_proxy), before);
}

void TestAssetFilterProxy::textColumnsSortByName()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("137"), QStringLiteral("0x2"), QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("8453"), QStringLiteral("0x3"), QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("1"))});
    m_proxy->sort(AssetTableModel::ChainColumn, Qt::AscendingOrder);
    // Base, Ethereum, Polygon: by name, not by chain index (1, 137, 8453).
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestAssetFilterProxy::everyColumnSortsByItsExactKeyBothWays()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0xc3"), QStringLiteral("b"), QStringLiteral("10"), QStringLiteral("0.5")),
          asset(QStringLiteral("56"), QStringLiteral("0xA1"), QStringLiteral("c"), QStringLiteral("9"), QStringLiteral("0")),
          asset(QStringLiteral("137"), QString(), QStringLiteral("a"), QStringLiteral("100.5"), QStringLiteral("2")),
          asset(QStringLiteral("8453"), QStringLiteral("0xb2"), QStringLiteral("d"), QStringLiteral("1"), QStringLiteral("1000"),
                true)});
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"),
                                  {asset(QStringLiteral("1"), QStringLiteral("0xd4"), QStringLiteral("e"),
                                         QStringLiteral("0.000000000000000001"), QStringLiteral("1"))}));
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            // Walk the rows: each key in order, rows without one after all that have one.
            bool keyless = false;
            for (int r = 1; r < m_proxy->rowCount(); ++r) {
                const QVariant above = m_proxy->index(r - 1, column).data(AssetTableModel::SortKeyRole);
                const QVariant below = m_proxy->index(r, column).data(AssetTableModel::SortKeyRole);
                const QString where = QStringLiteral("column %1, order %2, row %3").arg(column).arg(int(order)).arg(r);
                keyless = keyless || !above.isValid();
                QVERIFY2(!(keyless && below.isValid()), qPrintable(where + QStringLiteral(": a key after a row without one")));
                if (!above.isValid() || !below.isValid())
                    continue;
                const int compared = above.metaType() == QMetaType::fromType<Decimal>()
                    ? Decimal::compare(above.value<Decimal>(), below.value<Decimal>())
                    : QString::localeAwareCompare(above.toString(), below.toString());
                QVERIFY2(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0, qPrintable(where));
            }
        }
    }
    // Text and numbers where a double or the display text would mislead.
    m_proxy->sort(AssetTableModel::BalanceColumn, Qt::DescendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{"a", "b", "c", "d", "e"}));
    m_proxy->sort(AssetTableModel::ContractColumn, Qt::AscendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{"a", "c", "d", "b", "e"})); // "", 0xa1, 0xb2, 0xc3, 0xd4: case aside
    m_proxy->sort(AssetTableModel::AddressColumn, Qt::DescendingOrder);
    QCOMPARE(symbols(*m_proxy).first(), QStringLiteral("e"));
}

void TestAssetFilterProxy::changeColumnSortsByTheChange()
{
    const QList<TokenAsset> before{
        asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("UP"), QStringLiteral("1"), QStringLiteral("1")),
        asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("DOWN"), QStringLiteral("5"), QStringLiteral("1")),
        asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("SAME"), QStringLiteral("2"), QStringLiteral("1"))};
    const QList<TokenAsset> after{
        asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("UP"), QStringLiteral("4"), QStringLiteral("1")),
        asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("DOWN"), QStringLiteral("1"), QStringLiteral("1")),
        asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("SAME"), QStringLiteral("2"), QStringLiteral("1")),
        asset(QStringLiteral("1"), QStringLiteral("0x4"), QStringLiteral("NEW"), QStringLiteral("2"), QStringLiteral("1"))};
    load(before);
    load(after);
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"),
                           {asset(QStringLiteral("1"), QStringLiteral("0x5"), QStringLiteral("UNKNOWN"),
                                  QStringLiteral("1"), QStringLiteral("1"))}));
    // +3, +2 (new: its whole value), 0, -4; a change not known yet (Bob's first refresh) last.
    m_proxy->sort(AssetTableModel::ChangeColumn, Qt::DescendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{"UP", "NEW", "SAME", "DOWN", "UNKNOWN"}));
    m_proxy->sort(AssetTableModel::ChangeColumn, Qt::AscendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{"DOWN", "SAME", "NEW", "UP", "UNKNOWN"}));
}

void TestAssetFilterProxy::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("symbol, any case") << QStringLiteral("usd") << QStringList{QStringLiteral("USDC")};
    QTest::newRow("contract") << QStringLiteral("A0B869") << QStringList{QStringLiteral("USDC")};
    QTest::newRow("chain name") << QStringLiteral("polygon") << QStringList{QStringLiteral("POL")};
    QTest::newRow("surrounding spaces") << QStringLiteral("  usdc ") << QStringList{QStringLiteral("USDC")};
    QTest::newRow("address label") << QStringLiteral("alic") << QStringList{"ETH", "USDC", "POL"};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
}

void TestAssetFilterProxy::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    load({asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"), QStringLiteral("USDC"),
                QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("137"), QString(), QStringLiteral("POL"), QStringLiteral("1"), QStringLiteral("1"))});
    QSignalSpy changed(m_proxy, &AssetFilterProxy::filtersChanged);
    m_proxy->setSearchText(text);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(symbols(*m_proxy), expected);
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 3);
}

void TestAssetFilterProxy::hideRisk()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("SCAM"), QStringLiteral("1"), QStringLiteral("9"), true),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("OK"), QStringLiteral("1"), QStringLiteral("1"))});
    m_proxy->setHideRisk(true);
    QCOMPARE(symbols(*m_proxy), QStringList{QStringLiteral("OK")});
    m_proxy->setHideRisk(false);
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestAssetFilterProxy::hideSmall()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("CENTS"), QStringLiteral("0.999999999999999999"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("DOLLAR"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("UNPRICED"), QStringLiteral("0.5"), QStringLiteral("0"))});
    m_proxy->setHideSmall(true);
    // Below $1 by a hair is small; exactly $1 is not; an unpriced value is unknown, not small.
    m_proxy->sort(AssetTableModel::TokenColumn, Qt::AscendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("DOLLAR"), QStringLiteral("UNPRICED")}));
}

void TestAssetFilterProxy::hideUnpriced()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("UNPRICED"), QStringLiteral("5"), QStringLiteral("0")),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("EMPTYPRICE"), QStringLiteral("5"), QString()),
          asset(QStringLiteral("1"), QStringLiteral("0x3"), QStringLiteral("PRICED"), QStringLiteral("5"), QStringLiteral("1"))});
    m_proxy->setHideUnpriced(true);
    QCOMPARE(symbols(*m_proxy), QStringList{QStringLiteral("PRICED")});
}

void TestAssetFilterProxy::addressScope()
{
    load({asset(QStringLiteral("1"), QString(), QStringLiteral("ALICE"), QStringLiteral("1"), QStringLiteral("1"))});
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"),
                                  {asset(QStringLiteral("1"), QString(), QStringLiteral("BOB"), QStringLiteral("1"), QStringLiteral("1"))}));
    m_proxy->setAddressScope(Bob);
    QCOMPARE(symbols(*m_proxy), QStringList{QStringLiteral("BOB")});
    m_proxy->setAddressScope(QString());
    QCOMPARE(m_proxy->rowCount(), 2);
}

void TestAssetFilterProxy::sliceFilter()
{
    load({asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("8453"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("56"), QStringLiteral("0x1"), QStringLiteral("CAKE"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("137"), QString(), QStringLiteral("POL"), QStringLiteral("1"), QStringLiteral("1"))});
    AllocationSlice eth{QStringLiteral("ETH"), {QStringLiteral("ETH")}, dec("2"), dec("50"), false, {}};
    m_proxy->setSliceFilter(AllocationGrouping::Token, eth);
    QCOMPARE(m_proxy->rowCount(), 2);
    QCOMPARE(m_proxy->sliceLabel(), QStringLiteral("ETH"));

    AllocationSlice chains{QStringLiteral("Other"), {QStringLiteral("56"), QStringLiteral("137")}, dec("2"), dec("50"), true, {QStringLiteral("BNB Chain"), QStringLiteral("Polygon")}};
    m_proxy->setSliceFilter(AllocationGrouping::Chain, chains);
    m_proxy->sort(AssetTableModel::TokenColumn, Qt::AscendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("CAKE"), QStringLiteral("POL")}));

    m_proxy->clearSliceFilter();
    QVERIFY(!m_proxy->hasSliceFilter());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestAssetFilterProxy::refreshResortsInPlace()
{
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("1"))});
    m_proxy->sort(AssetTableModel::ValueColumn, Qt::DescendingOrder);
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
    QSignalSpy reset(m_proxy, &AssetFilterProxy::modelReset);
    load({asset(QStringLiteral("1"), QStringLiteral("0x1"), QStringLiteral("A"), QStringLiteral("3"), QStringLiteral("1")),
          asset(QStringLiteral("1"), QStringLiteral("0x2"), QStringLiteral("B"), QStringLiteral("2"), QStringLiteral("1"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(symbols(*m_proxy), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

QTEST_MAIN(TestAssetFilterProxy)
#include "tst_assetfilterproxy.moc"
