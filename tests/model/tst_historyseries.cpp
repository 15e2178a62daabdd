#include "model/historyseries.h"
#include "model/historysortproxy.h"
#include "model/historytablemodel.h"
#include "money/moneyformat.h"
#include "support/testdecimal.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

const QString Alice = QStringLiteral("0xAAAA000000000000000000000000000000000001");
const QString Bob = QStringLiteral("0xbbbb000000000000000000000000000000000002");

const QDateTime Start = QDateTime::fromString(QStringLiteral("2024-05-01T00:00:00.000Z"), Qt::ISODateWithMs);

HistoryPoint point(const QString &address, qint64 msAfterStart, const char *total, const char *usdCny = nullptr)
{
    const QDateTime time = Start.addMSecs(msAfterStart);
    return {time, address, address == Alice ? QStringLiteral("Alice") : QString(), dec(total),
            usdCny ? UsdCnyRate::fromText(QString::fromLatin1(usdCny), time) : std::nullopt};
}

constexpr qint64 Hour = 60 * 60 * 1000;

} // namespace

/** The value history's series: exact sums over addresses recorded at different times, and its table. */
class TestHistorySeries final : public QObject
{
    Q_OBJECT

private slots:
    void allAddressesAreAStepFunctionSummedExactly();
    void changesStartFromTheTotalsBeforeTheSpan();
    void oneAddressIsEveryRecord();
    void spans();
    void tableShowsExactTotalsAndMasksThem();
    void cnyTotalsUseEachRefreshsOwnRate();
    void tableSortsExactly_data();
    void tableSortsExactly();
};

void TestHistorySeries::allAddressesAreAStepFunctionSummedExactly()
{
    const QList<HistorySeriesPoint> series = HistorySeries::build(
        {}, {
                // One refresh of both addresses, 300 ms apart: one point, with the sum.
                point(Alice, 0, "100000000000000000000000.000000000000000000000001"),
                point(Bob, 300, "0.000000000000000000000002"),
                // Alice alone (refreshed from the sidebar): Bob counts with his latest total.
                point(Alice, 2 * Hour, "100000000000000000000000.5"),
                // Bob alone, then Alice a minute and a half later: two refreshes.
                point(Bob, 3 * Hour, "7"),
                point(Alice, 3 * Hour + 90 * 1000, "1"),
                // Alice twice within a second: the second is the next refresh.
                point(Alice, 4 * Hour, "2"),
                point(Alice, 4 * Hour + 500, "3"),
            });
    QCOMPARE(series.size(), 6);
    QCOMPARE(series.at(0).time, Start.addMSecs(300));
    QCOMPARE(series.at(0).total, dec("100000000000000000000000.000000000000000000000003"));
    QCOMPARE(series.at(0).recorded.size(), 2);
    QCOMPARE(series.at(0).recorded.at(0).label, QStringLiteral("Alice"));
    QCOMPARE(series.at(0).recorded.at(1).address, Bob);
    QVERIFY(!series.at(0).change);
    QCOMPARE(series.at(1).total, dec("100000000000000000000000.500000000000000000000002"));
    QCOMPARE(*series.at(1).change, dec("0.499999999999999999999999"));
    QCOMPARE(series.at(1).recorded.size(), 1);
    QCOMPARE(series.at(2).total, dec("100000000000000000000007.5"));
    QCOMPARE(series.at(3).total, dec("8"));
    QCOMPARE(*series.at(3).change, dec("-99999999999999999999999.5"));
    QCOMPARE(series.at(4).total, dec("9"));
    QCOMPARE(series.at(5).total, dec("10"));
    QCOMPARE(*series.at(5).change, dec("1"));
}

void TestHistorySeries::changesStartFromTheTotalsBeforeTheSpan()
{
    // Bob was last recorded before the span: he still counts in its sums.
    const QList<HistorySeriesPoint> series = HistorySeries::build(
        {point(Alice, 0, "1.000000000000000000000001"), point(Bob, Hour, "20")},
        {point(Alice, 5 * Hour, "1.000000000000000000000011")});
    QCOMPARE(series.size(), 1);
    QCOMPARE(series.first().total, dec("21.000000000000000000000011"));
    QCOMPARE(*series.first().change, dec("0.00000000000000000000001"));
}

void TestHistorySeries::oneAddressIsEveryRecord()
{
    const QList<HistorySeriesPoint> series =
        HistorySeries::build({}, {point(Bob, 0, "5"), point(Bob, 10, "6"), point(Bob, 20 * Hour, "4")});
    QCOMPARE(series.size(), 3);
    QCOMPARE(series.at(1).total, dec("6"));
    QCOMPARE(*series.at(2).change, dec("-2"));
}

void TestHistorySeries::spans()
{
    const QDateTime now = Start;
    QCOMPARE(HistorySeries::since(HistorySpan::Day, now), now.addDays(-1));
    QCOMPARE(HistorySeries::since(HistorySpan::Week, now), now.addDays(-7));
    QCOMPARE(HistorySeries::since(HistorySpan::Month, now), now.addMonths(-1));
    QCOMPARE(HistorySeries::since(HistorySpan::Year, now), now.addYears(-1));
    QVERIFY(!HistorySeries::since(HistorySpan::All, now).isValid());
}

void TestHistorySeries::tableShowsExactTotalsAndMasksThem()
{
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    model.setDisplay(AmountDisplay(locale, false));
    model.setPoints(HistorySeries::build({}, {point(Alice, 0, "123456789012345678901234.123456789"),
                                              point(Bob, 100, "0.000000000000000000000001"),
                                              point(Alice, Hour, "123456789012345678901234")}));
    QCOMPARE(model.rowCount(), 2);
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    // Every decimal, never a double's.
    QCOMPARE(text(0, HistoryTableModel::TotalColumn), QStringLiteral("$123,456,789,012,345,678,901,234.123456789000000000000001"));
    QCOMPARE(text(1, HistoryTableModel::TotalColumn), QStringLiteral("$123,456,789,012,345,678,901,234.000000000000000000000001"));
    QCOMPARE(text(0, HistoryTableModel::AddressColumn), HistoryTableModel::tr("%n address(es)", nullptr, 2));
    QCOMPARE(text(1, HistoryTableModel::AddressColumn), QStringLiteral("Alice"));
    QCOMPARE(text(0, HistoryTableModel::ChangeColumn), AmountDisplay::none());
    QCOMPARE(text(1, HistoryTableModel::ChangeColumn), MoneyFormat::usdDelta(dec("-0.123456789"), locale));
    QCOMPARE(model.index(1, HistoryTableModel::ChangeColumn).data(Qt::ToolTipRole).toString(),
             MoneyFormat::usdExact(dec("-0.123456789"), locale));
    QCOMPARE(model.index(1, 0).data(HistoryTableModel::TotalRole).value<Decimal>(), dec("123456789012345678901234.000000000000000000000001"));
    QCOMPARE(model.index(0, 0).data(HistoryTableModel::AddressesRole).toStringList(), (QStringList{Alice, Bob}));
    QCOMPARE(text(0, HistoryTableModel::TimeColumn), AmountDisplay(locale, false).recordTime(Start.addMSecs(100)));
    QVERIFY(text(0, HistoryTableModel::TimeColumn).contains(Start.addMSecs(100).toLocalTime().toString(QStringLiteral(":ss"))));

    model.setDisplay(AmountDisplay(locale, true));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(text(row, HistoryTableModel::TotalColumn), AmountDisplay::mask());
        QVERIFY(model.index(row, HistoryTableModel::ChangeColumn).data(Qt::ToolTipRole).toString().indexOf(u'1') < 0);
    }
    QCOMPARE(text(1, HistoryTableModel::ChangeColumn), AmountDisplay::mask());
}

void TestHistorySeries::cnyTotalsUseEachRefreshsOwnRate()
{
    // Alice at 7.1 then 7.3, Bob at 7.2: each total in CNY at the rate recorded with it, never today's.
    const QList<HistoryPoint> recorded{
        point(Alice, 0, "100.000000000000000000000001", "7.1"),
        point(Bob, 300, "10", "7.2"),
        point(Alice, Hour, "200", "7.3"),
    };
    const QList<HistorySeriesPoint> series = HistorySeries::build({}, recorded);
    QCOMPARE(series.size(), 2);
    QCOMPARE(*series.at(0).totalCny, dec("782.0000000000000000000000071"));
    QVERIFY(!series.at(0).changeCny);
    QCOMPARE(*series.at(1).totalCny, dec("1532")); // 200 × 7.3 + 10 × 7.2
    QCOMPARE(*series.at(1).changeCny, dec("749.9999999999999999999999929"));
    QCOMPARE(HistorySeries::shownCurrency(series, FiatCurrency::Cny), FiatCurrency::Cny);
    QCOMPARE(HistorySeries::shownCurrency(series, FiatCurrency::Usd), FiatCurrency::Usd);

    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    HistoryTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDisplay(AmountDisplay(locale, false, FiatCurrency::Cny, UsdCnyRate::fromText(u"9.99", Start)));
    model.setPoints(series);
    QCOMPARE(model.currency(), FiatCurrency::Cny);
    QCOMPARE(model.index(1, HistoryTableModel::TotalColumn).data().toString(), QStringLiteral("¥1,532.00"));
    QCOMPARE(model.index(1, HistoryTableModel::ChangeColumn).data().toString(), QStringLiteral("+¥750.00"));
    QCOMPARE(model.index(1, HistoryTableModel::TotalColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("$210.00"));
    QCOMPARE(model.index(1, 0).data(HistoryTableModel::TotalRole).value<Decimal>(), dec("1532"));

    // An address recorded without a rate (before rates were kept): that history cannot be in CNY
    // at the rates of its days, so all of it stays in USD rather than mixing currencies.
    model.setPoints(HistorySeries::build({}, {point(Bob, 0, "10"), point(Alice, Hour, "200", "7.3")}));
    QVERIFY(!model.points().at(1).totalCny);
    QCOMPARE(model.currency(), FiatCurrency::Usd);
    QCOMPARE(model.index(1, HistoryTableModel::TotalColumn).data().toString(), QStringLiteral("$210.00"));
    // A later rate for Bob, and the sum is known again.
    const QList<HistorySeriesPoint> later = HistorySeries::build({point(Bob, 0, "10")}, {point(Bob, Hour, "10", "7")});
    QCOMPARE(*later.at(0).totalCny, dec("70"));
    QVERIFY(!later.at(0).changeCny);
}

void TestHistorySeries::tableSortsExactly_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<int>>("ascending");
    // The points (see tableSortsExactly()) by original row: totals and changes differ in their 24th decimal only.
    QTest::newRow("time") << int(HistoryTableModel::TimeColumn) << QList<int>{0, 1, 2, 3};
    QTest::newRow("address") << int(HistoryTableModel::AddressColumn) << QList<int>{0, 2, 1, 3};
    QTest::newRow("total") << int(HistoryTableModel::TotalColumn) << QList<int>{1, 3, 0, 2};
    // The first point has no change: last either way.
    QTest::newRow("change") << int(HistoryTableModel::ChangeColumn) << QList<int>{1, 3, 2, 0};
}

void TestHistorySeries::tableSortsExactly()
{
    QFETCH(int, column);
    QFETCH(QList<int>, ascending);
    HistoryTableModel model;
    model.setDisplay(AmountDisplay(QLocale(QLocale::English), false));
    const HistoryAddress alice{Alice, QStringLiteral("Alice")};
    const HistoryAddress bob{Bob, QStringLiteral("Bob")};
    model.setPoints({
        {Start, dec("100000000000000000000000.000000000000000000000003"), std::nullopt, {alice}, std::nullopt, std::nullopt},
        {Start.addMSecs(Hour), dec("100000000000000000000000.000000000000000000000001"), dec("-0.000000000000000000000002"), {bob}, std::nullopt, std::nullopt},
        {Start.addMSecs(2 * Hour), dec("100000000000000000000000.000000000000000000000004"), dec("0.000000000000000000000003"), {alice}, std::nullopt, std::nullopt},
        {Start.addMSecs(3 * Hour), dec("100000000000000000000000.000000000000000000000002"), dec("-0.000000000000000000000001"), {bob}, std::nullopt, std::nullopt},
    });
    HistorySortProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto order = [&proxy] {
        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row)
            rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
        return rows;
    };
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(order(), ascending);
    proxy.sort(column, Qt::DescendingOrder);
    QList<int> descending = ascending;
    std::reverse(descending.begin(), descending.end());
    if (column == HistoryTableModel::ChangeColumn) {
        // The point without a change stays last.
        descending.removeFirst();
        descending.append(0);
    }
    if (column == HistoryTableModel::AddressColumn) {
        // Equal names keep their time order either way.
        descending = {1, 3, 0, 2};
    }
    QCOMPARE(order(), descending);
}

QTEST_GUILESS_MAIN(TestHistorySeries)
#include "tst_historyseries.moc"
