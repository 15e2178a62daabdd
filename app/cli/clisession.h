#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"

#include <QCoreApplication>

#include <memory>

class AppSettings;
class BalanceClient;
class DemoServerThread;
class ExchangeRateSource;
struct Credentials;

/**
 * The API connection of one command-line run: a BalanceClient configured like the window's (its
 * saved connection settings as defaults, the options given on the command line over them), or with
 * --demo, a demo server in a thread of its own and its demo credentials.
 *
 * Credentials resolve as in the window (CredentialSource): each environment variable that is set
 * (OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE, OKX_PROJECT_ID) overrides the stored value. The
 * stored secrets are read (keychain, or the owner-only file the user opted into) only when the
 * environment lacks one of them; no keychain answering is no error, the environment must then do.
 * The credentials go into the client's configuration and nowhere else.
 *
 * Beside the client, the run's USD/CNY rate (ExchangeRateSource): fetched from --rate-url, else the
 * saved setting, else OKX's exchange site, and kept in the rate cache the window shares; with --demo,
 * from the demo server, whose rate is neither read from nor saved to that cache.
 */
class CliSession final
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)
    Q_DISABLE_COPY_MOVE(CliSession)

public:
    CliSession();
    ~CliSession();

    /** Sets up the client (and the demo server); a Usage failure when credentials are missing. */
    CommandResult start(const CliOptions &options);
    /** Why the settings file could not be used (it was moved aside, defaults apply), or empty. */
    QString settingsProblem() const { return m_settingsProblem; }
    /** The client, after a successful start(). */
    BalanceClient *client() const { return m_client.get(); }
    /** The USD/CNY rate's source, after a successful start(); not loaded yet (ExchangeRateSource::load()). */
    ExchangeRateSource *exchangeRates() const { return m_exchangeRates.get(); }

private:
    /** Fills @p credentials from the environment and the stored secrets; a Usage failure when incomplete. */
    static CommandResult resolveCredentials(const AppSettings &settings, Credentials &credentials);

    std::unique_ptr<DemoServerThread> m_demoServer;
    std::unique_ptr<BalanceClient> m_client;
    std::unique_ptr<ExchangeRateSource> m_exchangeRates;
    QString m_settingsProblem;
};
