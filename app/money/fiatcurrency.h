#pragma once

#include <QString>

#include <optional>

/**
 * The currencies amounts can be shown in. OKX values holdings in USD; CNY is USD converted at OKX's
 * published USD/CNY rate (UsdCnyRate), never at a rate made up here.
 */
enum class FiatCurrency {
    Usd, ///< US dollars, the API's own unit (the default)
    Cny, ///< Chinese yuan (renminbi)
};

namespace FiatCurrencies {

/** The ISO 4217 code: "USD", "CNY". */
QString code(FiatCurrency currency);
/** The currency of an ISO 4217 code, in any case ("CNY", "cny"); nothing for any other text. */
std::optional<FiatCurrency> fromCode(const QString &code);
/**
 * The sign written before an amount: "$", and for CNY "¥" (U+00A5), the form used in China whatever
 * the display language, so one amount reads the same in every language.
 */
QString symbol(FiatCurrency currency);

} // namespace FiatCurrencies
