#pragma once

#include <QString>

#include <optional>

/** The three URL families OKX has published the Balance API under (see the API reference, §1). */
enum class ApiFamily {
    DexV5,    ///< /api/v5/dex/balance/… (the default; the seed's family)
    DexV6,    ///< /api/v6/dex/balance/…
    WalletV5, ///< /api/v5/wallet/asset/… (legacy WaaS; needs OK-ACCESS-PROJECT)
};

/** The four Balance endpoints. */
enum class Endpoint {
    SupportedChains,  ///< GET: the chains the API serves
    TotalValue,       ///< GET: USD total of an address
    AllTokenBalances, ///< GET: every token of an address
    TokenBalances,    ///< POST: named tokens of an address
};

/** How each family spells its paths and parameters. */
namespace ApiFamilies {

/** The request path of @p endpoint in @p family, without host or query ("/api/v5/dex/balance/…"). */
QString path(ApiFamily family, Endpoint endpoint);
/** The risk-filter parameter of the list endpoints: "excludeRiskToken", or "filter" for wallet-v5. */
QString listRiskParameter(ApiFamily family);
/** The list endpoints' risk-filter value: "0" filters risk tokens out, "1" keeps them. */
QString listRiskValue(bool includeRiskTokens);
/** The total-value endpoint's risk-filter parameter (a Boolean in every family). */
QString totalRiskParameter(ApiFamily family);
/** The total-value risk-filter value: "true" filters risk tokens out, "false" keeps them. */
QString totalRiskValue(bool includeRiskTokens);
/** The token-address field of assets and POST items: "tokenContractAddress" or "tokenAddress". */
QString tokenAddressField(ApiFamily family);
/** The POST body's list field: "tokenContractAddresses" or "tokenAddresses". */
QString tokenAddressListField(ApiFamily family);
/** Whether the family requires OK-ACCESS-PROJECT. */
bool requiresProject(ApiFamily family);

/** The command-line / settings name: "v5", "v6" or "wallet". */
QString name(ApiFamily family);
/** Parses "v5" / "v6" / "wallet" (also "dex-v5", "dex-v6", "wallet-v5"). */
std::optional<ApiFamily> fromName(const QString &name);

/** Most chains one list or total request may name. */
constexpr int MaxChainsPerRequest = 50;
/** Most tokens one specific-token request may name. */
constexpr int MaxTokensPerRequest = 20;

} // namespace ApiFamilies
