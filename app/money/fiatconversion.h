#pragma once

#include "money/decimal.h"
#include "money/fiatcurrency.h"
#include "money/usdcnyrate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

/**
 * The currency amounts are shown in and how an exact USD value becomes an amount in it: the one
 * piece between the USD values the API gives and what a view shows. Pure: no clock, no network, no
 * settings; the caller passes the currency the user chose and the rate known (ExchangeRateSource).
 *
 * CNY is shown only at a known rate. Asked for CNY with no rate, amounts stay in USD (shown() is
 * USD, lacksRate() is true) and notice() says so: a made-up or built-in rate never shows.
 *
 * Conversion is exact (UsdCnyRate::toCny()); the format functions round only for display, through
 * MoneyFormat and CompactMoney, so a USD and a CNY amount follow the same rules.
 */
class FiatConversion final
{
    Q_DECLARE_TR_FUNCTIONS(FiatConversion)

public:
    /** USD, unconverted. */
    FiatConversion() = default;
    /** Amounts in @p wanted, at @p usdCny for CNY (nothing: no rate is known, amounts stay in USD). */
    FiatConversion(FiatCurrency wanted, std::optional<UsdCnyRate> usdCny);

    /** The currency asked for. */
    FiatCurrency wanted() const { return m_wanted; }
    /** The currency amounts are in: wanted(), or USD when CNY was asked for with no rate. */
    FiatCurrency shown() const { return m_rate ? FiatCurrency::Cny : FiatCurrency::Usd; }
    /** Whether CNY was asked for but no rate is known, so amounts are in USD. */
    bool lacksRate() const { return shown() != m_wanted; }
    /** The rate amounts are converted at: set only when shown() is CNY. */
    const std::optional<UsdCnyRate> &rate() const { return m_rate; }

    /** @p usd in shown(), exact. */
    Decimal convert(const Decimal &usd) const;

    /** The amount of @p usd in shown(), as MoneyFormat::amount(): "¥1,234,567.89". */
    QString amount(const Decimal &usd, const QLocale &locale) const;
    /** The compact amount of @p usd, as CompactMoney::amount(): "¥907.7T". */
    QString amountCompact(const Decimal &usd, const QLocale &locale) const;
    /** Every decimal of the amount of @p usd, as MoneyFormat::amountExact(), for tooltips. */
    QString amountExact(const Decimal &usd, const QLocale &locale) const;
    /** A signed change of @p usd, as MoneyFormat::delta(): "+¥12.30". */
    QString change(const Decimal &usd, const QLocale &locale) const;
    /** A signed change of @p usd in compact form, as CompactMoney::delta(). */
    QString changeCompact(const Decimal &usd, const QLocale &locale) const;
    /** A price of @p usd per unit, as MoneyFormat::price(). */
    QString price(const Decimal &usd, const QLocale &locale) const;

    /**
     * One translated line on where amounts come from, for a status line or a tooltip: "CNY at the
     * rate of 2024-05-12 14:00: 1 USD = ¥7.1543" (the rate's time in local time, by @p locale),
     * "No USD/CNY rate is known yet: amounts are in USD." when lacksRate(), and empty for USD.
     */
    QString notice(const QLocale &locale) const;

    friend bool operator==(const FiatConversion &a, const FiatConversion &b)
    {
        return a.m_wanted == b.m_wanted && a.m_rate == b.m_rate;
    }
    friend bool operator!=(const FiatConversion &a, const FiatConversion &b) { return !(a == b); }

private:
    FiatCurrency m_wanted = FiatCurrency::Usd;
    /** The rate in use: only with m_wanted CNY. */
    std::optional<UsdCnyRate> m_rate;
};
