#include "model/historyrecorder.h"

#include "model/portfoliostore.h"
#include "storage/valuehistoryworker.h"

HistoryRecorder::HistoryRecorder(PortfolioStore *store, ValueHistoryWorker *worker, std::function<bool()> recording,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_recording(std::move(recording))
    , m_worker(worker)
{
    connect(m_store, &PortfolioStore::fetched, this, &HistoryRecorder::onFetched);
    connect(m_worker, &ValueHistoryWorker::failed, this, &HistoryRecorder::failed);
}

void HistoryRecorder::onFetched(const QString &address)
{
    const PortfolioStore::Entry *entry = m_store->entry(address);
    if (!entry || !m_recording())
        return;
    const PortfolioSnapshot &snapshot = entry->snapshot;
    // The assets are shared, not copied: the worker's thread only reads them.
    m_worker->record({snapshot.fetchedAt, snapshot.address, snapshot.label, entry->coveredChains, snapshot.assets});
}
