#pragma once

#include "money/decimal.h"
#include "money/fiatcurrency.h"

#include <QLocale>
#include <QString>

/**
 * Turns exact decimals into display text. Rounding happens here and only here, at display time;
 * the values themselves stay exact. Static functions, no state: the caller passes the locale.
 */
class MoneyFormat final
{
public:
    MoneyFormat() = delete;

    /** Decimals shown for a token balance; the exact balance belongs in the tooltip. */
    static constexpr int BalanceDecimals = 8;
    /** Decimals shown for USD and CNY amounts (cents, fen). */
    static constexpr int UsdDecimals = 2;
    /** Significant digits shown for a price below one cent. */
    static constexpr int PriceDigits = 4;

    /**
     * @p value rounded half away from zero to @p maxDecimals, with the locale's group separator and
     * decimal point. Trailing zeros beyond @p minDecimals are dropped.
     */
    static QString grouped(const Decimal &value, const QLocale &locale, int minDecimals, int maxDecimals);

    /**
     * A token balance: grouped, trailing zeros dropped; at most BalanceDecimals decimals, or for
     * balances below one, BalanceDecimals significant digits (0.000000000000000001 stays visible).
     */
    static QString balance(const Decimal &value, const QLocale &locale);

    /**
     * An amount in @p currency: "$1,234.56", "¥1,234,567.89" (the symbol first whatever the locale,
     * which gives the group separator, the decimal point and the minus sign); a non-zero amount below
     * one cent (fen) shows as "< $0.01" (translatable).
     */
    static QString amount(const Decimal &value, FiatCurrency currency, const QLocale &locale);

    /**
     * An amount in @p currency exactly, every decimal kept (at least two), grouped by locale:
     * "$1,000,000,000,000,000,000,000.00", "¥0.000001", "-$2.125". For tooltips beside a rounded or
     * compact amount.
     */
    static QString amountExact(const Decimal &value, FiatCurrency currency, const QLocale &locale);

    /** A price in @p currency: two decimals, or PriceDigits significant digits below one cent ("$0.000000001234"). */
    static QString price(const Decimal &value, FiatCurrency currency, const QLocale &locale);

    /** A signed change in @p currency: "+$12.30", "−¥0.40", "< +$0.01". */
    static QString delta(const Decimal &value, FiatCurrency currency, const QLocale &locale);

    /** amount() in USD. */
    static QString usd(const Decimal &value, const QLocale &locale) { return amount(value, FiatCurrency::Usd, locale); }
    /** amountExact() in USD. */
    static QString usdExact(const Decimal &value, const QLocale &locale)
    {
        return amountExact(value, FiatCurrency::Usd, locale);
    }
    /** price() in USD. */
    static QString usdPrice(const Decimal &value, const QLocale &locale) { return price(value, FiatCurrency::Usd, locale); }
    /** delta() in USD. */
    static QString usdDelta(const Decimal &value, const QLocale &locale) { return delta(value, FiatCurrency::Usd, locale); }

    /**
     * A percentage of @p part in @p whole with one decimal ("12.5 %" by locale and translation);
     * "< 0.1 %" for a non-zero part that would round to zero; "—" when whole is zero.
     */
    static QString share(const Decimal &part, const Decimal &whole, const QLocale &locale);
};
