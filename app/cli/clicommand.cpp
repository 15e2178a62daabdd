#include "cli/clicommand.h"

#include "cli/outputtarget.h"

CliCommand::CliCommand(BalanceClient *client, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
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
