#pragma once

#include "storage/snapshotcache.h"

#include <QObject>
#include <QThread>

/**
 * Writes snapshots to a SnapshotCache in a thread of its own, so that caching 10,000 holdings never
 * holds up the window: store() returns at once, and the writes happen in the order they were asked
 * for. A write that fails is reported through failed(), in the thread that owns the writer. The
 * destructor waits for the writes asked for until then, so nothing fetched is lost on quit.
 */
class SnapshotCacheWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotCacheWriter)

public:
    explicit SnapshotCacheWriter(SnapshotCache cache, QObject *parent = nullptr);
    ~SnapshotCacheWriter() override;

    /** Writes @p snapshot, replacing the address's previous one, in the writer's thread. */
    void store(CachedSnapshot snapshot);

signals:
    /** A write failed; @p error says why (translated). The previous entry is as it was. */
    void failed(const QString &error);

private:
    const SnapshotCache m_cache;
    QThread m_thread;
    /** Lives in m_thread: the writes are posted to it. */
    QObject *m_worker;
};
