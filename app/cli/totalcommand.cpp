#include "cli/totalcommand.h"

#include "api/balanceclient.h"

TotalCommand::TotalCommand(BalanceClient *client, const CliOptions &options, const WatchedAddress &target,
                           QObject *parent)
    : AddressCommand(client, options, {target}, parent)
{
}

BalanceReply *TotalCommand::startQuery(const WatchedAddress &target)
{
    return client()->fetchTotalValue(target.address, target.chainIndexes, options().includeRiskTokens);
}

void TotalCommand::finishQuery(const QList<BalanceReply *> &replies, const ChainNames &)
{
    const auto *total = static_cast<TotalValueReply *>(replies.first());
    finishWithStdout(total->totalValue().toPlainString() + u'\n');
}
