#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>

/**
 * An exact decimal number: an arbitrary-precision integer of units and a count of decimal places.
 *
 * Balances, prices, values and totals from the OKX API are decimal strings with 18+ decimals and
 * 24+ significant digits; this type holds them without any rounding. Addition, subtraction and
 * multiplication are exact. Rounding only happens through roundedTo() (for display) and
 * dividedBy() (for shares), where the caller names the number of decimals.
 *
 * The representation is not normalised (1.50 and 1.5 may differ in scale) but every comparison
 * and toPlainString() are scale-independent.
 */
class Decimal final
{
public:
    /**
     * Arbitrary precision, with room for 256 bits inside the value: a balance times a price (up to
     * 77 digits) then needs no heap block, which counts at 10,000 holdings.
     */
    using BigInt = boost::multiprecision::number<boost::multiprecision::cpp_int_backend<256, 0>>;

    /** Zero. */
    Decimal() = default;
    /** An exact integer. */
    static Decimal fromInteger(long long value);

    /** The longest text parse() reads; a longer one is refused before any digit is looked at. */
    static constexpr int MaxTextLength = 256;
    /** The most significant digits parse() accepts (leading and trailing zeros do not count). */
    static constexpr int MaxSignificantDigits = 96;
    /** The most decimal places parse() accepts (after the exponent, trailing zeros not counted). */
    static constexpr int MaxDecimals = 96;
    /** The most digits before the decimal point parse() accepts (after the exponent). */
    static constexpr int MaxIntegerDigits = 96;

    /**
     * Parses a decimal from the API or a file: an optional '-', ASCII digits, optionally '.'
     * followed by ASCII digits, and optionally an exponent ("1e-18", "2.5E+3"), read exactly.
     * Values beyond the limits above (far beyond any balance or price: 10^96 is more than all the
     * money there is) are refused, so that a hostile server cannot make the arithmetic slow.
     * Anything else ("", "NaN", " 1", "1,000", "0x10", ".5", "5.", non-ASCII digits) is refused
     * too; @p error then receives a one-line reason that quotes at most 40 characters of @p text.
     * "-0" is zero.
     */
    static std::optional<Decimal> parse(QStringView text, QString *error = nullptr);

    /** Plain notation: no exponent, no grouping, no trailing zeros ("0", "-1.5", "0.000000000000000001"). */
    QString toPlainString() const;

    bool isZero() const { return m_units.is_zero(); }
    bool isNegative() const { return m_units.sign() < 0; }
    /** -1, 0 or 1. */
    int sign() const { return m_units.sign(); }
    Decimal abs() const;

    /** Rounds half away from zero to @p decimals places (the usual rule for displayed money). */
    Decimal roundedTo(int decimals) const;
    /** The exact quotient rounded half away from zero to @p decimals places; zero when @p divisor is zero. */
    Decimal dividedBy(const Decimal &divisor, int decimals) const;

    /** This value as a percentage of @p whole, rounded half away from zero to @p decimals; zero when @p whole is zero. */
    Decimal percentOf(const Decimal &whole, int decimals) const;

    /**
     * An approximation, a few units in the last place off: for chart geometry, and as a sort's
     * first look that exact comparison settles for near-ties. Never for display, totals or export.
     */
    double toApproximateDouble() const;

    /** The number of decimal places of the stored representation (not normalised). */
    int scale() const { return m_scale; }
    const BigInt &units() const { return m_units; }

    /** Three-way exact comparison: negative, zero or positive. */
    static int compare(const Decimal &a, const Decimal &b);

    Decimal operator-() const;
    Decimal &operator+=(const Decimal &other);
    Decimal &operator-=(const Decimal &other);
    friend Decimal operator+(Decimal a, const Decimal &b) { return a += b; }
    friend Decimal operator-(Decimal a, const Decimal &b) { return a -= b; }
    friend Decimal operator*(const Decimal &a, const Decimal &b);

    friend bool operator==(const Decimal &a, const Decimal &b) { return compare(a, b) == 0; }
    friend bool operator!=(const Decimal &a, const Decimal &b) { return compare(a, b) != 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return compare(a, b) < 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return compare(a, b) <= 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return compare(a, b) > 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return compare(a, b) >= 0; }

private:
    Decimal(BigInt units, int scale) : m_units(std::move(units)), m_scale(scale) {}
    /** This value's units expressed at a larger @p scale. */
    BigInt unitsAtScale(int scale) const;

    BigInt m_units;
    int m_scale = 0;
};

Q_DECLARE_METATYPE(Decimal)
