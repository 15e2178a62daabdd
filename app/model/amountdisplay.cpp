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

QString AmountDisplay::usd(const Decimal &value) const
{
    return m_privacy ? mask() : MoneyFormat::usd(value, m_locale);
}

QString AmountDisplay::balanceCompact(const Decimal &value) const
{
    return m_privacy ? mask() : CompactMoney::balance(value, m_locale);
}

QString AmountDisplay::usdCompact(const Decimal &value) const
{
    return m_privacy ? mask() : CompactMoney::usd(value, m_locale);
}

QString AmountDisplay::usdExact(const Decimal &value) const
{
    return m_privacy ? mask() : MoneyFormat::usdExact(value, m_locale);
}

QString AmountDisplay::usdChange(const Decimal &delta) const
{
    return m_privacy ? mask() : MoneyFormat::usdDelta(delta, m_locale);
}

QString AmountDisplay::usdChangeCompact(const Decimal &delta) const
{
    return m_privacy ? mask() : CompactMoney::usdDelta(delta, m_locale);
}

QString AmountDisplay::balanceChange(const Decimal &delta) const
{
    if (m_privacy)
        return mask();
    const QString magnitude = MoneyFormat::balance(delta.abs(), m_locale);
    return delta.isZero() ? magnitude : (delta.isNegative() ? m_locale.negativeSign() : m_locale.positiveSign()) + magnitude;
}

QString AmountDisplay::price(const Decimal &value) const
{
    return MoneyFormat::usdPrice(value, m_locale);
}

QString AmountDisplay::priceCompact(const Decimal &value) const
{
    return value.abs() >= Decimal::fromInteger(1000) ? CompactMoney::usd(value, m_locale) : price(value);
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
