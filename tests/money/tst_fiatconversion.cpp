#include "money/fiatconversion.h"
#include "support/testdecimal.h"

#include <QTest>

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QDateTime fetchedAt = QDateTime::fromString(QStringLiteral("2024-05-12T06:00:00.000Z"), Qt::ISODateWithMs);

UsdCnyRate rate(const char *text)
{
    const std::optional<UsdCnyRate> parsed = UsdCnyRate::fromText(QString::fromLatin1(text), fetchedAt);
    if (!parsed)
        qFatal("not a rate: %s", text);
    return *parsed;
}

} // namespace

/**
 * The USD/CNY rate and the conversion the window and the command line share: the rate's strict rule
 * (hostile texts refused with a short reason), exact products of 24+ significant digits, and USD
 * kept, with a notice, when CNY is asked for without a rate.
 */
class TestFiatConversion final : public QObject
{
    Q_OBJECT

private slots:
    void currencyCodes();
    void acceptsRates_data();
    void acceptsRates();
    void refusesHostileRates_data();
    void refusesHostileRates();
    void refusesARateWithoutTime();
    void convertsExactly_data();
    void convertsExactly();
    void showsCnyAtTheRate();
    void staysInUsdWithoutRate();
    void usdIsUnconverted();
};

void TestFiatConversion::currencyCodes()
{
    QCOMPARE(FiatCurrencies::fromCode(QStringLiteral("CNY")), std::optional(FiatCurrency::Cny));
    QCOMPARE(FiatCurrencies::fromCode(QStringLiteral("cny")), std::optional(FiatCurrency::Cny));
    QCOMPARE(FiatCurrencies::fromCode(QStringLiteral("USD")), std::optional(FiatCurrency::Usd));
    QCOMPARE(FiatCurrencies::fromCode(QStringLiteral("EUR")), std::nullopt);
    QCOMPARE(FiatCurrencies::fromCode(QStringLiteral("RMB")), std::nullopt);
    QCOMPARE(FiatCurrencies::fromCode(QString()), std::nullopt);
    QCOMPARE(FiatCurrencies::code(FiatCurrency::Cny), QStringLiteral("CNY"));
    QCOMPARE(FiatCurrencies::symbol(FiatCurrency::Cny), QStringLiteral("¥"));
    QCOMPARE(FiatCurrencies::symbol(FiatCurrency::Usd), QStringLiteral("$"));
}

void TestFiatConversion::acceptsRates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("OKX's") << "7.1543" << "7.1543";
    QTest::newRow("integer") << "7" << "7";
    QTest::newRow("trailing zeros") << "7.15430000" << "7.1543";
    QTest::newRow("leading zero") << "07.1" << "7.1";
    QTest::newRow("tiny") << "0.000000000000000001" << "0.000000000000000001";
    QTest::newRow("widest") << "999999.999999999999999999" << "999999.999999999999999999";
}

void TestFiatConversion::acceptsRates()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QString reason;
    const std::optional<UsdCnyRate> parsed = UsdCnyRate::fromText(text, fetchedAt, &reason);
    QVERIFY2(parsed, qPrintable(reason));
    QCOMPARE(parsed->text(), plain);
    QCOMPARE(parsed->time(), fetchedAt);
    QCOMPARE(parsed->value(), dec(qPrintable(plain)));
}

void TestFiatConversion::refusesHostileRates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("zero") << "0" << "zero";
    QTest::newRow("zero with decimals") << "0.000" << "zero";
    QTest::newRow("negative") << "-7.1543" << "only digits";
    QTest::newRow("plus") << "+7.1543" << "only digits";
    QTest::newRow("exponent") << "7.1543e0" << "only digits";
    QTest::newRow("huge exponent") << "1e999999999" << "only digits";
    QTest::newRow("NaN") << "NaN" << "only digits";
    QTest::newRow("Infinity") << "Infinity" << "only digits";
    QTest::newRow("leading space") << " 7.1543" << "only digits";
    QTest::newRow("trailing newline") << "7.1543\n" << "only digits";
    QTest::newRow("NUL") << QStringLiteral("7.15") + QChar(0) << "only digits";
    QTest::newRow("grouped") << "7,1543" << "only digits";
    QTest::newRow("no integer part") << ".5" << "only digits";
    QTest::newRow("no fraction") << "7." << "only digits";
    QTest::newRow("two points") << "7.15.43" << "only digits";
    QTest::newRow("full-width digits") << "７.１５" << "only digits";
    QTest::newRow("Arabic-Indic digits") << "٧.١٥" << "only digits";
    QTest::newRow("hex") << "0x7" << "only digits";
    QTest::newRow("seven integer digits") << "1234567.1" << "more than 6 digits before";
    QTest::newRow("nineteen decimals") << "7.1543000000000000001" << "more than 18 decimal places";
    QTest::newRow("33 characters") << "7." + QString(31, u'1') << "longer than 32";
    QTest::newRow("a megabyte") << QString(1024 * 1024, u'9') << "longer than 32";
}

void TestFiatConversion::refusesHostileRates()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString message;
    QVERIFY(!UsdCnyRate::fromText(text, fetchedAt, &message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("USD/CNY rate")), qPrintable(message));
    // A hostile value is quoted by its start only.
    QVERIFY2(message.size() < 200, qPrintable(message));
}

void TestFiatConversion::refusesARateWithoutTime()
{
    QString reason;
    QVERIFY(!UsdCnyRate::fromText(u"7.1543", QDateTime(), &reason));
    QVERIFY2(reason.contains(QStringLiteral("time")), qPrintable(reason));
}

void TestFiatConversion::convertsExactly_data()
{
    QTest::addColumn<QString>("usd");
    QTest::addColumn<QString>("usdCny");
    QTest::addColumn<QString>("cny");
    // Products worked out by hand (Python's decimal at 200 digits), to the last digit.
    QTest::newRow("24+ significant digits") << "1003790.855093870849818911961877443738116046098519563135" << "7.1543"
                                            << "7181420.9145980802208594418488597957356036286026385105367305";
    QTest::newRow("24 digits, 18 before the point") << "123456789012345678.901234" << "7.1543"
                                                    << "883246905631024690.5630984062";
    QTest::newRow("eight-decimal rate") << "123456789012345678.901234" << "7.18361234"
                                        << "886865713005862831.30058220362756";
    QTest::newRow("zero") << "0" << "7.1543" << "0";
    QTest::newRow("negative change") << "-0.000000000000000001" << "7.1543" << "-0.0000000000000000071543";
}

void TestFiatConversion::convertsExactly()
{
    QFETCH(QString, usd);
    QFETCH(QString, usdCny);
    QFETCH(QString, cny);
    const UsdCnyRate usdCnyRate = rate(qPrintable(usdCny));
    QCOMPARE(usdCnyRate.toCny(dec(qPrintable(usd))).toPlainString(), cny);
    const FiatConversion conversion(FiatCurrency::Cny, usdCnyRate);
    QCOMPARE(conversion.convert(dec(qPrintable(usd))).toPlainString(), cny);
}

void TestFiatConversion::showsCnyAtTheRate()
{
    const FiatConversion conversion(FiatCurrency::Cny, rate("7.1543"));
    QCOMPARE(conversion.shown(), FiatCurrency::Cny);
    QVERIFY(!conversion.lacksRate());
    const Decimal total = dec("1003790.855093870849818911961877443738116046098519563135");
    // Rounded only for display, half away from zero, from the exact product.
    QCOMPARE(conversion.amount(total, english), QStringLiteral("¥7,181,420.91"));
    QCOMPARE(conversion.amountExact(total, english),
             QStringLiteral("¥7,181,420.9145980802208594418488597957356036286026385105367305"));
    QCOMPARE(conversion.amountCompact(total, english), QStringLiteral("¥7.18M"));
    QCOMPARE(conversion.change(dec("-1"), english), QStringLiteral("-¥7.15"));
    QCOMPARE(conversion.price(dec("0.000000001"), english), QStringLiteral("¥0.000000007154"));
    const QString notice = conversion.notice(english);
    QVERIFY2(notice.contains(QStringLiteral("1 USD = ¥7.1543")), qPrintable(notice));
    QVERIFY2(notice.contains(english.toString(fetchedAt.toLocalTime(), QLocale::ShortFormat)), qPrintable(notice));
}

void TestFiatConversion::staysInUsdWithoutRate()
{
    const FiatConversion conversion(FiatCurrency::Cny, std::nullopt);
    QCOMPARE(conversion.wanted(), FiatCurrency::Cny);
    QCOMPARE(conversion.shown(), FiatCurrency::Usd);
    QVERIFY(conversion.lacksRate());
    QVERIFY(!conversion.rate());
    QCOMPARE(conversion.convert(dec("12.5")), dec("12.5"));
    QCOMPARE(conversion.amount(dec("1234.5"), english), QStringLiteral("$1,234.50"));
    QVERIFY2(conversion.notice(english).contains(QStringLiteral("amounts are in USD")), qPrintable(conversion.notice(english)));
}

void TestFiatConversion::usdIsUnconverted()
{
    // A rate known does not matter while USD is wanted.
    const FiatConversion conversion(FiatCurrency::Usd, rate("7.1543"));
    QCOMPARE(conversion.shown(), FiatCurrency::Usd);
    QVERIFY(!conversion.lacksRate());
    QVERIFY(!conversion.rate());
    QCOMPARE(conversion.convert(dec("1003790.855093870849818911961877443738116046098519563135")),
             dec("1003790.855093870849818911961877443738116046098519563135"));
    QCOMPARE(conversion.amount(dec("45555250.678545267044919755753056455"), english), QStringLiteral("$45,555,250.68"));
    QVERIFY(conversion.notice(english).isEmpty());
    QCOMPARE(FiatConversion().shown(), FiatCurrency::Usd);
}

QTEST_APPLESS_MAIN(TestFiatConversion)
#include "tst_fiatconversion.moc"
