#include "cli/clicommand.h"

#include "cli/clisession.h"
#include "cli/outputtarget.h"

CliCommand::CliCommand(const CliSession &session, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
{
}

BalanceClient *CliCommand::client() const
{
    return m_session.client();
}

ExchangeRateSource *CliCommand::exchangeRates() const
{
    return m_session.exchangeRates();
}

CliCommand::~CliCommand() = default;

void CliCommand::finish(const CommandResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

void CliCommand::finishWithStdout(const QString &text)
{
    finish(OutputTarget::print(text));
}
