#pragma once

#include "api/chainnames.h"
#include "cli/clicommand.h"
#include "money/usdcnyrate.h"
#include "storage/tokenverdicts.h"
#include "storage/watchedaddress.h"

#include <QList>
#include <QPointer>

#include <optional>

class BalanceReply;
class ChainsReply;

/**
 * Base of the commands that query addresses on their chains: export and total query one address,
 * export --all every watched one, with one main request per address (all started at once; the
 * client's rate limiter spaces them).
 *
 * Chain names come from OKX's supported-chain list as an earlier run saved it (ChainListCache,
 * whatever its age: names rarely change) and from the built-in table, so a run on chains either
 * knows makes no other request. Only when a requested chain is in neither is the list fetched,
 * beside the main requests, to reject unknown chains (Usage) before looking at any result; a list
 * fetched is saved for later runs, and a failure to save it is silent (the command's output is
 * what matters). When the list cannot be fetched, such a chain is refused with the reason. With
 * --demo the saved list is neither read nor written: the demo server's list is not OKX's.
 *
 * The user's token verdicts (spam, trusted: the window's, from the same file) apply as in the
 * window. OKX can leave its risk tokens out of a reply, but it knows nothing of the verdicts: on
 * chains with a verdict, risk tokens are asked for and left out here instead (fetchesRiskTokens()).
 *
 * With --fiat CNY, the USD/CNY rate is fetched beside the main requests (ExchangeRateSource: the
 * saved rate when it is less than an hour old, else OKX's); finishQuery() is called once it is fresh.
 * A rate that cannot be fetched fails the command like a failed request (Network for an unreachable
 * host), even when an older saved one exists: a CNY amount is never at a rate of another time.
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
    AddressCommand(const CliSession &session, const CliOptions &options, QList<WatchedAddress> targets,
                   TokenVerdicts verdicts, QObject *parent = nullptr);

    const QList<WatchedAddress> &targets() const { return m_targets; }
    const TokenVerdicts &verdicts() const { return m_verdicts; }
    /**
     * Whether @p target's request must bring OKX's risk tokens too: --include-risk, or a verdict on
     * one of its chains (a trusted risk token counts, and only this side can tell).
     */
    bool fetchesRiskTokens(const WatchedAddress &target) const;
    /** The rate amounts are converted at: set in finishQuery() with --fiat CNY, else nothing. */
    std::optional<UsdCnyRate> usdCny() const;

    /** Starts the main request for @p target. */
    virtual BalanceReply *startQuery(const WatchedAddress &target) = 0;
    /**
     * Called once every main request succeeded and every chain is known, with the replies in the
     * order of targets(); must call finish().
     */
    virtual void finishQuery(const QList<BalanceReply *> &replies, const ChainNames &names) = 0;

private:
    /** Whether the command needs the USD/CNY rate (--fiat CNY). */
    bool convertsToCny() const;
    /** Takes a fetched list's names and saves the list for later runs. */
    void onChainsFinished();
    void onReplyFinished();
    /** Ends the command with @p result, cancelling the requests still running. */
    void fail(const CommandResult &result);
    /** @p message, prefixed with @p target's address for export --all. */
    QString about(const WatchedAddress &target, const QString &message) const;

    QList<WatchedAddress> m_targets;
    TokenVerdicts m_verdicts;
    /** The saved list's names until a fetched list replaces them. */
    ChainNames m_names;
    QPointer<ChainsReply> m_chainsReply;
    QList<QPointer<BalanceReply>> m_queryReplies;
};
