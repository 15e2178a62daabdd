#pragma once

#include "api/tokenasset.h"

#include <QString>
#include <QStringView>

#include <optional>

/**
 * The one rule for an asset's amounts, applied to the API's replies and to the snapshot cache
 * alike: a balance or a price is an exact decimal (Decimal::parse, with its limits) that is not
 * negative, and a price of "" or "0" means the token is unpriced.
 */
namespace AssetAmounts {

/** A non-negative exact decimal from @p text; nullopt with a one-line @p reason otherwise. */
std::optional<Decimal> parse(QStringView text, QString *reason);

/**
 * Sets @p asset's balance and tokenPrice from balanceText and tokenPriceText. Returns nullptr when
 * both are good, else the API's name of the first bad field ("balance", "tokenPrice") with
 * @p reason set.
 */
const char *read(TokenAsset &asset, QString *reason);

} // namespace AssetAmounts
