#include "ui/watchlistsync.h"

#include "model/portfoliostore.h"
#include "storage/snapshotcacheworker.h"
#include "storage/watchlist.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>

WatchListSync::WatchListSync(WatchList *list, PortfolioStore *store, SnapshotCache cache, QString source, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_store(store)
    , m_cache(new SnapshotCacheWorker(std::move(cache), this))
    , m_source(std::move(source))
{
    connect(m_store, &PortfolioStore::fetched, this, &WatchListSync::onFetched);
    // A token refreshed alone changes the holdings the window starts from next time too.
    connect(m_store, &PortfolioStore::tokenFetched, this, &WatchListSync::onFetched);
    connect(m_cache, &SnapshotCacheWorker::failed, this, &WatchListSync::notice);
    connect(m_cache, &SnapshotCacheWorker::loaded, this, &WatchListSync::onLoaded);
    if (m_list) {
        connect(m_list, &WatchList::changed, this, &WatchListSync::sync);
        m_watcher = new QFileSystemWatcher(this);
        // QSaveFile replaces the file, which drops it from the watcher: the folder tells us it is back.
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &WatchListSync::reloadIfChangedOutside);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &WatchListSync::reloadIfChangedOutside);
        watchFile();
    }
}

WatchListSync::~WatchListSync() = default;

void WatchListSync::setExtraAddresses(const QList<WatchedAddress> &addresses)
{
    // An edit of the list reaches the store through sync() already: only new extras need a pass.
    if (m_synced && addresses == m_extras)
        return;
    m_synced = true;
    m_extras = addresses;
    sync();
}

QList<WatchedAddress> WatchListSync::wanted() const
{
    QList<WatchedAddress> result;
    QSet<QString> keys;
    const QList<WatchedAddress> listed = m_list ? m_list->entries() : QList<WatchedAddress>();
    for (const QList<WatchedAddress> *source : {&listed, &m_extras}) {
        for (const WatchedAddress &entry : *source) {
            const QString key = WatchedAddress::comparisonKey(entry.address);
            if (keys.contains(key))
                continue;
            keys.insert(key);
            result.append(entry);
        }
    }
    return result;
}

void WatchListSync::sync()
{
    const QStringList toFetch = m_store->setWatched(wanted());
    restoreFromCache(toFetch);
    if (isRestoring())
        m_fetchWhenRestored += toFetch;
    else if (!toFetch.isEmpty())
        emit fetchWanted(toFetch);
}

void WatchListSync::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    m_store->clearHoldings();
    restoreFromCache(m_store->addresses());
}

void WatchListSync::restoreFromCache(const QStringList &addresses)
{
    for (const QString &address : addresses) {
        const PortfolioStore::Entry *entry = m_store->entry(address);
        if (entry && !entry->snapshot.hasData()) {
            ++m_loading[address];
            m_cache->load(address);
        }
    }
}

void WatchListSync::onLoaded(const QString &address, const std::optional<CachedSnapshot> &snapshot, const QString &problem)
{
    if (!problem.isEmpty())
        emit notice(problem);
    // Removed, refreshed, or the source changed while the file was read: the cache is no longer wanted.
    const PortfolioStore::Entry *entry = m_store->entry(address);
    if (entry && !entry->snapshot.hasData() && snapshot && SnapshotCache::isShownFor(snapshot->source, m_source))
        m_store->restore(address, snapshot->fetchedAt, snapshot->chainIndexes, snapshot->assets);

    if (--m_loading[address] == 0)
        m_loading.remove(address);
    if (isRestoring())
        return;
    emit restored();
    if (!m_fetchWhenRestored.isEmpty())
        emit fetchWanted(std::exchange(m_fetchWhenRestored, {}));
}

void WatchListSync::onFetched(const QString &address)
{
    const PortfolioStore::Entry *entry = m_store->entry(address);
    const PortfolioSnapshot &snapshot = entry->snapshot;
    m_cache->store({address, entry->coveredChains, snapshot.fetchedAt, snapshot.assets, m_source});
}

void WatchListSync::reloadIfChangedOutside()
{
    watchFile();
    // A save that failed (a full disk) leaves the file older than the list: ours is the one to keep.
    if (m_list->hasUnsavedChanges())
        return;
    const QFileInfo file(m_list->filePath());
    // Our own saves land here too: only a content that differs from ours was written by someone else.
    if (!file.exists())
        return;
    WatchList onDisk(file.absolutePath());
    const WatchList::LoadReport outside = onDisk.load();
    if (!outside.ok) {
        // The bad file was moved aside; ours is intact and is written again on the next change.
        emit notice(outside.message);
        return;
    }
    if (onDisk.entries() == m_list->entries())
        return;
    const WatchList::LoadReport report = m_list->load();
    if (!report.message.isEmpty())
        emit notice(report.message);
}

void WatchListSync::watchFile()
{
    const QFileInfo file(m_list->filePath());
    QDir().mkpath(file.absolutePath());
    if (!m_watcher->directories().contains(file.absolutePath()))
        m_watcher->addPath(file.absolutePath());
    if (file.exists() && !m_watcher->files().contains(file.absoluteFilePath()))
        m_watcher->addPath(file.absoluteFilePath());
}
