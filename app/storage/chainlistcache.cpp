#include "storage/chainlistcache.h"

#include "api/balanceparser.h"

#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {

const QLatin1String FetchedAtKey("fetchedAt");
const QLatin1String ChainsKey("chains");
// The chain fields keep the API's names, so the file reads like the reply it came from.
const QLatin1String ChainIndexKey("chainIndex");
const QLatin1String NameKey("name");
const QLatin1String ShortNameKey("shortName");
const QLatin1String LogoUrlKey("logoUrl");

constexpr qint64 FreshForMs = 24LL * 60 * 60 * 1000;

QJsonObject chainToJson(const ChainInfo &chain)
{
    return {{ChainIndexKey, chain.chainIndex}, {NameKey, chain.name}, {ShortNameKey, chain.shortName},
            {LogoUrlKey, chain.logoUrl}};
}

/**
 * The saved list read by the API's own parser, inside the envelope of a successful reply: a file is
 * trusted no more than the server, and one rule decides what a chain list may hold.
 */
ApiResult<QList<ChainInfo>> parseSavedChains(const QJsonValue &chains)
{
    // A missing "chains" stays missing (an undefined value adds no key), and the parser refuses it.
    const QJsonObject reply{{QLatin1String("code"), QLatin1String("0")},
                            {QLatin1String("msg"), QString()},
                            {QLatin1String("data"), chains}};
    return BalanceParser::parseChains(200, QJsonDocument(reply).toJson(QJsonDocument::Compact));
}

VersionedJsonFile fileFor(const QString &path)
{
    // OKX's public chain table: nothing private, so the usual permissions.
    return VersionedJsonFile(path, ChainListCache::FormatVersion, VersionedJsonFile::Access::Default,
                             VersionedJsonFile::OnCorrupt::Delete);
}

} // namespace

ChainListCache::ChainListCache() : ChainListCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
{
}

ChainListCache::ChainListCache(QString directory) : m_directory(std::move(directory))
{
}

QString ChainListCache::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("chains.json"));
}

bool ChainListCache::isFresh(const QDateTime &fetchedAt, const QDateTime &now)
{
    if (!fetchedAt.isValid() || !now.isValid())
        return false;
    const qint64 ageMs = fetchedAt.msecsTo(now);
    return ageMs >= 0 && ageMs < FreshForMs;
}

bool ChainListCache::store(const QList<ChainInfo> &chains, const QDateTime &fetchedAt, QString *error) const
{
    QJsonArray array;
    for (const ChainInfo &chain : chains)
        array.append(chainToJson(chain));
    const QJsonObject root{{FetchedAtKey, fetchedAt.toUTC().toString(Qt::ISODateWithMs)}, {ChainsKey, array}};
    return fileFor(filePath()).save(root, error);
}

std::optional<CachedChainList> ChainListCache::load(QString *notice) const
{
    const VersionedJsonFile file = fileFor(filePath());
    VersionedJsonFile::LoadResult result = file.load();
    std::optional<CachedChainList> list;
    if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
        const QDateTime fetchedAt =
            QDateTime::fromString(result.root.value(FetchedAtKey).toString(), Qt::ISODateWithMs);
        ApiResult<QList<ChainInfo>> chains = parseSavedChains(result.root.value(ChainsKey));
        if (fetchedAt.isValid() && chains.ok())
            list = CachedChainList{std::move(chains.value), fetchedAt};
        else
            result = file.rejectContent(tr("its fields are missing or of the wrong type"));
    }
    if (result.status == VersionedJsonFile::LoadResult::Status::Corrupt && notice) {
        //: %1 is the file's problem
        *notice = tr("The saved list of OKX's supported chains was unusable and has been dropped; it will be fetched "
                     "again when needed. %1")
                      .arg(result.message);
    }
    return list;
}

ChainNames ChainListCache::chainNames() const
{
    const std::optional<CachedChainList> saved = load();
    return ChainNames(saved ? saved->chains : QList<ChainInfo>());
}
