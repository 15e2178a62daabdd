#include "money/decimal.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>
#include <cmath>
#include <cstdint>
#include <algorithm>
#include <limits>

namespace {

constexpr int CachedPowers = 64;

/** 10^n for n below CachedPowers, from a table: every add and compare needs one. */
const Decimal::BigInt &smallPowerOfTen(int n)
{
    static const std::array<Decimal::BigInt, CachedPowers> table = [] {
        std::array<Decimal::BigInt, CachedPowers> powers;
        Decimal::BigInt value = 1;
        for (auto &entry : powers) {
            entry = value;
            value *= 10;
        }
        return powers;
    }();
    Q_ASSERT(n >= 0 && n < CachedPowers);
    return table[size_t(n)];
}

/** 10^n for any n ≥ 0; beyond the table computed each time (values are bounded, so that is rare and small). */
Decimal::BigInt powerOfTen(int n)
{
    if (n < CachedPowers)
        return smallPowerOfTen(n);
    return boost::multiprecision::pow(Decimal::BigInt(10), unsigned(n));
}

/** Accumulates ASCII digits into a big integer, 18 at a time through a machine word. */
Decimal::BigInt digitsToInteger(QStringView digits)
{
    Decimal::BigInt result = 0;
    std::uint64_t chunk = 0;
    int chunkDigits = 0;
    for (QChar c : digits) {
        chunk = chunk * 10 + std::uint64_t(c.unicode() - u'0');
        if (++chunkDigits == 18) {
            result = result * smallPowerOfTen(18) + chunk;
            chunk = 0;
            chunkDigits = 0;
        }
    }
    if (chunkDigits > 0)
        result = result * smallPowerOfTen(chunkDigits) + chunk;
    return result;
}

/** Up to 38 decimal digits always fit in a native 128-bit word. */
constexpr qsizetype MaxNativeDigits = 38;

/** A value the fast path read: its digits in a native word, its sign and its decimals. */
struct NativeValue
{
    boost::uint128_type units = 0;
    bool negative = false;
    int decimals = 0;
};

/**
 * The fast path for the API's usual values: reads a well-formed plain decimal of at most
 * MaxNativeDigits digits in one pass, accumulating the digits in a native 128-bit word instead of
 * going through big-integer multiplications. Anything else (a stray character, a missing digit,
 * too many digits, an exponent) gives nullopt, and the general path then parses it or says what is
 * wrong.
 */
std::optional<NativeValue> parseNative(QStringView text)
{
    NativeValue value;
    value.negative = !text.isEmpty() && text.front() == u'-';
    qsizetype digits = 0;
    qsizetype pointAt = -1;
    for (qsizetype i = value.negative ? 1 : 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9') {
            if (++digits > MaxNativeDigits)
                return std::nullopt;
            value.units = value.units * 10 + unsigned(c - u'0');
        } else if (c == u'.' && pointAt < 0) {
            pointAt = digits;
        } else {
            return std::nullopt;
        }
    }
    const qsizetype decimals = pointAt < 0 ? 0 : digits - pointAt;
    if (pointAt == 0 || digits == 0 || (pointAt >= 0 && decimals == 0))
        return std::nullopt;
    value.decimals = int(decimals);
    return value;
}

/** Room for the digits of a value of a few limbs without touching the heap. */
using DigitBuffer = QVarLengthArray<char, 160>;

/**
 * Writes the decimal digits of the magnitude of @p value (non-zero) at the end of @p buffer and
 * returns where they begin. The 64-bit limbs (cpp_int keeps sign and magnitude apart) are divided
 * by 10^19 again and again, each step one native 128-by-64-bit division per limb, and each
 * remainder gives 19 digits: far cheaper than the big integer's own conversion to a string.
 */
const char *writeMagnitudeDigits(const Decimal::BigInt &value, DigitBuffer &buffer)
{
    using Limb = boost::multiprecision::limb_type;
    static_assert(sizeof(Limb) == sizeof(std::uint64_t), "64-bit limbs expected");
    constexpr std::uint64_t chunkBase = 10000000000000000000ULL; // 10^19, the largest power of ten in 64 bits

    const auto &backend = value.backend();
    QVarLengthArray<std::uint64_t, 8> limbs(backend.limbs(), backend.limbs() + backend.size());
    // A limb holds less than 10^20: 20 digits per limb are always enough.
    buffer.resize(limbs.size() * 20);
    char *begin = buffer.data() + buffer.size();
    qsizetype top = limbs.size();
    while (top > 0 && limbs[top - 1] == 0)
        --top;
    while (top > 0) {
        boost::uint128_type remainder = 0;
        for (qsizetype i = top; i-- > 0;) {
            const boost::uint128_type current = (remainder << 64) | limbs[i];
            limbs[i] = std::uint64_t(current / chunkBase);
            remainder = current % chunkBase;
        }
        while (top > 0 && limbs[top - 1] == 0)
            --top;
        auto chunk = std::uint64_t(remainder);
        // Inner chunks keep their leading zeros; the last (most significant) one does not.
        if (top > 0) {
            for (int i = 0; i < 19; ++i, chunk /= 10)
                *--begin = char('0' + chunk % 10);
        } else {
            do {
                *--begin = char('0' + chunk % 10);
                chunk /= 10;
            } while (chunk != 0);
        }
    }
    return begin;
}

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

} // namespace

Decimal Decimal::fromInteger(long long value)
{
    return Decimal(BigInt(value), 0);
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    if (const std::optional<NativeValue> native = parseNative(text)) {
        BigInt units(native->units);
        // "-0" is zero, not a negative number.
        if (native->negative && !units.is_zero())
            units = -units;
        return Decimal(std::move(units), native->decimals);
    }

    auto fail = [error, text](const QString &reason) -> std::optional<Decimal> {
        if (error) {
            // A hostile value may be megabytes long: the message quotes its start only.
            constexpr qsizetype QuotedLength = 40;
            const QString quoted = text.size() > QuotedLength ? text.left(QuotedLength).toString() + u'…' : text.toString();
            //: %1 is the (possibly shortened) text, %2 the reason
            *error = QCoreApplication::translate("Decimal", "“%1” is not a decimal number: %2").arg(quoted, reason);
        }
        return std::nullopt;
    };

    if (text.isEmpty())
        return fail(QCoreApplication::translate("Decimal", "it is empty"));
    if (text.size() > MaxTextLength)
        return fail(QCoreApplication::translate("Decimal", "it is longer than %1 characters").arg(MaxTextLength));

    const bool negative = text.front() == u'-';
    QStringView body = negative ? text.mid(1) : text;
    QStringView exponentPart;
    const qsizetype exponentAt = std::max(body.indexOf(u'e'), body.indexOf(u'E'));
    if (exponentAt >= 0) {
        exponentPart = body.mid(exponentAt + 1);
        body = body.left(exponentAt);
    }
    const qsizetype point = body.indexOf(u'.');
    const QStringView integerPart = point < 0 ? body : body.left(point);
    const QStringView fractionPart = point < 0 ? QStringView() : body.mid(point + 1);

    if (integerPart.isEmpty())
        return fail(QCoreApplication::translate("Decimal", "digits are missing before the decimal point"));
    if (point >= 0 && fractionPart.isEmpty())
        return fail(QCoreApplication::translate("Decimal", "digits are missing after the decimal point"));
    if (!allAsciiDigits(integerPart) || !allAsciiDigits(fractionPart))
        return fail(QCoreApplication::translate("Decimal", "only the digits 0–9, one '.', a leading '-' and an exponent such as e-18 are allowed"));

    int exponent = 0;
    if (exponentAt >= 0) {
        const bool negativeExponent = exponentPart.startsWith(u'-');
        if (negativeExponent || exponentPart.startsWith(u'+'))
            exponentPart = exponentPart.mid(1);
        if (exponentPart.isEmpty() || !allAsciiDigits(exponentPart))
            return fail(QCoreApplication::translate("Decimal", "its exponent is not a whole number"));
        while (exponentPart.size() > 1 && exponentPart.front() == u'0')
            exponentPart = exponentPart.mid(1);
        // Beyond the limits below whatever the digits, but kept small enough to count with.
        if (exponentPart.size() > 4)
            return fail(QCoreApplication::translate("Decimal", "its exponent is out of range"));
        exponent = exponentPart.toInt();
        if (negativeExponent)
            exponent = -exponent;
    }

    // The digits that carry the value: leading zeros (of the integer part, or of the fraction when
    // the integer part is zero) and trailing zeros (which only widen the scale) do not count.
    QVarLengthArray<QChar, MaxTextLength> digits;
    digits.append(integerPart.data(), integerPart.size());
    digits.append(fractionPart.data(), fractionPart.size());
    qsizetype first = 0;
    while (first < digits.size() && digits[first] == u'0')
        ++first;
    if (first == digits.size())
        return Decimal();
    qsizetype end = digits.size();
    while (digits[end - 1] == u'0')
        --end;
    const QStringView significant(digits.constData() + first, end - first);
    const qsizetype scale = fractionPart.size() - exponent - (digits.size() - end);
    const qsizetype integerDigits = significant.size() - scale;

    if (significant.size() > MaxSignificantDigits)
        return fail(QCoreApplication::translate("Decimal", "it has more than %1 significant digits").arg(MaxSignificantDigits));
    if (scale > MaxDecimals)
        return fail(QCoreApplication::translate("Decimal", "it has more than %1 decimal places").arg(MaxDecimals));
    if (integerDigits > MaxIntegerDigits)
        return fail(QCoreApplication::translate("Decimal", "it has more than %1 digits before the decimal point").arg(MaxIntegerDigits));

    BigInt units = digitsToInteger(significant);
    if (scale < 0)
        units *= powerOfTen(int(-scale));
    if (negative)
        units = -units;
    return Decimal(std::move(units), int(std::max<qsizetype>(scale, 0)));
}

QString Decimal::toPlainString() const
{
    if (m_units.is_zero())
        return QStringLiteral("0");

    DigitBuffer buffer;
    const char *digits = writeMagnitudeDigits(m_units, buffer);
    const auto digitCount = qsizetype(buffer.constData() + buffer.size() - digits);
    // Digits before the point (at least the "0" of "0.001"), and the decimals without trailing zeros.
    const qsizetype integerDigits = std::max<qsizetype>(digitCount - m_scale, 0);
    const qsizetype leadingZeros = std::max<qsizetype>(m_scale - digitCount, 0);
    qsizetype decimals = m_scale;
    while (decimals > 0 && digits[digitCount - 1 - (m_scale - decimals)] == '0')
        --decimals;

    QString result(qsizetype(m_units.sign() < 0) + std::max<qsizetype>(integerDigits, 1)
                       + (decimals > 0 ? 1 + decimals : 0),
                   Qt::Uninitialized);
    QChar *out = result.data();
    if (m_units.sign() < 0)
        *out++ = u'-';
    if (integerDigits == 0)
        *out++ = u'0';
    for (qsizetype i = 0; i < integerDigits; ++i)
        *out++ = QLatin1Char(digits[i]);
    if (decimals > 0) {
        *out++ = u'.';
        for (qsizetype i = 0; i < leadingZeros && i < decimals; ++i)
            *out++ = u'0';
        for (qsizetype i = integerDigits; out != result.constData() + result.size(); ++i)
            *out++ = QLatin1Char(digits[i]);
    }
    return result;
}

Decimal Decimal::abs() const
{
    return Decimal(boost::multiprecision::abs(m_units), m_scale);
}

Decimal Decimal::roundedTo(int decimals) const
{
    if (decimals < 0)
        decimals = 0;
    if (m_scale <= decimals)
        return *this;

    const BigInt divisor = powerOfTen(m_scale - decimals);
    BigInt quotient;
    BigInt remainder;
    boost::multiprecision::divide_qr(boost::multiprecision::abs(m_units), divisor, quotient, remainder);
    if (remainder * 2 >= divisor)
        ++quotient;
    if (m_units.sign() < 0)
        quotient = -quotient;
    return Decimal(std::move(quotient), decimals);
}

Decimal Decimal::dividedBy(const Decimal &divisor, int decimals) const
{
    if (divisor.isZero())
        return Decimal();
    if (decimals < 0)
        decimals = 0;

    // this / divisor = (u1 / 10^s1) / (u2 / 10^s2); scale the numerator so the integer quotient
    // carries one more decimal than asked, then round that last digit.
    const int shift = decimals + 1 + divisor.m_scale - m_scale;
    BigInt numerator = boost::multiprecision::abs(m_units);
    BigInt denominator = boost::multiprecision::abs(divisor.m_units);
    if (shift >= 0)
        numerator *= powerOfTen(shift);
    else
        denominator *= powerOfTen(-shift);

    BigInt quotient = numerator / denominator;
    const bool roundUp = quotient % 10 >= 5;
    quotient /= 10;
    if (roundUp)
        ++quotient;
    if (m_units.sign() * divisor.m_units.sign() < 0)
        quotient = -quotient;
    return Decimal(std::move(quotient), decimals);
}

Decimal Decimal::percentOf(const Decimal &whole, int decimals) const
{
    return (*this * fromInteger(100)).dividedBy(whole, decimals);
}

double Decimal::toApproximateDouble() const
{
    // The integer's nearest double scaled by a power of ten: a few units in the last place off.
    // Values whose integer or scale lies beyond a double's range go through the plain text, which
    // keeps their magnitude.
    if (m_units.is_zero())
        return 0.0;
    if (m_scale > 300 || boost::multiprecision::msb(boost::multiprecision::abs(m_units)) > 1000)
        return toPlainString().toDouble();
    return m_units.convert_to<double>() / std::pow(10.0, m_scale);
}

Decimal::BigInt Decimal::unitsAtScale(int scale) const
{
    Q_ASSERT(scale >= m_scale);
    return scale == m_scale ? m_units : m_units * powerOfTen(scale - m_scale);
}

int Decimal::compare(const Decimal &a, const Decimal &b)
{
    const int signA = a.m_units.sign();
    const int signB = b.m_units.sign();
    if (signA != signB)
        return signA < signB ? -1 : 1;
    if (a.m_scale == b.m_scale)
        return a.m_units.compare(b.m_units);
    const int scale = std::max(a.m_scale, b.m_scale);
    return a.unitsAtScale(scale).compare(b.unitsAtScale(scale));
}

Decimal Decimal::operator-() const
{
    return Decimal(-m_units, m_scale);
}

Decimal &Decimal::operator+=(const Decimal &other)
{
    if (other.m_scale > m_scale) {
        m_units = unitsAtScale(other.m_scale) + other.m_units;
        m_scale = other.m_scale;
    } else {
        m_units += other.unitsAtScale(m_scale);
    }
    return *this;
}

Decimal &Decimal::operator-=(const Decimal &other)
{
    return *this += -other;
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    return Decimal(a.m_units * b.m_units, a.m_scale + b.m_scale);
}
