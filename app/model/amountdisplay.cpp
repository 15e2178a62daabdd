#include "model/amountdisplay.h"

#include "money/compactmoney.h"
#include "money/moneyformat.h"

QString AmountDisplay::mask()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022");
}

QString AmountDisplay::none()
{
    return QStringLiteral("\u2014");
}

QString AmountDisplay::balance(const Decimal &value) const
{
    return m_privacy ? mask() : MoneyFormat::balance(value, m_locale);
}

QString AmountDisplay::balanceCompact(const Decimal &value) const
{
    return m_privacy ? mask() : CompactMoney::balance(value, m_locale);
}

QString AmountDisplay::amount(const Decimal &usd) const
{
    return m_privacy ? mask() : m_fiat.amount(usd, m_locale);
}

QString AmountDisplay::amountCompact(const Decimal &usd) const
{
    return m_privacy ? mask() : m_fiat.amountCompact(usd, m_locale);
}

QString AmountDisplay::amountExact(const Decimal &usd) const
{
    return m_privacy ? mask() : m_fiat.amountExact(usd, m_locale);
}

std::optional<std::pair<Decimal, FiatCurrency>> AmountDisplay::inOtherCurrency(const Decimal &usd) const
{
    if (m_privacy)
        return std::nullopt;
    if (m_fiat.shown() == FiatCurrency::Cny)
        return std::pair(usd, FiatCurrency::Usd);
    if (m_usdCny)
        return std::pair(m_usdCny->toCny(usd), FiatCurrency::Cny);
    return std::nullopt;
}

QString AmountDisplay::otherCurrencyExact(const Decimal &usd) const
{
    const auto other = inOtherCurrency(usd);
    return other ? MoneyFormat::amountExact(other->first, other->second, m_locale) : QString();
}

QString AmountDisplay::otherCurrency(const Decimal &usd) const
{
    const auto other = inOtherCurrency(usd);
    return other ? MoneyFormat::amount(other->first, other->second, m_locale) : QString();
}

QString AmountDisplay::change(const Decimal &usdDelta) const
{
    return m_privacy ? mask() : m_fiat.change(usdDelta, m_locale);
}

QString AmountDisplay::changeCompact(const Decimal &usdDelta) const
{
    return m_privacy ? mask() : m_fiat.changeCompact(usdDelta, m_locale);
}

QString AmountDisplay::amountExactIn(const Decimal &value, FiatCurrency currency) const
{
    return m_privacy ? mask() : MoneyFormat::amountExact(value, currency, m_locale);
}

QString AmountDisplay::amountIn(const Decimal &value, FiatCurrency currency) const
{
    return m_privacy ? mask() : MoneyFormat::amount(value, currency, m_locale);
}

QString AmountDisplay::amountCompactIn(const Decimal &value, FiatCurrency currency) const
{
    return m_privacy ? mask() : CompactMoney::amount(value, currency, m_locale);
}

QString AmountDisplay::changeIn(const Decimal &delta, FiatCurrency currency) const
{
    return m_privacy ? mask() : MoneyFormat::delta(delta, currency, m_locale);
}

QString AmountDisplay::balanceChange(const Decimal &delta) const
{
    if (m_privacy)
        return mask();
    const QString magnitude = MoneyFormat::balance(delta.abs(), m_locale);
    return delta.isZero() ? magnitude : (delta.isNegative() ? m_locale.negativeSign() : m_locale.positiveSign()) + magnitude;
}

QString AmountDisplay::price(const Decimal &usd) const
{
    return m_fiat.price(usd, m_locale);
}

QString AmountDisplay::priceCompact(const Decimal &usd) const
{
    return usd.abs() >= Decimal::fromInteger(1000) ? m_fiat.amountCompact(usd, m_locale) : price(usd);
}

QString AmountDisplay::share(const Decimal &part, const Decimal &whole) const
{
    return m_privacy ? mask() : MoneyFormat::share(part, whole, m_locale);
}

QString AmountDisplay::fetchTime(const QDateTime &time) const
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return m_locale.toString(local.time(), QLocale::ShortFormat);
    return m_locale.toString(local, QLocale::ShortFormat);
}

QString AmountDisplay::recordTime(const QDateTime &time) const
{
    QString format = m_locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return m_locale.toString(time.toLocalTime(), format);
}
