#pragma once

#include "money/fiatcurrency.h"
#include "storage/appsettings.h"
#include "storage/tokenverdicts.h"
#include "ui/session.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AddressListModel;
class AppSettings;
class AutoRefreshSchedule;
class AssetFilterProxy;
class AssetTableModel;
class BalanceClient;
class ChainListRefresher;
class ColorScheme;
class DisplayCurrency;
class HistoryPresenter;
class HoldersDialog;
class HoldingSortProxy;
class HistoryRecorder;
class HoldingsExporter;
class LanguageManager;
class MainActions;
class NotificationSink;
class OverviewPresenter;
class PortfolioStore;
class RefreshController;
class SecretStore;
class TrayIcon;
class TokenGroupModel;
class UserGuide;
class WatchListActions;
class WatchListSync;
class WatchNotifier;
struct MainWindowLayout;

/**
 * The main window. It creates the pieces and wires them; the work is done elsewhere. Data flows one
 * way: BalanceClient → RefreshController → PortfolioStore → AssetTableModel → AssetFilterProxy →
 * the table and the exporter (and, grouped by token, → TokenGroupModel → HoldingSortProxy → the
 * grouped tree); the store also feeds the sidebar (AddressListModel) and the overview
 * (OverviewPresenter: summary, chart, error and status bars). A holding's menu (HoldingMenu, one for
 * both views) asks for refreshes, verdicts and a token's holders (HoldersDialog).
 *
 * WatchListSync keeps the store in step with the watch list and the snapshot cache (and asks for
 * new addresses to be fetched at once); HistoryRecorder writes every good refresh to the value
 * history, which HistoryPresenter shows in the History view (both through one ValueHistoryWorker,
 * so reads queue behind writes); WatchListActions edits the list; AutoRefreshSchedule starts refreshes on time;
 * MainWindowLayout holds the widgets and remembers their layout.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** @p settings and @p languages must outlive the window. */
    MainWindow(const Session &session, AppSettings *settings, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    PortfolioStore *store() const { return m_store; }
    AssetTableModel *assetModel() const { return m_model; }
    AssetFilterProxy *filterProxy() const { return m_proxy; }
    TokenGroupModel *tokenGroups() const { return m_groups; }
    /** The dialog of a token's holders while one is open, else null. */
    HoldersDialog *holdersDialog() const;
    RefreshController *refreshController() const { return m_refresh; }
    AutoRefreshSchedule *autoRefresh() const { return m_schedule; }
    WatchListSync *watchListSync() const { return m_sync; }
    /** Null when the session has no watch list. */
    WatchListActions *watchListActions() const { return m_listActions; }
    HoldingsExporter *exporter() const { return m_exporter; }
    /** Null where no system tray is available (and in tests, which give a sink of their own). */
    TrayIcon *trayIcon() const { return m_tray; }
    /** Null without a tray or a sink: nothing is notified. */
    WatchNotifier *watchNotifier() const { return m_notifier; }
    /** Whether the user's own configuration has every credential (else the window asks for them). */
    bool hasCredentials() const { return m_session.ownConfig.credentials.isComplete(); }

public slots:
    /** Shows the addresses of @p address only; empty shows all. */
    void setScope(const QString &address);
    /**
     * Makes @p config the user's own configuration and talks to its server from now on, refreshing
     * when its credentials are complete. Complete credentials end demo mode (the demo portfolios go,
     * the watch list stays, and no holdings of the demo are shown as the new account's); without
     * them demo mode goes on, and outside it the window shows the saved holdings and asks for them.
     */
    void applyConfig(const ClientConfig &config);
    /** Shows @p text in the notice bar, a warning (storage problems, the keychain's absence, a failed export). */
    void showNotice(const QString &text);
    /** Closes the window and ends the app, also while it could keep watching in the tray. */
    void quit();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    /**
     * Puts the icon in the system tray where there is one (or takes the session's sink) and lets the
     * WatchNotifier tell it what changes between refreshes.
     */
    void connectBackgroundWatch();
    /** Whether the app could go on watching with the window closed: auto-refresh is on and notifications have a tray. */
    bool watchesInBackground() const;
    void connectWatchList();
    /** Puts the session's verdicts into effect and wires the table's menu, the summary and the dialog to them. */
    void connectVerdicts();
    /** Gives @p asset's token @p verdict; a failure (a full disk, an unusable file) shows in the notice bar. */
    void setVerdict(const TokenAsset &asset, TokenVerdict verdict);
    void showTokenVerdicts();
    /** Opens the holders of the token whose identity key is @p identityKey (in place of another token's). */
    void showHolders(const QString &identityKey);
    /** Shows the holdings grouped by token, or the flat table. */
    void setGroupedByToken(bool grouped);
    /** Records good refreshes into the value history and lets the History view show it. */
    void connectHistory();
    /** Shows the History view in place of the live holdings, or them again. */
    void showHistory(bool shown);
    /** Shows what @p exporter says: a file written in the status bar, a failure in the notice bar. */
    void connectExporter(HoldingsExporter *exporter);
    /** Whether the History view shows holdings recorded in the past (which Export and Copy then act on). */
    bool showsRecordedHoldings() const;
    void saveWindowState();
    /** Writes changed settings; a failure (a full disk) shows in the notice bar, and they stay pending. */
    void saveSettings();
    void retranslateUi();
    /**
     * Puts m_session into effect: the client's server and credentials, demo or not (banner, chain
     * list, the demo portfolios), and which saved holdings may be shown.
     */
    void applySession();
    /** Refreshes every address once the saved holdings being read are in. */
    void refreshOnceRestored();

    void setAutoRefreshMinutes(int minutes);
    /** Ends demo mode once the user watches an address of their own: it is never asked of the demo server. */
    void leaveDemoForOwnAddresses();
    /** Whether the window may fetch: its host has every credential. */
    bool canFetch() const { return m_session.config.credentials.isComplete(); }
    /** The banner over the window: demo mode, or the credentials the user's addresses wait for. */
    void updateBanner();
    /** Whether the demo portfolios fill the window: in demo mode, until the user watches an address. */
    bool showsDemoPortfolios() const;
    QList<WatchedAddress> shownExtras() const;
    void setPrivacy(bool enabled);
    /** Shows amounts with the locale, @p privacy and the currency and rate of now. */
    void updateDisplay(bool privacy);
    void chooseCurrency(FiatCurrency currency);
    /** Puts @p scheme into effect and checks it in the View menu. */
    void applyColorScheme(AppSettings::ColorScheme scheme);
    /** The user's choice in the View menu: applied at once and saved. */
    void chooseColorScheme(AppSettings::ColorScheme scheme);
    void switchLanguage(bool chinese);
    void showSettings();
    /** Opens the user guide beside the window (once: again, it comes to the front). */
    void showUserGuide();

    Session m_session;
    AppSettings *m_settings;
    LanguageManager *m_languages;
    SecretStore *m_secrets = nullptr;

    BalanceClient *m_client;
    PortfolioStore *m_store;
    AssetTableModel *m_model;
    AssetFilterProxy *m_proxy;
    TokenGroupModel *m_groups;
    HoldingSortProxy *m_groupProxy;
    AddressListModel *m_addresses;
    RefreshController *m_refresh;
    AutoRefreshSchedule *m_schedule;
    MainActions *m_actions;
    std::unique_ptr<MainWindowLayout> m_ui;
    OverviewPresenter *m_overview;
    HoldingsExporter *m_exporter;
    ChainListRefresher *m_chainList;
    DisplayCurrency *m_currency;
    ColorScheme *m_colorScheme;
    HistoryPresenter *m_history = nullptr;
    /** Writes good refreshes to the value history; destroyed before the history's worker. */
    HistoryRecorder *m_recorder = nullptr;
    /** Exports the holdings recorded at a past time, which the History view shows. */
    HoldingsExporter *m_recordedExporter = nullptr;
    WatchListSync *m_sync = nullptr;
    WatchListActions *m_listActions = nullptr;
    UserGuide *m_userGuide = nullptr;
    TrayIcon *m_tray = nullptr;
    WatchNotifier *m_notifier = nullptr;
    /** Set while quit() closes the window: it closes for good, not to the tray. */
    bool m_quitting = false;
    QPointer<HoldersDialog> m_holders;
};
