#include "api/assetkey.h"

#include "api/addressvalidator.h"

QString AssetKey::normalizedAddress(const QString &address)
{
    return AddressValidator::hasEvmForm(address) ? address.toLower() : address;
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
