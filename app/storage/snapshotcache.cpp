#include "storage/snapshotcache.h"

#include "api/balanceparser.h"
#include "api/clientconfig.h"

#include "storage/versionedjsonfile.h"
#include "storage/watchedaddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {

const QLatin1String AddressKey("address");
const QLatin1String ChainsKey("chains");
const QLatin1String FetchedAtKey("fetchedAt");
const QLatin1String AssetsKey("tokenAssets");
const QLatin1String SourceKey("source");
// The asset fields keep the API's names, so a cache file reads like the reply it came from.
const QLatin1String ChainIndexKey("chainIndex");
const QLatin1String ContractKey("tokenContractAddress");
const QLatin1String SymbolKey("symbol");
const QLatin1String BalanceKey("balance");
const QLatin1String RawBalanceKey("rawBalance");
const QLatin1String PriceKey("tokenPrice");
const QLatin1String RiskKey("isRiskToken");

QJsonObject assetToJson(const TokenAsset &asset)
{
    return {{ChainIndexKey, asset.chainIndex}, {ContractKey, asset.tokenContractAddress}, {AddressKey, asset.address},
            {SymbolKey, asset.symbol},         {BalanceKey, asset.balanceText},           {RawBalanceKey, asset.rawBalance},
            {PriceKey, asset.tokenPriceText},  {RiskKey, asset.isRiskToken}};
}

VersionedJsonFile fileFor(const QString &path)
{
    // Balances are private: owner-only, like the secrets.
    return VersionedJsonFile(path, SnapshotCache::FormatVersion, VersionedJsonFile::Access::OwnerOnly,
                             VersionedJsonFile::OnCorrupt::Delete);
}

} // namespace

SnapshotCache::SnapshotCache()
    : SnapshotCache(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("snapshots")))
{
}

SnapshotCache::SnapshotCache(QString directory) : m_directory(std::move(directory))
{
}

QString SnapshotCache::sourceOf(const ClientConfig &config, bool demo)
{
    if (demo)
        return QStringLiteral("demo");
    const QString server =
        config.baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString()
        + QLatin1Char('#');
    if (config.credentials.apiKey.isEmpty())
        return server;
    const QByteArray keyDigest =
        QCryptographicHash::hash(config.credentials.apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return server + QString::fromLatin1(keyDigest);
}

bool SnapshotCache::isShownFor(const QString &entrySource, const QString &shownSource)
{
    if (entrySource == shownSource)
        return true;
    return shownSource.endsWith(QLatin1Char('#')) && entrySource.startsWith(shownSource);
}

QString SnapshotCache::filePathFor(const QString &address) const
{
    // A hash, not the address: file systems differ on case and on which characters a name may hold.
    const QByteArray key = WatchedAddress::comparisonKey(address.trimmed()).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32);
    return QDir(m_directory).filePath(QString::fromLatin1(digest) + QStringLiteral(".json"));
}

bool SnapshotCache::store(const CachedSnapshot &snapshot, QString *error) const
{
    const QJsonObject root{{AddressKey, snapshot.address},
                           {ChainsKey, QJsonArray::fromStringList(snapshot.chainIndexes)},
                           {FetchedAtKey, snapshot.fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {SourceKey, snapshot.source}};
    const QList<TokenAsset> &assets = snapshot.assets;
    return fileFor(filePathFor(snapshot.address))
        .save(root, AssetsKey, assets.size(),
              [&assets](qsizetype i) { return QJsonDocument(assetToJson(assets.at(i))).toJson(QJsonDocument::Compact); },
              error);
}

std::optional<CachedSnapshot> SnapshotCache::load(const QString &address, QString *notice) const
{
    const VersionedJsonFile file = fileFor(filePathFor(address));
    QByteArray bytes;
    VersionedJsonFile::LoadResult result = file.readBytes(&bytes);
    std::optional<CachedSnapshot> snapshot;
    if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
        // The assets are read by the API's own parser: a file is no more trusted than the server.
        BalanceParser::SavedAssets saved = BalanceParser::parseSavedAssets(bytes);
        bytes.clear();
        // A file of another format version is that, whatever else is wrong with it.
        const bool hasRoot = !saved.otherMembers.isEmpty() || !saved.error.isError();
        result = hasRoot ? file.checkRoot(saved.otherMembers) : file.rejectContent(saved.error.detail());
        if (result.status == VersionedJsonFile::LoadResult::Status::Loaded && saved.error.isError())
            result = file.rejectContent(saved.error.detail());
        if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
            const QJsonObject &root = result.root;
            CachedSnapshot candidate;
            candidate.address = root.value(AddressKey).toString();
            candidate.fetchedAt = QDateTime::fromString(root.value(FetchedAtKey).toString(), Qt::ISODateWithMs);
            candidate.source = root.value(SourceKey).toString();
            const QJsonValue chains = root.value(ChainsKey);
            bool valid = WatchedAddress::sameAddress(candidate.address, address.trimmed())
                && candidate.fetchedAt.isValid() && chains.isArray();
            for (const QJsonValue &chain : chains.toArray()) {
                valid = valid && chain.isString();
                candidate.chainIndexes.append(chain.toString());
            }
            candidate.assets = std::move(saved.assets);
            if (valid)
                snapshot = std::move(candidate);
            else
                result = file.rejectContent(tr("its fields are missing or of the wrong type"));
        }
    }
    if (result.status == VersionedJsonFile::LoadResult::Status::Corrupt && notice) {
        //: %1 is an address, %2 the file's problem
        *notice = tr("The saved holdings of %1 were unusable and have been dropped; they will be fetched again. %2")
                      .arg(address.trimmed(), result.message);
    }
    return snapshot;
}

bool SnapshotCache::remove(const QString &address) const
{
    const QString path = filePathFor(address);
    return !QFile::exists(path) || QFile::remove(path);
}
