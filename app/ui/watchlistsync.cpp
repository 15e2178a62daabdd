#include "ui/watchlistsync.h"

#include "model/assettablemodel.h"
#include "model/refreshcontroller.h"
#include "storage/holdingsdiff.h"
#include "storage/watchlist.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>

WatchListSync::WatchListSync(WatchList *list, AssetTableModel *model, RefreshController *refresh, SnapshotCache cache,
                             QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_model(model)
    , m_cache(std::move(cache))
{
    connect(refresh, &RefreshController::snapshotUpdated, this, &WatchListSync::onSnapshotUpdated);
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
    const QList<WatchedAddress> entries = wanted();
    QStringList order;
    QSet<QString> kept;
    for (const WatchedAddress &entry : entries) {
        order.append(entry.address);
        kept.insert(entry.address);
        if (const PortfolioSnapshot *held = m_model->snapshot(entry.address)) {
            if (held->label == entry.label && held->chains == entry.chainIndexes)
                continue;
            PortfolioSnapshot renamed = *held;
            renamed.label = entry.label;
            renamed.chains = entry.chainIndexes;
            m_model->setSnapshot(renamed);
            continue;
        }
        PortfolioSnapshot snapshot;
        snapshot.address = entry.address;
        snapshot.label = entry.label;
        snapshot.chains = entry.chainIndexes;
        QString problem;
        if (const std::optional<CachedSnapshot> cached = m_cache.load(entry.address, &problem)) {
            snapshot.fetchedAt = cached->fetchedAt;
            snapshot.assets = cached->assets;
        }
        if (!problem.isEmpty())
            emit notice(problem);
        m_model->setSnapshot(snapshot);
    }
    const QList<PortfolioSnapshot> held = m_model->snapshots();
    for (const PortfolioSnapshot &snapshot : held) {
        if (!kept.contains(snapshot.address))
            m_model->removeSnapshot(snapshot.address);
    }
    m_model->setSnapshotOrder(order);
}

void WatchListSync::onSnapshotUpdated(const PortfolioSnapshot &previous, const PortfolioSnapshot &current)
{
    CachedSnapshot cached{current.address, current.chains, current.fetchedAt, current.assets};
    QString error;
    if (!m_cache.store(cached, &error))
        emit notice(error);
    // Without earlier holdings there is nothing to compare with: every token would look new.
    if (previous.hasData())
        m_model->setChanges(HoldingsDiff::compare(current.address, previous.assets, current.assets));
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
