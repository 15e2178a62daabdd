#pragma once

#include "cli/clioptions.h"
#include "cli/commandresult.h"

#include <QCoreApplication>

#include <memory>

class BalanceClient;
class DemoServerThread;

/**
 * The API connection of one command-line run: a BalanceClient configured from the options and the
 * environment (OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE, OKX_PROJECT_ID), or with --demo, a
 * demo server in a thread of its own and its demo credentials. The credentials go into the client's
 * configuration and nowhere else.
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
    /** The client, after a successful start(). */
    BalanceClient *client() const { return m_client.get(); }

private:
    std::unique_ptr<DemoServerThread> m_demoServer;
    std::unique_ptr<BalanceClient> m_client;
};
