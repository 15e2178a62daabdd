#pragma once

#include "cli/chainnames.h"
#include "cli/clicommand.h"

#include <QPointer>

class BalanceReply;
class ChainsReply;

/**
 * Base of the commands that query one address on some chains (export, total). Beside the main
 * request it fetches OKX's supported-chain list, when the command needs chain names or a chain is
 * missing from the built-in table, and rejects unknown chains (Usage) before looking at the main
 * result. When the list cannot be fetched, names fall back to the built-in table without a word.
 */
class AddressCommand : public CliCommand
{
    Q_OBJECT

public:
    void start() override;

protected:
    AddressCommand(BalanceClient *client, const CliOptions &options, bool needsChainNames, QObject *parent = nullptr);

    /** Starts the command's main request. */
    virtual BalanceReply *startQuery() = 0;
    /** Called once the main request succeeded and every chain is known; must call finish(). */
    virtual void finishQuery(BalanceReply *reply, const ChainNames &names) = 0;

private:
    void onReplyFinished();

    bool m_needsChainNames;
    QPointer<ChainsReply> m_chainsReply;
    QPointer<BalanceReply> m_queryReply;
};
