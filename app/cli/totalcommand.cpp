#include "cli/totalcommand.h"

#include "api/balanceclient.h"
#include "export/holdingscsv.h"
#include "money/fiatconversion.h"

TotalCommand::TotalCommand(const CliSession &session, const CliOptions &options, const WatchedAddress &target,
                           TokenVerdicts verdicts, QObject *parent)
    : AddressCommand(session, options, {target}, std::move(verdicts), parent)
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
    // The rate is known here with --fiat CNY (AddressCommand waits for it); USD is unconverted.
    const FiatConversion conversion(options().fiat, usdCny());
    if (!sumsHoldings(targets().first())) {
        const auto *total = static_cast<TotalValueReply *>(replies.first());
        finishWithStdout(conversion.convert(total->totalValue()).toPlainString() + u'\n');
        return;
    }
    // The rows export writes, risk tokens left out under the verdicts; an unpriced row adds zero.
    QList<HoldingRow> rows;
    HoldingsCsv::appendRows(rows, targets().first().address, static_cast<TokenAssetsReply *>(replies.first())->takeAssets(),
                            names, false, verdicts());
    Decimal total;
    for (const HoldingRow &row : std::as_const(rows))
        total += row.valueUsd;
    finishWithStdout(conversion.convert(total).toPlainString() + u'\n');
}
