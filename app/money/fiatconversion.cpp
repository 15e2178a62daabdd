#include "money/fiatconversion.h"

#include "money/compactmoney.h"
#include "money/moneyformat.h"

FiatConversion::FiatConversion(FiatCurrency wanted, std::optional<UsdCnyRate> usdCny)
    : m_wanted(wanted)
    , m_rate(wanted == FiatCurrency::Cny ? std::move(usdCny) : std::nullopt)
{
}

Decimal FiatConversion::convert(const Decimal &usd) const
{
    return m_rate ? m_rate->toCny(usd) : usd;
}

QString FiatConversion::amount(const Decimal &usd, const QLocale &locale) const
{
    return MoneyFormat::amount(convert(usd), shown(), locale);
}

QString FiatConversion::amountCompact(const Decimal &usd, const QLocale &locale) const
{
    return CompactMoney::amount(convert(usd), shown(), locale);
}

QString FiatConversion::amountExact(const Decimal &usd, const QLocale &locale) const
{
    return MoneyFormat::amountExact(convert(usd), shown(), locale);
}

QString FiatConversion::change(const Decimal &usd, const QLocale &locale) const
{
    return MoneyFormat::delta(convert(usd), shown(), locale);
}

QString FiatConversion::changeCompact(const Decimal &usd, const QLocale &locale) const
{
    return CompactMoney::delta(convert(usd), shown(), locale);
}

QString FiatConversion::price(const Decimal &usd, const QLocale &locale) const
{
    return MoneyFormat::price(convert(usd), shown(), locale);
}

QString FiatConversion::notice(const QLocale &locale) const
{
    if (lacksRate())
        return tr("No USD/CNY rate is known yet: amounts are in USD.");
    if (!m_rate)
        return {};
    // The rate itself exactly, as OKX gave it: rounding it would misstate what every amount was multiplied by.
    const QString rate = FiatCurrencies::symbol(FiatCurrency::Cny)
        + MoneyFormat::grouped(m_rate->value(), locale, 0, m_rate->value().scale());
    //: %1 is the date and time the rate was fetched, %2 the rate in yuan, e.g. "¥7.1543"
    return tr("CNY at the rate of %1: 1 USD = %2").arg(locale.toString(m_rate->time().toLocalTime(), QLocale::ShortFormat), rate);
}
