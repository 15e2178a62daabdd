#include "storage/appsettings.h"

#include "api/clientconfig.h"
#include "api/ratelimiter.h"

#include "storage/versionedjsonfile.h"

#include <QDir>
#include <QStandardPaths>


namespace {

// Keys in one place: renaming one silently forgets the user's choice.
const QString BaseUrlKey = QStringLiteral("api/baseUrl");
const QString ExchangeRateUrlKey = QStringLiteral("api/exchangeRateUrl");
const QString FamilyKey = QStringLiteral("api/family");
const QString ProjectIdKey = QStringLiteral("api/projectId");
const QString RateKey = QStringLiteral("api/requestsPerSecond");
const QString TimeoutKey = QStringLiteral("api/timeoutSeconds");
const QString AutoRefreshKey = QStringLiteral("refresh/autoRefreshMinutes");
const QString CloseWhileWatchingKey = QStringLiteral("tray/closeWhileWatching");
const QString ThresholdUnitKey = QStringLiteral("notify/thresholdUnit");
const QString ThresholdKey = QStringLiteral("notify/valueThreshold");
const QString NewTokensKey = QStringLiteral("notify/newTokens");
const QString FailureMinutesKey = QStringLiteral("notify/failureMinutes");
const QString LanguageKey = QStringLiteral("ui/language");
const QString PrivacyKey = QStringLiteral("ui/privacyMode");
const QString DisplayCurrencyKey = QStringLiteral("ui/displayCurrency");
const QString ColorSchemeKey = QStringLiteral("ui/colorScheme");
const QString OwnerOnlyFileKey = QStringLiteral("secrets/ownerOnlyFile");
const QString ExportDirectoryKey = QStringLiteral("export/directory");
const QString StatePrefix = QStringLiteral("state/");
const QLatin1String VersionKey("version");

const QUrl DefaultBaseUrl(QStringLiteral("https://web3.okx.com"));
constexpr double DefaultRate = 1.0;
constexpr int DefaultTimeoutSeconds = 20;
constexpr int MinTimeoutSeconds = 1;
constexpr int MaxTimeoutSeconds = 300;

/** The file's values without its version, or nothing (with @p problem set when it was unusable). */
QJsonObject readFile(const QString &filePath, QString *problem)
{
    VersionedJsonFile::LoadResult loaded = VersionedJsonFile(filePath, AppSettings::FormatVersion).load();
    if (problem)
        *problem = loaded.message;
    loaded.root.remove(VersionKey);
    return loaded.root;
}

/** A whole number within int's range stored as a JSON number, or @p fallback (QJsonValue::toInt checks both). */
int storedInt(const QJsonValue &value, int fallback)
{
    return value.toInt(fallback);
}

/** The stored names of the close choices, in the enum's order. */
const QStringList &closeChoiceNames()
{
    static const QStringList names{QStringLiteral("ask"), QStringLiteral("keepWatching"), QStringLiteral("quit")};
    return names;
}

/** The stored names of the colour schemes, in the enum's order. */
const QStringList &colorSchemeNames()
{
    static const QStringList names{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    return names;
}

/** The stored names of the threshold units, in the enum's order. */
const QStringList &thresholdUnitNames()
{
    static const QStringList names{QStringLiteral("off"), QStringLiteral("percent"), QStringLiteral("usd")};
    return names;
}

} // namespace

const QList<int> &AppSettings::autoRefreshChoices()
{
    static const QList<int> choices{0, 1, 5, 15, 60};
    return choices;
}

bool AppSettings::isUsableBaseUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

// A file beside the watch list, rather than QSettings' organisation-based default, so the window,
// the command line and every other file of the app share one folder.
AppSettings::AppSettings()
    : AppSettings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                      .filePath(QStringLiteral("settings.json")))
{
}

AppSettings::AppSettings(const QString &filePath)
    : m_filePath(filePath)
{
    m_values = readFile(m_filePath, &m_loadProblem);
}

AppSettings::~AppSettings()
{
    sync();
}

QString AppSettings::text(const QString &key) const
{
    return value(key).toString();
}

void AppSettings::set(const QString &key, const QJsonValue &value)
{
    m_values.insert(key, value);
    m_pending.insert(key, value);
}

QUrl AppSettings::baseUrl() const
{
    const QUrl url(text(BaseUrlKey), QUrl::StrictMode);
    return isUsableBaseUrl(url) ? url : DefaultBaseUrl;
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    set(BaseUrlKey, url.toString());
}

QUrl AppSettings::exchangeRateUrl() const
{
    const QUrl url(text(ExchangeRateUrlKey), QUrl::StrictMode);
    return isUsableBaseUrl(url) ? url : ClientConfig().exchangeRateUrl;
}

void AppSettings::setExchangeRateUrl(const QUrl &url)
{
    set(ExchangeRateUrlKey, url.toString());
}

ApiFamily AppSettings::apiFamily() const
{
    // OKX's current family for new settings (its own tools report DEX v5 as sunset); a saved choice is kept.
    return ApiFamilies::fromName(text(FamilyKey)).value_or(ApiFamily::DexV6);
}

void AppSettings::setApiFamily(ApiFamily family)
{
    set(FamilyKey, ApiFamilies::name(family));
}

QString AppSettings::projectId() const
{
    return text(ProjectIdKey).trimmed();
}

void AppSettings::setProjectId(const QString &projectId)
{
    set(ProjectIdKey, projectId.trimmed());
}

double AppSettings::requestsPerSecond() const
{
    const QJsonValue rate = value(RateKey);
    return rate.isDouble() && RateLimiter::isValidRate(rate.toDouble()) ? rate.toDouble() : DefaultRate;
}

void AppSettings::setRequestsPerSecond(double value)
{
    set(RateKey, value);
}

int AppSettings::timeoutSeconds() const
{
    const int seconds = storedInt(value(TimeoutKey), DefaultTimeoutSeconds);
    return seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds ? seconds : DefaultTimeoutSeconds;
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    set(TimeoutKey, seconds);
}

int AppSettings::autoRefreshMinutes() const
{
    const int minutes = storedInt(value(AutoRefreshKey), 0);
    return autoRefreshChoices().contains(minutes) ? minutes : 0;
}

void AppSettings::setAutoRefreshMinutes(int minutes)
{
    set(AutoRefreshKey, minutes);
}

AppSettings::CloseWhileWatching AppSettings::closeWhileWatching() const
{
    const qsizetype at = closeChoiceNames().indexOf(text(CloseWhileWatchingKey));
    return at < 0 ? CloseWhileWatching::Ask : CloseWhileWatching(at);
}

void AppSettings::setCloseWhileWatching(CloseWhileWatching choice)
{
    set(CloseWhileWatchingKey, closeChoiceNames().at(int(choice)));
}

NotificationRules AppSettings::notificationRules() const
{
    NotificationRules rules;
    const qsizetype unit = thresholdUnitNames().indexOf(text(ThresholdUnitKey));
    if (unit >= 0)
        rules.thresholdUnit = NotificationRules::ThresholdUnit(unit);
    // Kept as text: the threshold is an exact decimal like every amount.
    const std::optional<Decimal> threshold = Decimal::parse(text(ThresholdKey));
    if (threshold && !threshold->isNegative())
        rules.valueThreshold = *threshold;
    rules.newTokens = value(NewTokensKey).toBool(rules.newTokens);
    const int minutes = storedInt(value(FailureMinutesKey), rules.failureMinutes);
    if (minutes >= 0 && minutes <= NotificationRules::MaxFailureMinutes)
        rules.failureMinutes = minutes;
    return rules;
}

void AppSettings::setNotificationRules(const NotificationRules &rules)
{
    set(ThresholdUnitKey, thresholdUnitNames().at(int(rules.thresholdUnit)));
    set(ThresholdKey, rules.valueThreshold.toPlainString());
    set(NewTokensKey, rules.newTokens);
    set(FailureMinutesKey, rules.failureMinutes);
}

QString AppSettings::language() const
{
    const QString language = text(LanguageKey);
    return language == QLatin1String("en") || language == QLatin1String("zh") ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    set(LanguageKey, language);
}

std::optional<FiatCurrency> AppSettings::displayCurrency() const
{
    return FiatCurrencies::fromCode(text(DisplayCurrencyKey));
}

void AppSettings::setDisplayCurrency(FiatCurrency currency)
{
    set(DisplayCurrencyKey, FiatCurrencies::code(currency));
}

AppSettings::ColorScheme AppSettings::colorScheme() const
{
    const qsizetype at = colorSchemeNames().indexOf(text(ColorSchemeKey));
    return at < 0 ? ColorScheme::System : ColorScheme(at);
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    set(ColorSchemeKey, colorSchemeNames().at(int(scheme)));
}

bool AppSettings::privacyMode() const
{
    return value(PrivacyKey).toBool(false);
}

void AppSettings::setPrivacyMode(bool enabled)
{
    set(PrivacyKey, enabled);
}

bool AppSettings::secretsInOwnerOnlyFile() const
{
    return value(OwnerOnlyFileKey).toBool(false);
}

void AppSettings::setSecretsInOwnerOnlyFile(bool enabled)
{
    set(OwnerOnlyFileKey, enabled);
}

QString AppSettings::exportDirectory() const
{
    return text(ExportDirectoryKey);
}

void AppSettings::setExportDirectory(const QString &directory)
{
    set(ExportDirectoryKey, directory);
}

QByteArray AppSettings::stateBlob(const QString &name) const
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text(StatePrefix + name).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

void AppSettings::setStateBlob(const QString &name, const QByteArray &blob)
{
    set(StatePrefix + name, QString::fromLatin1(blob.toBase64()));
}

void AppSettings::applyTo(ClientConfig &config) const
{
    config.baseUrl = baseUrl();
    config.exchangeRateUrl = exchangeRateUrl();
    config.family = apiFamily();
    config.credentials.projectId = projectId();
    config.requestsPerSecond = requestsPerSecond();
    config.timeoutMs = timeoutSeconds() * 1000;
}

bool AppSettings::sync(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    // Over what the file holds now: another window may have saved its own choices since.
    QJsonObject merged = readFile(m_filePath, nullptr);
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    if (!VersionedJsonFile(m_filePath, FormatVersion).save(merged, error))
        return false;
    m_values = std::move(merged);
    m_pending = QJsonObject();
    return true;
}
