#include "money/compactmoney.h"
#include "money/moneyformat.h"
#include "support/testdecimal.h"

#include <QTest>

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale chinese(QLocale::Chinese, QLocale::China);
const QLocale german(QLocale::German, QLocale::Germany);

} // namespace

/** The compact form of USD amounts: exact rounding from Decimals, units by locale, scientific beyond. */
class TestCompactMoney : public QObject
{
    Q_OBJECT

private slots:
    void formatsUsd_data();
    void formatsUsd();
    void productsBeyondTheParseLimits();
    void usesTheLocalesMinusSign();
    void formatsDeltas();
    void formatsBalances();
};

void TestCompactMoney::formatsUsd_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("text");

    // Below the first unit: the full amount, unchanged.
    QTest::newRow("small") << english << "999.99" << "$999.99";
    QTest::newRow("sub-cent") << english << "0.004" << "< $0.01";
    QTest::newRow("zero") << english << "0" << "$0.00";
    QTest::newRow("negative small") << english << "-12.345" << "-$12.35";

    QTest::newRow("thousand") << english << "1000" << "$1.00K";
    QTest::newRow("issue's trillions") << english << "907740123456789.123456789012345678" << "$907.7T";
    QTest::newRow("millions") << english << "45555250.678545267044919755753056455" << "$45.6M";
    QTest::newRow("billions") << english << "1234567890" << "$1.23B";
    // Half away from zero, decided on the exact value: no double could tell these apart.
    QTest::newRow("half rounds up") << english << "1245" << "$1.25K";
    QTest::newRow("just below half") << english << "1244.999999999999999999999999" << "$1.24K";
    QTest::newRow("negative half") << english << "-1245" << "-$1.25K";
    // Rounding up to the next unit moves to it.
    QTest::newRow("carry to two digits") << english << "9995" << "$10.0K";
    QTest::newRow("carry to M") << english << "999950" << "$1.00M";
    QTest::newRow("no carry") << english << "999949.999999999999999999999" << "$999.9K";
    QTest::newRow("carry to scientific") << english << "999950000000000" << "$1.00\u00a0×\u00a010¹⁵";
    QTest::newRow("last T") << english << "999949999999999.999999999999" << "$999.9T";

    // From 10^15 on: scientific, exact to the last digit before rounding.
    QTest::newRow("10^21") << english << "1000000000000000000000" << "$1.00\u00a0×\u00a010²¹";
    QTest::newRow("24 digits") << english << "907740123456789012345678.123456789" << "$9.08\u00a0×\u00a010²³";
    QTest::newRow("scientific half") << english << "1235000000000000000000000" << "$1.24\u00a0×\u00a010²⁴";
    QTest::newRow("scientific below half") << english << "1234999999999999999999999.999999" << "$1.23\u00a0×\u00a010²⁴";
    QTest::newRow("scientific carry") << english << "9995000000000000000000" << "$1.00\u00a0×\u00a010²²";

    // The locale's decimal point; a mantissa is never grouped.
    QTest::newRow("de millions") << german << "1234567" << "$1,23M";
    QTest::newRow("de scientific") << german << "123456789012345678901234" << "$1,23\u00a0×\u00a010²³";

    // Chinese counts in ten thousands: 万, 亿, 万亿.
    QTest::newRow("zh below 万") << chinese << "9999.99" << "$9,999.99";
    QTest::newRow("zh 万") << chinese << "12345" << "$1.23万";
    QTest::newRow("zh 万 carry") << chinese << "99999999" << "$1.00亿";
    QTest::newRow("zh 亿") << chinese << "123456789" << "$1.23亿";
    QTest::newRow("zh 万亿") << chinese << "907740123456789" << "$907.7万亿";
    QTest::newRow("zh scientific") << chinese << "1000000000000000000000" << "$1.00\u00a0×\u00a010²¹";
}

void TestCompactMoney::formatsUsd()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, value);
    QFETCH(QString, text);
    QCOMPARE(CompactMoney::usd(*Decimal::parse(value), locale), text);
    // CNY by the same rules, with its own sign.
    QCOMPARE(CompactMoney::amount(*Decimal::parse(value), FiatCurrency::Cny, locale),
             QString(text).replace(QStringLiteral("$"), QStringLiteral("¥")));
}

void TestCompactMoney::productsBeyondTheParseLimits()
{
    // A balance times a price may have more digits than any parsed value (96): still exact.
    const Decimal huge = dec("1.5e90") * dec("2e60");
    QCOMPARE(CompactMoney::usd(huge, english), QStringLiteral("$3.00\u00a0×\u00a010¹⁵⁰"));
    QCOMPARE(CompactMoney::usd(huge - dec("0.000000000000000001"), english), QStringLiteral("$3.00\u00a0×\u00a010¹⁵⁰"));
}

void TestCompactMoney::usesTheLocalesMinusSign()
{
    // Swedish writes a minus sign (U+2212), not a hyphen.
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    QCOMPARE(swedish.negativeSign(), QStringLiteral("\u2212"));
    QCOMPARE(CompactMoney::usd(dec("-907740123456789012345678"), swedish), QStringLiteral("\u2212$9,08\u00a0×\u00a010²³"));
    QCOMPARE(CompactMoney::usd(dec("-1500"), swedish), QStringLiteral("\u2212$1,50K"));
}

void TestCompactMoney::formatsDeltas()
{
    QCOMPARE(CompactMoney::usdDelta(dec("12.3"), english), QStringLiteral("+$12.30"));
    QCOMPARE(CompactMoney::usdDelta(dec("0.0001"), english), QStringLiteral("< +$0.01"));
    QCOMPARE(CompactMoney::usdDelta(dec("1234567.5"), english), QStringLiteral("+$1.23M"));
    QCOMPARE(CompactMoney::usdDelta(dec("-3404000000000000000.000000000000000001"), english),
             QStringLiteral("-$3.40\u00a0×\u00a010¹⁸"));
    QCOMPARE(CompactMoney::usdDelta(dec("-123456789"), chinese), QStringLiteral("-$1.23亿"));
    QCOMPARE(CompactMoney::delta(dec("-123456789"), FiatCurrency::Cny, chinese), QStringLiteral("-¥1.23亿"));
}

void TestCompactMoney::formatsBalances()
{
    QCOMPARE(CompactMoney::balance(dec("0.000012345678901"), english), MoneyFormat::balance(dec("0.000012345678901"), english));
    QCOMPARE(CompactMoney::balance(dec("329.10055205"), english), QStringLiteral("329.10"));
    QCOMPARE(CompactMoney::balance(dec("47042180.52070002"), english), QStringLiteral("47.0M"));
    QCOMPARE(CompactMoney::balance(dec("1000000000000000000000.000000000000000001"), english),
             QStringLiteral("1.00 × 10²¹"));
    QCOMPARE(CompactMoney::balance(dec("30057379.938443"), chinese), QStringLiteral("3005.7万"));
}

QTEST_APPLESS_MAIN(TestCompactMoney)
#include "tst_compactmoney.moc"
