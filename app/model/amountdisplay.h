#pragma once

#include "money/decimal.h"
#include "money/fiatconversion.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>
#include <utility>

/**
 * How amounts (and fetch times) are shown right now: the display locale, privacy mode and the
 * currency (FiatConversion: USD, or CNY at the rate known), applied on top of MoneyFormat. Every
 * view that prints a balance or a value (table, summary, sidebar, chart, history) goes through one
 * of these, so privacy mode hides, and the currency converts, the same things everywhere.
 *
 * Values come in USD, as the API gives them; amount(), change() and price() show them in
 * currency(). In privacy mode amounts become a fixed mask whose length says nothing about the number.
 */
class AmountDisplay final
{
public:
    AmountDisplay() = default;
    /** Values in @p wanted, at @p usdCny for CNY (and for the other currency of tooltips when USD is shown). */
    AmountDisplay(const QLocale &locale, bool privacy, FiatCurrency wanted = FiatCurrency::Usd,
                  std::optional<UsdCnyRate> usdCny = std::nullopt)
        : m_locale(locale), m_privacy(privacy), m_fiat(wanted, usdCny), m_usdCny(std::move(usdCny))
    {
    }

    const QLocale &locale() const { return m_locale; }
    bool isPrivate() const { return m_privacy; }
    /** The currency asked for and the rate values are converted at. */
    const FiatConversion &fiat() const { return m_fiat; }
    /** The currency values are shown in (USD when CNY was asked for with no rate known). */
    FiatCurrency currency() const { return m_fiat.shown(); }

    /** The fixed text privacy mode shows for every amount. */
    static QString mask();
    /** The text shown where there is no number (unpriced, not counted). */
    static QString none();

    /** A token balance, or the mask. */
    QString balance(const Decimal &value) const;
    /** A token balance in the compact form of CompactMoney ("47.0M"), or the mask. */
    QString balanceCompact(const Decimal &value) const;
    /** A USD value in currency() ("$1,234.56", "¥8,829.42", "< $0.01"), or the mask. */
    QString amount(const Decimal &usd) const;
    /** A USD value in currency(), in the compact form of CompactMoney ("$907.7T", "$1.00 × 10²¹"), or the mask. */
    QString amountCompact(const Decimal &usd) const;
    /** A USD value in currency() with every decimal, for a tooltip ("$1,000,000,000,000,000,000,000.00"), or the mask. */
    QString amountExact(const Decimal &usd) const;
    /**
     * For a tooltip beside amountExact(): @p usd exactly in the currency not shown ("$1,234.56" when
     * CNY is shown, "¥8,829.42" when USD is shown and a rate is known); empty when there is none, or in
     * privacy mode.
     */
    QString otherCurrencyExact(const Decimal &usd) const;
    /** otherCurrencyExact() rounded as amount() rounds ("≈" is the caller's). */
    QString otherCurrency(const Decimal &usd) const;
    /** A signed change of a USD value in currency() ("+$1.50", "-¥0.25"), or the mask. */
    QString change(const Decimal &usdDelta) const;
    /** A signed change in currency() in the compact form ("+$1.2M"), or the mask. */
    QString changeCompact(const Decimal &usdDelta) const;
    /**
     * An amount already in @p currency (a total summed at several recorded rates), with every decimal
     * or compact, or the mask.
     */
    QString amountExactIn(const Decimal &value, FiatCurrency currency) const;
    QString amountIn(const Decimal &value, FiatCurrency currency) const;
    QString amountCompactIn(const Decimal &value, FiatCurrency currency) const;
    /** A signed change already in @p currency, or the mask. */
    QString changeIn(const Decimal &delta, FiatCurrency currency) const;
    /** A signed balance change, or the mask. */
    QString balanceChange(const Decimal &delta) const;
    /** A USD price per unit in currency(). Market data, not the user's holdings: shown in privacy mode too. */
    QString price(const Decimal &usd) const;
    /** A price in a compact form: from a thousand on as CompactMoney ("$98.8K"), below as price(). */
    QString priceCompact(const Decimal &usd) const;
    /**
     * @p part as a percentage of @p whole, or the mask: a share of a known amount gives the
     * amount away, and shares alone still tell how a portfolio is split.
     */
    QString share(const Decimal &part, const Decimal &whole) const;
    /** A fetch time in local time: the time alone when it is today, else date and time. */
    QString fetchTime(const QDateTime &time) const;
    /**
     * A recorded time in local time, always with its date and to the second (two refreshes a
     * minute apart must not read alike): the locale's short date and time format, seconds added.
     */
    QString recordTime(const QDateTime &time) const;

    friend bool operator==(const AmountDisplay &a, const AmountDisplay &b)
    {
        return a.m_locale == b.m_locale && a.m_privacy == b.m_privacy && a.m_fiat == b.m_fiat && a.m_usdCny == b.m_usdCny;
    }
    friend bool operator!=(const AmountDisplay &a, const AmountDisplay &b) { return !(a == b); }

private:
    /** @p usd in the currency not shown, and that currency; nothing without a rate or in privacy mode. */
    std::optional<std::pair<Decimal, FiatCurrency>> inOtherCurrency(const Decimal &usd) const;

    QLocale m_locale;
    bool m_privacy = false;
    FiatConversion m_fiat;
    /** The rate known, whichever currency is shown. */
    std::optional<UsdCnyRate> m_usdCny;
};
