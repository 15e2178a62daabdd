#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "model/addresslistmodel.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "storage/autorefreshschedule.h"
#include "storage/snapshotcache.h"
#include "storage/watchlist.h"
#include "storage/watchlistcsv.h"
#include "support/filesizelimit.h"
#include "support/closedport.h"
#include "support/testassets.h"
#include "api/chainregistry.h"
#include "ui/addressbatchdialog.h"
#include "ui/addressdialog.h"
#include "ui/allocationchartview.h"
#include "ui/holdingsview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/watchlistactions.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QClipboard>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <memory>

using namespace std::chrono_literals;

namespace {

using WindowTestSession::WaitMs;
using WindowTestSession::waitForRefresh;

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString Carol = QStringLiteral("0x3333333333333333333333333333333333333333");
const QString Tron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

TokenAsset asset(const QString &contract, const QString &symbol, const QString &balance, const QString &price)
{
    return TestAssets::asset(QStringLiteral("1"), contract, symbol, balance, price);
}

const QString Usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString Link = QStringLiteral("0x514910771af9ca656af840dff83e8264ecf986ca");
const QString Uni = QStringLiteral("0x1f9840a85d5af5bf1d1762f919f1a08ce6f5b2a4");


} // namespace

/**
 * The window over a real watch list and snapshot cache (QStandardPaths test mode) against the demo
 * server in its own thread: the list in the sidebar, add / remove / undo, reloading a list the
 * command line changed, instant and offline start from the cache, auto-refresh and exact changes.
 */
class TestWatchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void watchListIsShownInTheSidebar();
    void addViaTheDialog();
    void emptyWatchListShowsTheFirstRunPrompt();
    void editingChainsAppliesAtOnce();
    void demoPortfoliosGiveWayToTheUsersOwn();
    void invalidAddressIsRefusedInTheDialog();
    void removeAndUndo();
    void moveReorders();
    void sidebarContextMenuActsOnTheAddress();
    void externalChangeIsReloaded();
    void addOnAFullDiskIsKept();
    void cacheGivesAnInstantAndOfflineStart();
    void ownAddressesWithoutCredentialsShowTheCacheAndAskForTheKey();
    void foreignCacheIsNeverShown();
    void stopBeforeTheFirstAnswerSaysSo();
    void stopHalfwaySaysTheDataIsOlder();
    void autoRefreshRunsOnItsInterval();
    void changesAreExact();
    void headerMenuChoosesColumnsAndTheyAreRemembered();
    void longChangeListNeverWidensTheWindow();
    void hostileLabelStaysOnOneLine();
    void longLabelNeverWidensTheWindow();
    void addManyPastedFromTheClipboard();
    void refreshThisTokenFromTheContextMenu();
    void importAndExportTheWatchListFromTheFileMenu();

private:
    /** What the servers of these tests hold: Alice's ETH and USDC, Bob's LINK, Carol nothing. */
    static void setPortfolios(LocalOkxServer &server);
    /** Opens the window on @p baseUrl; with @p demoAddresses, in demo mode showing them. */
    void openWindow(const QUrl &baseUrl, const QList<WatchedAddress> &demoAddresses = {});
    template<typename T>
    T *child(const char *name) const { return m_window->findChild<T *>(QString::fromLatin1(name)); }
    int sidebarRows() const { return child<QListView>("addressList")->model()->rowCount(); }
    void select(const QString &address);
    /** The table's row of the holding @p symbol (in view), or -1. */
    int tableRowOf(const QString &symbol) const;
    /** Right-clicks the table's @p row and chooses the menu entry whose access key is @p key. */
    void chooseInTableMenu(int row, Qt::Key key);
    /**
     * Opens the File menu with Alt+F, chooses the entry whose access key is @p key, and answers the
     * file dialog it opens with @p path, typed as a person would.
     */
    void chooseFileInFileMenu(Qt::Key key, const QString &path);

    DemoServerThread m_server;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestWatchWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Qt's own file dialog, whatever the desktop: the one the test can type into.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_server.start());
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
}

void TestWatchWindow::init()
{
    WindowTestSession::clearAppLocations();
    m_server.server()->clearFaults();
    m_server.server()->setSpecificTokenStyle({});
    setPortfolios(*m_server.server());
    m_settings = WindowTestSession::appSettings();
    m_list = std::make_unique<WatchList>();
    m_list->setAutoSave(true);
    QVERIFY(m_list->add(WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1")}}).isEmpty());
    QVERIFY(m_list->add(WatchedAddress{Bob, QStringLiteral("Bob"), {QStringLiteral("1")}}).isEmpty());
}

void TestWatchWindow::setPortfolios(LocalOkxServer &server)
{
    server.setPortfolio(Alice, {asset(QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000")),
                                asset(Usdc, QStringLiteral("USDC"), QStringLiteral("250"), QStringLiteral("1"))});
    server.setPortfolio(Bob, {asset(Link, QStringLiteral("LINK"), QStringLiteral("10"), QStringLiteral("15"))});
    server.setPortfolio(Carol, {});
}

void TestWatchWindow::cleanup()
{
    m_window.reset();
    m_list.reset();
    m_settings.reset();
}

void TestWatchWindow::openWindow(const QUrl &baseUrl, const QList<WatchedAddress> &demoAddresses)
{
    Session session;
    session.demo = !demoAddresses.isEmpty();
    session.demoAddresses = demoAddresses;
    session.config.baseUrl = baseUrl;
    session.config.credentials = LocalOkxServer::demoCredentials();
    session.config.requestsPerSecond = 100;
    session.config.timeoutMs = 2000;
    session.config.maxAttempts = 1;
    session.watchList = m_list.get();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->show();
}

void TestWatchWindow::select(const QString &address)
{
    QListView *list = child<QListView>("addressList");
    const int row = static_cast<AddressListModel *>(list->model())->rowOf(address);
    QVERIFY(row > 0);
    list->setCurrentIndex(list->model()->index(row, 0));
}

void TestWatchWindow::watchListIsShownInTheSidebar()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(sidebarRows(), 3);
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QCOMPARE(sidebar->index(1, 0).data().toString(), QStringLiteral("Alice"));
    QCOMPARE(sidebar->index(2, 0).data().toString(), QStringLiteral("Bob"));
    // 1.5 × 2000 + 250 × 1, exact.
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::TotalRole).value<Decimal>(), *Decimal::parse(u"3250"));
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::TotalTextRole).toString(), QStringLiteral("$3,250.00"));
    QCOMPARE(m_window->assetModel()->rowCount(), 3);
    QVERIFY(!child<MessageBar>("credentialsBanner")->isVisible());
}

void TestWatchWindow::addViaTheDialog()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QString problem = QStringLiteral("not run");
    m_window->watchListActions()->setDialogHook([&problem](AddressDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(Carol);
        dialog.findChild<QLineEdit *>(QStringLiteral("labelEdit"))->setText(QStringLiteral("Carol"));
        problem = dialog.problem();
        QTimer::singleShot(0, &dialog, &QDialog::accept);
    });
    child<QAction>("actionAddAddress")->trigger();
    QCOMPARE(problem, QString());
    QCOMPARE(m_list->size(), 3);
    QCOMPARE(m_list->at(2).label, QStringLiteral("Carol"));
    QCOMPARE(sidebarRows(), 4);
    // Saved at once, for the next start and the command line.
    WatchList onDisk;
    QVERIFY(onDisk.load().ok);
    QCOMPARE(onDisk.entries(), m_list->entries());
    // Fetched at once, without a refresh asked for: not left "Not refreshed yet".
    QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->entry(Carol)->snapshot.hasData(), WaitMs);
    // Carol holds nothing: the empty table says so, not that filters hide her holdings.
    select(Carol);
    QCOMPARE(child<HoldingsView>("holdingsView")->emptyResultText(),
             QStringLiteral("This address holds nothing on its watched chains, or has not been refreshed yet."));
}

void TestWatchWindow::emptyWatchListShowsTheFirstRunPrompt()
{
    while (m_list->size() > 0)
        QVERIFY(m_list->remove(0));
    openWindow(m_server.baseUrl());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *prompt = child<QWidget>("firstRunPrompt");
    QVERIFY(prompt->isVisible());
    // Its explanation whole: as tall as its wrapped lines need.
    auto *explanation = child<QLabel>("firstRunText");
    QVERIFY(explanation->wordWrap());
    QVERIFY2(explanation->height() >= explanation->heightForWidth(explanation->width()),
             qPrintable(QStringLiteral("%1 < %2").arg(explanation->height()).arg(explanation->heightForWidth(explanation->width()))));
    // Nothing was refreshed: the status bar does not say "Refreshed".
    QTRY_VERIFY(!m_window->refreshController()->isRefreshing());
    QCOMPARE(child<QLabel>("refreshStatusText")->text(), QString());
    QVERIFY(!child<QWidget>("summaryTotal")->isVisible());

    // Its button opens the add dialog; the address added, the holdings take the prompt's place.
    m_window->watchListActions()->setDialogHook([](AddressDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(Carol);
        QTimer::singleShot(0, &dialog, &QDialog::accept);
    });
    QPushButton *add = child<QPushButton>("firstRunAddButton");
    QVERIFY(add->text().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_list->size(), 1);
    QVERIFY(!prompt->isVisible());
    QVERIFY(child<QWidget>("summaryTotal")->isVisible());

    // The last address removed with Delete, the prompt is back (beside the offer to undo). The
    // offscreen platform gives the window back its focus only when asked, as a window manager does.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    select(Carol);
    QListView *list = child<QListView>("addressList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_list->size(), 0);
    QVERIFY(prompt->isVisible());
    QVERIFY(child<MessageBar>("undoBar")->isVisible());
}

void TestWatchWindow::editingChainsAppliesAtOnce()
{
    const TokenAsset cake = TestAssets::asset(QStringLiteral("56"), QStringLiteral("0x0e09fabb73bd3ade0a17ecc321fd13a19e81ce82"),
                                              QStringLiteral("CAKE"), QStringLiteral("10"), QStringLiteral("2"));
    m_server.server()->setPortfolio(Alice, {asset(QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000")),
                                            asset(Usdc, QStringLiteral("USDC"), QStringLiteral("250"), QStringLiteral("1")), cake});
    QVERIFY(m_list->update(0, WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1"), QStringLiteral("56")}}).isEmpty());
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::TotalRole).value<Decimal>(), *Decimal::parse(u"3270"));
    const int rows = m_window->assetModel()->rowCount();

    // BNB Chain no longer watched: CAKE's row and value go at once, and nothing is fetched for it.
    QVERIFY(m_list->update(0, WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1")}}).isEmpty());
    QCOMPARE(m_window->assetModel()->rowCount(), rows - 1);
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::TotalRole).value<Decimal>(), *Decimal::parse(u"3250"));
    QVERIFY(!m_window->refreshController()->isRefreshing());

    // The next refresh reports no loss for the chain the user dropped.
    m_window->refreshController()->refresh();
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::ChangeRole).value<Decimal>(), Decimal());
    QVERIFY2(!child<QLabel>("summaryChange")->text().contains(u"-$"), qPrintable(child<QLabel>("summaryChange")->text()));

    // A chain added is fetched at once, and what it holds is not a gain.
    QVERIFY(m_list->update(0, WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1"), QStringLiteral("56")}}).isEmpty());
    QVERIFY(m_window->refreshController()->isRefreshing());
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_window->assetModel()->rowCount(), rows);
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::ChangeRole).value<Decimal>(), Decimal());
}

void TestWatchWindow::demoPortfoliosGiveWayToTheUsersOwn()
{
    QVERIFY(m_list->remove(1));
    QVERIFY(m_list->remove(0));
    openWindow(m_server.baseUrl(), {WatchedAddress{Carol, QStringLiteral("Demo fund"), {QStringLiteral("1")}}});
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_window->store()->addresses(), QStringList{Carol});
    // The user's first own address: the dialog says beforehand that the demo portfolios make way.
    bool noticeShown = false;
    m_window->watchListActions()->setDialogHook([&noticeShown](AddressDialog &dialog) {
        const auto *notice = dialog.findChild<QLabel *>(QStringLiteral("demoNotice"));
        // Whole or elided, the label says it (its tooltip holds the whole text when it is elided).
        noticeShown = notice && notice->isVisibleTo(&dialog)
            && (notice->toolTip().isEmpty() ? notice->text() : notice->toolTip()).contains(u"demo portfolios");
        QTimer::singleShot(0, &dialog, [&dialog] {
            QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit")), Alice);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    });
    child<QAction>("actionAddAddress")->trigger();
    QVERIFY(noticeShown);
    // The window is theirs, the demo portfolio goes; their address is never asked of the demo
    // server (its figures would be made up): it waits for their key.
    QCOMPARE(m_list->size(), 1);
    QCOMPARE(m_window->store()->addresses(), QStringList{Alice});
    QCOMPARE(sidebarRows(), 2);
    QTest::qWait(300);
    QVERIFY(!m_window->store()->entry(Alice)->snapshot.hasData());
    QVERIFY(!m_window->refreshController()->isRefreshing());
    QVERIFY2(child<MessageBar>("credentialsBanner")->text().contains(u"Enter your OKX API key"),
             qPrintable(child<MessageBar>("credentialsBanner")->text()));
    // With their own address there, the next one replaces nothing.
    m_window->watchListActions()->setDialogHook([&noticeShown](AddressDialog &dialog) {
        noticeShown = dialog.findChild<QLabel *>(QStringLiteral("demoNotice"))->isVisibleTo(&dialog);
        QTimer::singleShot(0, &dialog, &QDialog::reject);
    });
    child<QAction>("actionAddAddress")->trigger();
    QVERIFY(!noticeShown);
}

void TestWatchWindow::invalidAddressIsRefusedInTheDialog()
{
    AddressDialog dialog(*m_list);
    dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(QStringLiteral("0x12345"));
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(Alice);
    QVERIFY(!dialog.problem().isEmpty()); // a duplicate
}

void TestWatchWindow::removeAndUndo()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    select(Alice);
    QAction *remove = child<QAction>("actionRemoveAddress");
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(m_list->size(), 1);
    QCOMPARE(sidebarRows(), 2);
    QVERIFY(m_window->store()->entry(Alice) == nullptr);
    MessageBar *undoBar = child<MessageBar>("undoBar");
    QVERIFY(undoBar->isVisible());
    QVERIFY(undoBar->text().contains(u"Alice"));

    QAction *undo = child<QAction>("actionUndoRemove");
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    QCOMPARE(m_list->size(), 2);
    QCOMPARE(m_list->at(0).address, Alice);
    QCOMPARE(sidebarRows(), 3);
    QVERIFY(!undoBar->isVisible());
    // Its cached holdings came back with it, without waiting for a refresh.
    QTRY_VERIFY(m_window->store()->entry(Alice)->snapshot.hasData());

    // Del in the list: the next address is selected, so Del again removes that one.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    select(Alice);
    QListView *list = child<QListView>("addressList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->currentIndex().data(AddressListModel::AddressRole).toString(), Bob);
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(m_list->isEmpty());
}

void TestWatchWindow::moveReorders()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    select(Bob);
    QVERIFY(!child<QAction>("actionMoveDown")->isEnabled());
    QListView *list = child<QListView>("addressList");
    list->setFocus();
    QTest::keySequence(list, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    QCOMPARE(m_list->at(0).address, Bob);
    QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("Bob"));
    // Once more, at the top: nothing moves, and Bob stays selected (not "All addresses").
    QVERIFY(!child<QAction>("actionMoveUp")->isEnabled());
    QTest::keySequence(list, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    QCOMPARE(m_list->at(0).address, Bob);
    QCOMPARE(list->currentIndex().row(), 1);

    // Dragged back below Alice: what a drag in the list delivers, the list's own rows dropped on a row.
    QAbstractItemModel *rows = list->model();
    std::unique_ptr<QMimeData> dragged(rows->mimeData({list->currentIndex()}));
    const QPoint onAlice = list->visualRect(rows->index(2, 0)).center();
    QDragEnterEvent enter(onAlice, Qt::MoveAction, dragged.get(), Qt::LeftButton, {});
    QApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(onAlice, Qt::MoveAction, dragged.get(), Qt::LeftButton, {});
    QApplication::sendEvent(list->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(onAlice, Qt::MoveAction, dragged.get(), Qt::LeftButton, {});
    QApplication::sendEvent(list->viewport(), &drop);
    QCOMPARE(m_list->at(0).address, Alice);
    QCOMPARE(m_list->at(1).address, Bob);
    QCOMPARE(rows->index(2, 0).data().toString(), QStringLiteral("Bob"));
    QCOMPARE(list->currentIndex().row(), 2);
    // "All addresses" stays on top.
    const QPoint onAll = list->visualRect(rows->index(0, 0)).center();
    QDragMoveEvent ontoAll(onAll, Qt::MoveAction, dragged.get(), Qt::LeftButton, {});
    QApplication::sendEvent(list->viewport(), &ontoAll);
    QVERIFY(!ontoAll.isAccepted());
}

void TestWatchWindow::sidebarContextMenuActsOnTheAddress()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QListView *list = child<QListView>("addressList");
    // A right click on Bob's row, then an entry of its menu chosen with the keyboard.
    const auto chooseInContextMenu = [list](int row, const QString &entry) {
        QTimer::singleShot(0, list, [entry] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            const QList<QAction *> actions = menu->actions();
            const auto found = std::find_if(actions.cbegin(), actions.cend(), [&entry](QAction *action) { return action->text() == entry; });
            QVERIFY2(found != actions.cend(), qPrintable(entry));
            menu->setActiveAction(*found);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QPoint pos = list->visualRect(list->model()->index(row, 0)).center();
        QContextMenuEvent click(QContextMenuEvent::Mouse, pos, list->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(list->viewport(), &click);
    };
    chooseInContextMenu(2, QStringLiteral("&Copy Address"));
    QCOMPARE(list->currentIndex().data(AddressListModel::AddressRole).toString(), Bob);
    QCOMPARE(QGuiApplication::clipboard()->text(), Bob);

    QSignalSpy fetched(m_window->store(), &PortfolioStore::fetched);
    chooseInContextMenu(2, QStringLiteral("Re&fresh This Address"));
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(fetched.size(), 1);
    QCOMPARE(fetched.constFirst().constFirst().toString(), Bob);

    // F2 edits the selected address, from the list as from the menu bar.
    bool edited = false;
    m_window->watchListActions()->setDialogHook([&edited](AddressDialog &dialog) {
        edited = true;
        QTimer::singleShot(0, &dialog, &QDialog::reject);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    QVERIFY(edited);
}

void TestWatchWindow::externalChangeIsReloaded()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    // What `okx-wallet-viewer watch add` does while the window is open.
    WatchList cli;
    QVERIFY(cli.load().ok);
    QVERIFY(cli.add(WatchedAddress{Carol, QStringLiteral("From CLI"), {QStringLiteral("1")}}).isEmpty());
    QVERIFY(cli.save());
    QTRY_COMPARE_WITH_TIMEOUT(m_list->size(), 3, WaitMs);
    QCOMPARE(sidebarRows(), 4);
    // The window's next change keeps the command line's entry.
    select(Alice);
    child<QAction>("actionMoveDown")->trigger();
    QVERIFY(cli.load().ok);
    QCOMPARE(cli.size(), 3);
    QCOMPARE(cli.at(1).address, Alice);
}

void TestWatchWindow::addOnAFullDiskIsKept()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    const QString file = m_list->filePath();
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray saved = before.readAll();
    m_window->watchListActions()->setDialogHook([](AddressDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(Carol);
        dialog.findChild<QLineEdit *>(QStringLiteral("labelEdit"))->setText(QStringLiteral("Carol"));
        QTimer::singleShot(0, &dialog, &QDialog::accept);
    });
    {
        const FileSizeLimit::Scope fullDisk(16);
        child<QAction>("actionAddAddress")->trigger();
        // The folder's change notices arrive: the list must not be reloaded from the older file.
        QTest::qWait(500);

        // Closing the window now would lose the address: it asks, and Cancel keeps it open.
        QString question;
        QTimer::singleShot(0, this, [&question] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!m_window->close());
        QVERIFY2(question.contains(QStringLiteral("File too large")), qPrintable(question));
        QVERIFY(m_window->isVisible());
    }
    QCOMPARE(m_list->size(), 3);
    QCOMPARE(sidebarRows(), 4);
    const auto *notice = child<MessageBar>("noticeBar");
    QVERIFY2(notice->text().contains(QStringLiteral("File too large")), qPrintable(notice->text()));
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), saved);

    // With room again, the next change writes everything, and the bar says so.
    select(Alice);
    child<QAction>("actionMoveDown")->trigger();
    WatchList onDisk;
    QVERIFY(onDisk.load().ok);
    QCOMPARE(onDisk.size(), 3);
    QCOMPARE(onDisk.entries(), m_list->entries());
    QVERIFY(!notice->isVisible());
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("saved again")), qPrintable(status));
}

void TestWatchWindow::cacheGivesAnInstantAndOfflineStart()
{
    // A server of this test's own, so that it can go away and leave its address unanswered.
    QUrl serverUrl;
    QDateTime fetched;
    {
        DemoServerThread server;
        QVERIFY(server.start());
        setPortfolios(*server.server());
        serverUrl = server.baseUrl();
        openWindow(serverUrl);
        QVERIFY(waitForRefresh(m_window.get()));
        QCOMPARE(m_window->assetModel()->rowCount(), 3);
        fetched = m_window->store()->entry(Alice)->snapshot.fetchedAt;
        m_window.reset();
    }

    SnapshotCache cache;
    QVERIFY(cache.load(Alice).has_value());
    // A corrupt entry is dropped with a notice, never a crash.
    QFile bad(cache.filePathFor(Bob));
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    bad.write("{ not json");
    bad.close();

    // The same server, now unreachable (offline).
    openWindow(serverUrl);
    // At once, without a server (read in the cache's thread): Alice's saved holdings, exactly as fetched.
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 2);
    QCOMPARE(m_window->store()->entry(Alice)->snapshot.fetchedAt, fetched);
    QVERIFY(child<QLabel>("summaryUpdated")->text().contains(u"saved"));
    QTRY_VERIFY(child<MessageBar>("noticeBar")->isVisible());
    QVERIFY(!QFile::exists(cache.filePathFor(Bob)));

    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_window->refreshController()->connection(), RefreshController::Connection::Unreachable);
    QCOMPARE(m_window->assetModel()->rowCount(), 2);
    MessageBar *errorBar = child<MessageBar>("errorBar");
    QVERIFY(errorBar->isVisible());
    QVERIFY2(errorBar->text().startsWith(u"Offline — showing holdings as of"), qPrintable(errorBar->text()));
}

void TestWatchWindow::ownAddressesWithoutCredentialsShowTheCacheAndAskForTheKey()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    const QDateTime aliceFetched = m_window->store()->entry(Alice)->snapshot.fetchedAt;
    m_window.reset();

    // The next start has no credentials (they were kept for one session only): the user's own
    // addresses show what was saved, as of then, are not asked of any server, and the key is asked for.
    Session session;
    session.config.baseUrl = m_server.baseUrl();
    session.config.exchangeRateUrl = m_server.baseUrl();
    session.watchList = m_list.get();
    const int served = m_server.server()->requestCount();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->show();
    QTRY_COMPARE(m_window->assetModel()->rowCount(), 3);
    QCOMPARE(m_window->store()->entry(Alice)->snapshot.fetchedAt, aliceFetched);
    MessageBar *banner = child<MessageBar>("credentialsBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Enter your OKX API key"), qPrintable(banner->text()));
    QVERIFY2(child<QLabel>("summaryUpdated")->text().contains(u"saved"), qPrintable(child<QLabel>("summaryUpdated")->text()));
    QTest::qWait(300);
    QVERIFY(!m_window->refreshController()->isRefreshing());
    QCOMPARE(m_server.server()->requestCount(), served);

    // The key entered, the window refreshes and the banner goes.
    ClientConfig config = session.config;
    config.credentials = LocalOkxServer::demoCredentials();
    m_window->applyConfig(config);
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_window->refreshController()->connection(), RefreshController::Connection::Online);
    QVERIFY(!banner->isVisible());
}

void TestWatchWindow::foreignCacheIsNeverShown()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QVERIFY(m_window->assetModel()->rowCount() > 0);
    m_window.reset();

    // Another server: what the cache holds is another server's view of these addresses.
    openWindow(closedPortUrl());
    QCOMPARE(m_window->assetModel()->rowCount(), 0);
    QVERIFY(!m_window->store()->entry(Alice)->snapshot.hasData());
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_window->assetModel()->rowCount(), 0);
    m_window.reset();

    // The same server with another key: another account's view.
    openWindow(m_server.baseUrl());
    ClientConfig otherKey;
    otherKey.baseUrl = m_server.baseUrl();
    otherKey.exchangeRateUrl = m_server.baseUrl();
    otherKey.credentials = LocalOkxServer::demoCredentials();
    otherKey.credentials.apiKey = QStringLiteral("another-key");
    QTRY_VERIFY(m_window->store()->entry(Alice)->snapshot.hasData());
    m_window->applyConfig(otherKey);
    // Dropped at once, not after the refresh.
    QCOMPARE(m_window->assetModel()->rowCount(), 0);
    QVERIFY(!m_window->store()->entry(Alice)->snapshot.hasData());
}

void TestWatchWindow::stopBeforeTheFirstAnswerSaysSo()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    m_window.reset();

    // Started from the saved holdings, with a server too slow to answer before Esc is pressed.
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 1500;
    m_server.server()->injectFault(slow, 100);
    openWindow(m_server.baseUrl());
    RefreshController *refresh = m_window->refreshController();
    QVERIFY(QTest::qWaitFor([refresh] { return refresh->isRefreshing(); }, WaitMs));
    QVERIFY2(child<QLabel>("summaryUpdated")->text().contains(u"refreshing"), qPrintable(child<QLabel>("summaryUpdated")->text()));
    QVERIFY(child<QLabel>("connectionIndicator")->text().contains(u"Connecting"));

    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([refresh] { return !refresh->isRefreshing(); }, WaitMs));
    m_server.server()->clearFaults();
    const QString updated = child<QLabel>("summaryUpdated")->text();
    QVERIFY2(updated.contains(u"saved") && !updated.contains(u"refreshing"), qPrintable(updated));
    const QString connection = child<QLabel>("connectionIndicator")->text();
    QVERIFY2(connection.contains(u"Not connected") && !connection.contains(u"Connecting"), qPrintable(connection));
    QCOMPARE(child<QLabel>("refreshStatusText")->text(), QStringLiteral("Refresh cancelled"));
}

void TestWatchWindow::stopHalfwaySaysTheDataIsOlder()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QVERIFY(child<QLabel>("summaryUpdated")->text().startsWith(u"Updated"));

    // One request is slow, the other not: Esc once one address's holdings are in.
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 3000;
    m_server.server()->injectFault(slow, 1);
    const PortfolioStore *store = m_window->store();
    const QDateTime aliceBefore = store->entry(Alice)->snapshot.fetchedAt;
    const QDateTime bobBefore = store->entry(Bob)->snapshot.fetchedAt;
    QTest::qWait(1100); // the new fetch times differ from the old ones by a second at least
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->refreshController()->isRefreshing());
    const auto oneFetched = [store, aliceBefore, bobBefore] {
        return store->entry(Alice)->snapshot.fetchedAt > aliceBefore || store->entry(Bob)->snapshot.fetchedAt > bobBefore;
    };
    QVERIFY(QTest::qWaitFor(oneFetched, WaitMs));
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->refreshController()->isRefreshing(); }, WaitMs));
    m_server.server()->clearFaults();
    const int stopped = int(store->entry(Alice)->state == PortfolioStore::RefreshState::Cancelled)
        + int(store->entry(Bob)->state == PortfolioStore::RefreshState::Cancelled);
    QCOMPARE(stopped, 1);
    const QString updated = child<QLabel>("summaryUpdated")->text();
    QVERIFY2(updated.contains(u"stopped"), qPrintable(updated));
}

void TestWatchWindow::autoRefreshRunsOnItsInterval()
{
    m_settings->setAutoRefreshMinutes(5);
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_window->autoRefresh()->interval(), std::chrono::milliseconds(5min));
    QVERIFY(child<QAction>("actionAutoRefresh5")->isChecked());

    QSignalSpy started(m_window->refreshController(), &RefreshController::started);
    m_window->autoRefresh()->setInterval(50ms);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 2, WaitMs);

    child<QAction>("actionAutoRefresh0")->trigger();
    QVERIFY(!m_window->autoRefresh()->isEnabled());
    QCOMPARE(m_settings->autoRefreshMinutes(), 0);
}

void TestWatchWindow::changesAreExact()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    HoldingsView *table = child<HoldingsView>("holdingsView");
    // Nothing to compare with yet, then nothing changed: no Change column, and the summary says so in words.
    QVERIFY(table->isColumnHidden(AssetTableModel::ChangeColumn));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForRefresh(m_window.get()));
    QVERIFY(table->isColumnHidden(AssetTableModel::ChangeColumn));
    QCOMPARE(child<QLabel>("summaryChange")->text(), QStringLiteral("No change since the previous refresh"));

    // ETH moves in balance and price, USDC goes, UNI arrives; Bob stays the same.
    m_server.server()->setPortfolio(Alice, {asset(QString(), QStringLiteral("ETH"), QStringLiteral("1.25"), QStringLiteral("2100.10")),
                                            asset(Uni, QStringLiteral("UNI"), QStringLiteral("3"), QStringLiteral("7.07"))});
    m_window->refreshController()->refresh();
    QVERIFY(waitForRefresh(m_window.get()));

    AssetTableModel *model = m_window->assetModel();
    int eth = -1;
    int uni = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString symbol = model->index(row, 0).data(AssetTableModel::SymbolRole).toString();
        (symbol == u"ETH" ? eth : symbol == u"UNI" ? uni : row) = row;
    }
    QVERIFY(eth >= 0 && uni >= 0);
    // 1.25 × 2100.10 − 1.5 × 2000 = 2625.125 − 3000 = −374.875
    QCOMPARE(model->index(eth, 0).data(AssetTableModel::ValueDeltaRole).value<Decimal>(), *Decimal::parse(u"-374.875"));
    QCOMPARE(model->index(eth, 0).data(AssetTableModel::BalanceDeltaRole).value<Decimal>(), *Decimal::parse(u"-0.25"));
    QCOMPARE(model->index(eth, AssetTableModel::ChangeColumn).data().toString(), QStringLiteral("-$374.88"));
    QCOMPARE(model->index(uni, 0).data(AssetTableModel::ChangeKindRole).toInt(), int(HoldingChange::Kind::Appeared));
    QCOMPARE(model->index(uni, AssetTableModel::ChangeColumn).data().toString(), QStringLiteral("New"));

    // Per address and in total: 2625.125 + 21.21 − 3250 = −603.665; Bob unchanged.
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QCOMPARE(sidebar->index(1, 0).data(AddressListModel::ChangeRole).value<Decimal>(), *Decimal::parse(u"-603.665"));
    QCOMPARE(sidebar->index(2, 0).data(AddressListModel::ChangeTextRole).toString(), QString());
    QCOMPARE(sidebar->index(0, 0).data(AddressListModel::ChangeRole).value<Decimal>(), *Decimal::parse(u"-603.665"));
    const QString summary = child<QLabel>("summaryChange")->text();
    QVERIFY2(summary.contains(u"-$603.67") && summary.contains(u"1 new token") && summary.contains(u"gone: USDC"),
             qPrintable(summary));
    QVERIFY(!table->isColumnHidden(AssetTableModel::ChangeColumn));
    // Bob alone changed nothing: his view has no Change column.
    select(Bob);
    QVERIFY(QTest::qWaitFor([table] { return table->isColumnHidden(AssetTableModel::ChangeColumn); }, WaitMs));
}

void TestWatchWindow::headerMenuChoosesColumnsAndTheyAreRemembered()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    HoldingsView *table = child<HoldingsView>("holdingsView");
    QHeaderView *header = table->horizontalHeader();
    const auto untickInHeaderMenu = [header](const QString &title) {
        // The menu a right click on the header opens; the column's entry chosen with the keyboard.
        QTimer::singleShot(0, header, [title] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            const QList<QAction *> actions = menu->actions();
            const auto entry = std::find_if(actions.cbegin(), actions.cend(), [&title](QAction *action) { return action->text() == title; });
            QVERIFY(entry != actions.cend());
            QVERIFY((*entry)->isChecked());
            menu->setActiveAction(*entry);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        const QPoint pos(header->sectionViewportPosition(0) + 10, header->height() / 2);
        QContextMenuEvent click(QContextMenuEvent::Mouse, pos, header->mapToGlobal(pos));
        QApplication::sendEvent(header->viewport(), &click);
    };
    untickInHeaderMenu(QStringLiteral("Chain"));
    QVERIFY(table->isColumnHidden(AssetTableModel::ChainColumn));
    QVERIFY(!table->isColumnChosen(AssetTableModel::ChainColumn));
    // The Token column cannot be hidden: a row without it says nothing.
    table->setColumnChosen(AssetTableModel::TokenColumn, false);
    QVERIFY(!table->isColumnHidden(AssetTableModel::TokenColumn));

    m_window->close();
    m_window.reset();
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    table = child<HoldingsView>("holdingsView");
    QVERIFY(table->isColumnHidden(AssetTableModel::ChainColumn));
    QVERIFY(!table->isColumnHidden(AssetTableModel::ValueColumn));
    // The Address column still follows the scope while chosen.
    select(Alice);
    QVERIFY(table->isColumnHidden(AssetTableModel::AddressColumn));
}

void TestWatchWindow::longChangeListNeverWidensTheWindow()
{
    QList<TokenAsset> many;
    for (int i = 0; i < 40; ++i)
        many.append(TestAssets::asset(QStringLiteral("1"), QStringLiteral("0x%1").arg(i + 1, 40, 16, QLatin1Char('0')),
                                      QStringLiteral("LONGTOKENNAME%1").arg(i), QStringLiteral("1"), QStringLiteral("1")));
    m_server.server()->setPortfolio(Alice, many);
    openWindow(m_server.baseUrl());
    m_window->resize(1024, 700);
    QVERIFY(waitForRefresh(m_window.get()));
    // Every token gone at once: 40 long names for the summary's line.
    m_server.server()->setPortfolio(Alice, {});
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForRefresh(m_window.get()));
    QCoreApplication::processEvents();
    const QLabel *change = child<QLabel>("summaryChange");
    QVERIFY2(change->text().contains(u"and 37 more"), qPrintable(change->text()));
    QVERIFY(change->toolTip().contains(u"LONGTOKENNAME39"));
    QCOMPARE(m_window->width(), 1024);
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
}

void TestWatchWindow::longLabelNeverWidensTheWindow()
{
    const QString longLabel = QStringLiteral("no_spaces_at_all_").repeated(20);
    QVERIFY(m_list->update(0, WatchedAddress{Alice, longLabel, {QStringLiteral("1")}}).isEmpty());
    openWindow(m_server.baseUrl());
    m_window->resize(1024, 700);
    QVERIFY(waitForRefresh(m_window.get()));
    select(Alice);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->width(), 1024);
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    const QLabel *name = child<QLabel>("summaryName");
    QVERIFY2(name->text().endsWith(QChar(0x2026)), qPrintable(name->text()));
    QCOMPARE(name->toolTip(), longLabel);
}

void TestWatchWindow::hostileLabelStaysOnOneLine()
{
    const QString hostile = QStringLiteral("Cold\nwallet \u202Eevil");
    QVERIFY(m_list->update(0, WatchedAddress{Alice, hostile, {QStringLiteral("1")}}).isEmpty());
    openWindow(m_server.baseUrl());
    const QString shown = m_window->store()->entry(Alice)->snapshot.displayName();
    QVERIFY(!shown.contains(u'\n'));
    // The override is fenced in by an isolate, so it ends with the label.
    QVERIFY(shown.startsWith(QChar(0x2068)) && shown.endsWith(QChar(0x2069)));
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QCOMPARE(sidebar->index(1, 0).data().toString(), shown);
}

void TestWatchWindow::addManyPastedFromTheClipboard()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // As copied from a spreadsheet or a note: a label after a comma or a tab, a blank line, CRLF.
    QGuiApplication::clipboard()->setText(Carol + QLatin1String(", Carol\r\n\r\n") + Alice + QLatin1String("\r\n0x12345, Typo\r\n")
                                          + Tron + QLatin1String("\tTron wallet\r\n") + Carol + QLatin1String("\r\n"));
    QSignalSpy changes(m_list.get(), &WatchList::changed);

    struct PreviewRow
    {
        QString line, address, chains, label, status;
    };
    QList<PreviewRow> preview;
    QString summary;
    bool pastedIntoFocusedField = false;
    bool previewShown = false;
    // Polled: the key press may run the event loop before the shortcut opens the dialog.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<AddressBatchDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        auto *field = dialog->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit"));
        // The field the dialog gives the keyboard to (the offscreen platform activates windows
        // only when a window manager would, so the application's focus may lag behind).
        pastedIntoFocusedField = dialog->focusWidget() == field;
        QTest::keySequence(field, QKeySequence::Paste);
        auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTable"));
        previewShown = QTest::qWaitFor([table] { return table->topLevelItemCount() > 0; }, WaitMs);
        for (int row = 0; row < table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = table->topLevelItem(row);
            preview.append({item->text(AddressBatchDialog::LineColumn), item->text(AddressBatchDialog::AddressColumn),
                            item->text(AddressBatchDialog::ChainsColumn), item->text(AddressBatchDialog::LabelColumn),
                            item->text(AddressBatchDialog::StatusColumn)});
        }
        summary = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    poll.start();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);

    QVERIFY(pastedIntoFocusedField);
    QVERIFY(previewShown);
    // Every line but the blank one, each with its number, what was detected, and its fate.
    QCOMPARE(preview.size(), 5);
    const QStringList lines{preview.at(0).line, preview.at(1).line, preview.at(2).line, preview.at(3).line, preview.at(4).line};
    QCOMPARE(lines, (QStringList{"1", "3", "4", "5", "6"}));
    QCOMPARE(preview.at(0).address, Carol);
    QCOMPARE(preview.at(0).chains, QStringLiteral("EVM (%1 chains)").arg(ChainRegistry::chainIndexes(ChainFamily::Evm).size()));
    QCOMPARE(preview.at(0).label, QStringLiteral("Carol"));
    QCOMPARE(preview.at(0).status, QStringLiteral("To add"));
    QCOMPARE(preview.at(1).status, QStringLiteral("Skipped: already watched as “Alice”"));
    QCOMPARE(preview.at(2).label, QStringLiteral("Typo"));
    QVERIFY2(preview.at(2).status.startsWith(QStringLiteral("Refused: For the EVM chains: 0x12345 is not a valid EVM address: an EVM address has 40 "
                                                            "hexadecimal digits after 0x; this one has 5")),
             qPrintable(preview.at(2).status));
    QCOMPARE(preview.at(3).address, Tron);
    QCOMPARE(preview.at(3).chains, QStringLiteral("Tron"));
    QCOMPARE(preview.at(3).label, QStringLiteral("Tron wallet"));
    QCOMPARE(preview.at(3).status, QStringLiteral("To add"));
    QCOMPARE(preview.at(4).status, QStringLiteral("Skipped: repeats line 1"));
    QVERIFY2(summary.startsWith(u'2') && summary.contains(QStringLiteral("2 skipped")) && summary.contains(QStringLiteral("1 refused")),
             qPrintable(summary));

    // Added in one step (one change, one save), and said so.
    QCOMPARE(changes.count(), 1);
    const QList<WatchedAddress> added{{Carol, QStringLiteral("Carol"), ChainRegistry::chainIndexes(ChainFamily::Evm)},
                                      {Tron, QStringLiteral("Tron wallet"), {QStringLiteral("195")}}};
    QCOMPARE(m_list->entries().mid(2), added);
    QCOMPARE(sidebarRows(), 5);
    WatchList onDisk;
    QVERIFY(onDisk.load().ok);
    QCOMPARE(onDisk.entries(), m_list->entries());
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status == QStringLiteral("Addresses added: 2. Skipped as already watched or repeated: 2. Lines refused: 1."),
             qPrintable(status));
}

int TestWatchWindow::tableRowOf(const QString &symbol) const
{
    const QAbstractItemModel *view = child<HoldingsView>("holdingsView")->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        if (view->index(row, AssetTableModel::TokenColumn).data(AssetTableModel::SymbolRole).toString() == symbol)
            return row;
    }
    return -1;
}

void TestWatchWindow::chooseInTableMenu(int row, Qt::Key key)
{
    QVERIFY(row >= 0);
    auto *table = child<HoldingsView>("holdingsView");
    QVERIFY(WindowTestSession::chooseInContextMenu(table, table->model()->index(row, AssetTableModel::TokenColumn), key));
}

void TestWatchWindow::chooseFileInFileMenu(Qt::Key key, const QString &path)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The dialog is modal: it is answered from the event loop it runs, once it is up.
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&answered, &poll, path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        // Whatever fails below, the dialog goes, so the test does not wait for ever.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        // Over the name it proposes, in the field the dialog gives the keyboard to.
        QTRY_VERIFY(name->hasFocus());
        QTest::keySequence(name, QKeySequence::SelectAll);
        QTest::keyClicks(name, path);
        // The file-name completion may have popped up as the path was typed: Esc closes it.
        if (QWidget *completion = QApplication::activePopupWidget())
            QTest::keyClick(completion, Qt::Key_Escape);
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        answered = true;
    });
    poll.start(20);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QMenu *file = nullptr;
    QVERIFY(QTest::qWaitFor([&file] {
        file = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        return file != nullptr;
    }));
    QVERIFY(file->actions().contains(child<QAction>("actionImportWatchList")));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QTest::keyClick(file, key);
    QVERIFY(answered);
}

void TestWatchWindow::refreshThisTokenFromTheContextMenu()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    LocalOkxServer *server = m_server.server();
    const PortfolioStore *store = m_window->store();
    const QDateTime fetched = store->entry(Alice)->snapshot.fetchedAt;
    const auto balanceOf = [store](const QString &symbol) {
        for (const TokenAsset &held : store->entry(Alice)->snapshot.assets) {
            if (held.symbol == symbol)
                return held.balanceText;
        }
        return QString();
    };
    auto *chart = child<AllocationChartView>("allocationChart");

    // Alice's USDC moved on the server; only that token is asked again, alone.
    server->setPortfolio(Alice, {asset(QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000")),
                                 asset(Usdc, QStringLiteral("USDC"), QStringLiteral("300"), QStringLiteral("1"))});
    server->resetCounters();
    chooseInTableMenu(tableRowOf(QStringLiteral("USDC")), Qt::Key_R);
    QVERIFY(waitForRefresh(m_window.get()));
    // Besides the chain list, which the window fetches after a refresh when its copy is old.
    QStringList balances = server->requestLog();
    balances.removeIf([](const QString &line) { return line.endsWith(QLatin1String("/supported/chain")); });
    QCOMPARE(balances, QStringList{ClientConfig().pathFor(Endpoint::TokenBalances)});
    QCOMPARE(balanceOf(QStringLiteral("USDC")), QStringLiteral("300"));
    // Table, totals and chart follow, exactly: 1.5 × 2000 + 300 × 1.
    const QModelIndex usdc = child<HoldingsView>("holdingsView")->model()->index(tableRowOf(QStringLiteral("USDC")), 0);
    QCOMPARE(usdc.data(AssetTableModel::BalanceTextRole).toString(), QStringLiteral("300"));
    QCOMPARE(store->summary(Alice).total, *Decimal::parse(u"3300"));
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QTRY_COMPARE(sidebar->index(1, 0).data(AddressListModel::TotalTextRole).toString(), QStringLiteral("$3,300.00"));
    // Bob's 10 LINK × 15 beside Alice's.
    QTRY_COMPARE(chart->allocation().total, *Decimal::parse(u"3450"));
    // The change is the token's, against what was shown; the other holdings keep their time.
    const HoldingChange *change = store->entry(Alice)->changes.find(QStringLiteral("1"), Usdc);
    QVERIFY(change);
    QCOMPARE(change->balanceDelta(), *Decimal::parse(u"50"));
    QCOMPARE(store->entry(Alice)->snapshot.fetchedAt, fetched);
    QString status = m_window->statusBar()->currentMessage();
    QCOMPARE(status, QStringLiteral("Refreshed USDC of Alice: its balance or price changed."));

    // No longer held, and the server leaves it out of its reply, which names no owner: the row goes.
    SpecificTokenStyle omitted;
    omitted.omitUnheld = true;
    omitted.blankAddress = true;
    server->setSpecificTokenStyle(omitted);
    server->setPortfolio(Alice, {asset(QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000"))});
    chooseInTableMenu(tableRowOf(QStringLiteral("USDC")), Qt::Key_R);
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(tableRowOf(QStringLiteral("USDC")), -1);
    QCOMPARE(store->summary(Alice).total, *Decimal::parse(u"3000"));
    QTRY_COMPARE(chart->allocation().total, *Decimal::parse(u"3150"));
    status = m_window->statusBar()->currentMessage();
    QCOMPARE(status, QStringLiteral("Refreshed USDC of Alice: it is no longer held."));
    QVERIFY(!child<MessageBar>("errorBar")->isVisible());

    // Refused: the message bar says so as for any refresh, and the holding stays as it was.
    server->injectFault({LocalOkxServer::Fault::Kind::OkxError, 0, QStringLiteral("50014"),
                         QStringLiteral("Parameter tokenContractAddresses error"), 0, -1});
    chooseInTableMenu(tableRowOf(QStringLiteral("ETH")), Qt::Key_R);
    QVERIFY(waitForRefresh(m_window.get()));
    auto *errorBar = child<MessageBar>("errorBar");
    QVERIFY(errorBar->isVisible());
    QVERIFY2(errorBar->text().startsWith(QStringLiteral("Could not refresh ETH of Alice.")), qPrintable(errorBar->text()));
    QVERIFY2(errorBar->text().contains(QStringLiteral("50014")), qPrintable(errorBar->text()));
    QCOMPARE(balanceOf(QStringLiteral("ETH")), QStringLiteral("1.5"));
    QVERIFY(!store->entry(Alice)->snapshot.isStale());
}

void TestWatchWindow::importAndExportTheWatchListFromTheFileMenu()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto writeFile = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    };

    // Two new addresses, and Carol's line again, exactly: added once.
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   "address,chains,label\r\n" + Carol.toUtf8() + ",1,Carol\r\n" + Tron.toUtf8()
                                       + ",195,Tron wallet\r\n" + Carol.toUtf8() + ",1,Carol\r\n");
    chooseFileInFileMenu(Qt::Key_I, good);
    const QList<WatchedAddress> added{{Carol, QStringLiteral("Carol"), {QStringLiteral("1")}},
                                      {Tron, QStringLiteral("Tron wallet"), {QStringLiteral("195")}}};
    QCOMPARE(m_list->entries().mid(2), added);
    QCOMPARE(sidebarRows(), 5);
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QCOMPARE(sidebar->index(3, 0).data().toString(), QStringLiteral("Carol"));
    QCOMPARE(sidebar->index(4, 0).data().toString(), QStringLiteral("Tron wallet"));
    QString status = m_window->statusBar()->currentMessage();
    QCOMPARE(status, QStringLiteral("Imported good.csv: Addresses added: 2. Skipped as already watched or repeated: 1."));

    // A bad line: nothing is added, and the refusal names the line.
    const QString bad = writeFile(QStringLiteral("bad.csv"), "address,chains,label\r\n0x" + QByteArray(40, '7')
                                                                  + ",1,Fine\r\n0x12,1,Broken\r\n");
    chooseFileInFileMenu(Qt::Key_I, bad);
    QCOMPARE(m_list->size(), 4);
    QCOMPARE(sidebarRows(), 5);
    const auto *notice = child<MessageBar>("noticeBar");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(QStringLiteral("Nothing was imported: %1, line 3: ").arg(QDir::toNativeSeparators(bad))),
             qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("0x12")), qPrintable(notice->text()));

    // Exported: the list as `watch export` writes it.
    const QString exported = dir.filePath(QStringLiteral("exported.csv"));
    chooseFileInFileMenu(Qt::Key_W, exported);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QBuffer expected;
    QVERIFY(expected.open(QIODevice::WriteOnly));
    QVERIFY(WatchListCsv::write(&expected, m_list->entries(), nullptr));
    QCOMPARE(file.readAll(), expected.data());
    status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.startsWith(QStringLiteral("Exported 4 watched address")) && status.endsWith(QDir::toNativeSeparators(exported)),
             qPrintable(status));
}

QTEST_MAIN(TestWatchWindow)
#include "tst_watchwindow.moc"
