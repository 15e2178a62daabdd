#pragma once

#include "cli/addresscommand.h"

/**
 * `total`: prints the exact USD total value of an address as one plain decimal line: OKX's own
 * total, or, when the user gave a verdict on a token of one of its chains (and risk tokens are left
 * out), the holdings summed under them (TokenVerdicts::totalUsd(), as `refresh` and the window sum),
 * since OKX's total knows nothing of verdicts. With --fiat CNY, that total times OKX's USD/CNY rate, exactly.
 */
class TotalCommand final : public AddressCommand
{
    Q_OBJECT

public:
    TotalCommand(const CliSession &session, const CliOptions &options, const WatchedAddress &target,
                 TokenVerdicts verdicts, QObject *parent = nullptr);

protected:
    BalanceReply *startQuery(const WatchedAddress &target) override;
    void finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names) override;

private:
    /** Whether the total is summed here from the holdings rather than asked of OKX. */
    bool sumsHoldings(const WatchedAddress &target) const;
};
