#include "model/addresslistmodel.h"
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

} // namespace

class TestAddressListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void allAddressesComesFirst();
    void totalsAreExactAndLeaveRiskOut();
    void unlabelledAddressHasNoSecondAddressLine();
    void staleAddressIsMarked();
    void addingAnAddressResetsAndRemovingToo();
    void refreshOnlyChangesData();
    void privacyMasksTotals();
    void hugeTotalsHaveACompactFormAndTheirExactValueInTheTooltip();
    void privacyMasksCompactTotalsAndTheirTooltip();

private:
    PortfolioStore *m_store = nullptr;
    AssetTableModel *m_source = nullptr;
    AddressListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAddressListModel::init()
{
    m_store = new PortfolioStore(this);
    m_source = new AssetTableModel(m_store, this);
    m_source->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), false));
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"),
                                   {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("2"), QStringLiteral("1000.5")),
                                    asset(QStringLiteral("1"), QStringLiteral("0xbad"), QStringLiteral("SCAM"), QStringLiteral("1"),
                                          QStringLiteral("99999"), true)}));
    m_model = new AddressListModel(m_store, m_source, this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestAddressListModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_source;
    delete m_store;
}

void TestAddressListModel::allAddressesComesFirst()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("All addresses"));
    QCOMPARE(m_model->index(0).data(AddressListModel::AddressRole).toString(), QString());
    QCOMPARE(m_model->index(0).data(AddressListModel::SubtitleRole).toString(), QStringLiteral("1 address(es)"));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("Alice"));
    QCOMPARE(m_model->rowOf(QString()), 0);
    QCOMPARE(m_model->rowOf(Alice), 1);
    QCOMPARE(m_model->rowOf(Bob), -1);
}

void TestAddressListModel::totalsAreExactAndLeaveRiskOut()
{
    QCOMPARE(m_model->index(1).data(AddressListModel::TotalRole).value<Decimal>(), dec("2001"));
    QCOMPARE(m_model->index(1).data(AddressListModel::TotalTextRole).toString(), QStringLiteral("$2,001.00"));
    QCOMPARE(m_model->index(0).data(AddressListModel::TotalRole).value<Decimal>(), dec("2001"));
}

void TestAddressListModel::unlabelledAddressHasNoSecondAddressLine()
{
    put(*m_store, snapshot(Bob, QString(), {}));
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("0x2222…2222"));
    QCOMPARE(m_model->index(2).data(AddressListModel::SubtitleRole).toString(), QString());
    QCOMPARE(m_model->index(1).data(AddressListModel::SubtitleRole).toString(), QStringLiteral("0x1111…1111"));
}

void TestAddressListModel::staleAddressIsMarked()
{
    QVERIFY(!m_model->index(1).data(AddressListModel::StaleRole).toBool());
    QSignalSpy changed(m_model, &AddressListModel::dataChanged);
    m_store->setState(Alice, PortfolioStore::RefreshState::Failed, ApiError::timeout(1000));
    QVERIFY(changed.count() >= 1);
    QVERIFY(m_model->index(1).data(AddressListModel::StaleRole).toBool());
    QVERIFY(m_model->index(0).data(AddressListModel::StaleRole).toBool());
    QVERIFY(!m_model->index(1).data(Qt::DecorationRole).isNull());
    QVERIFY(m_model->index(1).data(Qt::ToolTipRole).toString().contains(u"failed"));
}

void TestAddressListModel::addingAnAddressResetsAndRemovingToo()
{
    QSignalSpy reset(m_model, &AddressListModel::modelReset);
    put(*m_store, snapshot(Bob, QString(), {}));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    m_store->setWatched({WatchedAddress{Bob, QString(), {QStringLiteral("1")}}});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1).data(AddressListModel::AddressRole).toString(), Bob);
}

void TestAddressListModel::refreshOnlyChangesData()
{
    QSignalSpy reset(m_model, &AddressListModel::modelReset);
    put(*m_store, snapshot(Alice, QStringLiteral("Alice"),
                                   {asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("3"), QStringLiteral("1000"))}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->index(1).data(AddressListModel::TotalRole).value<Decimal>(), dec("3000"));
}

void TestAddressListModel::privacyMasksTotals()
{
    m_source->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), true));
    QCOMPARE(m_model->index(0).data(AddressListModel::TotalTextRole).toString(), AmountDisplay::mask());
    QCOMPARE(m_model->index(1).data(AddressListModel::TotalTextRole).toString(), AmountDisplay::mask());
}

void TestAddressListModel::hugeTotalsHaveACompactFormAndTheirExactValueInTheTooltip()
{
    // 10^21 dollars and a wei: 40 significant digits, never through a double.
    put(*m_store, snapshot(Bob, QStringLiteral("Whale"),
                           {asset(QStringLiteral("1"), QString(), QStringLiteral("TKN0"),
                                  QStringLiteral("1000000000000000000000.000000000000000001"), QStringLiteral("1"))}));
    const QModelIndex bob = m_model->index(2);
    QCOMPARE(bob.data(AddressListModel::TotalTextRole).toString(), QStringLiteral("$1,000,000,000,000,000,000,000.00"));
    QCOMPARE(bob.data(AddressListModel::TotalCompactTextRole).toString(), QStringLiteral("$1.00\u00a0×\u00a010²¹"));
    QVERIFY2(bob.data(Qt::ToolTipRole).toString().endsWith(u"Exact total: $1,000,000,000,000,000,000,000.000000000000000001"),
             qPrintable(bob.data(Qt::ToolTipRole).toString()));
    // All addresses: Alice's 2,001 on top.
    const QModelIndex all = m_model->index(0);
    QCOMPARE(all.data(AddressListModel::TotalCompactTextRole).toString(), QStringLiteral("$1.00\u00a0×\u00a010²¹"));
    QVERIFY2(all.data(Qt::ToolTipRole).toString().endsWith(u"Exact total: $1,000,000,000,000,000,002,001.000000000000000001"),
             qPrintable(all.data(Qt::ToolTipRole).toString()));
    QCOMPARE(m_model->index(1).data(AddressListModel::TotalCompactTextRole).toString(), QStringLiteral("$2.00K"));

    // The change of the refresh, compact too.
    put(*m_store, snapshot(Bob, QStringLiteral("Whale"),
                           {asset(QStringLiteral("1"), QString(), QStringLiteral("TKN0"), QStringLiteral("3000000000000000000000"),
                                  QStringLiteral("1"))}));
    QCOMPARE(m_model->index(2).data(AddressListModel::ChangeCompactTextRole).toString(), QStringLiteral("+$2.00\u00a0×\u00a010²¹"));
    QCOMPARE(m_model->index(2).data(AddressListModel::ChangeTextRole).toString(), QStringLiteral("+$2,000,000,000,000,000,000,000.00"));
}

void TestAddressListModel::privacyMasksCompactTotalsAndTheirTooltip()
{
    put(*m_store, snapshot(Bob, QStringLiteral("Whale"),
                           {asset(QStringLiteral("1"), QString(), QStringLiteral("TKN0"), QStringLiteral("1000000000000000000000"),
                                  QStringLiteral("1"))}));
    m_source->setDisplay(AmountDisplay(QLocale(QLocale::English, QLocale::UnitedStates), true));
    for (int row : {0, 2}) {
        const QModelIndex index = m_model->index(row);
        QCOMPARE(index.data(AddressListModel::TotalCompactTextRole).toString(), AmountDisplay::mask());
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(u'$') && !tip.contains(u"1,000"), qPrintable(tip));
    }
}

QTEST_MAIN(TestAddressListModel)
#include "tst_addresslistmodel.moc"
