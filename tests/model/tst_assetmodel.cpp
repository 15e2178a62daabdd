#include "api/assetkey.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "support/testassets.h"
#include "support/testdecimal.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace TestAssets;

namespace {

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString Usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString Scam = QStringLiteral("0x00000000000000000000000000000000000000aa");

QList<TokenAsset> aliceAssets()
{
    return {
        asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.123456789012345678"),
              QStringLiteral("3000.5")),
        asset(QStringLiteral("1"), Usdc, QStringLiteral("USDC"), QStringLiteral("2500"), QStringLiteral("0.9999")),
        asset(QStringLiteral("1"), Scam, QStringLiteral("FREE"), QStringLiteral("1000000"), QStringLiteral("2"), true),
        asset(QStringLiteral("56"), QStringLiteral("0xbeef"), QStringLiteral("NOPRICE"), QStringLiteral("7"),
              QStringLiteral("0")),
    };
}

/** The source row whose RowKeyRole is @p key, or -1. */
int rowOfKey(const QAbstractItemModel &model, const QString &key)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(AssetTableModel::RowKeyRole).toString() == key)
            return r;
    }
    return -1;
}

int rowOfSymbol(const QAbstractItemModel &model, const QString &symbol)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(AssetTableModel::SymbolRole).toString() == symbol)
            return r;
    }
    return -1;
}

} // namespace

class TestAssetModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typedRolesAreExact();
    void rawStringsAreKept();
    void displayFollowsLocale();
    void unpricedShowsDash();
    void tinyValueShowsBelowOneCent();
    void riskRowIsFlagged();
    void numbersAlignRight();
    void tooltipCarriesExactBalance();
    void privacyMasksAmounts();
    void privacyMasksShares();
    void riskAndUnpricedStayOutOfTotalAndShares();
    void shareFollowsScope();
    void refreshUpdatesRowsInPlace();
    void refreshKeepsPersistentIndexes();
    void refreshInsertsAndRemoves();
    void labelChangeUpdatesAddressColumn();
    void duplicateAssetsBecomeOneRow();
    void failedRefreshKeepsRows();
    void unwatchedAddressLosesItsRows();
    void headersAreTranslatableTexts();
    void changesShowExactDeltas();
    void contractCaseIsOneKey();

private:
    PortfolioStore *m_store = nullptr;
    AssetTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAssetModel::init()
{
    m_store = new PortfolioStore(this);
    m_model = new AssetTableModel(m_store, this);
    m_model->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), false));
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), aliceAssets()));
}

void TestAssetModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_store;
}

void TestAssetModel::typedRolesAreExact()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(AssetTableModel::ColumnCount));
    const QModelIndex eth = m_model->index(rowOfSymbol(*m_model, QStringLiteral("ETH")), AssetTableModel::ValueColumn);
    QCOMPARE(eth.data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1.123456789012345678"));
    QCOMPARE(eth.data(AssetTableModel::PriceRole).value<Decimal>(), dec("3000.5"));
    // 1.123456789012345678 × 3000.5 exactly: no double rounding anywhere.
    QCOMPARE(eth.data(AssetTableModel::ValueRole).value<Decimal>().toPlainString(),
             QStringLiteral("3370.932095431543206839"));
    QCOMPARE(eth.data(AssetTableModel::IsRiskRole).toBool(), false);
    QCOMPARE(eth.data(AssetTableModel::IsPricedRole).toBool(), true);
    QCOMPARE(eth.data(AssetTableModel::CountsRole).toBool(), true);
    QCOMPARE(eth.data(AssetTableModel::ChainIndexRole).toString(), QStringLiteral("1"));
    QCOMPARE(eth.data(AssetTableModel::ChainNameRole).toString(), QStringLiteral("Ethereum"));
    QCOMPARE(eth.data(AssetTableModel::ContractRole).toString(), QString());
    QCOMPARE(eth.data(AssetTableModel::OwnerAddressRole).toString(), Alice);
    QCOMPARE(eth.data(AssetTableModel::OwnerLabelRole).toString(), QStringLiteral("Alice"));
    QCOMPARE(eth.data(AssetTableModel::FetchedAtRole).toDateTime(), QDateTime(QDate(2025, 5, 27), QTime(12, 0), Qt::UTC));
    QCOMPARE(eth.data(AssetTableModel::RowKeyRole).toString(), AssetKey::ofHolding(Alice, aliceAssets().at(0)));
}

void TestAssetModel::rawStringsAreKept()
{
    TokenAsset odd = asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.500"),
                           QStringLiteral("2.10"));
    odd.rawBalance = QStringLiteral("1500000000000000000");
    put(*m_store, snapshot(Bob, QString(), {odd}));
    const QModelIndex row = m_model->index(rowOfKey(*m_model, AssetKey::ofHolding(Bob, odd)), 0);
    QCOMPARE(row.data(AssetTableModel::BalanceTextRole).toString(), QStringLiteral("1.500"));
    QCOMPARE(row.data(AssetTableModel::PriceTextRole).toString(), QStringLiteral("2.10"));
    QCOMPARE(row.data(AssetTableModel::RawBalanceRole).toString(), QStringLiteral("1500000000000000000"));
    // Without a label the owner shows as a short address.
    QCOMPARE(row.data(AssetTableModel::OwnerLabelRole).toString(), QStringLiteral("0x2222…2222"));
}

void TestAssetModel::displayFollowsLocale()
{
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    const int eth = rowOfSymbol(*m_model, QStringLiteral("ETH"));
    QCOMPARE(m_model->index(usdc, AssetTableModel::BalanceColumn).data().toString(), QStringLiteral("2,500"));
    QCOMPARE(m_model->index(usdc, AssetTableModel::ValueColumn).data().toString(), QStringLiteral("$2,499.75"));
    QCOMPARE(m_model->index(eth, AssetTableModel::BalanceColumn).data().toString(), QStringLiteral("1.12345679"));
    QCOMPARE(m_model->index(eth, AssetTableModel::ChainColumn).data().toString(), QStringLiteral("Ethereum"));

    QSignalSpy changed(m_model, &AssetTableModel::dataChanged);
    m_model->setDisplay(AmountDisplay(QLocale(QLocale::German, QLocale::Germany), false));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(usdc, AssetTableModel::ValueColumn).data().toString(), QStringLiteral("$2.499,75"));
}

void TestAssetModel::unpricedShowsDash()
{
    const int row = rowOfSymbol(*m_model, QStringLiteral("NOPRICE"));
    QCOMPARE(m_model->index(row, AssetTableModel::PriceColumn).data().toString(), AmountDisplay::none());
    QCOMPARE(m_model->index(row, AssetTableModel::ValueColumn).data().toString(), AmountDisplay::none());
    QCOMPARE(m_model->index(row, AssetTableModel::ShareColumn).data().toString(), AmountDisplay::none());
    QVERIFY(!m_model->index(row, 0).data(AssetTableModel::IsPricedRole).toBool());
    QVERIFY(!m_model->index(row, 0).data(AssetTableModel::ShareRole).isValid());
    QVERIFY(m_model->index(row, AssetTableModel::ValueColumn).data(Qt::ToolTipRole).toString().contains(u"no price"));
}

void TestAssetModel::tinyValueShowsBelowOneCent()
{
    put(*m_store, snapshot(Bob, QString(), {asset(QStringLiteral("1"), QString(), QStringLiteral("DUST"),
                                                         QStringLiteral("0.000000000000000001"), QStringLiteral("5"))}));
    const int row = rowOfSymbol(*m_model, QStringLiteral("DUST"));
    QCOMPARE(m_model->index(row, AssetTableModel::ValueColumn).data().toString(), QStringLiteral("< $0.01"));
    QCOMPARE(m_model->index(row, AssetTableModel::ValueColumn).data(AssetTableModel::ValueRole).value<Decimal>(),
             dec("0.000000000000000005"));
}

void TestAssetModel::riskRowIsFlagged()
{
    const int risk = rowOfSymbol(*m_model, QStringLiteral("FREE"));
    const int safe = rowOfSymbol(*m_model, QStringLiteral("ETH"));
    QVERIFY(m_model->index(risk, 0).data(AssetTableModel::IsRiskRole).toBool());
    QVERIFY(!m_model->index(risk, 0).data(AssetTableModel::CountsRole).toBool());
    QVERIFY(!m_model->index(risk, AssetTableModel::TokenColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!m_model->index(safe, AssetTableModel::TokenColumn).data(Qt::DecorationRole).isValid());
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        QVERIFY(m_model->index(risk, column).data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
        QVERIFY(m_model->index(risk, column).data(Qt::ToolTipRole).toString().contains(u"honeypot"));
        QVERIFY(!m_model->index(safe, column).data(Qt::BackgroundRole).isValid());
    }
}

void TestAssetModel::numbersAlignRight()
{
    const auto alignment = [this](int column) {
        return Qt::Alignment(m_model->index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    for (int column : {AssetTableModel::BalanceColumn, AssetTableModel::PriceColumn, AssetTableModel::ValueColumn,
                       AssetTableModel::ShareColumn}) {
        QVERIFY(alignment(column) & Qt::AlignRight);
        QVERIFY(Qt::Alignment(m_model->headerData(column, Qt::Horizontal, Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
    }
    QVERIFY(alignment(AssetTableModel::TokenColumn) & Qt::AlignLeft);
}

void TestAssetModel::tooltipCarriesExactBalance()
{
    const int eth = rowOfSymbol(*m_model, QStringLiteral("ETH"));
    const QString tip = m_model->index(eth, AssetTableModel::BalanceColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("1.123456789012345678 ETH")), qPrintable(tip));
}

void TestAssetModel::privacyMasksAmounts()
{
    m_model->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), true));
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    const int eth = rowOfSymbol(*m_model, QStringLiteral("ETH"));
    // The same mask for every amount, whatever its length.
    for (int row : {usdc, eth}) {
        QCOMPARE(m_model->index(row, AssetTableModel::BalanceColumn).data().toString(), AmountDisplay::mask());
        QCOMPARE(m_model->index(row, AssetTableModel::ValueColumn).data().toString(), AmountDisplay::mask());
    }
    QVERIFY(!m_model->index(eth, AssetTableModel::BalanceColumn).data(Qt::ToolTipRole).toString().contains(u"1.12"));
    // Exact roles are unaffected: sorting and export keep working.
    QCOMPARE(m_model->index(usdc, 0).data(AssetTableModel::BalanceRole).value<Decimal>(), dec("2500"));
}

void TestAssetModel::privacyMasksShares()
{
    // A share of a visible total, or shares beside each other, tell what privacy mode hides.
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    QCOMPARE(m_model->index(usdc, AssetTableModel::ShareColumn).data().toString(), QStringLiteral("42.6 %"));
    m_model->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), true));
    QCOMPARE(m_model->index(usdc, AssetTableModel::ShareColumn).data().toString(), AmountDisplay::mask());
    QVERIFY(m_model->index(usdc, 0).data(AssetTableModel::ShareRole).isValid());
}

void TestAssetModel::riskAndUnpricedStayOutOfTotalAndShares()
{
    // ETH 3370.932095431543206839 + USDC 2499.75; FREE (risk) and NOPRICE are out.
    QCOMPARE(m_model->scopeTotal().toPlainString(), QStringLiteral("5870.682095431543206839"));
    const int risk = rowOfSymbol(*m_model, QStringLiteral("FREE"));
    QCOMPARE(m_model->index(risk, AssetTableModel::ShareColumn).data().toString(), AmountDisplay::none());
    QVERIFY(!m_model->index(risk, 0).data(AssetTableModel::ShareRole).isValid());
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    QCOMPARE(m_model->index(usdc, AssetTableModel::ShareColumn).data().toString(), QStringLiteral("42.6 %"));
    Decimal shares;
    for (int r = 0; r < m_model->rowCount(); ++r)
        shares += m_model->index(r, 0).data(AssetTableModel::ShareRole).value<Decimal>();
    QVERIFY(Decimal::compare((shares - Decimal::fromInteger(100)).abs(), dec("0.00001")) < 0);
}

void TestAssetModel::shareFollowsScope()
{
    put(*m_store, snapshot(Bob, QStringLiteral("Bob"), {asset(QStringLiteral("1"), QString(), QStringLiteral("BOBETH"),
                                                                     QStringLiteral("1"), QStringLiteral("5870.682095431543206839"))}));
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    QCOMPARE(m_model->index(usdc, AssetTableModel::ShareColumn).data().toString(), QStringLiteral("21.3 %"));

    QSignalSpy changed(m_model, &AssetTableModel::dataChanged);
    m_model->setShareScope(Alice);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->index(usdc, AssetTableModel::ShareColumn).data().toString(), QStringLiteral("42.6 %"));
    const int bob = rowOfSymbol(*m_model, QStringLiteral("BOBETH"));
    QCOMPARE(m_model->index(bob, AssetTableModel::ShareColumn).data().toString(), AmountDisplay::none());
}

void TestAssetModel::refreshUpdatesRowsInPlace()
{
    QSignalSpy reset(m_model, &AssetTableModel::modelReset);
    QSignalSpy layout(m_model, &AssetTableModel::layoutChanged);
    QSignalSpy inserted(m_model, &AssetTableModel::rowsInserted);
    QSignalSpy removed(m_model, &AssetTableModel::rowsRemoved);
    QSignalSpy changed(m_model, &AssetTableModel::dataChanged);

    QList<TokenAsset> fresh = aliceAssets();
    fresh[1] = asset(QStringLiteral("1"), Usdc, QStringLiteral("USDC"), QStringLiteral("2600"), QStringLiteral("0.9999"));
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), fresh));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->rowCount(), 4);
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    QCOMPARE(m_model->index(usdc, 0).data(AssetTableModel::BalanceRole).value<Decimal>(), dec("2600"));

    // An identical refresh changes no holding: only the Change column, which now says "unchanged".
    changed.clear();
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), fresh));
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().column(), int(AssetTableModel::ChangeColumn));
        QCOMPARE(signal.at(1).toModelIndex().column(), int(AssetTableModel::ChangeColumn));
    }
    QCOMPARE(m_model->index(usdc, 0).data(AssetTableModel::ChangeKindRole).toInt(), int(HoldingChange::Kind::Unchanged));
}

void TestAssetModel::refreshKeepsPersistentIndexes()
{
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    const QPersistentModelIndex kept(m_model->index(usdc, AssetTableModel::ValueColumn));
    QList<TokenAsset> fresh = aliceAssets();
    fresh.removeAt(0); // ETH sold
    fresh.append(asset(QStringLiteral("1"), QStringLiteral("0xdead"), QStringLiteral("NEW"), QStringLiteral("1"),
                       QStringLiteral("1")));
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), fresh));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(AssetTableModel::SymbolRole).toString(), QStringLiteral("USDC"));
    QCOMPARE(kept.column(), int(AssetTableModel::ValueColumn));
}

void TestAssetModel::refreshInsertsAndRemoves()
{
    QSignalSpy reset(m_model, &AssetTableModel::modelReset);
    QSignalSpy inserted(m_model, &AssetTableModel::rowsInserted);
    QSignalSpy removed(m_model, &AssetTableModel::rowsRemoved);
    QList<TokenAsset> fresh = aliceAssets();
    fresh.removeAt(2);
    fresh.removeAt(0);
    fresh.append(asset(QStringLiteral("8453"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("3000")));
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), fresh));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(removed.count() >= 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(rowOfSymbol(*m_model, QStringLiteral("FREE")), -1);
    QVERIFY(rowOfKey(*m_model, AssetKey::ofHolding(Alice, fresh.last())) >= 0);
}

void TestAssetModel::labelChangeUpdatesAddressColumn()
{
    QSignalSpy changed(m_model, &AssetTableModel::dataChanged);
    put(*m_store, snapshot(Alice, QStringLiteral("Savings"), aliceAssets()));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(m_model->index(0, AssetTableModel::AddressColumn).data().toString(), QStringLiteral("Savings"));
}

void TestAssetModel::duplicateAssetsBecomeOneRow()
{
    const TokenAsset eth = asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("1"));
    TokenAsset again = eth;
    again.balanceText = QStringLiteral("9");
    again.balance = dec("9");
    put(*m_store, snapshot(Bob, QString(), {eth, again}));
    int rows = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows += m_model->index(r, 0).data(AssetTableModel::OwnerAddressRole).toString() == Bob ? 1 : 0;
    QCOMPARE(rows, 1);
    QCOMPARE(m_model->index(rowOfKey(*m_model, AssetKey::ofHolding(Bob, eth)), 0).data(AssetTableModel::BalanceRole).value<Decimal>(),
             dec("1"));
}

void TestAssetModel::failedRefreshKeepsRows()
{
    QSignalSpy removed(m_model, &AssetTableModel::rowsRemoved);
    QSignalSpy states(m_store, &PortfolioStore::stateChanged);
    m_store->setState(Alice, PortfolioStore::RefreshState::Failed, ApiError::timeout(2000));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(states.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(m_store->entry(Alice)->snapshot.isStale());
    QVERIFY(m_store->entry(Alice)->snapshot.hasData());
    // The next good refresh clears the mark.
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), aliceAssets()));
    QVERIFY(!m_store->entry(Alice)->snapshot.isStale());
}

void TestAssetModel::unwatchedAddressLosesItsRows()
{
    put(*m_store, snapshot(Bob, QString(), {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"),
                                                  QStringLiteral("1"), QStringLiteral("1"))}));
    QCOMPARE(m_model->rowCount(), 5);
    QSignalSpy reset(m_model, &AssetTableModel::modelReset);
    m_store->setWatched({WatchedAddress{Bob, QString(), {QStringLiteral("1")}}});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->scopeTotal(), dec("1"));
}

void TestAssetModel::headersAreTranslatableTexts()
{
    QSignalSpy headers(m_model, &AssetTableModel::headerDataChanged);
    QCOMPARE(m_model->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (USD)"));
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
}

void TestAssetModel::changesShowExactDeltas()
{
    // Before: ETH 1 at 3000, USDC as now. Now: ETH as in aliceAssets(), USDC unchanged, FREE and NOPRICE new.
    const QList<TokenAsset> before{
        asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1"), QStringLiteral("3000")),
        aliceAssets().at(1),
        asset(QStringLiteral("1"), QStringLiteral("0xdead"), QStringLiteral("GONE"), QStringLiteral("4"), QStringLiteral("5")),
    };
    // Chain 56 was watched then too: NOPRICE is new on it, not on a chain just added.
    PortfolioSnapshot earlier = snapshot(Alice, QStringLiteral("Alice"), before);
    earlier.chains = snapshot(Alice, QStringLiteral("Alice"), aliceAssets()).chains;
    put(*m_store, earlier);
    QSignalSpy changed(m_store, &PortfolioStore::holdingsChanged);
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), aliceAssets()));
    QCOMPARE(changed.count(), 1);

    const int eth = rowOfSymbol(*m_model, QStringLiteral("ETH"));
    const int usdc = rowOfSymbol(*m_model, QStringLiteral("USDC"));
    // 1.123456789012345678 × 3000.5 − 3000 = 370.932095431543206839: exact, then shown to the cent.
    QCOMPARE(m_model->index(eth, 0).data(AssetTableModel::ValueDeltaRole).value<Decimal>(), dec("370.932095431543206839"));
    QCOMPARE(m_model->index(eth, 0).data(AssetTableModel::BalanceDeltaRole).value<Decimal>(), dec("0.123456789012345678"));
    QCOMPARE(m_model->index(eth, AssetTableModel::ChangeColumn).data().toString(), QStringLiteral("+$370.93"));
    QVERIFY(m_model->index(eth, AssetTableModel::ChangeColumn).data(Qt::ToolTipRole).toString().contains(u"balance +0.12345679 ETH"));
    QCOMPARE(m_model->index(usdc, AssetTableModel::ChangeColumn).data().toString(), QString());
    QCOMPARE(m_model->index(usdc, 0).data(AssetTableModel::ChangeKindRole).toInt(), int(HoldingChange::Kind::Unchanged));
    const int noPrice = rowOfSymbol(*m_model, QStringLiteral("NOPRICE"));
    QCOMPARE(m_model->index(noPrice, AssetTableModel::ChangeColumn).data().toString(), QStringLiteral("New"));
    // GONE has no row; the address's changes still list it, and its value leaves the total change.
    QCOMPARE(m_store->entry(Alice)->changes.find(QStringLiteral("1"), QStringLiteral("0xdead"))->kind, HoldingChange::Kind::Disappeared);
    QCOMPARE(m_store->changeInScope(QString()), m_store->entry(Alice)->changes.totalDeltaUsd({}));

    m_model->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), true));
    QCOMPARE(m_model->index(eth, AssetTableModel::ChangeColumn).data().toString(), AmountDisplay::mask());

    m_store->setWatched({});
    QVERIFY(m_store->changesInScope(QString()).isEmpty());
}

void TestAssetModel::contractCaseIsOneKey()
{
    // The same EVM token with its contract in checksum case, then in lower case: one row, one token
    // in the diff, whatever the API sends.
    const QList<TokenAsset> before{asset(QStringLiteral("1"), QStringLiteral("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"),
                                         QStringLiteral("USDC"), QStringLiteral("10"), QStringLiteral("1"))};
    const QList<TokenAsset> after{asset(QStringLiteral("1"), QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
                                        QStringLiteral("USDC"), QStringLiteral("12"), QStringLiteral("1"))};
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), before));
    const QPersistentModelIndex row = m_model->index(0, 0);
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"), after));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(AssetTableModel::BalanceRole).value<Decimal>(), Decimal::fromInteger(12));
    QCOMPARE(row.data(AssetTableModel::ChangeKindRole).toInt(), int(HoldingChange::Kind::Changed));
    QCOMPARE(row.data(AssetTableModel::ValueDeltaRole).value<Decimal>(), Decimal::fromInteger(2));
}

QTEST_MAIN(TestAssetModel)
#include "tst_assetmodel.moc"
