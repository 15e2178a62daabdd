#include "cli/totalcommand.h"

#include "api/balanceclient.h"
#include "export/holdingscsv.h"

TotalCommand::TotalCommand(BalanceClient *client, const CliOptions &options, const WatchedAddress &target,
                           TokenVerdicts verdicts, QObject *parent)
    : AddressCommand(client, options, {target}, std::move(verdicts), parent)
{
}

bool TotalCommand::sumsHoldings(const WatchedAddress &target) const
{
    // With --include-risk every holding counts whatever its verdict: OKX's total is the answer.
    return !options().includeRiskTokens && fetchesRiskTokens(target);
}

BalanceReply *TotalCommand::startQuery(const WatchedAddress &target)
{
    if (sumsHoldings(target))
        return client()->fetchAllTokenBalances(target.address, target.chainIndexes, true);
    return client()->fetchTotalValue(target.address, target.chainIndexes, options().includeRiskTokens);
}

void TotalCommand::finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names)
{
    if (!sumsHoldings(targets().first())) {
        const auto *total = static_cast<TotalValueReply *>(replies.first());
        finishWithStdout(total->totalValue().toPlainString() + u'\n');
        return;
    }
    // The rows export writes, risk tokens left out under the verdicts; an unpriced row adds zero.
    QList<HoldingRow> rows;
    HoldingsCsv::appendRows(rows, targets().first().address, static_cast<TokenAssetsReply *>(replies.first())->takeAssets(),
                            names, false, verdicts());
    Decimal total;
    for (const HoldingRow &row : std::as_const(rows))
        total += row.valueUsd;
    finishWithStdout(total.toPlainString() + u'\n');
}
