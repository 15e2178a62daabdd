// libFuzzer harness: ChainListCache::load, the reader of the saved supported-chain list.
//
// Each input is chains.json, in a fresh folder. A file that does not load must be deleted with a
// notice for the user; one that loads must hold chains with an index and a time, and store and
// load back unchanged.

#include "storage/chainlistcache.h"
#include "fuzzsupport.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

bool sameChains(const QList<ChainInfo> &a, const QList<ChainInfo> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const ChainInfo &x = a.at(i);
        const ChainInfo &y = b.at(i);
        if (x.chainIndex != y.chainIndex || x.name != y.name || x.shortName != y.shortName || x.logoUrl != y.logoUrl)
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
    const ChainListCache cache(folder.path());
    FuzzSupport::writeInput(cache.filePath(), data, size);

    QString notice;
    const std::optional<CachedChainList> list = cache.load(&notice);
    if (!list) {
        OKX_FUZZ_CHECK(!notice.isEmpty(), QStringLiteral("dropped without a notice"));
        OKX_FUZZ_CHECK(!QFile::exists(cache.filePath()), QStringLiteral("an unusable list was kept"));
        return 0;
    }
    OKX_FUZZ_CHECK(notice.isEmpty(), notice);
    OKX_FUZZ_CHECK(list->fetchedAt.isValid(), QStringLiteral("no time"));
    for (const ChainInfo &chain : list->chains)
        OKX_FUZZ_CHECK(!chain.chainIndex.isEmpty(), chain.name);
    (void)ChainListCache::isFresh(list->fetchedAt, QDateTime::currentDateTimeUtc());

    // A loaded list stores and loads back the same.
    QString error;
    OKX_FUZZ_CHECK(cache.store(list->chains, list->fetchedAt, &error), error);
    const std::optional<CachedChainList> again = cache.load(&notice);
    OKX_FUZZ_CHECK(again && notice.isEmpty(), notice);
    OKX_FUZZ_CHECK(again->fetchedAt == list->fetchedAt && sameChains(again->chains, list->chains),
                   QStringLiteral("%1 chains, then %2").arg(list->chains.size()).arg(again->chains.size()));
    return 0;
}
