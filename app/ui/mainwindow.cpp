#include "ui/mainwindow.h"

#include "api/balanceclient.h"
#include "demo/demodata.h"
#include "model/addresslistmodel.h"
#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "model/chainlistrefresher.h"
#include "model/displaycurrency.h"
#include "model/historyrecorder.h"
#include "model/holdingsortproxy.h"
#include "model/portfoliostore.h"
#include "model/refreshcontroller.h"
#include "model/watchnotifier.h"
#include "model/tokengroupmodel.h"
#include "storage/appsettings.h"
#include "storage/exchangeratesource.h"
#include "storage/autorefreshschedule.h"
#include "storage/secretstore.h"
#include "storage/snapshotcache.h"
#include "storage/valuehistory.h"
#include "storage/valuehistoryworker.h"
#include "storage/verdictstore.h"
#include "storage/watchlist.h"
#include "ui/aboutbox.h"
#include "ui/addresssidebar.h"
#include "ui/allocationchartview.h"
#include "ui/closetotrayprompt.h"
#include "ui/colorscheme.h"
#include "ui/filterbar.h"
#include "ui/groupedholdingsview.h"
#include "ui/historypresenter.h"
#include "ui/historyview.h"
#include "ui/holdersdialog.h"
#include "ui/holdingmenu.h"
#include "ui/holdingsexporter.h"
#include "ui/holdingsview.h"
#include "ui/languagemanager.h"
#include "ui/mainactions.h"
#include "ui/mainwindowlayout.h"
#include "ui/messagebar.h"
#include "ui/overviewpresenter.h"
#include "ui/recordedholdingsview.h"
#include "ui/refreshstatus.h"
#include "ui/settingsdialog.h"
#include "ui/summaryheader.h"
#include "ui/tokenverdictsdialog.h"
#include "ui/trayicon.h"
#include "ui/userguide.h"
#include "ui/watchlistactions.h"
#include "ui/watchlistfileactions.h"
#include "ui/watchlistsync.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace {

HoldingSortProxy *sortedOver(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new HoldingSortProxy(parent);
    proxy->setSourceModel(source);
    return proxy;
}

} // namespace

MainWindow::MainWindow(const Session &session, AppSettings *settings, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_languages(languages)
    , m_secrets(session.secrets)
    , m_client(new BalanceClient(this))
    , m_store(new PortfolioStore(this))
    , m_model(new AssetTableModel(m_store, this))
    , m_proxy(new AssetFilterProxy(this))
    // Grouped over the filter proxy: the search and the filters apply to the grouped view too.
    , m_groups(new TokenGroupModel(m_model, m_proxy, this))
    , m_groupProxy(sortedOver(m_groups, this))
    , m_addresses(new AddressListModel(m_store, m_model, this))
    , m_refresh(new RefreshController(m_client, m_store, this))
    , m_schedule(new AutoRefreshSchedule(this))
    , m_actions(new MainActions(this))
    , m_ui(std::make_unique<MainWindowLayout>(this, m_actions, m_addresses, m_proxy, m_groupProxy,
                                              session.config.baseUrl, session.demo))
    , m_overview(new OverviewPresenter(m_store, m_model, m_refresh,
                                       {m_ui->summary, m_ui->table, m_ui->chart, m_ui->errorBar, m_ui->status, m_ui->connection}, this))
    , m_exporter(new HoldingsExporter(m_store, m_proxy, settings, this))
    , m_chainList(new ChainListRefresher(m_client, ChainListCache(), this))
    , m_currency(new DisplayCurrency(settings, this))
    , m_colorScheme(new ColorScheme(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // On the first start a Chinese window counts in yuan, an English one in dollars; kept from then on.
    const bool chinese = languages->language() == LanguageManager::Language::Chinese;
    m_currency->chooseDefault(chinese ? FiatCurrency::Cny : FiatCurrency::Usd);
    applyColorScheme(settings->colorScheme());
    m_model->setDisplay(AmountDisplay(QLocale(), settings->privacyMode()));
    if (!m_session.demo)
        m_session.ownConfig = m_session.config;
    // Before the sync is told of the change: the user's first address must not reach the demo server.
    if (m_session.watchList)
        connect(m_session.watchList, &WatchList::changed, this, &MainWindow::leaveDemoForOwnAddresses);

    // Saved holdings are read in the cache's thread and join the store as they come.
    m_sync = new WatchListSync(session.watchList, m_store, SnapshotCache(),
                               SnapshotCache::sourceOf(session.config, session.demo), this);
    connect(m_sync, &WatchListSync::notice, this, &MainWindow::showNotice);
    connectHistory();
    applySession();
    m_proxy->setSourceModel(m_model);
    // From now on an address added (or a chain) is fetched at once; the first refresh fetches the rest.
    connect(m_sync, &WatchListSync::fetchWanted, m_refresh, [this](const QStringList &addresses) {
        if (canFetch())
            m_refresh->refreshAddresses(addresses);
    });
    connectWatchList();
    connectVerdicts();
    connectActions();
    connectBackgroundWatch();
    const auto showFirstRunPrompt = [this] { m_ui->showFirstRunPrompt(m_store->addresses().isEmpty()); };
    connect(m_store, &PortfolioStore::addressesChanged, this, showFirstRunPrompt);
    showFirstRunPrompt();
    const QString scope = m_ui->restore(*m_settings);
    // Checked, it groups (toggled).
    m_actions->groupByToken->setChecked(m_ui->isGroupedByToken());
    setScope(m_store->entry(scope) ? scope : QString());
    retranslateUi();
    // After the first paint: the window appears at once, holdings follow.
    QTimer::singleShot(0, this, &MainWindow::refreshOnceRestored);
}

MainWindow::~MainWindow()
{
    // Stop while the window is whole: the client, destroyed before the controller, would otherwise
    // finish the replies in flight into a half-destroyed window.
    m_schedule->setInterval(std::chrono::milliseconds(0));
    m_refresh->cancel();
    m_refresh->disconnect(this);
    // Before the worker, an earlier child: the records still waiting for a rate go to it on the way out.
    delete m_recorder;
}

void MainWindow::connectWatchList()
{
    if (!m_session.watchList) {
        m_actions->setWatchListEditable(false);
        return;
    }
    m_listActions = new WatchListActions(m_session.watchList, m_actions, m_ui->sidebar, m_ui->undoBar, this);
    m_listActions->setDemoPortfoliosShown([this] { return showsDemoPortfolios(); });
    const auto report = [this](const QString &message) { statusBar()->showMessage(message, 8000); };
    connect(m_listActions, &WatchListActions::reported, this, report);
    auto *files = new WatchListFileActions(m_session.watchList, m_actions, m_settings, this);
    connect(files, &WatchListFileActions::reported, this, report);
    connect(files, &WatchListFileActions::failed, this, &MainWindow::showNotice);
    connect(files, &WatchListFileActions::settingsChanged, this, &MainWindow::saveSettings);
    connect(m_session.watchList, &WatchList::saveFailed, this, [this](const QString &error) {
        showNotice(tr("%1 The watch list is kept here and will be saved again.").arg(error));
    });
    connect(m_session.watchList, &WatchList::saveRecovered, this, [this] {
        // The problem is over: its warning goes, and the status bar says so.
        m_ui->noticeBar->hide();
        statusBar()->showMessage(tr("The watch list is saved again."), 8000);
    });
    connect(m_session.watchList, &WatchList::changed, this, [this] { m_sync->setExtraAddresses(shownExtras()); });
}

void MainWindow::connectVerdicts()
{
    VerdictStore *verdicts = m_session.verdicts;
    m_actions->tokenVerdicts->setEnabled(verdicts != nullptr);
    m_ui->holdingMenu->setVerdictsEnabled(verdicts != nullptr);
    if (!verdicts)
        return;
    m_store->setVerdicts(verdicts->verdicts());
    connect(verdicts, &VerdictStore::changed, m_store, [this, verdicts] { m_store->setVerdicts(verdicts->verdicts()); });
    connect(m_ui->holdingMenu, &HoldingMenu::verdictChosen, this, &MainWindow::setVerdict);
    connect(m_ui->summary, &SummaryHeader::markAsSpamRequested, this,
            [this](const TokenAsset &asset) { setVerdict(asset, TokenVerdict::Spam); });
    connect(m_actions->tokenVerdicts, &QAction::triggered, this, &MainWindow::showTokenVerdicts);
}

void MainWindow::setVerdict(const TokenAsset &asset, TokenVerdict verdict)
{
    const QString problem = m_session.verdicts->setVerdict(asset, verdict);
    if (!problem.isEmpty())
        showNotice(problem);
}

void MainWindow::showTokenVerdicts()
{
    TokenVerdictsDialog dialog(m_session.verdicts, this);
    dialog.exec();
}

HoldersDialog *MainWindow::holdersDialog() const
{
    return m_holders;
}

void MainWindow::showHolders(const QString &identityKey)
{
    // One token's holders at a time: another token's take the place of the last one's.
    delete m_holders;
    m_holders = new HoldersDialog(m_model, identityKey, this);
    m_holders->setAttribute(Qt::WA_DeleteOnClose);
    m_holders->show();
    m_holders->raise();
    m_holders->activateWindow();
}

void MainWindow::setGroupedByToken(bool grouped)
{
    // Inactive, the grouped model follows nothing: the flat table's refreshes cost nothing more.
    m_groups->setActive(grouped);
    m_ui->showGroupedByToken(grouped);
    // The view asked for takes the keys (→ expands, Enter shows the holders), unless the History view is in front.
    if (!m_actions->history->isChecked())
        m_ui->holdingsOnScreen()->setFocus();
}

void MainWindow::connectHistory()
{
    auto *worker = new ValueHistoryWorker(ValueHistory::defaultFilePath(), this);
    // Every good refresh of the user's own addresses (not the demo's) joins the value history.
    m_recorder = new HistoryRecorder(m_store, worker, [this] { return !m_session.demo; }, this);
    connect(m_recorder, &HistoryRecorder::failed, this, &MainWindow::showNotice);
    // Each refresh is recorded with the rate known then, from the source of the session (the demo's is not recorded).
    connect(m_currency, &DisplayCurrency::ratesReplaced, m_recorder, &HistoryRecorder::setExchangeRates);
    HistoryView *view = m_ui->history;
    m_history = new HistoryPresenter(worker, m_store, m_model, view, this);
    connect(m_history, &HistoryPresenter::failed, this, &MainWindow::showNotice);
    connect(m_actions->history, &QAction::toggled, this, &MainWindow::showHistory);
    connect(view, &HistoryView::liveHoldingsRequested, m_actions->history, [this] { m_actions->history->setChecked(false); });
    RecordedHoldingsView *recorded = view->recordedHoldings();
    // The recorded holdings export as `export --at` writes them: the window's exporter over their own store and proxy.
    m_recordedExporter = new HoldingsExporter(recorded->store(), recorded->proxy(), m_settings, this);
    connectExporter(m_recordedExporter);
    connect(recorded, &RecordedHoldingsView::exportRequested, m_recordedExporter, &HoldingsExporter::run);
}

bool MainWindow::showsRecordedHoldings() const
{
    return m_actions->history->isChecked() && m_ui->history->showsRecordedHoldings();
}

void MainWindow::showHistory(bool shown)
{
    if (!shown)
        m_ui->history->showRecordedHoldings(false);
    m_ui->showHistory(shown);
    m_history->setActive(shown);
    (shown ? static_cast<QWidget *>(m_ui->history) : m_ui->holdingsOnScreen())->setFocus();
}

void MainWindow::connectExporter(HoldingsExporter *exporter)
{
    connect(exporter, &HoldingsExporter::exported, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(exporter, &HoldingsExporter::failed, this, &MainWindow::showNotice);
    connect(exporter, &HoldingsExporter::settingsChanged, this, &MainWindow::saveSettings);
}

void MainWindow::connectActions()
{
    connect(m_actions->refresh, &QAction::triggered, m_refresh, &RefreshController::refresh);
    connect(m_actions->stop, &QAction::triggered, m_refresh, &RefreshController::cancel);
    // Export and Copy act on the table on screen: the live holdings', or those recorded in the past.
    connect(m_actions->exportCsv, &QAction::triggered, this,
            [this] { (showsRecordedHoldings() ? m_recordedExporter : m_exporter)->run(); });
    connectExporter(m_exporter);
    connect(m_actions->copy, &QAction::triggered, this, [this] {
        if (showsRecordedHoldings())
            m_ui->history->recordedHoldings()->table()->copySelection();
        else if (m_ui->isGroupedByToken())
            m_ui->groupedTable->copySelection();
        else
            m_ui->table->copySelection();
    });
    connect(m_actions->groupByToken, &QAction::toggled, this, &MainWindow::setGroupedByToken);
    connect(m_actions->find, &QAction::triggered, m_ui->filters, &FilterBar::focusSearch);
    connect(m_actions->privacy, &QAction::toggled, this, &MainWindow::setPrivacy);
    connect(m_actions, &MainActions::currencyChosen, this, &MainWindow::chooseCurrency);
    connect(m_actions, &MainActions::colorSchemeChosen, this, &MainWindow::chooseColorScheme);
    connect(m_currency, &DisplayCurrency::changed, this, [this] { updateDisplay(m_model->display().isPrivate()); });
    // The rate is fetched with the holdings (at most hourly): no key, and not against the API's limit.
    connect(m_refresh, &RefreshController::started, m_currency, &DisplayCurrency::update);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->english, &QAction::triggered, this, [this] { switchLanguage(false); });
    connect(m_actions->chinese, &QAction::triggered, this, [this] { switchLanguage(true); });
    connect(m_actions->userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_actions->about, &QAction::triggered, this,
            [this] { AboutBox::show(this, m_session.config.baseUrl, m_session.demo); });
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->quit, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->credentialsBanner, &MessageBar::actionTriggered, this, &MainWindow::showSettings);
    connect(m_ui->errorBar, &MessageBar::actionTriggered, m_refresh, &RefreshController::refresh);
    connect(m_actions, &MainActions::autoRefreshChosen, this, &MainWindow::setAutoRefreshMinutes);
    connect(m_schedule, &AutoRefreshSchedule::refreshDue, m_refresh, [this] {
        if (canFetch())
            m_refresh->refresh();
    });
    connect(m_refresh, &RefreshController::started, m_schedule, &AutoRefreshSchedule::refreshStarted);
    connect(m_refresh, &RefreshController::finished, m_schedule, &AutoRefreshSchedule::refreshFinished);
    connect(m_refresh, &RefreshController::finished, m_chainList, &ChainListRefresher::refreshIfStale);
    connect(m_refresh, &RefreshController::started, this, [this] {
        m_actions->refresh->setEnabled(false);
        m_actions->stop->setEnabled(true);
    });
    connect(m_refresh, &RefreshController::finished, this, [this] {
        m_actions->refresh->setEnabled(true);
        m_actions->stop->setEnabled(false);
        // Masked amounts would size the columns for the mask; fit once they show.
        if (!m_model->display().isPrivate())
            m_ui->table->fitColumnsToContents();
    });
    connect(m_ui->sidebar, &AddressSidebar::currentAddressChanged, this, &MainWindow::setScope);
    connect(m_ui->sidebar, &AddressSidebar::refreshRequested, m_refresh,
            [this](const QString &address) { m_refresh->refreshAddresses({address}); });
    // The live holdings' menu, in the flat and the grouped view alike.
    m_ui->holdingMenu->setRefreshOffered(true);
    m_ui->holdingMenu->setHoldersOffered(true);
    connect(m_ui->holdingMenu, &HoldingMenu::tokenRefreshRequested, m_refresh, &RefreshController::refreshToken);
    connect(m_ui->holdingMenu, &HoldingMenu::holdersRequested, this, &MainWindow::showHolders);
    connect(m_refresh, &RefreshController::tokenRefreshed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_ui->sidebar, &AddressSidebar::notice, this, &MainWindow::showNotice);
    connect(m_ui->chart, &AllocationChartView::groupingChanged, m_proxy, &AssetFilterProxy::clearSliceFilter);
    connect(m_ui->chart, &AllocationChartView::sliceClicked, m_proxy, &AssetFilterProxy::setSliceFilter);
    setAutoRefreshMinutes(m_settings->autoRefreshMinutes());

    m_actions->privacy->setChecked(m_model->display().isPrivate());
    const bool chinese = m_languages->language() == LanguageManager::Language::Chinese;
    (chinese ? m_actions->chinese : m_actions->english)->setChecked(true);
}

void MainWindow::connectBackgroundWatch()
{
    NotificationSink *sink = m_session.notifications;
    if (!sink && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this, m_store, m_actions->refresh, m_actions->quit, this);
        m_tray->setDisplay(m_model->display());
        connect(m_model, &AssetTableModel::displayChanged, m_tray, [this] { m_tray->setDisplay(m_model->display()); });
        m_tray->show();
        sink = m_tray;
    }
    if (!sink)
        return;
    m_notifier = new WatchNotifier(m_store, sink, this);
    m_notifier->setRules(m_settings->notificationRules());
    m_notifier->setDisplay(m_model->display());
    connect(m_model, &AssetTableModel::displayChanged, m_notifier, [this] { m_notifier->setDisplay(m_model->display()); });
}

void MainWindow::setScope(const QString &address)
{
    m_ui->sidebar->setCurrentAddress(address);
    m_model->setShareScope(address);
    m_proxy->setAddressScope(address);
    m_proxy->clearSliceFilter();
    m_ui->table->setAllAddresses(address.isEmpty());
    m_overview->setScope(address);
    m_history->followScope(address);
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide)
        m_userGuide = new UserGuide(this);
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

void MainWindow::showSettings()
{
    if (!m_secrets) {
        m_secrets = new SecretStore(this);
        m_secrets->setUseOwnerOnlyFile(m_settings->secretsInOwnerOnlyFile());
        m_secrets->load();
    }
    SettingsDialog dialog(*m_settings, *m_secrets, this);
    dialog.setCurrency(m_currency->wanted());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_currency->choose(dialog.chosenCurrency());
    saveSettings();
    applyColorScheme(m_settings->colorScheme());
    setAutoRefreshMinutes(m_settings->autoRefreshMinutes());
    if (m_notifier)
        m_notifier->setRules(m_settings->notificationRules());
    applyConfig(dialog.enteredConfig());
}

void MainWindow::applyConfig(const ClientConfig &config)
{
    m_session.ownConfig = config;
    // Without credentials the demo server stays the host while the demo portfolios are shown.
    if (m_session.demo && !config.credentials.isComplete())
        return;
    m_session.demo = false;
    m_session.config = config;
    applySession();
    // A refresh in flight still talks to the old server: let it stop, then start afresh.
    if (m_refresh->isRefreshing()) {
        connect(m_refresh, &RefreshController::finished, this, &MainWindow::refreshOnceRestored, Qt::SingleShotConnection);
        m_refresh->cancel();
    } else {
        refreshOnceRestored();
    }
}

void MainWindow::applySession()
{
    // At start-up and at every change of server or credentials alike.
    const bool demo = m_session.demo;
    m_client->setConfig(m_session.config);
    m_chainList->setEnabled(!demo && canFetch());
    updateBanner();
    m_ui->connection->setServer(m_session.config.baseUrl, demo);
    if (const QString notice = m_currency->setSession(m_session.config, demo); !notice.isEmpty())
        showNotice(notice);
    m_sync->setSource(SnapshotCache::sourceOf(m_session.config, demo));
    m_sync->setExtraAddresses(shownExtras());
}

void MainWindow::leaveDemoForOwnAddresses()
{
    if (!m_session.demo || m_session.watchList->isEmpty())
        return;
    m_refresh->cancel();
    m_session.demo = false;
    m_session.config = m_session.ownConfig;
    applySession();
}

void MainWindow::updateBanner()
{
    MessageBar *banner = m_ui->credentialsBanner;
    if (m_session.demo)
        banner->showMessage(tr("Demo data — enter your OKX API key to see your own addresses"));
    else if (!canFetch())
        banner->showMessage(tr("Enter your OKX API key to refresh your addresses. Until then they show the "
                               "holdings saved at their last refresh."));
    else
        banner->hide();
}

void MainWindow::refreshOnceRestored()
{
    if (!canFetch())
        return;
    // The saved holdings are what the refresh is compared with ("since the previous refresh").
    if (m_sync->isRestoring())
        connect(m_sync, &WatchListSync::restored, m_refresh, &RefreshController::refresh, Qt::SingleShotConnection);
    else
        m_refresh->refresh();
}

bool MainWindow::showsDemoPortfolios() const
{
    // The demo portfolios fill an empty window; once the user watches an address of their own, the
    // window is theirs (as at start-up with a list).
    const bool ownList = m_session.watchList && !m_session.watchList->isEmpty();
    return m_session.demo && !ownList && !m_session.demoAddresses.isEmpty();
}

QList<WatchedAddress> MainWindow::shownExtras() const
{
    if (!showsDemoPortfolios())
        return m_session.addresses;
    QList<WatchedAddress> shown = m_session.addresses;
    for (WatchedAddress demo : m_session.demoAddresses) {
        demo.label = DemoData::translatedLabel(demo.label);
        shown.append(demo);
    }
    return shown;
}

void MainWindow::showNotice(const QString &text)
{
    m_ui->noticeBar->showMessage(text);
}

void MainWindow::setAutoRefreshMinutes(int minutes)
{
    m_settings->setAutoRefreshMinutes(minutes);
    saveSettings();
    m_schedule->setIntervalMinutes(m_settings->autoRefreshMinutes());
    m_actions->setAutoRefreshMinutes(m_settings->autoRefreshMinutes());
}

void MainWindow::saveSettings()
{
    QString error;
    if (!m_settings->sync(&error))
        showNotice(tr("Your settings could not be saved: %1 They stay in effect and will be saved again.").arg(error));
}

void MainWindow::setPrivacy(bool enabled)
{
    updateDisplay(enabled);
    m_settings->setPrivacyMode(enabled);
    saveSettings();
    if (!enabled)
        m_ui->table->fitColumnsToContents();
}

void MainWindow::updateDisplay(bool privacy)
{
    const AmountDisplay display(QLocale(), privacy, m_currency->wanted(), m_currency->rate());
    m_model->setDisplay(display);
    m_actions->setCurrency(m_currency->wanted());
    m_ui->rateNotice->setText(display.fiat().notice(display.locale()));
    m_ui->filters->setCurrency(display.fiat());
    m_exporter->setUsdCny(display.currency() == FiatCurrency::Cny ? m_currency->rate() : std::nullopt);
}

void MainWindow::chooseCurrency(FiatCurrency currency)
{
    m_currency->choose(currency);
    saveSettings();
}

void MainWindow::applyColorScheme(AppSettings::ColorScheme scheme)
{
    m_colorScheme->apply(scheme);
    m_actions->setColorScheme(scheme);
}

void MainWindow::chooseColorScheme(AppSettings::ColorScheme scheme)
{
    applyColorScheme(scheme);
    m_settings->setColorScheme(scheme);
    saveSettings();
}

void MainWindow::switchLanguage(bool chinese)
{
    const LanguageManager::Language language = chinese ? LanguageManager::Language::Chinese : LanguageManager::Language::English;
    m_languages->setLanguage(language);
    m_settings->setLanguage(LanguageManager::code(language));
    saveSettings();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::retranslateUi()
{
    QApplication::setApplicationDisplayName(tr("OKX Wallet Viewer"));
    // Set on the window too: a title taken from the display name is not renewed on every platform.
    setWindowTitle(QApplication::applicationDisplayName());
    m_actions->retranslate();
    updateBanner();
    m_ui->credentialsBanner->setActionText(tr("Open Settings…"));
    m_ui->errorBar->setActionText(tr("Retry"));
    if (m_listActions)
        m_listActions->retranslate();
    if (m_tray)
        m_tray->retranslate();
    // Numbers follow the language's locale, which the LanguageManager made the default.
    updateDisplay(m_model->display().isPrivate());
    m_model->retranslate();
    // The demo portfolios' names are in the language too.
    m_sync->setExtraAddresses(shownExtras());
    m_overview->update();
    if (m_ui->errorBar->isVisible())
        m_overview->updateErrorBar();
}


void MainWindow::saveWindowState()
{
    m_ui->save(*m_settings);
    m_settings->sync();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (close())
        QCoreApplication::quit();
    m_quitting = false;
}

bool MainWindow::watchesInBackground() const
{
    // Without auto-refresh there is nothing to watch; without a tray, nowhere to watch from.
    return m_notifier && m_schedule->isEnabled();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_listActions && !m_listActions->mayClose()) {
        event->ignore();
        return;
    }
    if (!m_quitting && watchesInBackground()) {
        switch (CloseToTrayPrompt::decide(*m_settings, this)) {
        case CloseToTrayPrompt::Outcome::KeepWatching:
            saveWindowState();
            event->ignore();
            hide();
            return;
        case CloseToTrayPrompt::Outcome::StayOpen:
            event->ignore();
            return;
        case CloseToTrayPrompt::Outcome::Quit:
            break;
        }
    }
    m_refresh->cancel();
    saveWindowState();
    event->accept();
}
