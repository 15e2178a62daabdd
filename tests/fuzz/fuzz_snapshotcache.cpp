// libFuzzer harness: SnapshotCache::load, the reader of a cached snapshot file.
//
// Each input is the cache file of one address, in a fresh folder. A file that does not load must
// be deleted with a notice for the user; one that loads must hold that address's snapshot with
// amounts true to their texts, and store and load back unchanged.

#include "storage/snapshotcache.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

const QString Address = QStringLiteral("0xEd0C6079229E2d407672a117c22b62064f4a4312");

bool sameAssets(const QList<TokenAsset> &a, const QList<TokenAsset> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const TokenAsset &x = a.at(i);
        const TokenAsset &y = b.at(i);
        if (x.chainIndex != y.chainIndex || x.tokenContractAddress != y.tokenContractAddress || x.address != y.address
            || x.symbol != y.symbol || x.balanceText != y.balanceText || x.rawBalance != y.rawBalance
            || x.tokenPriceText != y.tokenPriceText || x.isRiskToken != y.isRiskToken || x.balance != y.balance
            || x.tokenPrice != y.tokenPrice)
            return false;
    }
    return true;
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir folder;
    OKX_FUZZ_CHECK(folder.isValid(), folder.errorString());
    const SnapshotCache cache(folder.path());
    const QString path = cache.filePathFor(Address);
    FuzzSupport::writeInput(path, data, size);

    QString notice;
    const std::optional<CachedSnapshot> snapshot = cache.load(Address, &notice);
    if (!snapshot) {
        OKX_FUZZ_CHECK(!notice.isEmpty(), QStringLiteral("dropped without a notice"));
        OKX_FUZZ_CHECK(!QFile::exists(path), QStringLiteral("an unusable cache file was kept"));
        return 0;
    }
    OKX_FUZZ_CHECK(notice.isEmpty(), notice);
    OKX_FUZZ_CHECK(snapshot->address.compare(Address, Qt::CaseInsensitive) == 0, snapshot->address);
    OKX_FUZZ_CHECK(snapshot->fetchedAt.isValid(), snapshot->address);
    for (const TokenAsset &asset : snapshot->assets) {
        const std::optional<Decimal> balance = Decimal::parse(asset.balanceText);
        OKX_FUZZ_CHECK(balance && *balance == asset.balance && asset.balance.sign() >= 0, asset.balanceText);
        OKX_FUZZ_CHECK(asset.tokenPrice.sign() >= 0, asset.tokenPriceText);
        OKX_FUZZ_CHECK(asset.tokenPriceText.isEmpty() ? asset.tokenPrice.isZero()
                                                      : Decimal::parse(asset.tokenPriceText) == asset.tokenPrice,
                       asset.tokenPriceText);
        (void)asset.valueUsd();
    }

    // A loaded snapshot stores and loads back the same.
    QString error;
    OKX_FUZZ_CHECK(cache.store(*snapshot, &error), error);
    const std::optional<CachedSnapshot> again = cache.load(Address, &notice);
    OKX_FUZZ_CHECK(again && notice.isEmpty(), notice);
    OKX_FUZZ_CHECK(again->address == snapshot->address && again->chainIndexes == snapshot->chainIndexes
                       && again->fetchedAt == snapshot->fetchedAt && sameAssets(again->assets, snapshot->assets),
                   snapshot->address);
    OKX_FUZZ_CHECK(cache.remove(Address) && !QFile::exists(path), path);
    return 0;
}
