#pragma once

#include "cli/clicommand.h"
#include "storage/snapshotcache.h"
#include "storage/tokenverdicts.h"
#include "storage/valuehistory.h"
#include "storage/watchedaddress.h"

#include <QList>
#include <QPointer>
#include <QStringList>

class TokenAssetsReply;

/**
 * `refresh`: fetches every watched address (one all-token-balances call each, risk tokens included
 * as the window asks, all started at once and spaced by the client's rate limiter), and for each
 * good result updates the snapshot cache the window starts from and records it in the value
 * history, as a window refresh does (all the run's good results in one transaction, at its end).
 * Made for cron and systemd timers.
 *
 * Prints one line per address, in the watch list's order: its label (or address), its exact total
 * and the change since the holdings last recorded ("new" for the first), both under the user's
 * token verdicts (TokenVerdicts::totalUsd(), as `total` and the window's summary count: spam left
 * out, trusted tokens counted), while the history records OKX's flags as they are. A failed address does not stop the others, which are still
 * recorded; its line says it failed, stderr says why, and the exit code is the worst of all:
 * ApiRefused or Network as for export, OutputFailed when the cache or the history could not be
 * written.
 *
 * The USD/CNY rate is fetched beside the holdings (ExchangeRateSource: at most hourly) and recorded
 * with every refresh of the run, so a later `history --fiat CNY` converts each at the rate of its
 * day. A rate that cannot be fetched does not fail the refresh: stderr says so, and the run is
 * recorded with the rate known, with its own time (none: without a rate).
 */
class RefreshCommand final : public CliCommand
{
    Q_OBJECT

public:
    RefreshCommand(const CliSession &session, const CliOptions &options, QList<WatchedAddress> targets,
                   TokenVerdicts verdicts, QObject *parent = nullptr);

    void start() override;

private:
    /** What became of one address. */
    struct Outcome
    {
        /** Its line's cells: name, total, change. */
        QStringList cells;
        CommandResult result;
    };

    void onReplyFinished(qsizetype index);
    /** Says why the rate could not be fetched, if it could not, and finishes the run when all is in. */
    void onRateFinished(const ApiError &error);
    /** Finishes the run once every address and the rate are in. */
    void finishWhenDone();
    /** Caches a good result and keeps it for the history, and says how it went. */
    Outcome store(const WatchedAddress &target, QList<TokenAsset> assets);
    void finishRun();

    QList<WatchedAddress> m_targets;
    TokenVerdicts m_verdicts;
    QList<QPointer<TokenAssetsReply>> m_replies;
    QList<Outcome> m_outcomes;
    qsizetype m_pending = 0;
    ValueHistory m_history;
    /** The good results, recorded together when the last address is in. */
    QList<RecordedHoldings> m_recorded;
    SnapshotCache m_cache;
};
