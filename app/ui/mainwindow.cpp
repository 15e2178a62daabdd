#include "ui/mainwindow.h"

#include "api/balanceclient.h"
#include "model/addresslistmodel.h"
#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "model/holdingssummary.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "storage/autorefreshschedule.h"
#include "storage/secretstore.h"
#include "storage/watchlist.h"
#include "ui/addresssidebar.h"
#include "ui/allocationchartview.h"
#include "ui/filterbar.h"
#include "ui/holdingsexporter.h"
#include "ui/holdingsview.h"
#include "ui/languagemanager.h"
#include "ui/mainactions.h"
#include "ui/messagebar.h"
#include "ui/refreshstatus.h"
#include "ui/settingsdialog.h"
#include "ui/summaryheader.h"
#include "ui/viewpreferences.h"
#include "ui/watchlistactions.h"
#include "ui/watchlistsync.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString WindowStateKey = QStringLiteral("mainWindow/state");
const QString OuterSplitterKey = QStringLiteral("mainWindow/sidebarSplitter");
/** How often the summary and the chart follow a refresh in progress. */
constexpr int OverviewDelayMs = 150;
const QString ContentSplitterKey = QStringLiteral("mainWindow/contentSplitter");
const QString HeaderKey = QStringLiteral("holdings/header");
const QString PreferencesKey = QStringLiteral("holdings/preferences");

} // namespace

MainWindow::MainWindow(const Session &session, AppSettings *settings, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_languages(languages)
    , m_client(new BalanceClient(this))
    , m_model(new AssetTableModel(this))
    , m_proxy(new AssetFilterProxy(this))
    , m_addresses(new AddressListModel(m_model, this))
    , m_refresh(new RefreshController(m_client, m_model, this))
    , m_schedule(new AutoRefreshSchedule(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_secrets = session.secrets;
    m_client->setConfig(session.config);
    m_proxy->setSourceModel(m_model);
    m_model->setDisplay(AmountDisplay(QLocale(), settings->privacyMode()));

    createWidgets();
    // Cached holdings go into the model now, so the first paint already shows them.
    m_sync = new WatchListSync(session.watchList, m_model, m_refresh, SnapshotCache(), this);
    connect(m_sync, &WatchListSync::notice, this, &MainWindow::showNotice);
    m_sync->setExtraAddresses(shownExtras());
    if (session.watchList) {
        m_listActions = new WatchListActions(session.watchList, m_actions, m_sidebar, m_undoBar, this);
        connect(session.watchList, &WatchList::saveFailed, this, [this](const QString &error) {
            showNotice(tr("%1 The watch list is kept here and will be saved again.").arg(error));
        });
        connect(session.watchList, &WatchList::saveRecovered, this,
                [this] { showNotice(tr("The watch list is saved again.")); });
    } else {
        for (QAction *action : {m_actions->addAddress, m_actions->editAddress, m_actions->removeAddress,
                                m_actions->moveUp, m_actions->moveDown, m_actions->undoRemove})
            action->setEnabled(false);
    }

    connectActions();
    connectModels();
    restoreWindowState();
    retranslateUi();
    updateOverview();
    // After the first paint: the window appears at once, holdings follow.
    QTimer::singleShot(0, m_refresh, &RefreshController::refresh);
}

MainWindow::~MainWindow()
{
    // Stop while the window is whole: the client, destroyed before the controller, would otherwise
    // finish the replies in flight into a half-destroyed window.
    m_schedule->setInterval(std::chrono::milliseconds(0));
    m_refresh->cancel();
    m_refresh->disconnect(this);
    m_model->disconnect(this);
}

void MainWindow::createWidgets()
{
    m_overviewTimer = new QTimer(this);
    m_overviewTimer->setSingleShot(true);
    m_overviewTimer->setInterval(OverviewDelayMs);
    m_actions = new MainActions(this);
    m_demoBanner = new MessageBar(MessageBar::Kind::Information, this);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_errorBar = new MessageBar(MessageBar::Kind::Error, this);
    m_errorBar->setObjectName(QStringLiteral("errorBar"));
    m_errorBar->setClosable(true);
    m_noticeBar = new MessageBar(MessageBar::Kind::Information, this);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    m_noticeBar->setClosable(true);
    m_noticeBar->hide();
    m_undoBar = new MessageBar(MessageBar::Kind::Information, this);
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoBar->hide();
    m_sidebar = new AddressSidebar(m_addresses, this);
    m_sidebar->setActions({m_actions->addAddress, m_actions->editAddress, m_actions->removeAddress,
                           m_actions->moveUp, m_actions->moveDown},
                          {m_actions->addAddress, m_actions->removeAddress, m_actions->moveUp, m_actions->moveDown});
    m_summary = new SummaryHeader(this);
    m_filters = new FilterBar(m_proxy, this);
    m_table = new HoldingsView(this);
    m_table->setModel(m_proxy);
    m_chart = new AllocationChartView(this);

    m_contentSplitter = new QSplitter(Qt::Horizontal, this);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->addWidget(m_table);
    m_contentSplitter->addWidget(m_chart);
    // A wider window widens the table; the chart keeps the size it was given.
    m_contentSplitter->setStretchFactor(0, 1);
    m_contentSplitter->setStretchFactor(1, 0);
    m_contentSplitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_errorBar);
    contentLayout->addWidget(m_noticeBar);
    contentLayout->addWidget(m_undoBar);
    contentLayout->addWidget(m_filters);
    contentLayout->addWidget(m_contentSplitter, 1);

    m_outerSplitter = new QSplitter(Qt::Horizontal, this);
    m_outerSplitter->setObjectName(QStringLiteral("sidebarSplitter"));
    m_outerSplitter->addWidget(m_sidebar);
    m_outerSplitter->addWidget(content);
    m_outerSplitter->setStretchFactor(1, 1);
    m_outerSplitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_outerSplitter, 1);
    setCentralWidget(central);

    m_status = new RefreshStatus(this);
    m_connection = new ConnectionIndicator(m_session.config.baseUrl, m_session.demo, this);
    statusBar()->addWidget(m_status);
    statusBar()->addPermanentWidget(m_filters->rowCountLabel());
    m_filters->rowCountLabel()->show();
    statusBar()->addPermanentWidget(m_connection);
    m_demoBanner->setVisible(m_session.demo);
}

void MainWindow::connectActions()
{
    connect(m_actions->refresh, &QAction::triggered, m_refresh, &RefreshController::refresh);
    connect(m_actions->stop, &QAction::triggered, m_refresh, &RefreshController::cancel);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(m_actions->copy, &QAction::triggered, m_table, &HoldingsView::copySelection);
    connect(m_actions->find, &QAction::triggered, m_filters, &FilterBar::focusSearch);
    connect(m_actions->privacy, &QAction::toggled, this, &MainWindow::setPrivacy);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->english, &QAction::triggered, this, [this] { switchLanguage(false); });
    connect(m_actions->chinese, &QAction::triggered, this, [this] { switchLanguage(true); });
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_demoBanner, &MessageBar::actionTriggered, this, &MainWindow::showSettings);
    connect(m_errorBar, &MessageBar::actionTriggered, m_refresh, &RefreshController::refresh);
    connect(m_actions, &MainActions::autoRefreshChosen, this, &MainWindow::setAutoRefreshMinutes);
    connect(m_schedule, &AutoRefreshSchedule::refreshDue, m_refresh, &RefreshController::refresh);
    connect(m_refresh, &RefreshController::started, m_schedule, &AutoRefreshSchedule::refreshStarted);
    connect(m_refresh, &RefreshController::finished, m_schedule, &AutoRefreshSchedule::refreshFinished);
    setAutoRefreshMinutes(m_settings->autoRefreshMinutes());

    m_actions->privacy->setChecked(m_model->display().isPrivate());
    const bool chinese = m_languages->language() == LanguageManager::Language::Chinese;
    (chinese ? m_actions->chinese : m_actions->english)->setChecked(true);
}

void MainWindow::connectModels()
{
    connect(m_sidebar, &AddressSidebar::currentAddressChanged, this, &MainWindow::setScope);
    connect(m_overviewTimer, &QTimer::timeout, this, &MainWindow::updateOverview);
    connect(m_model, &AssetTableModel::snapshotsChanged, this, &MainWindow::scheduleOverview);
    connect(m_model, &AssetTableModel::changesChanged, this, &MainWindow::scheduleOverview);
    connect(m_model, &AssetTableModel::displayChanged, this, &MainWindow::updateOverview);
    connect(m_chart, &AllocationChartView::groupingChanged, this, [this] {
        m_proxy->clearSliceFilter();
        updateOverview();
    });
    connect(m_chart, &AllocationChartView::sliceClicked, m_proxy, &AssetFilterProxy::setSliceFilter);

    connect(m_refresh, &RefreshController::started, this, [this] {
        m_actions->refresh->setEnabled(false);
        m_actions->stop->setEnabled(true);
        m_connection->setRefreshing(true);
        m_summary->setRefreshing(true);
    });
    connect(m_refresh, &RefreshController::progressChanged, m_status, &RefreshStatus::setProgress);
    connect(m_refresh, &RefreshController::finished, this, &MainWindow::onRefreshFinished);
}

void MainWindow::setScope(const QString &address)
{
    m_sidebar->setCurrentAddress(address);
    m_model->setShareScope(address);
    m_proxy->setAddressScope(address);
    m_proxy->clearSliceFilter();
    m_table->setAllAddresses(address.isEmpty());
    updateOverview();
}

void MainWindow::scheduleOverview()
{
    // The summary and the chart sum every address: redone per reply, 200 addresses would cost O(n²).
    if (!m_refresh->isRefreshing())
        updateOverview();
    else if (!m_overviewTimer->isActive())
        m_overviewTimer->start();
}

void MainWindow::updateOverview()
{
    m_overviewTimer->stop();
    const QString scope = m_proxy->addressScope();
    const QList<PortfolioSnapshot> snapshots = m_model->snapshotsInScope(scope);
    const PortfolioSnapshot *single = scope.isEmpty() ? nullptr : m_model->snapshot(scope);
    m_summary->setSummary(single ? single->displayName() : QString(), scope, HoldingsSummary::of(snapshots),
                          m_model->display());
    QList<AddressChanges> changes;
    for (const PortfolioSnapshot &snapshot : snapshots) {
        if (const AddressChanges *change = m_model->changesOf(snapshot.address))
            changes.append(*change);
    }
    m_summary->setChanges(changes);
    m_summary->setFromCache(m_refresh->connection() == RefreshController::Connection::Unknown);
    m_summary->setRefreshing(m_refresh->isRefreshing());
    m_chart->setAllocation(AllocationBuilder::build(snapshots, m_chart->grouping()), m_model->display());
}

void MainWindow::onRefreshFinished(bool cancelled)
{
    m_actions->refresh->setEnabled(true);
    m_actions->stop->setEnabled(false);
    m_status->setFinished(cancelled, int(m_refresh->failures().size()));
    m_connection->setRefreshing(false);
    m_connection->setConnection(m_refresh->connection());
    updateOverview();
    // Masked amounts would size the columns for the mask; fit once they show.
    if (!m_model->display().isPrivate())
        m_table->fitColumnsToContents();
    updateErrorBar();
}

void MainWindow::updateErrorBar()
{
    const QString failure = m_refresh->failureSummary();
    if (failure.isEmpty()) {
        m_errorBar->hide();
        return;
    }
    const HoldingsSummary all = HoldingsSummary::of(m_model->snapshots());
    QString text = failure;
    if (m_refresh->connection() == RefreshController::Connection::Unreachable && all.oldestFetch.isValid())
        //: %1 is the time of the oldest saved holdings on screen.
        text = tr("Offline — showing holdings as of %1.").arg(m_model->display().fetchTime(all.oldestFetch))
            + QLatin1Char(' ') + failure;
    else if (all.oldestFetch.isValid())
        //: %1 is the time of the oldest data still on screen.
        text += QLatin1Char(' ') + tr("The data shown is as of %1.").arg(m_model->display().fetchTime(all.oldestFetch));
    m_errorBar->showMessage(text);
}

bool MainWindow::exportCsv(const QString &filePath, ExportDialog::Scope scope, QString *error)
{
    const QList<HoldingRow> rows = scope == ExportDialog::Scope::AllAddresses ? HoldingsExporter::allRows(*m_model)
                                                                               : HoldingsExporter::rowsOfView(*m_proxy);
    if (!HoldingsExporter::write(filePath, rows, error))
        return false;
    m_settings->setExportDirectory(QFileInfo(filePath).absolutePath());
    saveSettings();
    statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, int(rows.size())).arg(filePath), 8000);
    return true;
}

void MainWindow::showExportDialog()
{
    ExportDialog dialog(m_proxy->rowCount(), m_model->rowCount(), m_settings->exportDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    // The old file, if any, is left as it was; the message bar says why.
    if (!exportCsv(dialog.filePath(), dialog.scope(), &error))
        showNotice(error);
}

void MainWindow::showSettings()
{
    if (!m_secrets) {
        m_secrets = new SecretStore(this);
        m_secrets->setUseOwnerOnlyFile(m_settings->secretsInOwnerOnlyFile());
        m_secrets->load();
    }
    SettingsDialog dialog(*m_settings, *m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveSettings();
    setAutoRefreshMinutes(m_settings->autoRefreshMinutes());
    const ClientConfig entered = dialog.enteredConfig();
    // Demo mode ends once real credentials exist; until then the demo server stays the host.
    if (!entered.credentials.isComplete() && m_session.demo)
        return;
    applyConfig(entered);
}

void MainWindow::applyConfig(const ClientConfig &config)
{
    m_session.config = config;
    if (config.credentials.isComplete())
        m_session.demo = false;
    m_client->setConfig(config);
    m_demoBanner->setVisible(m_session.demo);
    m_connection->setServer(config.baseUrl, m_session.demo);
    m_sync->setExtraAddresses(shownExtras());
    // A refresh in flight still talks to the old server: let it stop, then start afresh.
    if (m_refresh->isRefreshing()) {
        connect(m_refresh, &RefreshController::finished, m_refresh, &RefreshController::refresh, Qt::SingleShotConnection);
        m_refresh->cancel();
    } else {
        m_refresh->refresh();
    }
}

QList<WatchedAddress> MainWindow::shownExtras() const
{
    return m_session.demo ? m_session.addresses + m_session.demoAddresses : m_session.addresses;
}

void MainWindow::showNotice(const QString &text)
{
    m_noticeBar->showMessage(text);
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

void MainWindow::showAbout()
{
    const QString host = m_session.config.baseUrl.toString();
    QMessageBox::about(
        this, tr("About OKX Wallet Viewer"),
        tr("<h3>OKX Wallet Viewer %1</h3>"
           "<p>Shows the holdings of wallet addresses through the OKX Web3 Balance API.</p>"
           "<p>The only host this app talks to is the configured API server:<br/><b>%2</b>%3</p>"
           "<p>No telemetry: nothing else is sent anywhere.</p>")
            .arg(QApplication::applicationVersion(), host.toHtmlEscaped(),
                 m_session.demo ? QStringLiteral("<br/>") + tr("(the built-in demo server on this computer)") : QString()));
}

void MainWindow::setPrivacy(bool enabled)
{
    m_model->setDisplay(AmountDisplay(QLocale(), enabled));
    m_settings->setPrivacyMode(enabled);
    saveSettings();
    if (!enabled)
        m_table->fitColumnsToContents();
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
    m_actions->retranslate();
    m_demoBanner->showMessage(tr("Demo data — enter your OKX API key to see your own addresses"));
    m_demoBanner->setVisible(m_session.demo);
    m_demoBanner->setActionText(tr("Open Settings…"));
    m_errorBar->setActionText(tr("Retry"));
    if (m_listActions)
        m_listActions->retranslate();
    // Numbers follow the language's locale, which the LanguageManager made the default.
    m_model->setDisplay(AmountDisplay(QLocale(), m_model->display().isPrivate()));
    m_model->retranslate();
    updateOverview();
    if (m_errorBar->isVisible())
        updateErrorBar();
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->stateBlob(GeometryKey))) {
        // First start: most of the screen, leaving room for the desktop's panels; on a small
        // screen every pixel, since the table, the sidebar and the chart all need the width.
        const QSize available = screen()->availableSize();
        if (available.width() < 1280 || available.height() < 800)
            resize(available);
        else
            resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(m_settings->stateBlob(WindowStateKey));
    if (!m_outerSplitter->restoreState(m_settings->stateBlob(OuterSplitterKey)))
        m_outerSplitter->setSizes({m_sidebar->minimumWidth(), width()});
    if (!m_contentSplitter->restoreState(m_settings->stateBlob(ContentSplitterKey))) {
        // A quarter for the chart, but no less than it needs: in a narrow window the table needs the rest.
        const int content = width() - m_sidebar->minimumWidth();
        const int chart = qMax(m_chart->minimumSizeHint().width(), content / 4);
        m_contentSplitter->setSizes({content - chart, chart});
    }
    m_table->restoreViewState(m_settings->stateBlob(HeaderKey));

    const ViewPreferences preferences = ViewPreferences::fromBlob(m_settings->stateBlob(PreferencesKey));
    m_proxy->setSearchText(preferences.search);
    m_proxy->setHideRisk(preferences.hideRisk);
    m_proxy->setHideSmall(preferences.hideSmall);
    m_proxy->setHideUnpriced(preferences.hideUnpriced);
    m_chart->setGrouping(preferences.grouping);
    setScope(m_model->snapshot(preferences.scope) ? preferences.scope : QString());
}

void MainWindow::saveWindowState()
{
    m_settings->setStateBlob(GeometryKey, saveGeometry());
    m_settings->setStateBlob(WindowStateKey, saveState());
    m_settings->setStateBlob(OuterSplitterKey, m_outerSplitter->saveState());
    m_settings->setStateBlob(ContentSplitterKey, m_contentSplitter->saveState());
    m_settings->setStateBlob(HeaderKey, m_table->saveViewState());
    ViewPreferences preferences;
    preferences.search = m_proxy->searchText();
    preferences.hideRisk = m_proxy->hidesRisk();
    preferences.hideSmall = m_proxy->hidesSmall();
    preferences.hideUnpriced = m_proxy->hidesUnpriced();
    preferences.grouping = m_chart->grouping();
    preferences.scope = m_proxy->addressScope();
    m_settings->setStateBlob(PreferencesKey, preferences.toBlob());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_listActions && !m_listActions->mayClose()) {
        event->ignore();
        return;
    }
    m_refresh->cancel();
    saveWindowState();
    event->accept();
}
