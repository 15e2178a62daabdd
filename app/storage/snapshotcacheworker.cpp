#include "storage/snapshotcacheworker.h"

template <typename Work>
void SnapshotCacheWorker::post(Work work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

SnapshotCacheWorker::SnapshotCacheWorker(SnapshotCache cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("SnapshotCacheWorker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

SnapshotCacheWorker::~SnapshotCacheWorker()
{
    // Posted after every write asked for, so those are done before the thread ends.
    post([this] { m_thread.quit(); });
    m_thread.wait();
}

void SnapshotCacheWorker::store(CachedSnapshot snapshot)
{
    post([this, snapshot = std::move(snapshot)] {
        QString error;
        if (!m_cache.store(snapshot, &error))
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
    });
}

void SnapshotCacheWorker::load(const QString &address)
{
    post([this, address] {
        QString notice;
        std::optional<CachedSnapshot> snapshot = m_cache.load(address, &notice);
        // The thread never outlives this object (the destructor waits for it), so `this` is safe here.
        QMetaObject::invokeMethod(
            this, [this, address, snapshot = std::move(snapshot), notice] { emit loaded(address, snapshot, notice); },
            Qt::QueuedConnection);
    });
}
