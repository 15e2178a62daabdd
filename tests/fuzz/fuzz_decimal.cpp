// libFuzzer harness: Decimal, differentially against an exact reference.
//
// Input: up to three lines, "A\nB\nD": two texts for Decimal::parse and a number of decimal places
// (0 to 60, default 2) for roundedTo() and dividedBy(). The reference is written from Decimal's
// contract alone and never calls Decimal: a strict grammar check of the text, then the exact value
// mantissa × 10^exponent as a Boost cpp_int, and Boost's exact rationals (cpp_rational) for the
// arithmetic. Any disagreement aborts.
//
// The contract, as the reference applies it:
// - Syntax: an optional '-', ASCII digits, optionally '.' and ASCII digits, optionally an exponent
//   [eE][+-]?digits. Anything else is rejected, as is a text longer than 256 characters.
// - Limits: at most 96 significant digits, 96 decimal places and 96 digits before the point, once
//   the exponent is applied. Which written zeros count towards them is Decimal's business, so the
//   reference only insists on a rejection when even the normalised value (no leading or trailing
//   zeros) breaks a limit, and on an acceptance when even the text's every written digit, placed
//   by the exponent, stays within 96 in all. In between, either answer is fine.
// - "-0" is zero, not negative. toPlainString() is plain notation: no exponent, no leading zeros,
//   no trailing zeros, no "-0".

#include "money/decimal.h"
#include "fuzzsupport.h"

#include <boost/multiprecision/cpp_int.hpp>

#include <algorithm>
#include <optional>
#include <string>

namespace {

using BigInt = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

constexpr qsizetype MaxTextLength = 256;
constexpr long long MaxDigits = 96;

/** A text that follows the syntax, split into its parts. */
struct Syntax
{
    bool negative = false;
    std::string integerDigits;
    std::string fractionDigits;
    /** The exponent, saturated far beyond any acceptable value. */
    long long exponent = 0;
};

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

/** The parts of @p text when it follows the syntax; @p allowExponent false for plain notation. */
std::optional<Syntax> readSyntax(QStringView text, bool allowExponent = true)
{
    Syntax syntax;
    qsizetype i = 0;
    const auto digitsInto = [&](std::string *out) {
        const qsizetype start = i;
        while (i < text.size() && isAsciiDigit(text[i].unicode()))
            out->push_back(char(text[i++].unicode()));
        return i > start;
    };
    if (i < text.size() && text[i] == u'-') {
        syntax.negative = true;
        ++i;
    }
    if (!digitsInto(&syntax.integerDigits))
        return std::nullopt;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        if (!digitsInto(&syntax.fractionDigits))
            return std::nullopt;
    }
    if (allowExponent && i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool negativeExponent = false;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
            negativeExponent = text[i++] == u'-';
        std::string digits;
        if (!digitsInto(&digits))
            return std::nullopt;
        long long exponent = 0;
        for (char c : digits)
            exponent = std::min(exponent * 10 + (c - '0'), 1000000000LL);
        syntax.exponent = negativeExponent ? -exponent : exponent;
    }
    if (i != text.size())
        return std::nullopt;
    return syntax;
}

/** An exact value: mantissa × 10^exponent, the mantissa without trailing zeros (0 has exponent 0). */
struct Exact
{
    BigInt mantissa;
    long long exponent = 0;
    /** Digits of |mantissa|; 0 for zero. */
    long long digits = 0;

    long long significantDigits() const { return digits; }
    long long decimalPlaces() const { return std::max(0LL, -exponent); }
    long long integerDigits() const { return std::max(0LL, digits + exponent); }
};

Exact exactValue(const Syntax &syntax)
{
    std::string digits = syntax.integerDigits + syntax.fractionDigits;
    long long exponent = syntax.exponent - static_cast<long long>(syntax.fractionDigits.size());
    const size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return {};
    digits.erase(0, first);
    const size_t last = digits.find_last_not_of('0');
    exponent += static_cast<long long>(digits.size() - 1 - last);
    digits.erase(last + 1);
    Exact exact;
    exact.mantissa = BigInt(digits);
    if (syntax.negative)
        exact.mantissa = -exact.mantissa;
    exact.exponent = exponent;
    exact.digits = static_cast<long long>(digits.size());
    return exact;
}

BigInt powerOfTen(long long n)
{
    return boost::multiprecision::pow(BigInt(10), unsigned(n));
}

/** The exact rational; only for values whose exponent is small enough to write out. */
Rational rational(const Exact &exact)
{
    if (exact.mantissa == 0)
        return Rational(0);
    if (exact.exponent >= 0)
        return Rational(exact.mantissa * powerOfTen(exact.exponent));
    return Rational(exact.mantissa, powerOfTen(-exact.exponent));
}

/** @p value rounded half away from zero to @p decimals places. */
Rational roundedHalfAway(const Rational &value, int decimals)
{
    const Rational scaled = value * Rational(powerOfTen(decimals));
    BigInt numerator = boost::multiprecision::numerator(scaled);
    const BigInt denominator = boost::multiprecision::denominator(scaled); // positive
    const bool negative = numerator < 0;
    if (negative)
        numerator = -numerator;
    BigInt quotient = numerator / denominator;
    const BigInt remainder = numerator % denominator;
    if (remainder * 2 >= denominator)
        ++quotient;
    return Rational(negative ? BigInt(-quotient) : quotient, powerOfTen(decimals));
}

QString show(const Rational &value)
{
    return QString::fromStdString(value.str());
}

/** Whether @p text is toPlainString()'s canonical form: plain, no leading or trailing zeros, no "-0". */
bool isCanonicalPlain(const QString &text)
{
    const std::optional<Syntax> syntax = readSyntax(text, false);
    if (!syntax)
        return false;
    if (syntax->integerDigits.size() > 1 && syntax->integerDigits.front() == '0')
        return false;
    if (!syntax->fractionDigits.empty() && syntax->fractionDigits.back() == '0')
        return false;
    if (syntax->negative && exactValue(*syntax).mantissa == 0)
        return false;
    return true;
}

/** The exact value of a result of Decimal, read back from its toPlainString(). */
Rational valueOf(const Decimal &decimal, const char *what)
{
    const QString text = decimal.toPlainString();
    OKX_FUZZ_CHECK(isCanonicalPlain(text), QStringLiteral("%1 printed \"%2\"").arg(QLatin1String(what), text));
    return rational(exactValue(*readSyntax(text, false)));
}

int signOf(const Rational &value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

/** A text parsed by Decimal, checked against the reference; nothing when Decimal rejects it. */
std::optional<std::pair<Decimal, Rational>> parseChecked(const QString &text)
{
    QString error;
    const std::optional<Decimal> parsed = Decimal::parse(text, &error);
    const std::optional<Syntax> syntax = text.size() <= MaxTextLength ? readSyntax(text) : std::nullopt;

    // What the contract allows, as far as the reference can tell without knowing how zeros count.
    bool mustReject = !syntax;
    bool mustAccept = false;
    std::optional<Exact> exact;
    if (syntax) {
        exact = exactValue(*syntax);
        mustReject = exact->significantDigits() > MaxDigits || exact->decimalPlaces() > MaxDigits
            || exact->integerDigits() > MaxDigits;
        const long long written = static_cast<long long>(syntax->integerDigits.size() + syntax->fractionDigits.size());
        const long long integerWritten = std::max(0LL, static_cast<long long>(syntax->integerDigits.size()) + syntax->exponent);
        const long long fractionWritten = std::max(0LL, static_cast<long long>(syntax->fractionDigits.size()) - syntax->exponent);
        mustAccept = written <= MaxDigits && integerWritten + fractionWritten <= MaxDigits;
    }

    if (!parsed) {
        OKX_FUZZ_CHECK(!mustAccept, QStringLiteral("rejected \"%1\": %2").arg(text, error));
        OKX_FUZZ_CHECK(!error.isEmpty() && !error.contains(u'\n'), QStringLiteral("reason for \"%1\": \"%2\"").arg(text, error));
        return std::nullopt;
    }
    OKX_FUZZ_CHECK(!mustReject, QStringLiteral("accepted \"%1\" as %2").arg(text, parsed->toPlainString()));

    const Rational expected = rational(*exact);
    const Rational got = valueOf(*parsed, "parse");
    OKX_FUZZ_CHECK(got == expected, QStringLiteral("\"%1\" parsed as %2, not %3").arg(text, parsed->toPlainString(), show(expected)));
    OKX_FUZZ_CHECK(parsed->sign() == signOf(expected), QStringLiteral("sign of \"%1\"").arg(text));
    OKX_FUZZ_CHECK(parsed->isZero() == (expected == 0), QStringLiteral("isZero of \"%1\"").arg(text));

    // The plain text reads back as the same value (it has at most as many digits as the value).
    const std::optional<Decimal> again = Decimal::parse(parsed->toPlainString());
    OKX_FUZZ_CHECK(again && Decimal::compare(*again, *parsed) == 0 && again->toPlainString() == parsed->toPlainString(),
                   QStringLiteral("\"%1\" printed as %2, which does not read back").arg(text, parsed->toPlainString()));
    return std::make_pair(*parsed, expected);
}

void checkRounding(const Decimal &a, const Rational &ra, const Decimal &b, const Rational &rb, int decimals)
{
    const Rational rounded = valueOf(a.roundedTo(decimals), "roundedTo");
    OKX_FUZZ_CHECK(rounded == roundedHalfAway(ra, decimals),
                   QStringLiteral("%1 rounded to %2 places: %3").arg(a.toPlainString()).arg(decimals).arg(show(rounded)));

    const Rational quotient = valueOf(a.dividedBy(b, decimals), "dividedBy");
    const Rational expected = rb == 0 ? Rational(0) : roundedHalfAway(ra / rb, decimals);
    OKX_FUZZ_CHECK(quotient == expected, QStringLiteral("%1 / %2 to %3 places: %4, not %5")
                                             .arg(a.toPlainString(), b.toPlainString())
                                             .arg(decimals)
                                             .arg(show(quotient), show(expected)));
}

void checkPair(const Decimal &a, const Rational &ra, const Decimal &b, const Rational &rb, int decimals)
{
    const QString pair = a.toPlainString() + QStringLiteral(", ") + b.toPlainString();
    const int order = Decimal::compare(a, b);
    OKX_FUZZ_CHECK((order < 0) == (ra < rb) && (order > 0) == (ra > rb) && (order == 0) == (ra == rb),
                   QStringLiteral("compare(%1) = %2").arg(pair).arg(order));
    OKX_FUZZ_CHECK((a == b) == (ra == rb) && (a < b) == (ra < rb), QStringLiteral("operators on %1").arg(pair));

    OKX_FUZZ_CHECK(valueOf(a + b, "+") == ra + rb, QStringLiteral("%1 + %2 = %3").arg(a.toPlainString(), b.toPlainString(), (a + b).toPlainString()));
    OKX_FUZZ_CHECK(valueOf(a - b, "-") == ra - rb, QStringLiteral("%1 - %2 = %3").arg(a.toPlainString(), b.toPlainString(), (a - b).toPlainString()));
    OKX_FUZZ_CHECK(valueOf(a * b, "*") == ra * rb, QStringLiteral("%1 * %2 = %3").arg(a.toPlainString(), b.toPlainString(), (a * b).toPlainString()));
    OKX_FUZZ_CHECK(valueOf(-a, "unary -") == -ra, a.toPlainString());
    Decimal sum = a;
    sum += b;
    OKX_FUZZ_CHECK(Decimal::compare(sum, a + b) == 0, pair);

    checkRounding(a, ra, b, rb, decimals);
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype firstBreak = input.indexOf('\n');
    const qsizetype secondBreak = firstBreak < 0 ? -1 : input.indexOf('\n', firstBreak + 1);
    const QString first = QString::fromUtf8(input.left(firstBreak < 0 ? input.size() : firstBreak));
    const std::optional<QString> second = firstBreak < 0
        ? std::nullopt
        : std::optional<QString>(QString::fromUtf8(input.mid(firstBreak + 1, secondBreak < 0 ? -1 : secondBreak - firstBreak - 1)));
    int decimals = 2;
    if (secondBreak >= 0) {
        bool ok = false;
        const int asked = input.mid(secondBreak + 1).trimmed().toInt(&ok);
        if (ok)
            decimals = std::clamp(asked, 0, 60);
    }

    const auto a = parseChecked(first);
    const auto b = second ? parseChecked(*second) : std::nullopt;
    if (a)
        checkRounding(a->first, a->second, a->first, a->second, decimals);
    if (a && b) {
        checkPair(a->first, a->second, b->first, b->second, decimals);
        checkPair(b->first, b->second, a->first, a->second, decimals);
    }
    return 0;
}
