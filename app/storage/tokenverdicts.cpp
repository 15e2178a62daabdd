#include "storage/tokenverdicts.h"

#include "api/assetkey.h"

#include <algorithm>

TokenVerdict TokenVerdicts::verdictOf(const QString &assetKey) const
{
    const auto found = m_byKey.constFind(assetKey);
    return found == m_byKey.constEnd() ? TokenVerdict::None : found->verdict;
}

TokenVerdict TokenVerdicts::verdictOf(const TokenAsset &asset) const
{
    // Most holdings have no verdict: no key is built while there are none.
    return m_byKey.isEmpty() ? TokenVerdict::None : verdictOf(AssetKey::of(asset));
}

void TokenVerdicts::set(const TokenAsset &asset, TokenVerdict verdict)
{
    if (verdict == TokenVerdict::None)
        remove(asset.chainIndex, asset.tokenContractAddress);
    else
        insert({asset.chainIndex, asset.tokenContractAddress, asset.symbol, verdict});
}

void TokenVerdicts::insert(const TokenVerdictEntry &entry)
{
    m_byKey.insert(AssetKey::of(entry.chainIndex, entry.tokenContractAddress), entry);
}

bool TokenVerdicts::remove(const QString &chainIndex, const QString &tokenContractAddress)
{
    return m_byKey.remove(AssetKey::of(chainIndex, tokenContractAddress));
}

QList<TokenVerdictEntry> TokenVerdicts::entries() const
{
    QList<TokenVerdictEntry> list = m_byKey.values();
    std::sort(list.begin(), list.end(), [](const TokenVerdictEntry &a, const TokenVerdictEntry &b) {
        if (a.chainIndex != b.chainIndex)
            return a.chainIndex.size() != b.chainIndex.size() ? a.chainIndex.size() < b.chainIndex.size()
                                                              : a.chainIndex < b.chainIndex;
        if (const int bySymbol = QString::localeAwareCompare(a.symbol, b.symbol))
            return bySymbol < 0;
        return a.tokenContractAddress < b.tokenContractAddress;
    });
    return list;
}

bool TokenVerdicts::anyOn(const QStringList &chainIndexes) const
{
    return std::any_of(m_byKey.cbegin(), m_byKey.cend(),
                       [&chainIndexes](const TokenVerdictEntry &entry) { return chainIndexes.contains(entry.chainIndex); });
}

bool TokenVerdicts::leftOutAsRisk(bool flaggedByOkx, TokenVerdict verdict)
{
    switch (verdict) {
    case TokenVerdict::Spam:
        return true;
    case TokenVerdict::Trusted:
        return false;
    case TokenVerdict::None:
        break;
    }
    return flaggedByOkx;
}

Decimal TokenVerdicts::totalUsd(const QList<TokenAsset> &assets) const
{
    Decimal total;
    for (const TokenAsset &asset : assets) {
        if (counts(asset, verdictOf(asset)))
            total += asset.valueUsd();
    }
    return total;
}
