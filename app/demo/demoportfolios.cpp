#include "demo/demoportfolios.h"

#include "api/chainregistry.h"

namespace {

bool isEvmChain(const QString &chainIndex)
{
    return ChainRegistry::family(chainIndex) == ChainFamily::Evm;
}

bool sameToken(const TokenAsset &asset, const TokenRef &token)
{
    if (asset.chainIndex != token.chainIndex)
        return false;
    // Contract addresses are hex on EVM chains (any case) but case-sensitive base58 elsewhere.
    const Qt::CaseSensitivity cs = isEvmChain(token.chainIndex) ? Qt::CaseInsensitive : Qt::CaseSensitive;
    return asset.tokenContractAddress.compare(token.tokenContractAddress, cs) == 0;
}

} // namespace

bool DemoPortfolios::isEvmAddress(QStringView address)
{
    if (address.size() != 42 || !address.startsWith(u"0x"))
        return false;
    for (const QChar c : address.mid(2)) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

QString DemoPortfolios::key(const QString &address)
{
    return isEvmAddress(address) ? address.toLower() : address;
}

void DemoPortfolios::set(const QString &address, QList<TokenAsset> assets)
{
    const QString addressKey = key(address);
    QList<Holding> holdings;
    holdings.reserve(assets.size());
    for (TokenAsset &asset : assets) {
        if (asset.address.isEmpty())
            asset.address = addressKey;
        TokenAssetJson json(asset);
        holdings.append({std::move(asset), std::move(json)});
    }
    if (!m_portfolios.contains(addressKey))
        m_order.append(addressKey);
    m_portfolios.insert(addressKey, std::move(holdings));
}

QList<const DemoPortfolios::Holding *> DemoPortfolios::holdings(const QString &address, const QSet<QString> &chains,
                                                                bool includeRiskTokens) const
{
    QList<const Holding *> result;
    const auto portfolio = m_portfolios.constFind(key(address));
    if (portfolio == m_portfolios.constEnd())
        return result;
    result.reserve(portfolio->size());
    for (const Holding &holding : *portfolio) {
        if (chains.contains(holding.asset.chainIndex) && (includeRiskTokens || !holding.asset.isRiskToken))
            result.append(&holding);
    }
    return result;
}

TokenAsset DemoPortfolios::holding(const QString &address, const TokenRef &token) const
{
    const QString addressKey = key(address);
    const auto portfolio = m_portfolios.constFind(addressKey);
    if (portfolio != m_portfolios.constEnd()) {
        if (const TokenAsset *held = find(*portfolio, token))
            return *held;
    }

    TokenAsset zero;
    for (const QString &other : m_order) {
        if (const TokenAsset *known = find(*m_portfolios.constFind(other), token)) {
            zero = *known;
            break;
        }
    }
    zero.chainIndex = token.chainIndex;
    // Echoed the way OKX spells EVM contracts, in lower case.
    zero.tokenContractAddress
        = isEvmChain(token.chainIndex) ? token.tokenContractAddress.toLower() : token.tokenContractAddress;
    zero.address = addressKey;
    zero.balanceText = QStringLiteral("0");
    zero.balance = Decimal();
    // OKX's documented zero row leaves rawBalance empty too.
    zero.rawBalance.clear();
    if (zero.tokenPriceText.isEmpty())
        zero.tokenPriceText = QStringLiteral("0");
    return zero;
}

const TokenAsset *DemoPortfolios::find(const QList<Holding> &holdings, const TokenRef &token)
{
    for (const Holding &holding : holdings) {
        if (sameToken(holding.asset, token))
            return &holding.asset;
    }
    return nullptr;
}
