#include "api/apifamily.h"

namespace ApiFamilies {

QString path(ApiFamily family, Endpoint endpoint)
{
    switch (family) {
    case ApiFamily::DexV5:
    case ApiFamily::DexV6: {
        const QString prefix = family == ApiFamily::DexV5 ? QStringLiteral("/api/v5/dex/balance/")
                                                          : QStringLiteral("/api/v6/dex/balance/");
        switch (endpoint) {
        case Endpoint::SupportedChains: return prefix + QStringLiteral("supported/chain");
        case Endpoint::TotalValue: return prefix + QStringLiteral("total-value-by-address");
        case Endpoint::AllTokenBalances: return prefix + QStringLiteral("all-token-balances-by-address");
        case Endpoint::TokenBalances: return prefix + QStringLiteral("token-balances-by-address");
        }
        break;
    }
    case ApiFamily::WalletV5:
        switch (endpoint) {
        case Endpoint::SupportedChains: return QStringLiteral("/api/v5/wallet/chain/supported-chains");
        case Endpoint::TotalValue: return QStringLiteral("/api/v5/wallet/asset/total-value-by-address");
        case Endpoint::AllTokenBalances: return QStringLiteral("/api/v5/wallet/asset/all-token-balances-by-address");
        case Endpoint::TokenBalances: return QStringLiteral("/api/v5/wallet/asset/token-balances-by-address");
        }
        break;
    }
    Q_UNREACHABLE();
    return {};
}

QString listRiskParameter(ApiFamily family)
{
    return family == ApiFamily::WalletV5 ? QStringLiteral("filter") : QStringLiteral("excludeRiskToken");
}

QString listRiskValue(bool includeRiskTokens)
{
    return includeRiskTokens ? QStringLiteral("1") : QStringLiteral("0");
}

QString totalRiskParameter(ApiFamily)
{
    return QStringLiteral("excludeRiskToken");
}

QString totalRiskValue(bool includeRiskTokens)
{
    return includeRiskTokens ? QStringLiteral("false") : QStringLiteral("true");
}

QString tokenAddressField(ApiFamily family)
{
    return family == ApiFamily::WalletV5 ? QStringLiteral("tokenAddress") : QStringLiteral("tokenContractAddress");
}

QString tokenAddressListField(ApiFamily family)
{
    return family == ApiFamily::WalletV5 ? QStringLiteral("tokenAddresses") : QStringLiteral("tokenContractAddresses");
}

bool requiresProject(ApiFamily family)
{
    return family == ApiFamily::WalletV5;
}

QString name(ApiFamily family)
{
    switch (family) {
    case ApiFamily::DexV5: return QStringLiteral("v5");
    case ApiFamily::DexV6: return QStringLiteral("v6");
    case ApiFamily::WalletV5: return QStringLiteral("wallet");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ApiFamily> fromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"v5" || key == u"dex-v5")
        return ApiFamily::DexV5;
    if (key == u"v6" || key == u"dex-v6")
        return ApiFamily::DexV6;
    if (key == u"wallet" || key == u"wallet-v5")
        return ApiFamily::WalletV5;
    return std::nullopt;
}

} // namespace ApiFamilies
