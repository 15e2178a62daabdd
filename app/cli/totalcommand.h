#pragma once

#include "cli/addresscommand.h"

/** `total`: prints OKX's exact USD total value of an address as one plain decimal line. */
class TotalCommand final : public AddressCommand
{
    Q_OBJECT

public:
    TotalCommand(BalanceClient *client, const CliOptions &options, QObject *parent = nullptr);

protected:
    BalanceReply *startQuery() override;
    void finishQuery(BalanceReply *reply, const ChainNames &names) override;
};
