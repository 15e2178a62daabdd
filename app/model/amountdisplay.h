#pragma once

#include "money/decimal.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

/**
 * How amounts (and fetch times) are shown right now: the display locale and privacy mode, applied
 * on top of MoneyFormat. Every view that prints a balance or a USD amount (table, summary, sidebar, chart)
 * goes through one of these, so privacy mode hides the same things everywhere.
 *
 * In privacy mode amounts become a fixed mask whose length says nothing about the number.
 */
class AmountDisplay final
{
public:
    AmountDisplay() = default;
    AmountDisplay(const QLocale &locale, bool privacy) : m_locale(locale), m_privacy(privacy) {}

    const QLocale &locale() const { return m_locale; }
    bool isPrivate() const { return m_privacy; }

    /** The fixed text privacy mode shows for every amount. */
    static QString mask();
    /** The text shown where there is no number (unpriced, not counted). */
    static QString none();

    /** A token balance, or the mask. */
    QString balance(const Decimal &value) const;
    /** A token balance in the compact form of CompactMoney ("47.0M"), or the mask. */
    QString balanceCompact(const Decimal &value) const;
    /** A USD amount ("$1,234.56", "< $0.01"), or the mask. */
    QString usd(const Decimal &value) const;
    /** A USD amount in the compact form of CompactMoney ("$907.7T", "$1.00 × 10²¹"), or the mask. */
    QString usdCompact(const Decimal &value) const;
    /** A USD amount with every decimal, for a tooltip ("$1,000,000,000,000,000,000,000.00"), or the mask. */
    QString usdExact(const Decimal &value) const;
    /** A signed USD change ("+$1.50", "-$0.25"), or the mask. */
    QString usdChange(const Decimal &delta) const;
    /** A signed USD change in the compact form ("+$1.2M"), or the mask. */
    QString usdChangeCompact(const Decimal &delta) const;
    /** A signed balance change, or the mask. */
    QString balanceChange(const Decimal &delta) const;
    /** A USD price per unit. Market data, not the user's holdings: shown in privacy mode too. */
    QString price(const Decimal &value) const;
    /** A USD price in a compact form: from a thousand on as CompactMoney ("$98.8K"), below as price(). */
    QString priceCompact(const Decimal &value) const;
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
        return a.m_locale == b.m_locale && a.m_privacy == b.m_privacy;
    }
    friend bool operator!=(const AmountDisplay &a, const AmountDisplay &b) { return !(a == b); }

private:
    QLocale m_locale;
    bool m_privacy = false;
};
