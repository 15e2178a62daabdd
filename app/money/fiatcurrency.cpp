#include "money/fiatcurrency.h"

namespace FiatCurrencies {

QString code(FiatCurrency currency)
{
    switch (currency) {
    case FiatCurrency::Usd:
        return QStringLiteral("USD");
    case FiatCurrency::Cny:
        return QStringLiteral("CNY");
    }
    return {};
}

std::optional<FiatCurrency> fromCode(const QString &code)
{
    for (FiatCurrency currency : {FiatCurrency::Usd, FiatCurrency::Cny}) {
        if (code.compare(FiatCurrencies::code(currency), Qt::CaseInsensitive) == 0)
            return currency;
    }
    return std::nullopt;
}

QString symbol(FiatCurrency currency)
{
    switch (currency) {
    case FiatCurrency::Usd:
        return QStringLiteral("$");
    case FiatCurrency::Cny:
        return QStringLiteral("\u00a5");
    }
    return {};
}

} // namespace FiatCurrencies
