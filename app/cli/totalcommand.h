#pragma once

#include "cli/addresscommand.h"

/** `total`: prints OKX's exact USD total value of an address as one plain decimal line. */
class TotalCommand final : public AddressCommand
{
    Q_OBJECT

public:
    TotalCommand(BalanceClient *client, const CliOptions &options, const WatchedAddress &target,
                 QObject *parent = nullptr);

protected:
    BalanceReply *startQuery(const WatchedAddress &target) override;
    void finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names) override;
};
