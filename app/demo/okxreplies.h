#pragma once

#include "api/apifamily.h"
#include "api/tokenasset.h"
#include "demo/httpwire.h"
#include "demo/okxfailure.h"

/**
 * The demo server's response bodies in OKX's envelope {"code","msg","data"}, with the API's field
 * names and order: the family decides "tokenContractAddress" or wallet-v5's "tokenAddress".
 */
namespace OkxReplies {

/** HTTP 200, code "0", msg "success" and @p dataArray (an already written JSON array). */
HttpReply success(const QByteArray &dataArray);
/** The failure's HTTP status with its code, msg and an empty data array. */
HttpReply failure(const OkxFailure &failure);

/** [{"tokenAssets":[…]}] */
QByteArray tokenAssetsData(const QList<TokenAsset> &assets, ApiFamily family);
/** One asset object, fields in the API's order. */
QByteArray tokenAssetObject(const TokenAsset &asset, ApiFamily family);
/** [{"totalValue":"…"}], exact. */
QByteArray totalValueData(const Decimal &total);
/** [{"name","logoUrl","shortName","chainIndex"}, …] */
QByteArray chainsData(const QList<ChainInfo> &chains);

} // namespace OkxReplies
