#include "storage/appsettings.h"

#include "api/clientconfig.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <cmath>
#include <optional>

namespace {

// Keys in one place: renaming one silently forgets the user's choice.
const QString BaseUrlKey = QStringLiteral("api/baseUrl");
const QString FamilyKey = QStringLiteral("api/family");
const QString ProjectIdKey = QStringLiteral("api/projectId");
const QString RateKey = QStringLiteral("api/requestsPerSecond");
const QString TimeoutKey = QStringLiteral("api/timeoutSeconds");
const QString AutoRefreshKey = QStringLiteral("refresh/autoRefreshMinutes");
const QString LanguageKey = QStringLiteral("ui/language");
const QString PrivacyKey = QStringLiteral("ui/privacyMode");
const QString OwnerOnlyFileKey = QStringLiteral("secrets/ownerOnlyFile");
const QString ExportDirectoryKey = QStringLiteral("export/directory");
const QString StatePrefix = QStringLiteral("state/");

const QUrl DefaultBaseUrl(QStringLiteral("https://web3.okx.com"));
constexpr double DefaultRate = 1.0;
constexpr double MinRate = 0.1;
constexpr double MaxRate = 100.0;
constexpr int DefaultTimeoutSeconds = 20;
constexpr int MinTimeoutSeconds = 1;
constexpr int MaxTimeoutSeconds = 300;

/**
 * The stored scalar of @p key as text, or nothing when absent or not a scalar. An INI file gives
 * back text; values set in this session keep their own type until the file is re-read.
 */
std::optional<QString> storedText(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    switch (value.typeId()) {
    case QMetaType::QString:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toString();
    default:
        return std::nullopt;
    }
}

bool storedBool(const QSettings &settings, const QString &key, bool fallback)
{
    const std::optional<QString> text = storedText(settings, key);
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return fallback;
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

// An INI file beside the watch list, rather than QSettings' organisation-based default, so the
// window, the command line and every other file of the app share one folder.
AppSettings::AppSettings()
    : AppSettings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                      .filePath(QStringLiteral("settings.ini")))
{
}

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QUrl AppSettings::baseUrl() const
{
    const QUrl url(storedText(*m_settings, BaseUrlKey).value_or(QString()), QUrl::StrictMode);
    return isUsableBaseUrl(url) ? url : DefaultBaseUrl;
}

void AppSettings::setBaseUrl(const QUrl &url)
{
    m_settings->setValue(BaseUrlKey, url.toString());
}

ApiFamily AppSettings::apiFamily() const
{
    return ApiFamilies::fromName(storedText(*m_settings, FamilyKey).value_or(QString())).value_or(ApiFamily::DexV5);
}

void AppSettings::setApiFamily(ApiFamily family)
{
    m_settings->setValue(FamilyKey, ApiFamilies::name(family));
}

QString AppSettings::projectId() const
{
    return storedText(*m_settings, ProjectIdKey).value_or(QString()).trimmed();
}

void AppSettings::setProjectId(const QString &projectId)
{
    m_settings->setValue(ProjectIdKey, projectId.trimmed());
}

double AppSettings::requestsPerSecond() const
{
    bool ok = false;
    const double rate = storedText(*m_settings, RateKey).value_or(QString()).toDouble(&ok);
    return ok && std::isfinite(rate) && rate >= MinRate && rate <= MaxRate ? rate : DefaultRate;
}

void AppSettings::setRequestsPerSecond(double value)
{
    m_settings->setValue(RateKey, value);
}

int AppSettings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = storedText(*m_settings, TimeoutKey).value_or(QString()).toInt(&ok);
    return ok && seconds >= MinTimeoutSeconds && seconds <= MaxTimeoutSeconds ? seconds : DefaultTimeoutSeconds;
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(TimeoutKey, seconds);
}

int AppSettings::autoRefreshMinutes() const
{
    bool ok = false;
    const int minutes = storedText(*m_settings, AutoRefreshKey).value_or(QString()).toInt(&ok);
    return ok && autoRefreshChoices().contains(minutes) ? minutes : 0;
}

void AppSettings::setAutoRefreshMinutes(int minutes)
{
    m_settings->setValue(AutoRefreshKey, minutes);
}

QString AppSettings::language() const
{
    const QString language = storedText(*m_settings, LanguageKey).value_or(QString());
    return language == QLatin1String("en") || language == QLatin1String("zh") ? language : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

bool AppSettings::privacyMode() const
{
    return storedBool(*m_settings, PrivacyKey, false);
}

void AppSettings::setPrivacyMode(bool enabled)
{
    m_settings->setValue(PrivacyKey, enabled);
}

bool AppSettings::secretsInOwnerOnlyFile() const
{
    return storedBool(*m_settings, OwnerOnlyFileKey, false);
}

void AppSettings::setSecretsInOwnerOnlyFile(bool enabled)
{
    m_settings->setValue(OwnerOnlyFileKey, enabled);
}

QString AppSettings::exportDirectory() const
{
    return storedText(*m_settings, ExportDirectoryKey).value_or(QString());
}

void AppSettings::setExportDirectory(const QString &directory)
{
    m_settings->setValue(ExportDirectoryKey, directory);
}

QByteArray AppSettings::stateBlob(const QString &name) const
{
    const QVariant value = m_settings->value(StatePrefix + name);
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : QByteArray();
}

void AppSettings::setStateBlob(const QString &name, const QByteArray &blob)
{
    m_settings->setValue(StatePrefix + name, blob);
}

void AppSettings::applyTo(ClientConfig &config) const
{
    config.baseUrl = baseUrl();
    config.family = apiFamily();
    config.credentials.projectId = projectId();
    config.requestsPerSecond = requestsPerSecond();
    config.timeoutMs = timeoutSeconds() * 1000;
}

void AppSettings::sync()
{
    m_settings->sync();
}
