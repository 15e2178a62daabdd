#pragma once

#include "storage/snapshotcache.h"
#include "storage/watchedaddress.h"

#include <QHash>
#include <QList>
#include <QObject>

class PortfolioStore;
class QFileSystemWatcher;
class SnapshotCacheWorker;
class WatchList;

/**
 * Feeds the portfolio store from the watch list and the snapshot cache, and the cache from the store:
 *
 * - the store holds one entry per watched address, in the list's order, followed by this session's
 *   extra addresses (demo portfolios, --address) that the list does not hold; an edit of the list
 *   (label, chains, order, removal) reaches the store at once;
 * - an address that enters the store starts from its cached holdings (instant start, offline use),
 *   read in a thread of its own (SnapshotCacheWorker) and shown unless a refresh came first, and
 *   only those fetched from the current source (server and key): another account's holdings are
 *   never shown as current; fetchWanted() then asks for it to be fetched;
 * - every good refresh is cached, written in that same thread (a token refreshed alone too);
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

    /** Whether saved holdings are still being read; restored() follows. */
    bool isRestoring() const { return !m_loading.isEmpty(); }

signals:
    /** Every saved holding asked for has been read (and shown, when still wanted). */
    void restored();
    /** Something the user should know (translated). */
    void notice(const QString &text);
    /**
     * @p addresses were just added, or gained a chain: their holdings are unknown until fetched.
     * Said once their saved holdings are in, which the fetch is then compared with.
     */
    void fetchWanted(const QStringList &addresses);

private:
    void sync();
    /** Reads the cached holdings of each of @p addresses the store has none of (see onLoaded()). */
    void restoreFromCache(const QStringList &addresses);
    /** Shows @p snapshot when it is still wanted: from the current source, and nothing newer came. */
    void onLoaded(const QString &address, const std::optional<CachedSnapshot> &snapshot, const QString &problem);
    void onFetched(const QString &address);
    void watchFile();
    QList<WatchedAddress> wanted() const;

    WatchList *m_list;
    PortfolioStore *m_store;
    SnapshotCacheWorker *m_cache;
    /** The addresses whose saved holdings are being read, with how many reads each. */
    QHash<QString, int> m_loading;
    /** What fetchWanted() will say once the reads are done. */
    QStringList m_fetchWhenRestored;
    QString m_source;
    QList<WatchedAddress> m_extras;
    /** Whether setExtraAddresses() has filled the store once. */
    bool m_synced = false;
    QFileSystemWatcher *m_watcher = nullptr;
};
