#pragma once

#include "cli/clicommand.h"

#include <QPointer>

class ChainsReply;

/** `chains`: prints OKX's supported-chain list as an aligned table, with each chain's address format. */
class ChainsCommand final : public CliCommand
{
    Q_OBJECT

public:
    ChainsCommand(BalanceClient *client, const CliOptions &options, QObject *parent = nullptr);
    void start() override;

private:
    void onFinished();

    QPointer<ChainsReply> m_reply;
};
