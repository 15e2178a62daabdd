#pragma once

#include "ui/exportdialog.h"
#include "ui/session.h"

#include <QMainWindow>

class AddressListModel;
class AddressSidebar;
class AllocationChartView;
class AppSettings;
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
class RefreshController;
class RefreshStatus;
class SecretStore;
class SummaryHeader;

/**
 * The main window. It creates the models and widgets, connects them and keeps their state across
 * starts; the work is done elsewhere: RefreshController fetches, AssetTableModel holds,
 * AssetFilterProxy sorts and filters, AllocationBuilder and HoldingsSummary compute, the widgets show.
 *
 * Layout: toolbar; the demo banner; then the address sidebar beside the summary, the error bar, the
 * filters and, in a splitter, the holdings table and the allocation chart; the status bar shows
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

    /** Writes the CSV without asking (the Export dialog's last step, and the tests' entry point). */
    bool exportCsv(const QString &filePath, ExportDialog::Scope scope, QString *error = nullptr);

public slots:
    /** Shows the addresses of @p address only; empty shows all. */
    void setScope(const QString &address);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void connectActions();
    void connectModels();
    void restoreWindowState();
    void saveWindowState();
    void retranslateUi();

    void updateOverview();
    void updateErrorBar();
    void onRefreshFinished(bool cancelled);
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

    MainActions *m_actions = nullptr;
    MessageBar *m_demoBanner = nullptr;
    MessageBar *m_errorBar = nullptr;
    AddressSidebar *m_sidebar = nullptr;
    SummaryHeader *m_summary = nullptr;
    FilterBar *m_filters = nullptr;
    HoldingsView *m_table = nullptr;
    AllocationChartView *m_chart = nullptr;
    QSplitter *m_outerSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    RefreshStatus *m_status = nullptr;
    ConnectionIndicator *m_connection = nullptr;
};
