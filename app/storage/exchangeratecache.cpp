#include "storage/exchangeratecache.h"

#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QStandardPaths>

namespace {

// The rate keeps the API's name, so the file reads like the reply it came from.
const QLatin1String UsdCnyKey("usdCny");
const QLatin1String FetchedAtKey("fetchedAt");

VersionedJsonFile fileFor(const QString &path)
{
    // OKX's public rate: nothing private, so the usual permissions.
    return VersionedJsonFile(path, ExchangeRateCache::FormatVersion, VersionedJsonFile::Access::Default,
                             VersionedJsonFile::OnCorrupt::Keep);
}

} // namespace

ExchangeRateCache::ExchangeRateCache()
    : ExchangeRateCache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
{
}

ExchangeRateCache::ExchangeRateCache(QString directory) : m_directory(std::move(directory))
{
}

QString ExchangeRateCache::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("usd-cny-rate.json"));
}

std::optional<UsdCnyRate> ExchangeRateCache::load(QString *notice) const
{
    const VersionedJsonFile file = fileFor(filePath());
    VersionedJsonFile::LoadResult result = file.load();
    std::optional<UsdCnyRate> rate;
    if (result.status == VersionedJsonFile::LoadResult::Status::Loaded) {
        const QJsonValue text = result.root.value(UsdCnyKey);
        const QDateTime time = QDateTime::fromString(result.root.value(FetchedAtKey).toString(), Qt::ISODateWithMs);
        QString reason;
        if (!text.isString())
            reason = tr("its rate is missing or not a string");
        else if (!time.isValid())
            reason = tr("its time is missing or not an ISO 8601 time");
        else
            rate = UsdCnyRate::fromText(text.toString(), time, &reason);
        if (!rate)
            result = file.rejectContent(reason);
    }
    if (result.status == VersionedJsonFile::LoadResult::Status::Corrupt && notice) {
        //: %1 is the file's problem
        *notice = tr("The saved USD/CNY rate is unusable, so none is known until one is fetched. %1").arg(result.message);
    }
    return rate;
}

bool ExchangeRateCache::store(const UsdCnyRate &rate, QString *error) const
{
    // What cannot be read is the user's to mend or remove: nothing is saved over it.
    QString notice;
    load(&notice);
    if (!notice.isEmpty()) {
        if (error)
            *error = notice;
        return false;
    }
    const QJsonObject root{{UsdCnyKey, rate.text()}, {FetchedAtKey, rate.time().toUTC().toString(Qt::ISODateWithMs)}};
    return fileFor(filePath()).save(root, error);
}
