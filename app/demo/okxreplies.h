#pragma once

#include "api/apifamily.h"
#include "api/tokenasset.h"
#include "demo/httpwire.h"
#include "demo/okxfailure.h"

/**
 * One asset's reply object, written once so that answering 10,000 holdings is a copy of text
 * rather than 10,000 serialisations. The name of the token-address field differs between families
 * ("tokenContractAddress", wallet-v5's "tokenAddress"), so the text keeps a gap for it that
 * appendTo() fills.
 */
class TokenAssetJson final
{
public:
    explicit TokenAssetJson(const TokenAsset &asset);

    /** Appends the object, with @p addressField as the token-address field's name, to @p out. */
    void appendTo(QByteArray &out, QByteArrayView addressField) const;
    /** The size appendTo() adds. */
    qsizetype size(QByteArrayView addressField) const { return m_text.size() + addressField.size(); }

private:
    QByteArray m_text;
    /** Where the token-address field's name goes in m_text. */
    qsizetype m_gap = 0;
};

/**
 * The demo server's response bodies in OKX's envelope {"code","msg","data"}, with the API's field
 * names and order: the family decides "tokenContractAddress" or wallet-v5's "tokenAddress".
 */
namespace OkxReplies {

/** HTTP 200, code "0", msg "success" and @p dataArray (an already written JSON array). */
HttpReply success(const QByteArray &dataArray);
/** The failure's HTTP status with its code, msg and an empty data array. */
HttpReply failure(const OkxFailure &failure);

/** The success reply with data [{"tokenAssets":[…]}], written straight into one buffer of the right size. */
HttpReply tokenAssets(const QList<const TokenAssetJson *> &assets, ApiFamily family);
/** The same for assets not written yet. */
HttpReply tokenAssets(const QList<TokenAsset> &assets, ApiFamily family);
/** One asset object, fields in the API's order. */
QByteArray tokenAssetObject(const TokenAsset &asset, ApiFamily family);
/** [{"totalValue":"…"}], exact. */
QByteArray totalValueData(const Decimal &total);
/** [{"name","logoUrl","shortName","chainIndex"}, …] */
QByteArray chainsData(const QList<ChainInfo> &chains);

} // namespace OkxReplies
