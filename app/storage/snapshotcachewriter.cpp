#include "storage/snapshotcachewriter.h"

SnapshotCacheWriter::SnapshotCacheWriter(SnapshotCache cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("SnapshotCacheWriter"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SnapshotCacheWriter::~SnapshotCacheWriter()
{
    // Posted after every write asked for, so those are done before the thread ends.
    QMetaObject::invokeMethod(m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void SnapshotCacheWriter::store(CachedSnapshot snapshot)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, snapshot = std::move(snapshot)] {
            QString error;
            if (!m_cache.store(snapshot, &error))
                QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
