#include "money/moneyformat.h"
#include "support/testdecimal.h"

#include <QTest>

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale chinese(QLocale::Chinese, QLocale::China);
const QLocale german(QLocale::German, QLocale::Germany);

} // namespace

/** Display formatting: rounding only at display time, locale separators, money conventions. */
class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void groupsByLocale_data();
    void groupsByLocale();
    void formatsBalances();
    void formatsUsd();
    void formatsCny_data();
    void formatsCny();
    void formatsExactUsd();
    void formatsPrices();
    void formatsDeltas();
    void formatsShares();
    void omitsGroupingWhenAsked();
};

void TestMoneyFormat::groupsByLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("en small") << english << "999.5" << "999.50";
    QTest::newRow("en thousands") << english << "1234567.891" << "1,234,567.89";
    QTest::newRow("zh thousands") << chinese << "1234567.891" << "1,234,567.89";
    QTest::newRow("de thousands") << german << "1234567.891" << "1.234.567,89";
    QTest::newRow("en 24 digits") << english << "100000000000000000000000" << "100,000,000,000,000,000,000,000.00";
    QTest::newRow("en negative") << english << "-1234.5" << "-1,234.50";
}

void TestMoneyFormat::groupsByLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, value);
    QFETCH(QString, text);
    QCOMPARE(MoneyFormat::grouped(*Decimal::parse(value), locale, 2, 2), text);
}

void TestMoneyFormat::formatsBalances()
{
    QCOMPARE(MoneyFormat::balance(dec("47042180.520700015"), english), QStringLiteral("47,042,180.52070002"));
    QCOMPARE(MoneyFormat::balance(dec("329.10055205"), english), QStringLiteral("329.10055205"));
    QCOMPARE(MoneyFormat::balance(dec("0.000000000000000001"), english), QStringLiteral("0.000000000000000001"));
    QCOMPARE(MoneyFormat::balance(dec("0.00001234567891234"), english), QStringLiteral("0.000012345679"));
    QCOMPARE(MoneyFormat::balance(dec("0.123456789"), english), QStringLiteral("0.12345679"));
    QCOMPARE(MoneyFormat::balance(dec("12"), english), QStringLiteral("12"));
}

void TestMoneyFormat::formatsUsd()
{
    QCOMPARE(MoneyFormat::usd(dec("45555250.678545267044919755753056455"), english), QStringLiteral("$45,555,250.68"));
    QCOMPARE(MoneyFormat::usd(dec("0.004"), english), QStringLiteral("< $0.01"));
    QCOMPARE(MoneyFormat::usd(dec("0.005"), english), QStringLiteral("$0.01"));
    QCOMPARE(MoneyFormat::usd(Decimal(), english), QStringLiteral("$0.00"));
    QCOMPARE(MoneyFormat::usd(dec("-12.345"), english), QStringLiteral("-$12.35"));
}

void TestMoneyFormat::formatsCny_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");
    // One form whatever the language: the yuan sign first; grouping, point and minus sign from the locale.
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QTest::newRow("en") << english << "1234567.891" << "¥1,234,567.89";
    QTest::newRow("zh") << chinese << "1234567.891" << "¥1,234,567.89";
    QTest::newRow("de") << german << "1234567.891" << "¥1.234.567,89";
    QTest::newRow("sv negative") << swedish << "-1234567.891"
                                 << swedish.negativeSign() + "¥1" + swedish.groupSeparator() + "234"
                                        + swedish.groupSeparator() + "567" + swedish.decimalPoint() + "89";
    QTest::newRow("half away from zero") << english << "0.005" << "¥0.01";
    QTest::newRow("below one fen") << english << "0.004" << "< ¥0.01";
    QTest::newRow("zero") << english << "0" << "¥0.00";
}

void TestMoneyFormat::formatsCny()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, value);
    QFETCH(QString, text);
    QCOMPARE(MoneyFormat::amount(*Decimal::parse(value), FiatCurrency::Cny, locale), text);
    // The same amount in USD differs by its sign only.
    QCOMPARE(MoneyFormat::amount(*Decimal::parse(value), FiatCurrency::Usd, locale),
             QString(text).replace(QStringLiteral("¥"), QStringLiteral("$")));
    QCOMPARE(MoneyFormat::usd(*Decimal::parse(value), locale), QString(text).replace(QStringLiteral("¥"), QStringLiteral("$")));
}

void TestMoneyFormat::formatsExactUsd()
{
    // Every decimal, however many: the text of a tooltip beside a rounded or compact amount.
    QCOMPARE(MoneyFormat::usdExact(dec("1000000000000000000000.000000000000000001"), english),
             QStringLiteral("$1,000,000,000,000,000,000,000.000000000000000001"));
    QCOMPARE(MoneyFormat::usdExact(dec("1000000000000000000000"), english), QStringLiteral("$1,000,000,000,000,000,000,000.00"));
    QCOMPARE(MoneyFormat::usdExact(dec("0.000001"), english), QStringLiteral("$0.000001"));
    QCOMPARE(MoneyFormat::usdExact(dec("-2.125"), english), QStringLiteral("-$2.125"));
    QCOMPARE(MoneyFormat::usdExact(dec("1234567.5"), german), QStringLiteral("$1.234.567,50"));
    QCOMPARE(MoneyFormat::amountExact(dec("7181420.9145980802208594418488597957356036286026385105367305"),
                                      FiatCurrency::Cny, english),
             QStringLiteral("¥7,181,420.9145980802208594418488597957356036286026385105367305"));
}

void TestMoneyFormat::formatsPrices()
{
    QCOMPARE(MoneyFormat::usdPrice(dec("98847.8"), english), QStringLiteral("$98,847.80"));
    QCOMPARE(MoneyFormat::usdPrice(dec("0.00012345678"), english), QStringLiteral("$0.0001235"));
    // Far below the half of a billionth where eight decimals would show "$0.00".
    QCOMPARE(MoneyFormat::usdPrice(dec("0.0000000012345"), english), QStringLiteral("$0.000000001235"));
    QCOMPARE(MoneyFormat::usdPrice(dec("-0.0000000012345"), english), QStringLiteral("-$0.000000001235"));
    QCOMPARE(MoneyFormat::price(dec("0.0000000012345"), FiatCurrency::Cny, english), QStringLiteral("¥0.000000001235"));
}

void TestMoneyFormat::formatsDeltas()
{
    QCOMPARE(MoneyFormat::usdDelta(dec("12.3"), english), QStringLiteral("+$12.30"));
    QCOMPARE(MoneyFormat::usdDelta(dec("-0.4"), english), QStringLiteral("-$0.40"));
    QCOMPARE(MoneyFormat::usdDelta(dec("0.0001"), english), QStringLiteral("< +$0.01"));
    QCOMPARE(MoneyFormat::usdDelta(Decimal(), english), QStringLiteral("$0.00"));
    QCOMPARE(MoneyFormat::delta(dec("12.3"), FiatCurrency::Cny, english), QStringLiteral("+¥12.30"));
    QCOMPARE(MoneyFormat::delta(dec("-0.0001"), FiatCurrency::Cny, english), QStringLiteral("< -¥0.01"));
}

void TestMoneyFormat::formatsShares()
{
    QCOMPARE(MoneyFormat::share(dec("1"), dec("3"), english), QStringLiteral("33.3 %"));
    QCOMPARE(MoneyFormat::share(dec("1"), dec("8"), english), QStringLiteral("12.5 %"));
    QCOMPARE(MoneyFormat::share(dec("1"), Decimal(), english), QStringLiteral("—"));
    // A real holding never reads "0.0 %"; nothing at all does.
    QCOMPARE(MoneyFormat::share(dec("1"), dec("10000"), english), QStringLiteral("< 0.1 %"));
    QCOMPARE(MoneyFormat::share(Decimal(), dec("10000"), english), QStringLiteral("0.0 %"));
}

void TestMoneyFormat::omitsGroupingWhenAsked()
{
    QLocale plain = english;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QCOMPARE(MoneyFormat::grouped(dec("1234567.5"), plain, 0, 2), QStringLiteral("1234567.5"));
}

QTEST_APPLESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
