#include "money/decimal.h"
#include "support/testdecimal.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

#include <boost/multiprecision/cpp_dec_float.hpp>

namespace {

/**
 * An independent oracle: Boost's decimal floating point with 200 digits is exact for the operands
 * the property test draws (at most 40 digits each), so its results can be compared digit for digit.
 */
using Oracle = boost::multiprecision::number<boost::multiprecision::cpp_dec_float<200>>;

QString oraclePlain(const Oracle &value)
{
    QString text = QString::fromStdString(value.str(60, std::ios_base::fixed));
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        text = QStringLiteral("0");
    return text;
}

QString randomDecimalText(QRandomGenerator &random)
{
    const int integerDigits = int(random.bounded(1, 25));
    const int fractionDigits = int(random.bounded(0, 19));
    QString text;
    if (random.bounded(4) == 0)
        text += u'-';
    for (int i = 0; i < integerDigits; ++i)
        text += QChar(u'0' + int(random.bounded(10)));
    if (fractionDigits > 0) {
        text += u'.';
        for (int i = 0; i < fractionDigits; ++i)
            text += QChar(u'0' + int(random.bounded(10)));
    }
    return text;
}

} // namespace

/** Exactness of the money type: parsing, arithmetic, comparison and rounding. */
class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parsesPlainDecimals_data();
    void parsesPlainDecimals();
    void rejectsEverythingElse_data();
    void rejectsEverythingElse();
    void refusesHostileLengthQuickly();
    void multipliesExactly_data();
    void multipliesExactly();
    void addsAndSubtractsExactly();
    void comparesAcrossScales();
    void roundsHalfAwayFromZero_data();
    void roundsHalfAwayFromZero();
    void dividesToChosenDecimals();
    void matchesIndependentOracle();
    void survivesQVariant();
    void approximatesAsADouble_data();
    void approximatesAsADouble();
};

void TestDecimal::parsesPlainDecimals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("plain");
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("smallest wei") << "0.000000000000000001" << "0.000000000000000001";
    QTest::newRow("1e23") << "100000000000000000000000" << "100000000000000000000000";
    QTest::newRow("leading zeros") << "000123.45" << "123.45";
    QTest::newRow("trailing zeros") << "1.500000000000000000" << "1.5";
    QTest::newRow("zero with decimals") << "0.000" << "0";
    QTest::newRow("negative") << "-12.5" << "-12.5";
    QTest::newRow("negative zero") << "-0.0" << "0";
    QTest::newRow("price 24 digits") << "97165.169717785655331396" << "97165.169717785655331396";
    QTest::newRow("total 40 digits") << "1172.895057177065864522056725546579939398"
                                     << "1172.895057177065864522056725546579939398";
    QTest::newRow("negative below one") << "-0.00120" << "-0.0012";
    QTest::newRow("19 digits, a whole chunk") << "1000000000000000000" << "1000000000000000000";
    QTest::newRow("zeros inside a chunk") << "10000000000000000000000000000000000000001.00000000000000000001"
                                          << "10000000000000000000000000000000000000001.00000000000000000001";
    QTest::newRow("over 256 bits") << "-" + QString(30, u'9') + "." + QString(60, u'9') + "0000"
                                   << "-" + QString(30, u'9') + "." + QString(60, u'9');
    QTest::newRow("minus zero") << "-0" << "0";
    QTest::newRow("exponent") << "1e5" << "100000";
    QTest::newRow("negative exponent") << "1e-18" << "0.000000000000000001";
    QTest::newRow("upper-case exponent with plus") << "2.5E+3" << "2500";
    QTest::newRow("exponent inside the fraction") << "-12.345e2" << "-1234.5";
    QTest::newRow("exponent with leading zeros") << "7e-0005" << "0.00007";
    QTest::newRow("zero with any exponent") << "0.0e-9999" << "0";
    QTest::newRow("96 significant digits") << QString(96, u'9') << QString(96, u'9');
    QTest::newRow("96 decimal places") << "0." + QString(95, u'0') + "1" << "0." + QString(95, u'0') + "1";
    QTest::newRow("trailing zeros beyond 96 places") << "1." + QString(150, u'0') << "1";
    QTest::newRow("leading zeros beyond 96 digits") << QString(150, u'0') + "5" << "5";
}

void TestDecimal::parsesPlainDecimals()
{
    QFETCH(QString, input);
    QFETCH(QString, plain);
    QString error;
    const auto value = Decimal::parse(input, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(value->toPlainString(), plain);
    QCOMPARE(value->isNegative(), plain.startsWith(u'-'));
}

void TestDecimal::rejectsEverythingElse_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("exponent without digits") << "1e";
    QTest::newRow("exponent with sign only") << "1e+";
    QTest::newRow("exponent alone") << "e5";
    QTest::newRow("fractional exponent") << "1e5.5";
    QTest::newRow("two exponents") << "1e5e5";
    QTest::newRow("huge exponent") << "1e99999";
    QTest::newRow("longer than 256 characters") << "0." + QString(255, u'0') + "1";
    QTest::newRow("97 significant digits") << QString(97, u'7');
    QTest::newRow("97 decimal places") << "0." + QString(96, u'0') + "1";
    QTest::newRow("97 digits before the point") << "1e96";
    QTest::newRow("tiny beyond the limit") << "1e-97";
    QTest::newRow("NaN") << "NaN";
    QTest::newRow("infinity") << "inf";
    QTest::newRow("lone minus") << "-";
    QTest::newRow("leading space") << " 1";
    QTest::newRow("trailing space") << "1 ";
    QTest::newRow("grouping") << "1,000";
    QTest::newRow("hex") << "0x10";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("١٢٣");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("１２");
    QTest::newRow("plus sign") << "+1";
    QTest::newRow("no integer part") << ".5";
    QTest::newRow("no fraction part") << "5.";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("double minus") << "--1";
}

void TestDecimal::rejectsEverythingElse()
{
    QFETCH(QString, input);
    QString error;
    QVERIFY(!Decimal::parse(input, &error).has_value());
    QVERIFY2(!error.isEmpty(), "a rejected input must come with a reason");
    // The reason quotes at most 40 characters of the text, however long it is.
    const qsizetype quoteStart = error.indexOf(u'“');
    QVERIFY(error.indexOf(u'”') - quoteStart - 1 <= 41);
}

void TestDecimal::refusesHostileLengthQuickly()
{
    // 400,000 nines from a hostile server: refused by its length, before any digit is converted.
    QString error;
    QVERIFY(!Decimal::parse(QString(400'000, u'9'), &error));
    QCOMPARE(error, "“" + QString(40, u'9') + "…” is not a decimal number: it is longer than 256 characters");
}

void TestDecimal::multipliesExactly_data()
{
    // Expected products computed independently with Python's decimal module at 200 digits.
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("product");
    QTest::newRow("issue example") << "47042180.520700015" << "0.968391562089677097"
                                   << "45555250.678545267044919755753056455";
    QTest::newRow("wstETH") << "7565.892480395067" << "4321.611627695311" << "32696848.917167839367079983430837";
    QTest::newRow("beyond 64 bits") << "97165.169717785655331396" << "100000000000000000000000"
                                    << "9716516971778565533139600000";
    QTest::newRow("two smallest") << "0.000000000000000001" << "0.000000000000000001"
                                  << "0.000000000000000000000000000000000001";
    QTest::newRow("unpriced") << "123.456" << "0" << "0";
    QTest::newRow("signs") << "-2.5" << "4" << "-10";
}

void TestDecimal::multipliesExactly()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, product);
    QCOMPARE((*Decimal::parse(a) * *Decimal::parse(b)).toPlainString(), product);
    QCOMPARE((*Decimal::parse(b) * *Decimal::parse(a)).toPlainString(), product);
}

void TestDecimal::addsAndSubtractsExactly()
{
    QCOMPARE((dec("123456789012345678901234.5") + dec("0.000000000000000001")).toPlainString(),
             QStringLiteral("123456789012345678901234.500000000000000001"));
    QCOMPARE((dec("1") - dec("0.000000000000000001")).toPlainString(), QStringLiteral("0.999999999999999999"));
    QCOMPARE((dec("0.1") + dec("0.2")).toPlainString(), QStringLiteral("0.3"));
    QCOMPARE((dec("5") - dec("7.25")).toPlainString(), QStringLiteral("-2.25"));

    Decimal total;
    for (int i = 0; i < 10; ++i)
        total += dec("0.1");
    QCOMPARE(total, Decimal::fromInteger(1));
}

void TestDecimal::comparesAcrossScales()
{
    QVERIFY(dec("1.50") == dec("1.5"));
    QVERIFY(dec("0.000000000000000001") > Decimal());
    QVERIFY(dec("-0.000000000000000001") < Decimal());
    QVERIFY(dec("99999999999999999999.9") < dec("100000000000000000000"));
    QVERIFY(dec("-3") < dec("-2.999999999999999999"));
    QCOMPARE(Decimal::compare(dec("2"), dec("2.000")), 0);
    QVERIFY(Decimal().isZero());
    QCOMPARE(dec("-4").abs(), dec("4"));
}

void TestDecimal::roundsHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("rounded");
    QTest::newRow("half up") << "0.005" << 2 << "0.01";
    QTest::newRow("below half") << "0.004999999999999999" << 2 << "0";
    QTest::newRow("negative half") << "-1.235" << 2 << "-1.24";
    QTest::newRow("carry") << "9.9999" << 2 << "10";
    QTest::newRow("already short") << "1.5" << 8 << "1.5";
    QTest::newRow("to integer") << "2.5" << 0 << "3";
}

void TestDecimal::roundsHalfAwayFromZero()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, rounded);
    QCOMPARE(Decimal::parse(value)->roundedTo(decimals).toPlainString(), rounded);
}

void TestDecimal::dividesToChosenDecimals()
{
    QCOMPARE(dec("1").dividedBy(dec("3"), 4).toPlainString(), QStringLiteral("0.3333"));
    QCOMPARE(dec("2").dividedBy(dec("3"), 4).toPlainString(), QStringLiteral("0.6667"));
    QCOMPARE(dec("-2").dividedBy(dec("3"), 2).toPlainString(), QStringLiteral("-0.67"));
    QCOMPARE(dec("45555250.678545267044919755753056455").dividedBy(dec("0.000001"), 0).toPlainString(),
             QStringLiteral("45555250678545"));
    QVERIFY(dec("5").dividedBy(Decimal(), 2).isZero());
    QCOMPARE(dec("1").percentOf(dec("8"), 1).toPlainString(), QStringLiteral("12.5"));
    QCOMPARE(dec("2").percentOf(dec("3"), 2).toPlainString(), QStringLiteral("66.67"));
    QVERIFY(dec("2").percentOf(Decimal(), 2).isZero());
}

void TestDecimal::matchesIndependentOracle()
{
    QRandomGenerator random(20261125); // fixed seed: a failure must be reproducible
    for (int i = 0; i < 2000; ++i) {
        const QString aText = randomDecimalText(random);
        const QString bText = randomDecimalText(random);
        const Decimal a = *Decimal::parse(aText);
        const Decimal b = *Decimal::parse(bText);
        const Oracle oa(aText.toStdString());
        const Oracle ob(bText.toStdString());

        QCOMPARE((a * b).toPlainString(), oraclePlain(oa * ob));
        QCOMPARE((a + b).toPlainString(), oraclePlain(oa + ob));
        QCOMPARE((a - b).toPlainString(), oraclePlain(oa - ob));
        QCOMPARE(Decimal::compare(a, b) < 0, oa < ob);
        QCOMPARE(Decimal::parse((a * b).toPlainString())->toPlainString(), (a * b).toPlainString());
    }
}

void TestDecimal::survivesQVariant()
{
    const Decimal value = dec("47042180.520700015");
    const QVariant variant = QVariant::fromValue(value);
    QCOMPARE(variant.value<Decimal>(), value);
}

void TestDecimal::approximatesAsADouble_data()
{
    // text^power: parsed values are bounded, but products of them reach beyond a double's range.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("power");
    QTest::addColumn<double>("expected");
    QTest::newRow("zero") << "0" << 1 << 0.0;
    QTest::newRow("price") << "97165.169717785655331396" << 1 << 97165.169717785655331396;
    QTest::newRow("negative") << "-1.5" << 1 << -1.5;
    QTest::newRow("tiny") << "0.000000000000000001" << 1 << 1e-18;
    QTest::newRow("wide integer") << "123456789012345678901234567890.5" << 1 << 1.234567890123456789e29;
    QTest::newRow("scale of 304") << "2.5e-76" << 4 << 3.90625e-303;
    QTest::newRow("integer beyond a double") << "3e95" << 4 << std::numeric_limits<double>::infinity();
}

void TestDecimal::approximatesAsADouble()
{
    QFETCH(QString, text);
    QFETCH(int, power);
    QFETCH(double, expected);
    const Decimal base = *Decimal::parse(text);
    Decimal value = base;
    for (int i = 1; i < power; ++i)
        value = value * base;
    const double approximate = value.toApproximateDouble();
    if (std::isinf(expected) || expected == 0.0)
        QCOMPARE(approximate, expected);
    else
        QVERIFY2(std::abs(approximate - expected) <= 1e-15 * std::abs(expected), qPrintable(QString::number(approximate, 'g', 20)));
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
