#include "api/assetkey.h"

#include <algorithm>

namespace {

bool isEvmAddress(const QString &address)
{
    if (address.size() != 42 || !address.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return false;
    const auto isHexDigit = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    return std::all_of(address.cbegin() + 2, address.cend(), isHexDigit);
}

} // namespace

QString AssetKey::normalizedAddress(const QString &address)
{
    return isEvmAddress(address) ? address.toLower() : address;
}

QString AssetKey::of(const QString &chainIndex, const QString &tokenContractAddress)
{
    // A line break appears in neither a chain index nor an address: the parts cannot run together.
    return chainIndex + u'\n' + normalizedAddress(tokenContractAddress);
}

QString AssetKey::of(const TokenAsset &asset)
{
    return of(asset.chainIndex, asset.tokenContractAddress);
}

QString AssetKey::ofHolding(const QString &ownerAddress, const TokenAsset &asset)
{
    return normalizedAddress(ownerAddress) + u'\n' + of(asset);
}
