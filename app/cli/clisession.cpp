#include "cli/clisession.h"

#include "api/balanceclient.h"
#include "demo/localokxserver.h"
#include "storage/appsettings.h"
#include "storage/credentialsource.h"
#include "storage/exchangeratesource.h"
#include "storage/secretstore.h"

#include <QEventLoop>

#include <iterator>

namespace {

/** What the window stored, and, when the opted-in secrets file was unusable, why (translated). */
struct StoredSecrets
{
    Credentials secrets;
    QString fileProblem;
};

StoredSecrets readStoredSecrets(const AppSettings &settings)
{
    SecretStore store;
    store.setUseOwnerOnlyFile(settings.secretsInOwnerOnlyFile());
    // The store answers asynchronously; no command has started yet, so waiting here holds up nothing.
    QEventLoop loop;
    bool loaded = false;
    QObject::connect(&store, &SecretStore::loaded, &loop, [&loop, &loaded] {
        loaded = true;
        loop.quit();
    });
    store.load();
    if (!loaded)
        loop.exec();
    // No keychain (a server, a script without a session bus) is normal for a command line: the
    // environment then provides the secrets. A damaged opted-in file, moved aside, is worth a word.
    const bool fromFile = store.storage() == SecretStore::Storage::OwnerOnlyFile;
    return {store.secrets(), fromFile ? store.lastError() : QString()};
}

/** The environment variables of the secrets missing from @p credentials. */
QStringList missingVariables(const Credentials &credentials)
{
    // environmentVariables() names the key, the secret key and the passphrase first, in this order.
    const QStringList variables = CredentialSource::environmentVariables();
    const QString secrets[] = {credentials.apiKey, credentials.secretKey, credentials.passphrase};
    QStringList missing;
    for (size_t i = 0; i < std::size(secrets); ++i) {
        if (secrets[i].isEmpty())
            missing.append(variables.at(qsizetype(i)));
    }
    return missing;
}

} // namespace

CliSession::CliSession() = default;

// The clients go first: their replies must not outlive the server thread they talk to.
CliSession::~CliSession()
{
    m_exchangeRates.reset();
    m_client.reset();
    m_demoServer.reset();
}

CommandResult CliSession::start(const CliOptions &options)
{
    const AppSettings settings;
    m_settingsProblem = settings.loadProblem();
    ClientConfig config;
    settings.applyTo(config);
    config.family = options.family.value_or(config.family);
    config.timeoutMs = options.timeoutMs.value_or(config.timeoutMs);
    config.maxAttempts = options.maxAttempts;

    if (options.demo) {
        m_demoServer = std::make_unique<DemoServerThread>();
        if (!m_demoServer->start())
            return CommandResult::failure(ExitCode::Network, tr("the demo server could not start on 127.0.0.1"));
        config.baseUrl = m_demoServer->baseUrl();
        // The demo server stands for OKX's exchange site too: a demo run reaches no other host.
        config.exchangeRateUrl = m_demoServer->baseUrl();
        config.credentials = LocalOkxServer::demoCredentials();
        config.requestsPerSecond = options.requestsPerSecond.value_or(CliOptions::DemoRequestsPerSecond);
    } else {
        config.baseUrl = options.baseUrl.value_or(config.baseUrl);
        config.exchangeRateUrl = options.exchangeRateUrl.value_or(config.exchangeRateUrl);
        config.requestsPerSecond = options.requestsPerSecond.value_or(config.requestsPerSecond);
        const CommandResult resolved = resolveCredentials(settings, config.credentials);
        if (!resolved.ok())
            return resolved;
        if (ApiFamilies::requiresProject(config.family) && config.credentials.projectId.isEmpty()) {
            return CommandResult::failure(ExitCode::Usage, tr("the wallet API (--api wallet) needs a project id: "
                                                              "set OKX_PROJECT_ID or save one in the window's settings"));
        }
    }

    m_client = std::make_unique<BalanceClient>();
    m_client->setConfig(config);
    // The demo's rate is not OKX's: it never enters the cache a real run or the window reads.
    m_exchangeRates = std::make_unique<ExchangeRateSource>(options.demo ? std::nullopt
                                                                        : std::optional(ExchangeRateCache()));
    m_exchangeRates->setConfig(config);
    return CommandResult::success();
}

CommandResult CliSession::resolveCredentials(const AppSettings &settings, Credentials &credentials)
{
    Credentials stored;
    stored.projectId = settings.projectId();
    QString fileProblem;
    // The keychain is asked only for what the environment leaves out.
    if (!CredentialSource::resolve(stored).isComplete()) {
        StoredSecrets secrets = readStoredSecrets(settings);
        secrets.secrets.projectId = stored.projectId;
        stored = secrets.secrets;
        fileProblem = secrets.fileProblem;
    }
    credentials = CredentialSource::resolve(stored);
    if (credentials.isComplete())
        return CommandResult::success();

    //: %1 lists environment variable names
    QString message = tr("no API credentials: set %1, or save them in the window's settings (or use --demo)")
                          .arg(missingVariables(credentials).join(QLatin1String(", ")));
    if (!fileProblem.isEmpty())
        message += u' ' + fileProblem;
    return CommandResult::failure(ExitCode::Usage, message);
}
