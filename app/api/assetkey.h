#pragma once

#include "api/tokenasset.h"

#include <QString>

/**
 * The one rule for telling addresses and holdings apart, used by the watch list, the snapshot
 * cache, the table's rows and the diff between refreshes alike. An EVM address or contract
 * (0x and 40 hex digits) is compared without regard to case, since EIP-55 case is only a
 * checksum; every other family (base58, bech32) exactly.
 */
namespace AssetKey {

/** @p address as compared: lower case when it is an EVM address, unchanged otherwise. */
QString normalizedAddress(const QString &address);

/** The key of a holding within one address: its chain and its normalised contract. */
QString of(const QString &chainIndex, const QString &tokenContractAddress);
QString of(const TokenAsset &asset);

/** The key of a holding among every address's: owner, chain and contract, all normalised. */
QString ofHolding(const QString &ownerAddress, const TokenAsset &asset);

} // namespace AssetKey
