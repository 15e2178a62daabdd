#include "api/assetamounts.h"

#include <QCoreApplication>

namespace {

/** Gives the messages their translation context, "AssetAmounts". */
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(AssetAmounts)
};

} // namespace

std::optional<Decimal> AssetAmounts::parse(QStringView text, QString *reason)
{
    std::optional<Decimal> value = Decimal::parse(text, reason);
    if (value && value->isNegative()) {
        if (reason)
            *reason = Text::tr("it is negative");
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
