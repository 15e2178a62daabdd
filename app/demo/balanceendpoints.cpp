#include "demo/balanceendpoints.h"

#include "demo/okxreplies.h"
#include "demo/demoportfolios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

/** The value of @p name, or a null QString when the query does not have it. */
QString queryValue(const QUrlQuery &query, const QString &name)
{
    return query.hasQueryItem(name) ? query.queryItemValue(name, QUrl::FullyDecoded) : QString();
}

/**
 * Reads a list endpoint's risk filter ("0" or absent: filter risk tokens out, "1": keep them)
 * into @p includeRiskTokens.
 */
std::optional<OkxFailure> parseListRisk(const QString &name, const QString &value, bool *includeRiskTokens)
{
    if (value.isNull() || value == u"0")
        *includeRiskTokens = false;
    else if (value == u"1")
        *includeRiskTokens = true;
    else
        return OkxFailure::parameterError(name);
    return std::nullopt;
}

} // namespace

BalanceEndpoints::BalanceEndpoints(const DemoPortfolios &store, const QList<ChainInfo> &chains)
    : m_store(store)
{
    setChains(chains);
}

void BalanceEndpoints::setChains(const QList<ChainInfo> &chains)
{
    m_chainsData = OkxReplies::chainsData(chains);
    m_chainIndexes.clear();
    for (const ChainInfo &chain : chains)
        m_chainIndexes.insert(chain.chainIndex);
}

HttpReply BalanceEndpoints::answer(ApiFamily family, Endpoint endpoint, const QUrlQuery &query,
                                   const QByteArray &body) const
{
    switch (endpoint) {
    case Endpoint::SupportedChains: return OkxReplies::success(m_chainsData);
    case Endpoint::TotalValue: return totalValue(family, query);
    case Endpoint::AllTokenBalances: return allTokenBalances(family, query);
    case Endpoint::TokenBalances: return tokenBalances(family, body);
    }
    Q_UNREACHABLE();
    return {};
}

HttpReply BalanceEndpoints::totalValue(ApiFamily family, const QUrlQuery &query) const
{
    const QString address = queryValue(query, QStringLiteral("address"));
    QSet<QString> chains;
    std::optional<OkxFailure> failure = checkAddress(family, address);
    if (!failure)
        failure = parseChains(query, &chains);
    if (failure)
        return OkxReplies::failure(*failure);

    // A Boolean here, unlike the list endpoints' "0"/"1" (API reference §1).
    const QString riskName = ApiFamilies::totalRiskParameter(family);
    const QString risk = queryValue(query, riskName);
    if (!risk.isNull() && risk != u"true" && risk != u"false")
        return OkxReplies::failure(OkxFailure::parameterError(riskName));
    const QString assetType = queryValue(query, QStringLiteral("assetType"));
    if (!assetType.isNull() && assetType != u"0" && assetType != u"1" && assetType != u"2")
        return OkxReplies::failure(OkxFailure::parameterError(QStringLiteral("assetType")));

    Decimal total;
    // Type 2 asks for DeFi positions only, and the demo portfolios hold none.
    if (assetType != u"2") {
        for (const DemoPortfolios::Holding *holding : m_store.holdings(address, chains, risk == u"false"))
            total += holding->asset.valueUsd();
    }
    return OkxReplies::success(OkxReplies::totalValueData(total));
}

HttpReply BalanceEndpoints::allTokenBalances(ApiFamily family, const QUrlQuery &query) const
{
    const QString address = queryValue(query, QStringLiteral("address"));
    QSet<QString> chains;
    bool includeRiskTokens = false;
    const QString riskName = ApiFamilies::listRiskParameter(family);
    std::optional<OkxFailure> failure = checkAddress(family, address);
    if (!failure)
        failure = parseChains(query, &chains);
    if (!failure)
        failure = parseListRisk(riskName, queryValue(query, riskName), &includeRiskTokens);
    if (failure)
        return OkxReplies::failure(*failure);
    QList<const TokenAssetJson *> objects;
    const QList<const DemoPortfolios::Holding *> holdings = m_store.holdings(address, chains, includeRiskTokens);
    objects.reserve(holdings.size());
    for (const DemoPortfolios::Holding *holding : holdings)
        objects.append(&holding->json);
    return OkxReplies::tokenAssets(objects, family);
}

HttpReply BalanceEndpoints::tokenBalances(ApiFamily family, const QByteArray &body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return OkxReplies::failure(OkxFailure::incorrectBody());
    const QJsonObject request = document.object();

    const QString address = request.value(QLatin1String("address")).toString();
    if (const std::optional<OkxFailure> failure = checkAddress(family, address))
        return OkxReplies::failure(*failure);

    const QString riskName = ApiFamilies::listRiskParameter(family);
    const QJsonValue riskValue = request.value(riskName);
    if (!riskValue.isUndefined() && !riskValue.isString())
        return OkxReplies::failure(OkxFailure::parameterError(riskName));
    bool includeRiskTokens = false;
    // An absent field reads as a null string, which means the default (filter).
    if (const std::optional<OkxFailure> failure = parseListRisk(riskName, riskValue.toString(), &includeRiskTokens))
        return OkxReplies::failure(*failure);

    const QString listName = ApiFamilies::tokenAddressListField(family);
    const QString tokenField = ApiFamilies::tokenAddressField(family);
    const QJsonArray items = request.value(listName).toArray();
    if (items.isEmpty())
        return OkxReplies::failure(OkxFailure::parameterEmpty(listName));
    if (items.size() > ApiFamilies::MaxTokensPerRequest)
        return OkxReplies::failure(OkxFailure::parameterError(listName));

    QList<TokenAsset> assets;
    for (const QJsonValue &item : items) {
        const QJsonValue chain = item.toObject().value(QLatin1String("chainIndex"));
        const QJsonValue token = item.toObject().value(tokenField);
        if (!chain.isString() || !token.isString())
            return OkxReplies::failure(OkxFailure::parameterError(listName));
        if (!m_chainIndexes.contains(chain.toString()))
            return OkxReplies::failure(OkxFailure::chainNotSupported());
        TokenAsset asset = m_store.holding(address, TokenRef{chain.toString(), token.toString()});
        if ((!includeRiskTokens && asset.isRiskToken) || (m_tokenStyle.omitUnheld && asset.balance.isZero()))
            continue;
        if (m_tokenStyle.blankAddress)
            asset.address.clear();
        if (m_tokenStyle.blankToken) {
            asset.chainIndex.clear();
            asset.tokenContractAddress.clear();
        }
        assets.append(asset);
    }
    return OkxReplies::tokenAssets(assets, family);
}

std::optional<OkxFailure> BalanceEndpoints::checkAddress(ApiFamily family, const QString &address)
{
    if (address.isEmpty())
        return OkxFailure::parameterEmpty(QStringLiteral("address"));
    // The legacy Wallet API refuses EVM addresses that are not in lower case (API reference §7).
    if (family == ApiFamily::WalletV5 && DemoPortfolios::isEvmAddress(address) && address != address.toLower())
        return OkxFailure::addressNotLowerCase();
    return std::nullopt;
}

std::optional<OkxFailure> BalanceEndpoints::parseChains(const QUrlQuery &query, QSet<QString> *chains) const
{
    const QString name = QStringLiteral("chains");
    const QString list = queryValue(query, name);
    if (list.isEmpty())
        return OkxFailure::parameterEmpty(name);
    const QStringList indexes = list.split(u',');
    if (indexes.size() > ApiFamilies::MaxChainsPerRequest || indexes.contains(QString()))
        return OkxFailure::parameterError(name);
    for (const QString &index : indexes) {
        if (!m_chainIndexes.contains(index))
            return OkxFailure::chainNotSupported();
        chains->insert(index);
    }
    return std::nullopt;
}
