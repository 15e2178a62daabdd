#pragma once

#include "money/decimal.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/**
 * OKX's USD/CNY exchange rate (yuan per US dollar) with the time it was fetched: what turns an exact
 * USD value into an exact CNY value, and the only source of a CNY amount anywhere in the app. There is
 * no default and no built-in rate: without one, amounts stay in USD.
 *
 * A rate comes from the network or a file, so its text is held to a strict rule before it is used
 * (fromText()): a plain positive decimal of sane size, nothing else. The same rule reads the API's
 * reply, the rate cache and the value history.
 */
class UsdCnyRate final
{
public:
    /** The longest rate text accepted; a longer one is refused before any character is looked at. */
    static constexpr int MaxTextLength = 32;
    /** The most digits before the decimal point (a rate in the millions is no USD/CNY rate). */
    static constexpr int MaxIntegerDigits = 6;
    /** The most digits after the decimal point. */
    static constexpr int MaxDecimals = 18;

    /**
     * The rate of @p text, fetched at @p time: ASCII digits with at most one '.' between digits
     * ("7.1543"), at most MaxTextLength characters, MaxIntegerDigits before and MaxDecimals after the
     * point, and above zero. A sign, an exponent, spaces, grouping, "NaN", "Infinity" or zero are
     * refused, and so is an invalid @p time; @p reason then receives a one-line reason that quotes at
     * most 40 characters of @p text.
     */
    static std::optional<UsdCnyRate> fromText(QStringView text, const QDateTime &time, QString *reason = nullptr);

    /** Yuan per US dollar, exact. */
    const Decimal &value() const { return m_value; }
    /** The rate in plain notation ("7.1543"), as files and the CSV export keep it. */
    QString text() const { return m_value.toPlainString(); }
    /** When the rate was fetched (UTC, millisecond precision). */
    const QDateTime &time() const { return m_time; }

    /** @p usd in yuan: the exact product, rounded nowhere (display rounds, MoneyFormat). */
    Decimal toCny(const Decimal &usd) const { return usd * m_value; }

    friend bool operator==(const UsdCnyRate &a, const UsdCnyRate &b)
    {
        return a.m_value == b.m_value && a.m_time == b.m_time;
    }
    friend bool operator!=(const UsdCnyRate &a, const UsdCnyRate &b) { return !(a == b); }

private:
    UsdCnyRate(Decimal value, QDateTime time) : m_value(std::move(value)), m_time(std::move(time)) {}

    Decimal m_value;
    QDateTime m_time;
};
