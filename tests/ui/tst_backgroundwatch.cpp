#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "model/notificationsink.h"
#include "model/portfoliostore.h"
#include "model/refreshcontroller.h"
#include "model/watchnotifier.h"
#include "storage/appsettings.h"
#include "storage/autorefreshschedule.h"
#include "storage/watchlist.h"
#include "support/testassets.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/trayicon.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

namespace {

using WindowTestSession::WaitMs;
using WindowTestSession::waitForRefresh;

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString Usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString Link = QStringLiteral("0x514910771af9ca656af840dff83e8264ecf986ca");
const QString Drop = QStringLiteral("0x00000000000000000000000000000000000dead1");

TokenAsset asset(const QString &contract, const QString &symbol, const QString &balance, const QString &price,
                 bool risk = false)
{
    return TestAssets::asset(QStringLiteral("1"), contract, symbol, balance, price, risk);
}

/** Records what the window would show in the tray's balloons. */
class RecordingSink final : public NotificationSink
{
public:
    void notify(const WatchNotification &notification) override { received.append(notification); }
    QList<WatchNotification> received;
};

} // namespace

/**
 * Watching in the background, through the window: the Settings dialog's notification rules typed in,
 * notifications of real refreshes reaching the sink (privacy mode masking them), closing the window
 * to the tray after asking once, Quit quitting, no tray quitting as before, and the tray icon's
 * tooltip and menu. The offscreen platform has no system tray: the session's sink stands in for it.
 */
class TestBackgroundWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void settingsDialogSetsTheRules();
    void refreshesAreNotifiedAndPrivacyMasksThem();
    void closingKeepsWatchingAfterAskingOnce();
    void closingQuitsWhenTheUserSaysSo();
    void withoutATrayClosingQuits();
    void trayIconShowsTheTotalAndItsMenuWorks();
    void quitQuitsWhileWatching();

private:
    void openWindow(bool withSink = true);
    /** Sets Alice's holdings on the server: ETH at @p ethBalance and USDC, plus @p more. */
    void setAlice(const QString &ethBalance, const QList<TokenAsset> &more = {});
    /** Runs @p answer on the modal widget that the next step opens, once it is up. */
    void whenModal(std::function<void(QWidget *)> answer);

    DemoServerThread m_server;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    LanguageManager m_languages;
    RecordingSink m_sink;
    std::unique_ptr<MainWindow> m_window;
    bool m_answered = false;
};

void TestBackgroundWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
}

void TestBackgroundWatch::init()
{
    WindowTestSession::clearAppLocations();
    m_server.server()->clearFaults();
    setAlice(QStringLiteral("1.5"));
    m_server.server()->setPortfolio(Bob, {asset(Link, QStringLiteral("LINK"), QStringLiteral("10"), QStringLiteral("15"))});
    m_settings = WindowTestSession::appSettings();
    m_list = std::make_unique<WatchList>();
    QVERIFY(m_list->add(WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1")}}).isEmpty());
    QVERIFY(m_list->add(WatchedAddress{Bob, QStringLiteral("Bob"), {QStringLiteral("1")}}).isEmpty());
    m_sink.received.clear();
    m_answered = false;
}

void TestBackgroundWatch::cleanup()
{
    m_window.reset();
    m_list.reset();
    m_settings.reset();
}

void TestBackgroundWatch::setAlice(const QString &ethBalance, const QList<TokenAsset> &more)
{
    m_server.server()->setPortfolio(Alice, QList<TokenAsset>{asset(QString(), QStringLiteral("ETH"), ethBalance, QStringLiteral("2000")),
                                                             asset(Usdc, QStringLiteral("USDC"), QStringLiteral("250"), QStringLiteral("1"))}
                                               + more);
}

void TestBackgroundWatch::openWindow(bool withSink)
{
    Session session = WindowTestSession::onLocalServer(m_server.baseUrl());
    session.watchList = m_list.get();
    session.notifications = withSink ? &m_sink : nullptr;
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestBackgroundWatch::whenModal(std::function<void(QWidget *)> answer)
{
    WindowTestSession::whenModal(this, std::move(answer), &m_answered);
}

void TestBackgroundWatch::settingsDialogSetsTheRules()
{
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    whenModal([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("settingsDialog"));
        // Alt+M: the threshold's field. The default, 5 %, gives way to $250.
        QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
        auto *threshold = dialog->findChild<QLineEdit *>(QStringLiteral("thresholdEdit"));
        QCOMPARE(QApplication::focusWidget(), threshold);
        QCOMPARE(threshold->text(), QStringLiteral("5"));
        QTest::keyClick(threshold, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(threshold, QStringLiteral("250.5"));
        QTest::keyClick(threshold, Qt::Key_Tab);
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("thresholdUnitCombo"));
        QCOMPARE(QApplication::focusWidget(), unit);
        QTest::keyClick(unit, Qt::Key_Down);
        QCOMPARE(unit->currentText(), QStringLiteral("USD"));
        // A threshold that is no amount cannot be saved.
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
        QTest::keyClick(threshold, Qt::Key_End);
        QTest::keyClicks(threshold, QStringLiteral("x"));
        QVERIFY(!save->isEnabled());
        QTest::keyClick(threshold, Qt::Key_Backspace);
        QVERIFY(save->isEnabled());
        // Alt+N unticks new tokens; Alt+L: failures told after 45 minutes.
        QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier);
        // An access key clicks after a short animation.
        QTRY_VERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("newTokensCheck"))->isChecked());
        QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
        auto *minutes = dialog->findChild<QSpinBox *>(QStringLiteral("failureMinutesSpin"));
        QCOMPARE(QApplication::focusWidget(), minutes);
        QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(minutes, QStringLiteral("45"));
        // Alt+W: closing the window keeps watching, without asking.
        QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
        auto *close = dialog->findChild<QComboBox *>(QStringLiteral("closeChoiceCombo"));
        QCOMPARE(QApplication::focusWidget(), close);
        QTest::keyClick(close, Qt::Key_Down);
        QCOMPARE(close->currentText(), QStringLiteral("Keep watching in the tray"));
        // No system tray offscreen: the dialog says what that means.
        QCOMPARE(dialog->findChild<QWidget *>(QStringLiteral("noTrayNotice"))->isVisible(),
                 !QSystemTrayIcon::isSystemTrayAvailable());
        QTest::keyClick(minutes, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(m_answered);
    QVERIFY(!QApplication::activeModalWidget());

    const NotificationRules rules = m_settings->notificationRules();
    QCOMPARE(rules.thresholdUnit, NotificationRules::ThresholdUnit::Usd);
    QCOMPARE(rules.valueThreshold, *Decimal::parse(u"250.5"));
    QVERIFY(!rules.newTokens);
    QCOMPARE(rules.failureMinutes, 45);
    QCOMPARE(m_settings->closeWhileWatching(), AppSettings::CloseWhileWatching::KeepWatching);
    // In effect at once, and saved for the next start.
    QVERIFY(m_window->watchNotifier()->rules() == rules);
    QVERIFY(AppSettings(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(
                            QStringLiteral("settings.json")))
                .notificationRules()
            == rules);
}

void TestBackgroundWatch::refreshesAreNotifiedAndPrivacyMasksThem()
{
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_sink.received.size(), 0);

    // Alice: ETH 1.5 → 2.25 at $2,000 (+$1,500, 46 % of $3,250), and a risky airdrop.
    setAlice(QStringLiteral("2.25"), {asset(Drop, QStringLiteral("GIFT"), QStringLiteral("5000"), QStringLiteral("100"), true)});
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_sink.received.size(), 2);
    QCOMPARE(m_sink.received.at(0).title, QStringLiteral("Alice: +$1,500.00 since the previous refresh"));
    QCOMPARE(m_sink.received.at(0).body, QStringLiteral("Worth $4,750.00 now, $3,250.00 before (46.2 %)."));
    QCOMPARE(m_sink.received.at(1).kind, WatchNotification::Kind::NewToken);
    QVERIFY2(m_sink.received.at(1).body.startsWith(QStringLiteral("5,000 GIFT on Ethereum: OKX flags it as risky.")),
             qPrintable(m_sink.received.at(1).body));
    QVERIFY(m_sink.received.at(1).warning);

    // Privacy mode (Ctrl+Shift+M): the next notification shows no amount.
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    setAlice(QStringLiteral("1"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(m_sink.received.size(), 3);
    const QString mask = AmountDisplay::mask();
    QCOMPARE(m_sink.received.at(2).title, QStringLiteral("Alice: %1 since the previous refresh").arg(mask));
    QCOMPARE(m_sink.received.at(2).body, QStringLiteral("Worth %1 now, %1 before (%1).").arg(mask));
}

void TestBackgroundWatch::closingKeepsWatchingAfterAskingOnce()
{
    m_settings->setAutoRefreshMinutes(5);
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    QString question;
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        // "Don't ask again" is ticked; Return answers with the default, Keep Watching.
        QVERIFY(box->findChild<QCheckBox *>(QStringLiteral("dontAskAgainCheck"))->isChecked());
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepWatchingButton"));
        QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(!m_window->close());
    QVERIFY(m_answered);
    QVERIFY2(question.startsWith(QStringLiteral("Auto-refresh is on.")), qPrintable(question));
    QVERIFY(!m_window->isVisible());
    QCOMPARE(m_settings->closeWhileWatching(), AppSettings::CloseWhileWatching::KeepWatching);

    // Hidden, it goes on refreshing on its interval.
    QSignalSpy started(m_window->refreshController(), &RefreshController::started);
    m_window->autoRefresh()->setInterval(50ms);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 2, WaitMs);
    QVERIFY(waitForRefresh(m_window.get()));

    // Shown again and closed again: not asked a second time.
    m_window->show();
    bool asked = false;
    QTimer::singleShot(200, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    QVERIFY(!m_window->close());
    QTest::qWait(300);
    QVERIFY(!asked);
    QVERIFY(!m_window->isVisible());
}

void TestBackgroundWatch::closingQuitsWhenTheUserSaysSo()
{
    m_settings->setAutoRefreshMinutes(5);
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    // Escape dismisses the question: the window stays, and nothing is remembered.
    whenModal([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Escape); });
    QVERIFY(!m_window->close());
    QVERIFY(m_answered);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_settings->closeWhileWatching(), AppSettings::CloseWhileWatching::Ask);

    // Alt+Q quits; remembered.
    whenModal([](QWidget *modal) { QTest::keyClick(modal, Qt::Key_Q, Qt::AltModifier); });
    QVERIFY(m_window->close());
    QVERIFY(m_answered);
    QCOMPARE(m_settings->closeWhileWatching(), AppSettings::CloseWhileWatching::Quit);

    // Without auto-refresh nothing is watched: no question, the window closes.
    m_settings->setCloseWhileWatching(AppSettings::CloseWhileWatching::Ask);
    m_settings->setAutoRefreshMinutes(0);
    m_window.reset();
    openWindow();
    QVERIFY(m_window->close());
}

void TestBackgroundWatch::withoutATrayClosingQuits()
{
    if (QSystemTrayIcon::isSystemTrayAvailable())
        QSKIP("This platform has a system tray.");
    m_settings->setAutoRefreshMinutes(5);
    openWindow(false);
    QVERIFY(waitForRefresh(m_window.get()));
    // Nothing to notify through, nothing to watch from.
    QVERIFY(!m_window->trayIcon());
    QVERIFY(!m_window->watchNotifier());
    QVERIFY(m_window->close());
    QCOMPARE(m_settings->closeWhileWatching(), AppSettings::CloseWhileWatching::Ask);
}

void TestBackgroundWatch::trayIconShowsTheTotalAndItsMenuWorks()
{
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    // The window's own actions, as the window would give them to its icon.
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QVERIFY(refresh && quit);
    TrayIcon tray(m_window.get(), m_window->store(), refresh, quit);
    tray.setDisplay(AmountDisplay(QLocale(), false));
    // Alice's $3,250 and Bob's $150.
    QCOMPARE(tray.toolTip(), QStringLiteral("OKX Wallet Viewer\nTotal: $3,400.00"));
    tray.setDisplay(AmountDisplay(QLocale(), true));
    QCOMPARE(tray.toolTip(), QStringLiteral("OKX Wallet Viewer\nTotal: %1").arg(AmountDisplay::mask()));
    tray.setDisplay(AmountDisplay(QLocale(), false));
    // It follows the holdings.
    setAlice(QStringLiteral("2.5"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(tray.toolTip(), QStringLiteral("OKX Wallet Viewer\nTotal: $5,400.00"));

    const auto choose = [&tray](Qt::Key key) {
        QMenu *menu = tray.menu();
        menu->popup(QPoint(10, 10));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QTest::keyClick(menu, key);
        QTRY_VERIFY(!menu->isVisible());
    };
    QStringList entries;
    tray.menu()->popup(QPoint(10, 10));
    for (const QAction *action : tray.menu()->actions())
        entries.append(action->text());
    tray.menu()->close();
    QCOMPARE(entries, (QStringList{QStringLiteral("&Refresh"), QStringLiteral("&Hide Window"), QString(), QStringLiteral("&Quit")}));

    // H hides the window, S shows it again, R refreshes.
    choose(Qt::Key_H);
    QTRY_VERIFY(!m_window->isVisible());
    choose(Qt::Key_S);
    QTRY_VERIFY(m_window->isVisible());
    QSignalSpy started(m_window->refreshController(), &RefreshController::started);
    choose(Qt::Key_R);
    QCOMPARE(started.count(), 1);
    QVERIFY(waitForRefresh(m_window.get()));
}

void TestBackgroundWatch::quitQuitsWhileWatching()
{
    m_settings->setAutoRefreshMinutes(5);
    m_settings->setCloseWhileWatching(AppSettings::CloseWhileWatching::KeepWatching);
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    // A slow refresh in flight: closing to the tray would let it run, quitting stops it.
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 3000;
    m_server.server()->injectFault(slow, 2);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(m_window->refreshController()->isRefreshing());
    QSignalSpy finished(m_window->refreshController(), &RefreshController::finished);
    // Quit quits for good: the window closes without a question.
    bool asked = false;
    QTimer::singleShot(200, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->reject();
        }
    });
    QMenu *file = nullptr;
    for (QAction *entry : m_window->menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(m_window->findChild<QAction *>(QStringLiteral("actionQuit"))))
            file = entry->menu();
    }
    QVERIFY(file);
    // The File menu, then Quit's access key (Ctrl+Q is not bound on every platform).
    file->popup(m_window->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QTest::keyClick(file, Qt::Key_Q);
    QTest::qWait(300);
    QVERIFY(!asked);
    QVERIFY(!m_window->isVisible());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
}

QTEST_MAIN(TestBackgroundWatch)
#include "tst_backgroundwatch.moc"
