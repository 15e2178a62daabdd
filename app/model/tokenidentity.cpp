#include "model/tokenidentity.h"

#include "api/assetkey.h"

#include <QHash>

namespace {

/** A contract the built-in table knows: on @c chain, @c contract is @c asset. */
struct KnownContract
{
    const char *chain;
    const char *contract;
    const char *asset;
};

// Only contracts whose identity is beyond doubt (the issuers' and bridges' own deployments); EVM ones
// in lower case. A wrong entry would add a scam to a real balance, a missing one only leaves a
// holding on its own row.
constexpr KnownContract knownContracts[] = {
    // USDC: Circle's native deployments and the bridged USDC.e / USDbC / Binance-Peg ones.
    {"1", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USDC"},
    {"56", "0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d", "USDC"},
    {"137", "0x3c499c542cef5e3811e1192ce70d8cc03d5c3359", "USDC"},
    {"137", "0x2791bca1f2de4661ed88a30c99a7a9449aa84174", "USDC"},
    {"42161", "0xaf88d065e77c8cc2239327c5edb3a432268e5831", "USDC"},
    {"42161", "0xff970a61a04b1ca14834a43f5de4533ebddb5cc8", "USDC"},
    {"10", "0x0b2c639c533813f4aa9d7837caf62653d097ff85", "USDC"},
    {"10", "0x7f5c764cbc14f9669b88837ca1490cca17c31607", "USDC"},
    {"8453", "0x833589fcd6edb6e08f4c7c32d4f71b54bda02913", "USDC"},
    {"8453", "0xd9aaec86b65d86f6a7b5b1b0c42ffa531710b6ca", "USDC"},
    {"43114", "0xb97ef9ef8734c71904d8002f8b6bc66dd9c48a6e", "USDC"},
    {"43114", "0xa7d7079b0fead91f3e65f86e8915cb59c1a4c664", "USDC"},
    {"501", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "USDC"},
    // USDT: Tether's deployments and the bridged ones.
    {"1", "0xdac17f958d2ee523a2206206994597c13d831ec7", "USDT"},
    {"56", "0x55d398326f99059ff775485246999027b3197955", "USDT"},
    {"137", "0xc2132d05d31c914a87c6611c10748aeb04b58e8f", "USDT"},
    {"42161", "0xfd086bc7cd5c481dcc9c85ebe478a1c0b69fcbb9", "USDT"},
    {"10", "0x94b008aa00579c1307b0ef2c499ad98a8ce58e58", "USDT"},
    {"43114", "0x9702230a8ea53601f5cd2dc00fdbc13d4df4a8c7", "USDT"},
    {"501", "Es9vMFrzaCERmJfrF4H2FYD4KCoNkY11McCe8BenwNYB", "USDT"},
    {"195", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT"},
    // WETH: wrapped ether, a token of its own beside the chains' native ETH.
    {"1", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", "WETH"},
    {"42161", "0x82af49447d8a07e3bd95bd0d56f35241523fbab1", "WETH"},
    {"10", "0x4200000000000000000000000000000000000006", "WETH"},
    {"8453", "0x4200000000000000000000000000000000000006", "WETH"},
    {"137", "0x7ceb23fd6bc0add59e62ac25578270cff1b9f619", "WETH"},
    {"43114", "0x49d5c2bdffac6ce2bfdb6640f4f80f226bc10bab", "WETH"},
    // WBTC.
    {"1", "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599", "WBTC"},
    {"42161", "0x2f2a2543b76a4166549f7aab2e75bef0aefc5b0f", "WBTC"},
    {"10", "0x68f180fcce6836688e9084f035309e29bf0a2095", "WBTC"},
    {"137", "0x1bfd67037b42cf73acf2047067bd4f2c47d9bfd6", "WBTC"},
    {"43114", "0x50b7545627a5162f82a992c33b87adc75187b52b", "WBTC"},
    // DAI.
    {"1", "0x6b175474e89094c44da98b954eedeac495271d0f", "DAI"},
    {"56", "0x1af3f329e8be154074d8769d1ffa4ee058b1dbc3", "DAI"},
    {"137", "0x8f3cf7ad23cd3cadbd9735aff958023239c6a063", "DAI"},
    {"42161", "0xda10009cbd5d07dd0cecc66161fc93d7c9000da1", "DAI"},
    {"10", "0xda10009cbd5d07dd0cecc66161fc93d7c9000da1", "DAI"},
    {"8453", "0x50c5725949a6f0c72e6c4a641f24049a917db0cb", "DAI"},
    {"43114", "0xd586e7f844cea2f87f50152665bcbc2c279d8d70", "DAI"},
};

/** The chains whose own coin is an asset other chains share: ETH on the Ethereum rollups, BNB on opBNB. */
constexpr KnownContract sharedNativeCoins[] = {
    {"1", "", "ETH"},      {"10", "", "ETH"},   {"42161", "", "ETH"},  {"8453", "", "ETH"},
    {"59144", "", "ETH"},  {"324", "", "ETH"},  {"534352", "", "ETH"}, {"56", "", "BNB"},
    {"204", "", "BNB"},
};

/** AssetKey::of(chain, contract) → asset, for every entry of both tables. */
const QHash<QString, QString> &knownAssets()
{
    static const QHash<QString, QString> assets = [] {
        QHash<QString, QString> byKey;
        const auto add = [&byKey](const auto &table) {
            for (const KnownContract &entry : table)
                byKey.insert(AssetKey::of(QLatin1String(entry.chain), QLatin1String(entry.contract)),
                             QLatin1String(entry.asset));
        };
        add(knownContracts);
        add(sharedNativeCoins);
        return byKey;
    }();
    return assets;
}

} // namespace

TokenIdentity TokenIdentity::of(const TokenAsset &asset, TokenVerdict verdict)
{
    return of(asset.chainIndex, asset.tokenContractAddress, asset.symbol,
              TokenVerdicts::leftOutAsRisk(asset.isRiskToken, verdict));
}

TokenIdentity TokenIdentity::of(const QString &chainIndex, const QString &contract, const QString &symbol,
                                bool leftOutAsRisk)
{
    // The prefixes keep the three kinds of key apart: no token's key can equal a known asset's.
    const QString token = AssetKey::of(chainIndex, contract);
    if (leftOutAsRisk)
        return {QStringLiteral("risk\n") + token, symbol, false};
    const auto known = knownAssets().constFind(token);
    if (known != knownAssets().cend())
        return {QStringLiteral("asset\n") + *known, *known, true};
    return {QStringLiteral("token\n") + token, symbol, false};
}
