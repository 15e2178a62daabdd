#pragma once

#include "api/tokenasset.h"
#include "storage/tokenverdicts.h"

#include <QString>

/**
 * The one rule for which holdings are "the same token", across chains and addresses: what the
 * grouped holdings and the holders of a token go by.
 *
 * - A contract in a small built-in table of well-known canonical and bridged contracts (USDC and
 *   its bridged USDC.e, USDT, WETH, WBTC, DAI on the main chains) is that asset, whatever symbol
 *   the holding carries.
 * - A chain's own coin is its asset where several chains share it (ETH on Ethereum, Arbitrum,
 *   Optimism, Base …; BNB on BNB Chain and opBNB).
 * - Anything else is its own token, keyed by chain and contract alone: a "USDC" at an unknown
 *   contract is not USDC (scams copy symbols).
 * - A holding left out as a risk token (OKX's flag, or the user's spam verdict, as
 *   TokenVerdicts::leftOutAsRisk() has it) is never the same token as one that is not: it is keyed
 *   apart even when its contract is a known one.
 *
 * EVM contracts compare without regard to case (AssetKey); base58 ones exactly.
 */
struct TokenIdentity
{
    /** Equal for the same token, and only for it. */
    QString key;
    /** The token's name across chains: the known asset's ("USDC" for USDC.e), else the holding's symbol. */
    QString symbol;
    /** Whether the built-in table knows the contract or the native coin. */
    bool known = false;

    /** The identity of @p asset under the user's @p verdict on it. */
    static TokenIdentity of(const TokenAsset &asset, TokenVerdict verdict);
    /** The identity of the token (@p chainIndex, @p contract) shown as @p symbol; "" is the native coin. */
    static TokenIdentity of(const QString &chainIndex, const QString &contract, const QString &symbol,
                            bool leftOutAsRisk);
};
