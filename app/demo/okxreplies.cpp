#include "demo/okxreplies.h"

#include "demo/jsontext.h"

#include <vector>

namespace {

/** Appends ,"key": (or "key": first) and @p value as a JSON string. */
void appendMember(QByteArray &out, QByteArrayView key, QStringView value)
{
    if (!out.endsWith('{'))
        out.append(',');
    out.append('"').append(key).append("\":");
    JsonText::appendQuoted(out, value);
}

/** The envelope up to its data array: {"code":…,"msg":…,"data": */
QByteArray envelopeHead(const QString &code, const QString &message)
{
    QByteArray head = JsonObjectText().add("code", code).add("msg", message).toJson();
    head.chop(1);
    head.append(",\"data\":");
    return head;
}

HttpReply envelope(int httpStatus, const QString &code, const QString &message, const QByteArray &dataArray)
{
    HttpReply reply;
    reply.status = httpStatus;
    reply.body = envelopeHead(code, message) + dataArray + '}';
    return reply;
}

QByteArray addressField(ApiFamily family)
{
    return ApiFamilies::tokenAddressField(family).toLatin1();
}

} // namespace

TokenAssetJson::TokenAssetJson(const TokenAsset &asset)
{
    m_text.reserve(128 + asset.tokenContractAddress.size() + asset.symbol.size() + asset.balanceText.size()
                   + asset.tokenPriceText.size() + asset.rawBalance.size() + asset.address.size());
    m_text.append('{');
    appendMember(m_text, "chainIndex", asset.chainIndex);
    m_text.append(",\"");
    m_gap = m_text.size();
    m_text.append("\":");
    JsonText::appendQuoted(m_text, asset.tokenContractAddress);
    appendMember(m_text, "symbol", asset.symbol);
    appendMember(m_text, "balance", asset.balanceText);
    appendMember(m_text, "tokenPrice", asset.tokenPriceText);
    m_text.append(asset.isRiskToken ? QByteArrayView(",\"isRiskToken\":true")
                                    : QByteArrayView(",\"isRiskToken\":false"));
    appendMember(m_text, "rawBalance", asset.rawBalance);
    appendMember(m_text, "address", asset.address);
    m_text.append('}');
}

void TokenAssetJson::appendTo(QByteArray &out, QByteArrayView addressField) const
{
    out.append(QByteArrayView(m_text).first(m_gap)).append(addressField).append(QByteArrayView(m_text).sliced(m_gap));
}

namespace OkxReplies {

HttpReply success(const QByteArray &dataArray)
{
    return envelope(200, QStringLiteral("0"), QStringLiteral("success"), dataArray);
}

HttpReply failure(const OkxFailure &failure)
{
    return envelope(failure.httpStatus, failure.code, failure.message, QByteArrayLiteral("[]"));
}

HttpReply tokenAssets(const QList<const TokenAssetJson *> &assets, ApiFamily family)
{
    const QByteArray field = addressField(family);
    const QByteArray head = envelopeHead(QStringLiteral("0"), QStringLiteral("success")) + "[{\"tokenAssets\":[";
    const QByteArrayView tail = "]}]}";
    qsizetype size = head.size() + assets.size() + tail.size();
    for (const TokenAssetJson *asset : assets)
        size += asset->size(field);

    HttpReply reply;
    reply.body.reserve(size);
    reply.body.append(head);
    for (qsizetype i = 0; i < assets.size(); ++i) {
        if (i > 0)
            reply.body.append(',');
        assets.at(i)->appendTo(reply.body, field);
    }
    reply.body.append(tail);
    return reply;
}

HttpReply tokenAssets(const QList<TokenAsset> &assets, ApiFamily family)
{
    std::vector<TokenAssetJson> written(assets.cbegin(), assets.cend());
    QList<const TokenAssetJson *> objects;
    objects.reserve(assets.size());
    for (const TokenAssetJson &object : written)
        objects.append(&object);
    return tokenAssets(objects, family);
}

QByteArray tokenAssetObject(const TokenAsset &asset, ApiFamily family)
{
    QByteArray object;
    TokenAssetJson(asset).appendTo(object, addressField(family));
    return object;
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
