#pragma once

#include "cli/chainnames.h"
#include "cli/clicommand.h"
#include "storage/watchedaddress.h"

#include <QList>
#include <QPointer>

class BalanceReply;
class ChainsReply;

/**
 * Base of the commands that query addresses on their chains: export and total query one address,
 * export --all every watched one. Beside the main requests (one per address, all started at once;
 * the client's rate limiter spaces them) it fetches OKX's supported-chain list, when the command
 * needs chain names or a chain is missing from the built-in table, and rejects unknown chains
 * (Usage) before looking at any result. When the list cannot be fetched, names fall back to the
 * built-in table without a word.
 *
 * A failed request ends the command at once with its failure (the first in list order of those
 * finished) and cancels the others: a script gets one exit code, and nothing partial is written.
 */
class AddressCommand : public CliCommand
{
    Q_OBJECT

public:
    void start() override;

protected:
    /**
     * @p targets are the addresses with their chains (labels unused). For export --all
     * (CliOptions::allWatched), failure messages start with the address they concern.
     */
    AddressCommand(BalanceClient *client, const CliOptions &options, QList<WatchedAddress> targets,
                   bool needsChainNames, QObject *parent = nullptr);

    const QList<WatchedAddress> &targets() const { return m_targets; }

    /** Starts the main request for @p target. */
    virtual BalanceReply *startQuery(const WatchedAddress &target) = 0;
    /**
     * Called once every main request succeeded and every chain is known, with the replies in the
     * order of targets(); must call finish().
     */
    virtual void finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names) = 0;

private:
    void onReplyFinished();
    /** Ends the command with @p result, cancelling the requests still running. */
    void fail(const CommandResult &result);
    /** @p message, prefixed with @p target's address for export --all. */
    QString about(const WatchedAddress &target, const QString &message) const;

    QList<WatchedAddress> m_targets;
    bool m_needsChainNames;
    QPointer<ChainsReply> m_chainsReply;
    QList<QPointer<BalanceReply>> m_queryReplies;
};
