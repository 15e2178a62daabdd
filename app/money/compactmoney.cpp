#include "money/compactmoney.h"

#include "money/moneyformat.h"

#include <QStringList>

namespace {

/** How a locale abbreviates large amounts: digits per unit and the units, smallest first. */
struct Units
{
    int digitsPerUnit;
    QStringList suffixes;
};

/**
 * The units follow the locale, like its decimal point, rather than the translation: a Chinese
 * reader counts in ten thousands (万, 亿 = 万万, 万亿), which no translation of "K" could express.
 */
const Units &unitsOf(const QLocale &locale)
{
    static const Units thousands{3, {QStringLiteral("K"), QStringLiteral("M"), QStringLiteral("B"), QStringLiteral("T")}};
    static const Units myriads{4, {QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿")}};
    return locale.language() == QLocale::Chinese ? myriads : thousands;
}

/** 10^exponent, exactly (a product may have far more digits than Decimal::parse() accepts). */
Decimal powerOfTen(int exponent)
{
    constexpr int ChunkDigits = 18;
    constexpr long long Chunk = 1'000'000'000'000'000'000LL;
    Decimal result = Decimal::fromInteger(1);
    for (; exponent >= ChunkDigits; exponent -= ChunkDigits)
        result = result * Decimal::fromInteger(Chunk);
    long long rest = 1;
    for (; exponent > 0; --exponent)
        rest *= 10;
    return result * Decimal::fromInteger(rest);
}

/** The number of digits before the point of @p magnitude (at least one, positive). */
int integerDigits(const Decimal &magnitude)
{
    const QString plain = magnitude.toPlainString();
    const qsizetype point = plain.indexOf(u'.');
    return int(point < 0 ? plain.size() : point);
}

/** ⁰¹²³⁴⁵⁶⁷⁸⁹ for the digits of @p exponent (never negative here). */
QString superscript(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString result;
    for (const QChar c : QString::number(exponent))
        result += QChar(digits[c.unicode() - u'0']);
    return result;
}

/** @p mantissa with @p decimals and the locale's decimal point; never grouped (a mantissa has at most four digits). */
QString mantissaText(const Decimal &mantissa, int decimals, const QLocale &locale)
{
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return MoneyFormat::grouped(mantissa, ungrouped, decimals, decimals);
}

/** "1.00 × 10²¹" for a @p magnitude of at least 10^ScientificFrom. */
QString scientific(const Decimal &magnitude, const QLocale &locale)
{
    constexpr int Decimals = 2;
    int exponent = integerDigits(magnitude) - 1;
    Decimal mantissa = magnitude.dividedBy(powerOfTen(exponent), Decimals);
    // 9.995 rounds to 10.00: one more power of ten, rounded again from the exact value.
    if (mantissa >= Decimal::fromInteger(10)) {
        ++exponent;
        mantissa = magnitude.dividedBy(powerOfTen(exponent), Decimals);
    }
    // No-break spaces: a wrapping label keeps the number on one line.
    return mantissaText(mantissa, Decimals, locale) + QStringLiteral("\u00a0×\u00a010") + superscript(exponent);
}

/**
 * The compact text of @p magnitude (non-negative) without sign or currency symbol, or a null string when it is
 * below the locale's first unit.
 */
QString compactMagnitude(const Decimal &magnitude, const QLocale &locale)
{
    const Units &units = unitsOf(locale);
    if (magnitude < powerOfTen(units.digitsPerUnit))
        return {};
    // The unit its digits suggest, or the next one when rounding reaches the unit's end (the
    // next unit's start, or 10^ScientificFrom).
    for (int unit = (integerDigits(magnitude) - 1) / units.digitsPerUnit; unit <= units.suffixes.size(); ++unit) {
        const int exponent = unit * units.digitsPerUnit;
        const int end = qMin(exponent + units.digitsPerUnit, CompactMoney::ScientificFrom);
        // At least three significant digits: "$2.34亿" says as much as "$234.2M" (a single-digit
        // mantissa gets two decimals; one that rounds up to 10 is rounded again with one).
        int decimals = integerDigits(magnitude) - exponent <= 1 ? 2 : 1;
        Decimal mantissa = magnitude.dividedBy(powerOfTen(exponent), decimals);
        if (decimals == 2 && mantissa >= Decimal::fromInteger(10))
            mantissa = magnitude.dividedBy(powerOfTen(exponent), --decimals);
        if (mantissa < powerOfTen(end - exponent))
            return mantissaText(mantissa, decimals, locale) + units.suffixes.at(unit - 1);
    }
    return scientific(magnitude, locale);
}

} // namespace

QString CompactMoney::amount(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    const QString magnitude = compactMagnitude(value.abs(), locale);
    if (magnitude.isNull())
        return MoneyFormat::amount(value, currency, locale);
    return (value.isNegative() ? locale.negativeSign() : QString()) + FiatCurrencies::symbol(currency) + magnitude;
}

QString CompactMoney::balance(const Decimal &value, const QLocale &locale)
{
    if (value.abs() < Decimal::fromInteger(1))
        return MoneyFormat::balance(value, locale);
    const QString magnitude = compactMagnitude(value.abs(), locale);
    if (magnitude.isNull())
        return MoneyFormat::grouped(value, locale, MoneyFormat::UsdDecimals, MoneyFormat::UsdDecimals);
    return (value.isNegative() ? locale.negativeSign() : QString()) + magnitude;
}

QString CompactMoney::delta(const Decimal &value, FiatCurrency currency, const QLocale &locale)
{
    const QString magnitude = compactMagnitude(value.abs(), locale);
    if (magnitude.isNull())
        return MoneyFormat::delta(value, currency, locale);
    return (value.isNegative() ? locale.negativeSign() : locale.positiveSign()) + FiatCurrencies::symbol(currency)
        + magnitude;
}
