#include "money/decimal.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <limits>
#include <string>

namespace {

/** 10^n as a big integer; the small powers are cached because every add and compare needs them. */
const Decimal::BigInt &powerOfTen(int n)
{
    static const std::array<Decimal::BigInt, 64> cache = [] {
        std::array<Decimal::BigInt, 64> table;
        Decimal::BigInt value = 1;
        for (auto &entry : table) {
            entry = value;
            value *= 10;
        }
        return table;
    }();
    if (n < int(cache.size()))
        return cache[size_t(n)];
    thread_local Decimal::BigInt large;
    large = boost::multiprecision::pow(Decimal::BigInt(10), unsigned(n));
    return large;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Decimal", text);
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
            result = result * powerOfTen(18) + chunk;
            chunk = 0;
            chunkDigits = 0;
        }
    }
    if (chunkDigits > 0)
        result = result * powerOfTen(chunkDigits) + chunk;
    return result;
}

/**
 * The fast path for the API's usual values: up to 38 digits always fit in 128 bits, which the
 * big integer stores inline, so the digits are accumulated in a native 128-bit word and converted
 * once instead of going through big-integer multiplications.
 */
constexpr qsizetype MaxNativeDigits = 38;

Decimal::BigInt nativeDigitsToInteger(QStringView integerPart, QStringView fractionPart)
{
    boost::uint128_type value = 0;
    for (QChar c : integerPart)
        value = value * 10 + unsigned(c.unicode() - u'0');
    for (QChar c : fractionPart)
        value = value * 10 + unsigned(c.unicode() - u'0');
    return Decimal::BigInt(value);
}

/** Writes the decimal digits of @p value so that they end at @p end; returns where they begin. */
char *writeDigits(char *end, boost::uint128_type value)
{
    constexpr std::uint64_t chunkBase = 10000000000000000000ULL; // 10^19, the largest power of ten in 64 bits
    while (value > std::numeric_limits<std::uint64_t>::max()) {
        auto chunk = std::uint64_t(value % chunkBase);
        value /= chunkBase;
        for (int i = 0; i < 19; ++i, chunk /= 10)
            *--end = char('0' + chunk % 10);
    }
    auto rest = std::uint64_t(value);
    do {
        *--end = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    return end;
}

/** The decimal digits of @p magnitude (> 0: msb() has no answer for zero), through a native word up to 128 bits. */
std::string magnitudeDigits(const Decimal::BigInt &magnitude)
{
    if (boost::multiprecision::msb(magnitude) < 128) {
        char buffer[40];
        char *const end = buffer + sizeof(buffer);
        char *begin = writeDigits(end, magnitude.convert_to<boost::uint128_type>());
        return std::string(begin, end);
    }
    return magnitude.str();
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

Decimal Decimal::fromUnits(BigInt units, int scale)
{
    Q_ASSERT(scale >= 0);
    return Decimal(std::move(units), scale < 0 ? 0 : scale);
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    auto fail = [error, text](const char *reason) -> std::optional<Decimal> {
        if (error)
            *error = tr("“%1” is not a plain decimal number: %2").arg(text.toString(), tr(reason));
        return std::nullopt;
    };

    if (text.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Decimal", "it is empty"));

    const bool negative = text.front() == u'-';
    const QStringView body = negative ? text.mid(1) : text;
    const qsizetype point = body.indexOf(u'.');
    const QStringView integerPart = point < 0 ? body : body.left(point);
    const QStringView fractionPart = point < 0 ? QStringView() : body.mid(point + 1);

    if (integerPart.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Decimal", "digits are missing before the decimal point"));
    if (point >= 0 && fractionPart.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Decimal", "digits are missing after the decimal point"));
    if (!allAsciiDigits(integerPart) || !allAsciiDigits(fractionPart))
        return fail(QT_TRANSLATE_NOOP("Decimal", "only the digits 0–9, one '.' and a leading '-' are allowed"));

    BigInt units;
    if (integerPart.size() + fractionPart.size() <= MaxNativeDigits) {
        units = nativeDigitsToInteger(integerPart, fractionPart);
    } else {
        units = digitsToInteger(integerPart);
        if (!fractionPart.isEmpty())
            units = units * powerOfTen(int(fractionPart.size())) + digitsToInteger(fractionPart);
    }
    if (negative)
        units = -units;
    return Decimal(std::move(units), int(fractionPart.size()));
}

QString Decimal::toPlainString() const
{
    if (m_units.is_zero())
        return QStringLiteral("0");

    std::string digits = magnitudeDigits(boost::multiprecision::abs(m_units));
    if (int(digits.size()) <= m_scale)
        digits.insert(0, size_t(m_scale) - digits.size() + 1, '0');

    const size_t integerLength = digits.size() - size_t(m_scale);
    size_t end = digits.size();
    while (end > integerLength && digits[end - 1] == '0')
        --end;

    QString result;
    result.reserve(int(end) + 2);
    if (m_units.sign() < 0)
        result += u'-';
    result += QLatin1String(digits.data(), qsizetype(integerLength));
    if (end > integerLength) {
        result += u'.';
        result += QLatin1String(digits.data() + integerLength, qsizetype(end - integerLength));
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

    const BigInt &divisor = powerOfTen(m_scale - decimals);
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
    // Through the plain string so huge values keep their magnitude; precision is not the point here.
    return toPlainString().toDouble(); // chart geometry and percentages only
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
