#include "ui/historypresenter.h"

#include "model/assettablemodel.h"
#include "model/historyseries.h"
#include "model/portfoliostore.h"
#include "storage/valuehistoryworker.h"
#include "storage/watchedaddress.h"
#include "ui/historyview.h"
#include "ui/recordedholdingsview.h"

HistoryPresenter::HistoryPresenter(ValueHistoryWorker *worker, const PortfolioStore *live,
                                   const AssetTableModel *table, HistoryView *view, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_live(live)
    , m_table(table)
    , m_view(view)
{
    const auto applyDisplay = [this] { m_view->setDisplay(m_table->display()); };
    connect(table, &AssetTableModel::displayChanged, this, applyDisplay);
    applyDisplay();
    connect(view, &HistoryView::scopeChosen, this, [this](const QString &address) {
        // The user's choice holds until the sidebar's next one.
        m_followed = address;
        read();
    });
    connect(view, &HistoryView::spanChosen, this, &HistoryPresenter::read);
    connect(view, &HistoryView::holdingsAtRequested, this, &HistoryPresenter::readHoldingsAt);
    const auto readIfActive = [this] {
        if (m_active)
            read();
    };
    connect(worker, &ValueHistoryWorker::recorded, this, readIfActive);
    connect(live, &PortfolioStore::addressesChanged, this, readIfActive);
}

namespace {

/**
 * What of @p totals concerns the addresses watched now (@p watched): an address the user removed
 * keeps its records in the file (export --at and history still read them) but no longer adds to
 * "All addresses", as it no longer adds to the live total.
 */
HistoryTotals watchedOnly(HistoryTotals totals, const QStringList &watched)
{
    QSet<QString> keys;
    for (const QString &address : watched)
        keys.insert(WatchedAddress::comparisonKey(address));
    const auto unwatched = [&keys](const auto &record) { return !keys.contains(WatchedAddress::comparisonKey(record.address)); };
    totals.addresses.removeIf(unwatched);
    totals.before.removeIf(unwatched);
    totals.points.removeIf(unwatched);
    return totals;
}

} // namespace

void HistoryPresenter::setActive(bool active)
{
    m_active = active;
    if (active)
        read();
}

void HistoryPresenter::followScope(const QString &address)
{
    m_followed = address;
    if (m_view->scopeAddress() == address)
        return;
    m_view->setScopeAddress(address);
    if (m_active)
        read();
}

void HistoryPresenter::read()
{
    if (m_reading) {
        m_stale = true;
        return;
    }
    m_reading = true;
    const QDateTime until = QDateTime::currentDateTimeUtc();
    const HistoryRange range{m_view->scopeAddress(), HistorySeries::since(m_view->span(), until), {}};
    m_worker->readTotals(range, this, [this, range, until](const HistoryTotals &recorded) {
        m_reading = false;
        const HistoryTotals totals = watchedOnly(recorded, m_live->addresses());
        if (!totals.error.isEmpty()) {
            m_view->showError(totals.error);
        } else {
            m_addresses = totals.addresses;
            m_view->setAddresses(totals.addresses);
            // The sidebar's address may be known only now: the first read was of all addresses.
            if (!m_followed.isEmpty())
                m_view->setScopeAddress(m_followed);
            m_stale = m_stale || m_view->scopeAddress() != range.address;
            if (!m_stale)
                m_view->showPoints(HistorySeries::build(totals.before, totals.points), range.since, until);
        }
        if (m_stale) {
            m_stale = false;
            read();
        }
    });
}

void HistoryPresenter::readHoldingsAt(const QDateTime &time)
{
    QStringList addresses;
    if (!m_view->scopeAddress().isEmpty()) {
        addresses.append(m_view->scopeAddress());
    } else {
        for (const HistoryAddress &address : std::as_const(m_addresses))
            addresses.append(address.address);
    }
    const QString scopeName = m_view->scopeName();
    m_worker->readHoldingsAt(addresses, time, this,
                             [this, time, scopeName](const QList<RecordedHoldings> &holdings, const QString &error) {
                                 if (!error.isEmpty()) {
                                     emit failed(error);
                                     return;
                                 }
                                 // Risk tokens as the user's verdicts have them today, as `export --at` does.
                                 m_view->recordedHoldings()->setHoldings(time, scopeName, holdings, m_live->verdicts());
                                 m_view->showRecordedHoldings(true);
                             });
}
