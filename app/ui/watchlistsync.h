#pragma once

#include "storage/snapshotcache.h"
#include "storage/watchedaddress.h"

#include <QList>
#include <QObject>

class PortfolioStore;
class QFileSystemWatcher;
class SnapshotCacheWriter;
class WatchList;

/**
 * Feeds the portfolio store from the watch list and the snapshot cache, and the cache from the store:
 *
 * - the store holds one entry per watched address, in the list's order, followed by this session's
 *   extra addresses (demo portfolios, --address) that the list does not hold; an edit of the list
 *   (label, chains, order, removal) reaches the store at once;
 * - an address that enters the store starts from its cached holdings (instant start, offline use),
 *   but only those fetched from the current source (server and key): another account's holdings are
 *   never shown as current; fetchWanted() then asks for it to be fetched;
 * - every good refresh is cached, written in a thread of its own (SnapshotCacheWriter);
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
    /**
     * @p list may be null (only extra addresses); @p list and @p store must outlive this. @p source
     * is SnapshotCache::sourceOf() the connection the holdings are fetched through.
     */
    WatchListSync(WatchList *list, PortfolioStore *store, SnapshotCache cache, QString source,
                  QObject *parent = nullptr);
    ~WatchListSync() override;

    /**
     * The addresses shown for this session only; entries the list also holds are shown once. The
     * first call fills the model (connect notice() before it, to hear about the cache).
     */
    void setExtraAddresses(const QList<WatchedAddress> &addresses);
    const QList<WatchedAddress> &extraAddresses() const { return m_extras; }

    /**
     * The connection changed to @p source (SnapshotCache::sourceOf()): the holdings shown so far
     * are dropped, and what the cache holds from @p source is shown instead.
     */
    void setSource(const QString &source);

    /** Reads the list's file again when its content differs from the list in memory. */
    void reloadIfChangedOutside();

signals:
    /** Something the user should know (translated). */
    void notice(const QString &text);
    /** @p addresses were just added, or gained a chain: their holdings are unknown until fetched. */
    void fetchWanted(const QStringList &addresses);

private:
    void sync();
    /** Shows the cached holdings of each of @p addresses the store has none of. */
    void restoreFromCache(const QStringList &addresses);
    void onFetched(const QString &address);
    void watchFile();
    QList<WatchedAddress> wanted() const;

    WatchList *m_list;
    PortfolioStore *m_store;
    SnapshotCache m_cache;
    SnapshotCacheWriter *m_writer;
    QString m_source;
    QList<WatchedAddress> m_extras;
    QFileSystemWatcher *m_watcher = nullptr;
};
