#include "cli/totalcommand.h"

#include "api/balanceclient.h"
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

void TotalCommand::finishQuery(const QList<BalanceReply *> &replies, const ChainNames &)
{
    // The rate is known here with --fiat CNY (AddressCommand waits for it); USD is unconverted.
    const FiatConversion conversion(options().fiat, usdCny());
    if (!sumsHoldings(targets().first())) {
        const auto *total = static_cast<TotalValueReply *>(replies.first());
        finishWithStdout(conversion.convert(total->totalValue()).toPlainString() + u'\n');
        return;
    }
    // The holdings that count under the verdicts, as the window's summary and `refresh` sum them.
    const QList<TokenAsset> assets = static_cast<TokenAssetsReply *>(replies.first())->takeAssets();
    finishWithStdout(conversion.convert(verdicts().totalUsd(assets)).toPlainString() + u'\n');
}
