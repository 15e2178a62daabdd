#include "model/historyrecorder.h"

#include "model/portfoliostore.h"
#include "storage/exchangeratesource.h"
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

HistoryRecorder::~HistoryRecorder()
{
    // Nothing fetched is lost on quit: the worker's end waits for these records.
    recordWaiting();
}

void HistoryRecorder::setExchangeRates(ExchangeRateSource *rates)
{
    if (m_rates)
        m_rates->disconnect(this);
    m_rates = rates;
    if (m_rates)
        connect(m_rates, &ExchangeRateSource::updateFinished, this, &HistoryRecorder::recordWaiting);
    recordWaiting();
}

void HistoryRecorder::onFetched(const QString &address)
{
    const PortfolioStore::Entry *entry = m_store->entry(address);
    if (!entry || !m_recording())
        return;
    const PortfolioSnapshot &snapshot = entry->snapshot;
    // The assets are shared, not copied: the worker's thread only reads them.
    RecordedHoldings holdings{snapshot.fetchedAt, snapshot.address, snapshot.label, entry->coveredChains, snapshot.assets,
                              std::nullopt};
    // In order: a refresh never overtakes one that waits for the rate.
    m_waiting.append(std::move(holdings));
    if (!m_rates || !m_rates->isUpdating())
        recordWaiting();
}

void HistoryRecorder::recordWaiting()
{
    const std::optional<UsdCnyRate> rate = m_rates ? m_rates->rate() : std::nullopt;
    for (RecordedHoldings &holdings : m_waiting) {
        holdings.usdCny = rate;
        m_worker->record(std::move(holdings));
    }
    m_waiting.clear();
}
