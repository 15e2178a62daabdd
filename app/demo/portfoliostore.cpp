#include "demo/portfoliostore.h"

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

bool PortfolioStore::isEvmAddress(QStringView address)
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

QString PortfolioStore::key(const QString &address)
{
    return isEvmAddress(address) ? address.toLower() : address;
}

void PortfolioStore::set(const QString &address, QList<TokenAsset> assets)
{
    const QString addressKey = key(address);
    for (TokenAsset &asset : assets) {
        if (asset.address.isEmpty())
            asset.address = addressKey;
    }
    if (!m_portfolios.contains(addressKey))
        m_order.append(addressKey);
    m_portfolios.insert(addressKey, std::move(assets));
}

QList<TokenAsset> PortfolioStore::holdings(const QString &address, const QSet<QString> &chains,
                                           bool includeRiskTokens) const
{
    QList<TokenAsset> result;
    for (const TokenAsset &asset : m_portfolios.value(key(address))) {
        if (chains.contains(asset.chainIndex) && (includeRiskTokens || !asset.isRiskToken))
            result.append(asset);
    }
    return result;
}

TokenAsset PortfolioStore::holding(const QString &address, const TokenRef &token) const
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

const TokenAsset *PortfolioStore::find(const QList<TokenAsset> &assets, const TokenRef &token)
{
    for (const TokenAsset &asset : assets) {
        if (sameToken(asset, token))
            return &asset;
    }
    return nullptr;
}
