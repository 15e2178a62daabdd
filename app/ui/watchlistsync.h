#pragma once

#include "storage/snapshotcache.h"
#include "storage/watchedaddress.h"

#include <QList>
#include <QObject>

class AssetTableModel;
class QFileSystemWatcher;
class RefreshController;
struct PortfolioSnapshot;
class WatchList;

/**
 * Keeps the holdings model in step with the watch list, the snapshot cache and the refreshes:
 *
 * - the model holds one snapshot per watched address, in the list's order, followed by this
 *   session's extra addresses (demo portfolios, --address) that the list does not hold;
 * - an address that enters the model starts from its cached holdings (instant start, offline use);
 * - every good refresh is cached and compared with the one before (HoldingsDiff), and the model
 *   shows those changes;
 * - a change of the list's file by someone else (the command line's `watch add`) is read back, so
 *   the window never overwrites it.
 *
 * Problems (a corrupt cache entry, an unwritable cache) are reported through notice(), never fatal.
 */
class WatchListSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchListSync)

public:
    /** @p list may be null (only extra addresses); @p list, @p model and @p refresh must outlive this. */
    WatchListSync(WatchList *list, AssetTableModel *model, RefreshController *refresh, SnapshotCache cache,
                  QObject *parent = nullptr);
    ~WatchListSync() override;

    /**
     * The addresses shown for this session only; entries the list also holds are shown once. The
     * first call fills the model (connect notice() before it, to hear about the cache).
     */
    void setExtraAddresses(const QList<WatchedAddress> &addresses);
    const QList<WatchedAddress> &extraAddresses() const { return m_extras; }

    /** Reads the list's file again when its content differs from the list in memory. */
    void reloadIfChangedOutside();

signals:
    /** Something the user should know (translated). */
    void notice(const QString &text);

private:
    void sync();
    void onSnapshotUpdated(const PortfolioSnapshot &previous, const PortfolioSnapshot &current);
    void watchFile();
    QList<WatchedAddress> wanted() const;

    WatchList *m_list;
    AssetTableModel *m_model;
    SnapshotCache m_cache;
    QList<WatchedAddress> m_extras;
    QFileSystemWatcher *m_watcher = nullptr;
};
