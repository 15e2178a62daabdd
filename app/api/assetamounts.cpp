#include "api/assetamounts.h"

#include <QCoreApplication>

std::optional<Decimal> AssetAmounts::parse(QStringView text, QString *reason)
{
    std::optional<Decimal> value = Decimal::parse(text, reason);
    if (value && value->isNegative()) {
        if (reason)
            *reason = QCoreApplication::translate("AssetAmounts", "it is negative");
        return std::nullopt;
    }
    return value;
}

const char *AssetAmounts::read(TokenAsset &asset, QString *reason)
{
    const std::optional<Decimal> balance = parse(asset.balanceText, reason);
    if (!balance)
        return "balance";
    asset.balance = *balance;

    asset.tokenPrice = Decimal();
    if (asset.tokenPriceText.isEmpty())
        return nullptr;
    const std::optional<Decimal> price = parse(asset.tokenPriceText, reason);
    if (!price)
        return "tokenPrice";
    asset.tokenPrice = *price;
    return nullptr;
}
