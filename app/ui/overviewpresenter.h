#pragma once

#include <QObject>
#include <QString>

class AllocationChartView;
class AssetTableModel;
class ConnectionIndicator;
class HoldingsView;
class MessageBar;
class PortfolioStore;
class QTimer;
class RefreshController;
class RefreshStatus;
class SummaryHeader;

/**
 * Keeps the window's overview in step with the store and the refreshes: the summary header and the
 * allocation chart of the selected scope, the error bar after a refresh that failed somewhere, and
 * the status bar's progress and connection. While a refresh delivers address after address, the
 * summary and the chart follow at most every OverviewDelayMs, so 200 addresses cost O(n), not O(n²).
 */
class OverviewPresenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPresenter)

public:
    struct Views
    {
        SummaryHeader *summary;
        HoldingsView *table;
        AllocationChartView *chart;
        MessageBar *errorBar;
        RefreshStatus *status;
        ConnectionIndicator *connection;
    };

    /** Nothing is owned; everything must outlive the presenter. */
    OverviewPresenter(const PortfolioStore *store, const AssetTableModel *table, RefreshController *refresh,
                      const Views &views, QObject *parent = nullptr);

    /** The address whose overview is shown; empty for all addresses. */
    void setScope(const QString &address);
    QString scope() const { return m_scope; }

    /** Shows the overview of the scope now. */
    void update();
    /** Says again, in the current language, why the latest refresh failed (if it did). */
    void updateErrorBar();

private:
    /** update() now, or at most every OverviewDelayMs while a refresh is in flight. */
    void schedule();
    void onStarted();
    void onFinished(bool cancelled);

    const PortfolioStore *m_store;
    const AssetTableModel *m_table;
    RefreshController *m_refresh;
    Views m_views;
    QTimer *m_timer;
    QString m_scope;
};
