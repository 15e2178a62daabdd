#pragma once

#include "model/holdingssummary.h"
#include "model/portfoliosnapshot.h"
#include "model/suspiciousholding.h"
#include "storage/holdingsdiff.h"
#include "storage/tokenverdicts.h"
#include "storage/watchedaddress.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

/**
 * The one place the window's portfolio lives: per watched address, its last good holdings (with
 * the time and the source they came from), its refresh state, its exact summary and its changes
 * since the previous refresh. Everything else reads from here: the table model, the sidebar, the
 * summary, the chart and the exporters; the watch list, the snapshot cache and the refresh
 * controller write here. Data flows one way: client → store → models → proxy → views.
 *
 * Summaries and changes are computed once, when an address's holdings change, so a refresh of n
 * addresses costs O(n) in all, and a view asking for a total never re-sums assets.
 *
 * The user's token verdicts (spam, trusted) live here too: every summary, change total and
 * suspicious-value hint is computed under them, and a change of verdicts recomputes them all.
 *
 * Holdings are always those of the address's watched chains: editing the chains drops the rows of
 * removed chains at once, and a change is only ever computed over the chains both refreshes
 * covered, so neither removing nor adding a chain shows as a loss or a gain.
 */
class PortfolioStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioStore)

public:
    enum class RefreshState {
        Idle,      ///< nothing in flight; the latest refresh (if any) succeeded
        Fetching,  ///< a refresh of the address is in flight
        Failed,    ///< the latest refresh failed (snapshot.error says why); older holdings are kept
        Cancelled, ///< the latest refresh was stopped before the address was fetched
    };
    Q_ENUM(RefreshState)

    struct Entry
    {
        /** Who (address, label, watched chains), the holdings and their fetch time, the latest failure. */
        PortfolioSnapshot snapshot;
        /** The chains the holdings were fetched for (a subset of snapshot.chains). */
        QStringList coveredChains;
        RefreshState state = RefreshState::Idle;
        /** The exact summary of snapshot, kept in step with it. */
        HoldingsSummary summary;
        /** The changes of the latest refresh against the one before; meaningful when hasChanges. */
        AddressChanges changes;
        bool hasChanges = false;
        /** The holdings whose value looks wrong (SuspiciousHolding::findIn()), kept in step with snapshot. */
        QList<SuspiciousHolding> suspicious;
    };

    explicit PortfolioStore(QObject *parent = nullptr);
    ~PortfolioStore() override;

    /**
     * Sets the watched addresses, in order: adds the new ones (without holdings), removes the
     * others, and takes labels and chains from @p watched. Returns the addresses that need a fetch:
     * the new ones and those that gained a chain.
     */
    QStringList setWatched(const QList<WatchedAddress> &watched);

    /** Holdings kept from an earlier run (the cache): shown as they were, with no change computed. */
    void restore(const QString &address, const QDateTime &fetchedAt, const QStringList &chains,
                 const QList<TokenAsset> &assets);
    /**
     * A refresh's good result for @p address, fetched for @p chains at @p fetchedAt: replaces its
     * holdings, computes the changes against the previous ones and emits fetched().
     */
    void setFetched(const QString &address, const QStringList &chains, QList<TokenAsset> assets,
                    const QDateTime &fetchedAt);
    /**
     * A token refresh's good result: @p holding is @p token's holding by @p address now, or nothing
     * when it holds none. Replaces that one holding (the others, the fetch time and the refresh state
     * stay as they were), computes its change against the holding shown before (the other changes
     * stay those of the last refresh) and emits holdingsChanged() and tokenFetched(). Ignored for an
     * address no longer watched on the token's chain, or never fetched.
     */
    void setTokenFetched(const QString &address, const TokenRef &token, std::optional<TokenAsset> holding);
    /** Sets @p address's refresh state; @p error is kept with Failed. */
    void setState(const QString &address, RefreshState state, const ApiError &error = ApiError());
    /** Forgets every address's holdings and changes (the server or the key changed: they are someone else's view). */
    void clearHoldings();
    /** Puts the user's @p verdicts into effect: every summary and change is computed under them from now on. */
    void setVerdicts(const TokenVerdicts &verdicts);
    const TokenVerdicts &verdicts() const { return m_verdicts; }

    int count() const { return int(m_entries.size()); }
    const Entry &at(int index) const { return m_entries.at(index); }
    /** The entry of @p address, or nullptr when it is not watched. */
    const Entry *entry(const QString &address) const;
    int indexOf(const QString &address) const { return int(m_index.value(address, -1)); }
    QStringList addresses() const;

    /** The snapshot of @p address, or every snapshot in order when @p address is empty. */
    QList<PortfolioSnapshot> snapshotsInScope(const QString &address) const;
    /** The summary of @p address, or of every address when it is empty (no asset is summed again). */
    HoldingsSummary summary(const QString &address) const;
    /** The changes in @p address's scope (every address when empty), of the addresses that have some. */
    QList<AddressChanges> changesInScope(const QString &address) const;
    /** The exact total change of the addresses in @p address's scope. */
    Decimal changeInScope(const QString &address) const;
    /** The suspicious holdings in @p address's scope (every address when empty), largest value first. */
    QList<SuspiciousHolding> suspiciousInScope(const QString &address) const;

signals:
    /** Addresses were added, removed or reordered, or a label changed. */
    void addressesChanged();
    /** The holdings, fetch time, summary or changes of @p address changed. */
    void holdingsChanged(const QString &address);
    /** The refresh state or failure of @p address changed. */
    void stateChanged(const QString &address);
    /** @p address is no longer watched (after it left the store). */
    void addressRemoved(const QString &address);
    /**
     * The user's verdicts changed: how every row counts may have changed. holdingsChanged() follows
     * for every address, whose summary was computed again.
     */
    void verdictsChanged();
    /** A refresh delivered new holdings for @p address (after holdingsChanged()): for the cache. */
    void fetched(const QString &address);
    /**
     * A token refresh changed a holding of @p address (after holdingsChanged()): for the cache, not
     * for the value history, which records whole refreshes.
     */
    void tokenFetched(const QString &address);

private:
    Entry *find(const QString &address);
    void reindex();
    /** Sums the entry's holdings again (they or the verdicts changed), finds the suspicious ones, then its state counts. */
    void updateSummary(Entry &entry) const;
    /** The summary's counts that follow the refresh state (stale, stopped), without summing assets. */
    static void updateStateCounts(Entry &entry);

    QList<Entry> m_entries;
    /** Address to its place in m_entries: the table asks for an entry per painted cell. */
    QHash<QString, qsizetype> m_index;
    TokenVerdicts m_verdicts;
};
