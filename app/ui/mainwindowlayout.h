#pragma once

#include <QString>

class AddressListModel;
class AddressSidebar;
class AllocationChartView;
class AppSettings;
class AssetFilterProxy;
class ConnectionIndicator;
class FilterBar;
class QLabel;
class FirstRunPrompt;
class HoldingsSplitter;
class HistoryView;
class HoldingsView;
class MainActions;
class MessageBar;
class QMainWindow;
class QSplitter;
class QStackedWidget;
class QUrl;
class RefreshStatus;
class SummaryHeader;

/**
 * The main window's widgets, how they are laid out, and what of their layout is remembered across
 * starts (geometry, toolbar, splitters, the table's columns, the filters, the chart's grouping and
 * the selected address).
 *
 * Layout: toolbar; the credentials banner (demo mode, or credentials awaited); then the address sidebar beside the error, notice and undo
 * bars over the summary, the filters and, in a splitter, the holdings table and the allocation
 * chart (or, while the watch list is empty, the first-run prompt in place of those); the status
 * bar shows the refresh progress, the row count, the exchange rate in use and the connection.
 */
struct MainWindowLayout
{
    /** Creates every widget as a child of @p window. */
    MainWindowLayout(QMainWindow *window, const MainActions *actions, AddressListModel *addresses,
                     AssetFilterProxy *proxy, const QUrl &baseUrl, bool demo);

    /**
     * Geometry, toolbar, splitters, columns, filters and grouping as saved in @p settings, else
     * sizes fit for the screen; returns the address that was selected (empty: all).
     */
    QString restore(const AppSettings &settings);
    void save(AppSettings &settings) const;
    /** Shows the first-run prompt in place of the holdings when @p watchListEmpty, else the holdings. */
    void showFirstRunPrompt(bool watchListEmpty);
    /** Shows the History view in place of the holdings (or the first-run prompt), or them again. */
    void showHistory(bool shown);

    QMainWindow *window;
    AssetFilterProxy *proxy;
    MessageBar *credentialsBanner;
    MessageBar *errorBar;
    MessageBar *noticeBar;
    MessageBar *undoBar;
    AddressSidebar *sidebar;
    SummaryHeader *summary;
    FilterBar *filters;
    HoldingsView *table;
    AllocationChartView *chart;
    HoldingsSplitter *contentSplitter;
    FirstRunPrompt *firstRunPrompt;
    HistoryView *history;
    QStackedWidget *contentStack;
    QSplitter *outerSplitter;
    RefreshStatus *status;
    /** Where CNY values come from ("CNY at the rate of …"), or why they are in USD; empty for USD. */
    QLabel *rateNotice;
    ConnectionIndicator *connection;

private:
    /** Shows the page asked for: the History view, else the first-run prompt or the holdings. */
    void showContent();

    bool m_watchListEmpty = false;
    bool m_historyShown = false;
};
