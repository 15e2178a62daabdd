#include "cli/clisession.h"

#include "api/balanceclient.h"
#include "demo/localokxserver.h"

namespace {

/** The environment variable of each credential, in the order they are reported missing. */
struct CredentialVariable
{
    const char *name;
    QString Credentials::*field;
};

constexpr CredentialVariable RequiredVariables[] = {
    {"OKX_API_KEY", &Credentials::apiKey},
    {"OKX_SECRET_KEY", &Credentials::secretKey},
    {"OKX_API_PASSPHRASE", &Credentials::passphrase},
};

} // namespace

CliSession::CliSession() = default;

// The client goes first: its replies must not outlive the server thread they talk to.
CliSession::~CliSession()
{
    m_client.reset();
    m_demoServer.reset();
}

CommandResult CliSession::start(const CliOptions &options)
{
    ClientConfig config;
    config.family = options.family;
    config.timeoutMs = options.timeoutMs;
    config.requestsPerSecond = options.requestsPerSecond;
    config.maxAttempts = options.maxAttempts;

    if (options.demo) {
        m_demoServer = std::make_unique<DemoServerThread>();
        if (!m_demoServer->start())
            return CommandResult::failure(ExitCode::Network, tr("the demo server could not start on 127.0.0.1"));
        config.baseUrl = m_demoServer->baseUrl();
        config.credentials = LocalOkxServer::demoCredentials();
    } else {
        config.baseUrl = options.baseUrl;
        QStringList missing;
        for (const CredentialVariable &variable : RequiredVariables) {
            config.credentials.*variable.field = qEnvironmentVariable(variable.name);
            if ((config.credentials.*variable.field).isEmpty())
                missing.append(QLatin1String(variable.name));
        }
        config.credentials.projectId = qEnvironmentVariable("OKX_PROJECT_ID");
        if (!missing.isEmpty())
            //: %1 lists environment variable names
            return CommandResult::failure(ExitCode::Usage,
                                          tr("no API credentials: set %1 (or use --demo)").arg(missing.join(QLatin1String(", "))));
        if (ApiFamilies::requiresProject(config.family) && config.credentials.projectId.isEmpty())
            return CommandResult::failure(ExitCode::Usage, tr("--api wallet needs OKX_PROJECT_ID"));
    }

    m_client = std::make_unique<BalanceClient>();
    m_client->setConfig(config);
    return CommandResult::success();
}
