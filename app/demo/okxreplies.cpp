#include "demo/okxreplies.h"

#include "demo/jsontext.h"

namespace OkxReplies {

namespace {

HttpReply envelope(int httpStatus, const QString &code, const QString &message, const QByteArray &dataArray)
{
    HttpReply reply;
    reply.status = httpStatus;
    reply.body = JsonObjectText().add("code", code).add("msg", message).addRaw("data", dataArray).toJson();
    return reply;
}

} // namespace

HttpReply success(const QByteArray &dataArray)
{
    return envelope(200, QStringLiteral("0"), QStringLiteral("success"), dataArray);
}

HttpReply failure(const OkxFailure &failure)
{
    return envelope(failure.httpStatus, failure.code, failure.message, QByteArrayLiteral("[]"));
}

QByteArray tokenAssetObject(const TokenAsset &asset, ApiFamily family)
{
    return JsonObjectText()
        .add("chainIndex", asset.chainIndex)
        .add(ApiFamilies::tokenAddressField(family).toLatin1(), asset.tokenContractAddress)
        .add("symbol", asset.symbol)
        .add("balance", asset.balanceText)
        .add("tokenPrice", asset.tokenPriceText)
        .add("isRiskToken", asset.isRiskToken)
        .add("rawBalance", asset.rawBalance)
        .add("address", asset.address)
        .toJson();
}

QByteArray tokenAssetsData(const QList<TokenAsset> &assets, ApiFamily family)
{
    QList<QByteArray> objects;
    objects.reserve(assets.size());
    for (const TokenAsset &asset : assets)
        objects.append(tokenAssetObject(asset, family));
    return JsonText::array({JsonObjectText().addRaw("tokenAssets", JsonText::array(objects)).toJson()});
}

QByteArray totalValueData(const Decimal &total)
{
    return JsonText::array({JsonObjectText().add("totalValue", total.toPlainString()).toJson()});
}

QByteArray chainsData(const QList<ChainInfo> &chains)
{
    QList<QByteArray> objects;
    objects.reserve(chains.size());
    for (const ChainInfo &chain : chains) {
        objects.append(JsonObjectText()
                           .add("name", chain.name)
                           .add("logoUrl", chain.logoUrl)
                           .add("shortName", chain.shortName)
                           .add("chainIndex", chain.chainIndex)
                           .toJson());
    }
    return JsonText::array(objects);
}

} // namespace OkxReplies
