// libFuzzer harness: AppSettings, the reader of the settings file.
//
// Each input is the settings file, in a fresh folder. Whatever it holds, every getter answers a
// usable value (a damaged or hand-edited file never breaks a start), and the values read save and
// read back the same.

#include "api/clientconfig.h"
#include "storage/appsettings.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>

namespace {

const QStringList StateNames{QStringLiteral("mainWindow/geometry"), QStringLiteral("mainWindow/state"),
                             QStringLiteral("holdings/header"), QStringLiteral("splitter")};

/** Every value AppSettings reads, as one comparable record. */
struct Values
{
    QUrl baseUrl;
    ApiFamily family;
    QString projectId;
    double rate;
    int timeout;
    int autoRefresh;
    QString language;
    bool privacy;
    bool ownerOnlyFile;
    QString exportDirectory;
    QList<QByteArray> blobs;

    friend bool operator==(const Values &a, const Values &b)
    {
        return a.baseUrl == b.baseUrl && a.family == b.family && a.projectId == b.projectId && a.rate == b.rate
            && a.timeout == b.timeout && a.autoRefresh == b.autoRefresh && a.language == b.language
            && a.privacy == b.privacy && a.ownerOnlyFile == b.ownerOnlyFile && a.exportDirectory == b.exportDirectory
            && a.blobs == b.blobs;
    }
};

Values read(const AppSettings &settings)
{
    Values values{settings.baseUrl(),         settings.apiFamily(),          settings.projectId(),
                  settings.requestsPerSecond(), settings.timeoutSeconds(),   settings.autoRefreshMinutes(),
                  settings.language(),        settings.privacyMode(),        settings.secretsInOwnerOnlyFile(),
                  settings.exportDirectory(), {}};
    for (const QString &name : StateNames)
        values.blobs.append(settings.stateBlob(name));
    (void)settings.loadProblem();

    OKX_FUZZ_CHECK(AppSettings::isUsableBaseUrl(values.baseUrl), values.baseUrl.toString());
    OKX_FUZZ_CHECK(values.projectId == values.projectId.trimmed(), values.projectId);
    OKX_FUZZ_CHECK(std::isfinite(values.rate) && values.rate >= 0, QString::number(values.rate));
    OKX_FUZZ_CHECK(values.timeout >= 1 && values.timeout <= 300, QString::number(values.timeout));
    OKX_FUZZ_CHECK(AppSettings::autoRefreshChoices().contains(values.autoRefresh), QString::number(values.autoRefresh));
    OKX_FUZZ_CHECK(values.language.isEmpty() || values.language == QLatin1String("en") || values.language == QLatin1String("zh"),
                   values.language);

    ClientConfig config;
    settings.applyTo(config);
    OKX_FUZZ_CHECK(config.baseUrl == values.baseUrl && config.family == values.family
                       && config.requestsPerSecond == values.rate && config.timeoutMs == values.timeout * 1000,
                   QString());
    return values;
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir folder;
    OKX_FUZZ_CHECK(folder.isValid(), folder.errorString());
    // The name only tells the reader where the file is: the content decides what it makes of it.
    const QString path = QDir(folder.path()).filePath(QStringLiteral("settings.json"));
    FuzzSupport::writeInput(path, data, size);

    Values values;
    {
        AppSettings settings(path);
        values = read(settings);

        // The values read are values the settings can keep: written back, they read the same.
        settings.setBaseUrl(values.baseUrl);
        settings.setApiFamily(values.family);
        settings.setProjectId(values.projectId);
        settings.setRequestsPerSecond(values.rate);
        settings.setTimeoutSeconds(values.timeout);
        settings.setAutoRefreshMinutes(values.autoRefresh);
        settings.setLanguage(values.language);
        settings.setPrivacyMode(values.privacy);
        settings.setSecretsInOwnerOnlyFile(values.ownerOnlyFile);
        settings.setExportDirectory(values.exportDirectory);
        for (qsizetype i = 0; i < StateNames.size(); ++i)
            settings.setStateBlob(StateNames.at(i), values.blobs.at(i));
        OKX_FUZZ_CHECK(read(settings) == values, QStringLiteral("set to what was read, then read otherwise"));
        QString error;
        OKX_FUZZ_CHECK(settings.sync(&error), error);
    }
    const AppSettings reread(path);
    OKX_FUZZ_CHECK(read(reread) == values, QStringLiteral("saved and read back otherwise"));
    return 0;
}
