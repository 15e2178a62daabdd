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
class GroupedHoldingsView;
class HoldingMenu;
class HoldingsSplitter;
class HistoryView;
class HoldingsView;
class MainActions;
class MessageBar;
class QAbstractItemModel;
class QMainWindow;
class QSplitter;
class QStackedWidget;
class QUrl;
class QWidget;
class RefreshStatus;
class SummaryHeader;

/**
 * The main window's widgets, how they are laid out, and what of their layout is remembered across
 * starts (geometry, toolbar, splitters, the table's columns, the filters, the chart's grouping and
 * the selected address).
 *
 * Layout: toolbar; the credentials banner (demo mode, or credentials awaited); then the address sidebar beside the error, notice and undo
 * bars over the summary, the filters and, in a splitter, the holdings table (or, grouped by token,
 * the grouped tree in its place) and the allocation
 * chart (or, while the watch list is empty, the first-run prompt in place of those); the status
 * bar shows the refresh progress, the row count, the exchange rate in use and the connection.
 */
struct MainWindowLayout
{
    /**
     * Creates every widget as a child of @p window: the table shows @p proxy, the grouped tree
     * @p groupedHoldings (the sorted TokenGroupModel over @p proxy).
     */
    MainWindowLayout(QMainWindow *window, const MainActions *actions, AddressListModel *addresses,
                     AssetFilterProxy *proxy, QAbstractItemModel *groupedHoldings, const QUrl &baseUrl, bool demo);

    /**
     * Geometry, toolbar, splitters, columns, filters, the chart's grouping and Group by Token as saved
     * in @p settings, else sizes fit for the screen; returns the address that was selected (empty: all).
     */
    QString restore(const AppSettings &settings);
    void save(AppSettings &settings) const;
    /** Shows the first-run prompt in place of the holdings when @p watchListEmpty, else the holdings. */
    void showFirstRunPrompt(bool watchListEmpty);
    /** Shows the History view in place of the holdings (or the first-run prompt), or them again. */
    void showHistory(bool shown);
    /** Shows the holdings grouped by token in place of the flat table, or the table again. */
    void showGroupedByToken(bool grouped);
    bool isGroupedByToken() const { return m_groupedByToken; }
    /** The holdings view on screen: the flat table or the grouped tree. */
    QWidget *holdingsOnScreen() const;

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
    GroupedHoldingsView *groupedTable;
    /** The flat table, or the grouped tree in its place. */
    QStackedWidget *tableStack;
    /** The context menu of a holding in both views. */
    HoldingMenu *holdingMenu;
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
    bool m_groupedByToken = false;
};
