#pragma once

#include "storage/snapshotcache.h"

#include <QObject>
#include <QThread>

#include <optional>

/**
 * Reads and writes a SnapshotCache in a thread of its own, so that neither loading nor caching
 * 10,000 holdings holds up the window: load() and store() return at once, and the work is done in
 * the order it was asked for (a load after a store of the same address reads what was stored).
 * Results and failures arrive through signals, in the thread that owns the worker. The destructor
 * waits for the writes asked for until then, so nothing fetched is lost on quit.
 */
class SnapshotCacheWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotCacheWorker)

public:
    explicit SnapshotCacheWorker(SnapshotCache cache, QObject *parent = nullptr);
    ~SnapshotCacheWorker() override;

    /** Writes @p snapshot, replacing the address's previous one. */
    void store(CachedSnapshot snapshot);
    /** Reads the snapshot of @p address; loaded() brings it. */
    void load(const QString &address);

signals:
    /** A write failed; @p error says why (translated). The previous entry is as it was. */
    void failed(const QString &error);
    /**
     * What the cache holds for @p address: nothing when none was saved, or when it was unusable and
     * has been dropped (then @p notice says so, translated).
     */
    void loaded(const QString &address, const std::optional<CachedSnapshot> &snapshot, const QString &notice);

private:
    /** Runs @p work in m_thread, after the work asked for before it. */
    template <typename Work>
    void post(Work work);

    const SnapshotCache m_cache;
    QThread m_thread;
    /** Lives in m_thread: the work is posted to it. */
    QObject *m_worker;
};
