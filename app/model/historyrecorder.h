#pragma once

#include "storage/valuehistory.h"

#include <QList>
#include <QObject>

#include <functional>

class ExchangeRateSource;
class PortfolioStore;
class ValueHistoryWorker;

/**
 * Records every good refresh the window makes into the value history: each address's holdings as
 * the store received them (PortfolioStore::fetched()), with its label and fetch time. The history
 * is written in a thread of its own (ValueHistoryWorker, which the window's history view reads
 * through too), so the window never waits for the disk, and its exact total is computed there.
 *
 * Only the user's own holdings are history: while @p recording says no (the demo portfolios), a
 * refresh is not recorded. Holdings restored from the snapshot cache are not refreshes and are not
 * recorded again.
 *
 * Each refresh is recorded with the USD/CNY rate known at that refresh (setExchangeRates()): a
 * refresh that arrives while the rate is being fetched with it waits for that fetch to end, and is
 * then recorded with the rate known, with its own time (none: no rate; never one made up).
 */
class HistoryRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryRecorder)

public:
    /**
     * Records @p store's refreshes through @p worker whenever @p recording returns true. @p store
     * and @p worker must outlive the recorder.
     */
    HistoryRecorder(PortfolioStore *store, ValueHistoryWorker *worker, std::function<bool()> recording,
                    QObject *parent = nullptr);
    /** Records the refreshes still waiting for the rate, with the rate known now. */
    ~HistoryRecorder() override;

    /** Records with each refresh the rate @p rates knows then (null: none); @p rates must outlive the recorder. */
    void setExchangeRates(ExchangeRateSource *rates);

signals:
    /** The history could not be written; @p error says why (translated), once per problem. */
    void failed(const QString &error);

private:
    void onFetched(const QString &address);
    /** Records the refreshes that waited for the rate, with the rate known now. */
    void recordWaiting();

    PortfolioStore *m_store;
    std::function<bool()> m_recording;
    ValueHistoryWorker *m_worker;
    ExchangeRateSource *m_rates = nullptr;
    /** Refreshes that arrived while the rate was being fetched, in order. */
    QList<RecordedHoldings> m_waiting;
};
