#include "ui/overviewpresenter.h"

#include "model/allocationbuilder.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "model/refreshcontroller.h"
#include "ui/allocationchartview.h"
#include "ui/holdingsview.h"
#include "ui/messagebar.h"
#include "ui/refreshstatus.h"
#include "ui/summaryheader.h"

#include <QTimer>

#include <algorithm>

namespace {

/** How often the summary and the chart follow a refresh in progress. */
constexpr int OverviewDelayMs = 150;

} // namespace

OverviewPresenter::OverviewPresenter(const PortfolioStore *store, const AssetTableModel *table,
                                     RefreshController *refresh, const Views &views, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_table(table)
    , m_refresh(refresh)
    , m_views(views)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(OverviewDelayMs);
    connect(m_timer, &QTimer::timeout, this, &OverviewPresenter::update);
    connect(store, &PortfolioStore::addressesChanged, this, &OverviewPresenter::schedule);
    connect(store, &PortfolioStore::holdingsChanged, this, &OverviewPresenter::schedule);
    connect(store, &PortfolioStore::stateChanged, this, &OverviewPresenter::schedule);
    connect(table, &AssetTableModel::displayChanged, this, &OverviewPresenter::update);
    connect(views.chart, &AllocationChartView::groupingChanged, this, &OverviewPresenter::update);
    connect(refresh, &RefreshController::started, this, &OverviewPresenter::onStarted);
    connect(refresh, &RefreshController::progressChanged, views.status, &RefreshStatus::setProgress);
    connect(refresh, &RefreshController::finished, this, &OverviewPresenter::onFinished);
}

void OverviewPresenter::setScope(const QString &address)
{
    m_scope = address;
    update();
}

void OverviewPresenter::schedule()
{
    if (!m_refresh->isRefreshing())
        update();
    else if (!m_timer->isActive())
        m_timer->start();
}

void OverviewPresenter::update()
{
    m_timer->stop();
    const PortfolioStore::Entry *single = m_scope.isEmpty() ? nullptr : m_store->entry(m_scope);
    m_views.summary->setSummary(single ? single->snapshot.displayName() : QString(), m_scope,
                                m_store->summary(m_scope), m_table->display());
    const QList<AddressChanges> changes = m_store->changesInScope(m_scope);
    m_views.summary->setChanges(changes, m_store->changeInScope(m_scope));
    m_views.summary->setSuspicious(m_store->suspiciousInScope(m_scope));
    m_views.table->setChangesShown(std::any_of(changes.cbegin(), changes.cend(),
                                               [](const AddressChanges &address) { return !address.rows.isEmpty(); }));
    m_views.summary->setFromCache(m_refresh->connection() == RefreshController::Connection::Unknown);
    m_views.summary->setRefreshing(m_refresh->isRefreshing());
    m_views.chart->setAllocation(AllocationBuilder::build(m_store->snapshotsInScope(m_scope), m_store->verdicts(),
                                                          m_views.chart->grouping()),
                                 m_table->display());
}

void OverviewPresenter::onStarted()
{
    m_views.connection->setRefreshing(true);
    m_views.summary->setRefreshing(true);
}

void OverviewPresenter::onFinished(bool cancelled)
{
    m_views.status->setFinished(cancelled, int(m_refresh->failures().size()), m_refresh->addressCount());
    m_views.connection->setRefreshing(false);
    m_views.connection->setConnection(m_refresh->connection());
    update();
    updateErrorBar();
}

void OverviewPresenter::updateErrorBar()
{
    const QString failure = m_refresh->failureSummary();
    if (failure.isEmpty()) {
        m_views.errorBar->hide();
        return;
    }
    const HoldingsSummary all = m_store->summary(QString());
    const AmountDisplay &display = m_table->display();
    QString text = failure;
    if (m_refresh->connection() == RefreshController::Connection::Unreachable && all.oldestFetch.isValid())
        //: %1 is the time of the oldest saved holdings on screen.
        text = tr("Offline — showing holdings as of %1.").arg(display.fetchTime(all.oldestFetch)) + QLatin1Char(' ') + failure;
    else if (all.oldestFetch.isValid())
        //: %1 is the time of the oldest data still on screen.
        text += QLatin1Char(' ') + tr("The data shown is as of %1.").arg(display.fetchTime(all.oldestFetch));
    m_views.errorBar->showMessage(text);
}
