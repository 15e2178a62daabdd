#include "cli/totalcommand.h"

#include "api/balanceclient.h"

TotalCommand::TotalCommand(BalanceClient *client, const CliOptions &options, QObject *parent)
    : AddressCommand(client, options, false, parent)
{
}

BalanceReply *TotalCommand::startQuery()
{
    return client()->fetchTotalValue(options().address, options().chains, options().includeRiskTokens);
}

void TotalCommand::finishQuery(BalanceReply *reply, const ChainNames &)
{
    const auto *total = static_cast<TotalValueReply *>(reply);
    finishWithStdout(total->totalValue().toPlainString() + u'\n');
}
