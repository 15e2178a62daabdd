#pragma once

#include <QObject>

#include <functional>

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

signals:
    /** The history could not be written; @p error says why (translated), once per problem. */
    void failed(const QString &error);

private:
    void onFetched(const QString &address);

    PortfolioStore *m_store;
    std::function<bool()> m_recording;
    ValueHistoryWorker *m_worker;
};
