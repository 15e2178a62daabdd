#pragma once

#include "ui/exportdialog.h"
#include "ui/session.h"

#include <QMainWindow>

class AddressListModel;
class AddressSidebar;
class AllocationChartView;
class AppSettings;
class AutoRefreshSchedule;
class AssetFilterProxy;
class AssetTableModel;
class BalanceClient;
class ConnectionIndicator;
class FilterBar;
class HoldingsView;
class LanguageManager;
class MainActions;
class MessageBar;
class QSplitter;
class QTimer;
class RefreshController;
class RefreshStatus;
class SecretStore;
class SummaryHeader;
class WatchListActions;
class WatchListSync;

/**
 * The main window. It creates the models and widgets, connects them and keeps their state across
 * starts; the work is done elsewhere: RefreshController fetches, AssetTableModel holds,
 * AssetFilterProxy sorts and filters, AllocationBuilder and HoldingsSummary compute, the widgets show.
 *
 * The watch list (Session::watchList) is kept in step with the model, the cache and the refreshes by
 * WatchListSync; its actions are WatchListActions; AutoRefreshSchedule starts refreshes on time.
 *
 * Layout: toolbar; the demo banner; then the address sidebar beside the summary, the error, notice
 * and undo bars, the filters and, in a splitter, the holdings table and the allocation chart; the status bar shows
 * the refresh progress and the connection.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** @p settings and @p languages must outlive the window. */
    MainWindow(const Session &session, AppSettings *settings, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    AssetTableModel *assetModel() const { return m_model; }
    AssetFilterProxy *filterProxy() const { return m_proxy; }
    RefreshController *refreshController() const { return m_refresh; }
    AutoRefreshSchedule *autoRefresh() const { return m_schedule; }
    WatchListSync *watchListSync() const { return m_sync; }
    /** Null when the session has no watch list. */
    WatchListActions *watchListActions() const { return m_listActions; }
    bool isDemo() const { return m_session.demo; }

    /** Writes the CSV without asking (the Export dialog's last step, and the tests' entry point). */
    bool exportCsv(const QString &filePath, ExportDialog::Scope scope, QString *error = nullptr);

public slots:
    /** Shows the addresses of @p address only; empty shows all. */
    void setScope(const QString &address);
    /**
     * Talks to the server of @p config from now on; with complete credentials this ends demo mode
     * (the demo portfolios go, the watch list stays). Starts a refresh.
     */
    void applyConfig(const ClientConfig &config);
    /** Shows @p text in the notice bar (storage problems, the keychain's absence). */
    void showNotice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void connectActions();
    void connectModels();
    void restoreWindowState();
    void saveWindowState();
    /** Writes changed settings; a failure (a full disk) shows in the notice bar, and they stay pending. */
    void saveSettings();
    void retranslateUi();

    void updateOverview();
    /** updateOverview() now, or, while a refresh delivers address after address, at most every OverviewDelayMs. */
    void scheduleOverview();
    void updateErrorBar();
    void onRefreshFinished(bool cancelled);
    void setAutoRefreshMinutes(int minutes);
    QList<WatchedAddress> shownExtras() const;
    void setPrivacy(bool enabled);
    void switchLanguage(bool chinese);
    void showExportDialog();
    void showSettings();
    void showAbout();

    Session m_session;
    AppSettings *m_settings;
    LanguageManager *m_languages;
    SecretStore *m_secrets = nullptr;

    BalanceClient *m_client;
    AssetTableModel *m_model;
    AssetFilterProxy *m_proxy;
    AddressListModel *m_addresses;
    RefreshController *m_refresh;
    WatchListSync *m_sync = nullptr;
    AutoRefreshSchedule *m_schedule;
    WatchListActions *m_listActions = nullptr;

    MainActions *m_actions = nullptr;
    MessageBar *m_demoBanner = nullptr;
    MessageBar *m_errorBar = nullptr;
    MessageBar *m_noticeBar = nullptr;
    MessageBar *m_undoBar = nullptr;
    AddressSidebar *m_sidebar = nullptr;
    SummaryHeader *m_summary = nullptr;
    FilterBar *m_filters = nullptr;
    HoldingsView *m_table = nullptr;
    AllocationChartView *m_chart = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    RefreshStatus *m_status = nullptr;
    QTimer *m_overviewTimer = nullptr;
    ConnectionIndicator *m_connection = nullptr;
};
