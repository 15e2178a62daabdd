#pragma once

#include "money/decimal.h"
#include "money/fiatcurrency.h"

#include <QLocale>
#include <QString>

/**
 * Amounts (USD, CNY) in a few characters that keep their magnitude, for places too narrow for the full
 * amount: "$907.7T", "$1.00 × 10²¹". Never an amount cut short: where the full text does not fit,
 * this form does, and the exact amount belongs in the tooltip.
 *
 * - Below the first unit (a thousand; ten thousand in Chinese) the amount is the full one of
 *   MoneyFormat, unchanged: it is short already.
 * - Then the locale's units with one decimal: K, M, B, T (thousands), or in Chinese 万, 亿, 万亿
 *   (ten thousands), the way amounts are abbreviated there.
 * - From 10^15 on, scientific notation with two decimals and a superscript exponent.
 *
 * Exact: the Decimal is divided by a power of ten and rounded half away from zero, the rule of
 * every amount on screen, so the compact and the full form of one value always round the same
 * way; an amount that rounds up to the next unit moves to it ("$1.0M", never "$1000.0K"). The
 * locale gives the decimal point and the minus sign.
 */
class CompactMoney final
{
public:
    CompactMoney() = delete;

    /** Amounts from 10^ScientificFrom on are written in scientific notation. */
    static constexpr int ScientificFrom = 15;

    /** An amount in @p currency: "$907.7T", "-¥1.2K", "$1.00 × 10²¹"; below a thousand as MoneyFormat::amount(). */
    static QString amount(const Decimal &value, FiatCurrency currency, const QLocale &locale);

    /** A signed change in @p currency: "+$1.2M", "-¥3.40 × 10¹⁸"; below a thousand as MoneyFormat::delta(). */
    static QString delta(const Decimal &value, FiatCurrency currency, const QLocale &locale);

    /** amount() in USD. */
    static QString usd(const Decimal &value, const QLocale &locale) { return amount(value, FiatCurrency::Usd, locale); }

    /** delta() in USD. */
    static QString usdDelta(const Decimal &value, const QLocale &locale) { return delta(value, FiatCurrency::Usd, locale); }

    /**
     * A token balance: "47.0M", "1.00 × 10²¹"; below a thousand with two decimals ("329.10"), and
     * below one as MoneyFormat::balance() (its significant digits are few already).
     */
    static QString balance(const Decimal &value, const QLocale &locale);
};
