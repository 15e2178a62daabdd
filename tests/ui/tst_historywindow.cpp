#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "export/holdingscsv.h"
#include "model/addresslistmodel.h"
#include "model/amountdisplay.h"
#include "model/assettablemodel.h"
#include "model/historytablemodel.h"
#include "model/refreshcontroller.h"
#include "money/moneyformat.h"
#include "storage/appsettings.h"
#include "storage/valuehistory.h"
#include "storage/watchlist.h"
#include "support/closedport.h"
#include "support/testassets.h"
#include "support/testdecimal.h"
#include "ui/historychartview.h"
#include "ui/holdingsview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/recordedholdingsview.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMap>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QPushButton>

#include <memory>

namespace {

using WindowTestSession::WaitMs;
using WindowTestSession::waitForRefresh;

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString Usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString Link = QStringLiteral("0x514910771af9ca656af840dff83e8264ecf986ca");

/** Recorded holdings of one priced token at $1, so the total is the balance: 24 significant digits. */
RecordedHoldings recorded(const QString &address, const QString &label, const QDateTime &time, const QString &contract,
                          const QString &symbol, const QString &balance)
{
    return {time, address, label, {QStringLiteral("1")},
            {TestAssets::ownedBy(address, TestAssets::asset(QStringLiteral("1"), contract, symbol, balance, QStringLiteral("1")))},
            std::nullopt};
}


} // namespace

/**
 * The window's History view over a value history recorded before the window opened (two
 * addresses at different times, 24-digit totals) and the window's own refresh, through real input:
 * Ctrl+H, Alt+1 … Alt+5, the sidebar, the scope chooser's keys, privacy mode, Enter on a point
 * for the holdings recorded then, their export, and the way back to the live holdings.
 */
class TestHistoryWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void historyShowsExactSumsOverTime();
    void holdingsAsOfAPointAndBack();
    void emptyAndUnusableHistorySaySo();

private:
    void openWindow(const QUrl &baseUrl);
    /** Presses Ctrl+H on the window, as a user does, and waits for the view's first read. */
    void openHistory(int rows);
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
    QTableView *table() const { return child<QTableView>("historyTable"); }
    QString cell(int row, int column) const { return table()->model()->index(row, column).data().toString(); }

    DemoServerThread m_server;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
    /** The recorded times: Alice 400 days ago, both 3 days ago (one refresh), Alice 5 hours ago. */
    QDateTime m_longAgo, m_aliceThen, m_bobThen, m_aliceLately;
};

void TestHistoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
    m_server.server()->setPortfolio(Alice, {TestAssets::asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000")),
                                            TestAssets::asset(QStringLiteral("1"), Usdc, QStringLiteral("USDC"), QStringLiteral("250"), QStringLiteral("1"))});
    m_server.server()->setPortfolio(Bob, {TestAssets::asset(QStringLiteral("1"), Link, QStringLiteral("LINK"), QStringLiteral("10"), QStringLiteral("15"))});
}

void TestHistoryWindow::init()
{
    WindowTestSession::clearAppLocations();
    m_settings = WindowTestSession::appSettings();
    m_list = std::make_unique<WatchList>();
    m_list->setAutoSave(true);
    QVERIFY(m_list->add(WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1")}}).isEmpty());
    QVERIFY(m_list->add(WatchedAddress{Bob, QStringLiteral("Bob"), {QStringLiteral("1")}}).isEmpty());

    m_now = QDateTime::currentDateTimeUtc();
    m_longAgo = m_now.addDays(-400);
    m_aliceThen = m_now.addDays(-3);
    m_bobThen = m_aliceThen.addMSecs(250);
    m_aliceLately = m_now.addSecs(-5 * 60 * 60);
    QVERIFY(QDir().mkpath(QFileInfo(ValueHistory::defaultFilePath()).absolutePath()));
    ValueHistory history;
    QVERIFY2(history.record({recorded(Alice, QStringLiteral("Alice"), m_longAgo, Usdc, QStringLiteral("USDC"), QStringLiteral("100000000000.000000000001"))}),
             qPrintable(history.errorString()));
    // One refresh of both, a quarter of a second apart.
    QVERIFY(history.record({recorded(Alice, QStringLiteral("Alice"), m_aliceThen, Usdc, QStringLiteral("USDC"), QStringLiteral("123456789012.345678901234")),
                            recorded(Bob, QStringLiteral("Bob"), m_bobThen, Link, QStringLiteral("LINK"), QStringLiteral("987654321098.765432109876"))}));
    // Alice alone, refreshed from the sidebar: Bob counts with his total of 3 days ago.
    QVERIFY(history.record({recorded(Alice, QStringLiteral("Alice"), m_aliceLately, Usdc, QStringLiteral("USDC"), QStringLiteral("123456789012.345678901235"))}));
}

void TestHistoryWindow::cleanup()
{
    m_window.reset();
    m_list.reset();
    m_settings.reset();
    m_languages.setLanguage(LanguageManager::Language::English);
}

void TestHistoryWindow::openWindow(const QUrl &baseUrl)
{
    Session session = WindowTestSession::onLocalServer(baseUrl);
    session.watchList = m_list.get();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestHistoryWindow::openHistory(int rows)
{
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(child<QAction>("actionHistory")->isChecked());
    QTRY_VERIFY(child<QWidget>("historyView")->isVisible());
    QVERIFY(!child<HoldingsView>("holdingsView")->isVisible());
    // The status bar's count is of the holdings table, hidden with it.
    QVERIFY(!child<QLabel>("rowCount")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(table()->model()->rowCount(), rows, WaitMs);
}

void TestHistoryWindow::historyShowsExactSumsOverTime()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    // The window's refresh is recorded too: Alice 1.5 × 2000 + 250, Bob 10 × 15.
    const QLocale locale;
    const auto exact = [&locale](const char *total) { return MoneyFormat::usdExact(dec(total), locale); };
    // Opened on the last month by default, newest first: the refresh just made, Alice 5 hours ago
    // (with Bob's total of 3 days ago), and both 3 days ago.
    openHistory(3);
    using Column = HistoryTableModel::Column;
    QCOMPARE(cell(0, Column::TotalColumn), exact("3400"));
    QCOMPARE(cell(0, Column::AddressColumn), HistoryTableModel::tr("%n address(es)", nullptr, 2));
    QCOMPARE(cell(1, Column::TotalColumn), exact("1111111110111.111111011111"));
    QCOMPARE(cell(1, Column::TotalColumn), QStringLiteral("$1,111,111,110,111.111111011111"));
    QCOMPARE(cell(1, Column::AddressColumn), QStringLiteral("Alice"));
    QCOMPARE(cell(2, Column::TotalColumn), QStringLiteral("$1,111,111,110,111.11111101111"));
    QCOMPARE(table()->model()->index(1, Column::ChangeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("$0.000000000001"));
    // The first point of the span changes against the total before it: 400 days ago, Alice alone.
    QCOMPARE(table()->model()->index(2, Column::ChangeColumn).data(HistoryTableModel::ChangeRole).value<Decimal>(),
             dec("1011111110111.111111011109"));
    // The chart reads the same points; its readout says the latest exactly.
    HistoryChartView *chart = child<HistoryChartView>("historyChart");
    QCOMPARE(chart->series()->count(), 3);
    QVERIFY2(chart->readoutText().contains(exact("3400")), qPrintable(chart->readoutText()));

    // The spans, by keyboard: Alt+5 all time, Alt+4 the last year, Alt+1 the last day.
    // A button's shortcut clicks it as a person would see it: pressed, released a moment later.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
    QTRY_VERIFY(child<QPushButton>("historySpan4")->isChecked());
    QTRY_COMPARE(table()->model()->rowCount(), 4);
    QCOMPARE(cell(3, Column::TotalColumn), QStringLiteral("$100,000,000,000.000000000001"));
    QCOMPARE(cell(3, Column::ChangeColumn), AmountDisplay::none());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::AltModifier);
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
    QTRY_VERIFY(child<QPushButton>("historySpan0")->isChecked());
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    // Tab reaches the spans as one group, at the span chosen; the arrows choose another, as in any
    // group of exclusive buttons: the last week.
    QPushButton *week = child<QPushButton>("historySpan1");
    auto *scopeChooser = child<QComboBox>("historyScope");
    scopeChooser->setFocus(Qt::TabFocusReason);
    QTest::keyClick(scopeChooser, Qt::Key_Tab);
    QTRY_VERIFY(child<QPushButton>("historySpan0")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QVERIFY(week->hasFocus());
    QVERIFY(week->isChecked());
    QTRY_COMPARE(table()->model()->rowCount(), 3);

    // The scope follows the sidebar: Bob alone, his refresh 3 days ago and today's.
    QListView *sidebar = child<QListView>("addressList");
    sidebar->setCurrentIndex(sidebar->model()->index(static_cast<AddressListModel *>(sidebar->model())->rowOf(Bob), 0));
    auto *scope = child<QComboBox>("historyScope");
    QCOMPARE(scope->currentData().toString(), Bob);
    QTRY_COMPARE(table()->model()->rowCount(), 2);
    QCOMPARE(cell(0, Column::TotalColumn), exact("150"));
    QCOMPARE(cell(1, Column::TotalColumn), QStringLiteral("$987,654,321,098.765432109876"));
    QCOMPARE(table()->model()->index(0, Column::ChangeColumn).data(HistoryTableModel::ChangeRole).value<Decimal>(),
             dec("150") - dec("987654321098.765432109876"));
    // Chosen back with the keys: all addresses.
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Home);
    QCOMPARE(scope->currentData().toString(), QString());
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(cell(0, Column::TotalColumn), exact("3400"));

    // Privacy mode masks the totals in the table, the readout and the value axis.
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        QCOMPARE(cell(row, Column::TotalColumn), AmountDisplay::mask());
        QVERIFY(cell(row, Column::ChangeColumn) == AmountDisplay::mask() || cell(row, Column::ChangeColumn) == AmountDisplay::none());
    }
    QVERIFY(chart->readoutText().contains(AmountDisplay::mask()));
    QVERIFY2(!chart->readoutText().contains(QStringLiteral("3,400")), qPrintable(chart->readoutText()));
    const QStringList labels = chart->valueAxis()->categoriesLabels();
    QVERIFY(!labels.isEmpty());
    for (const QString &label : labels)
        QVERIFY2(label.startsWith(AmountDisplay::mask()) && !label.contains(u'$'), qPrintable(label));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cell(0, Column::TotalColumn), exact("3400"));
    for (const QString &label : chart->valueAxis()->categoriesLabels())
        QVERIFY2(label.contains(u'$'), qPrintable(label));

    // Ctrl+H again: the live holdings.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(!child<QWidget>("historyView")->isVisible());
    QVERIFY(child<HoldingsView>("holdingsView")->isVisible());
    QVERIFY(child<QLabel>("rowCount")->isVisible());
}

void TestHistoryWindow::holdingsAsOfAPointAndBack()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    openHistory(3);
    // The point of 3 days ago (both addresses), chosen with a click and opened with Enter.
    QTableView *points = table();
    QModelIndex then;
    for (int row = 0; row < points->model()->rowCount(); ++row) {
        if (points->model()->index(row, 0).data(HistoryTableModel::TimeRole).toDateTime() == m_bobThen)
            then = points->model()->index(row, HistoryTableModel::TotalColumn);
    }
    QVERIFY(then.isValid());
    QTest::mouseClick(points->viewport(), Qt::LeftButton, {}, points->visualRect(then).center());
    QCOMPARE(points->currentIndex().row(), then.row());
    QVERIFY(child<QWidget>("showHoldingsAt")->isEnabled());
    // The chart marks the chosen point and says it.
    QVERIFY2(child<HistoryChartView>("historyChart")->readoutText().contains(QStringLiteral("$1,111,111,110,111.11111101111")),
             qPrintable(child<HistoryChartView>("historyChart")->readoutText()));
    QTest::keyClick(points, Qt::Key_Return);

    auto *recordedView = child<RecordedHoldingsView>("recordedHoldings");
    QTRY_VERIFY_WITH_TIMEOUT(recordedView->isVisible(), WaitMs);
    QVERIFY2(recordedView->title().startsWith(QStringLiteral("As of ")), qPrintable(recordedView->title()));
    QVERIFY(recordedView->title().contains(QStringLiteral("(recorded)")));
    QVERIFY(recordedView->title().contains(AmountDisplay(QLocale(), false).recordTime(m_bobThen)));
    QVERIFY(recordedView->title().contains(QStringLiteral("All addresses")));
    QCOMPARE(child<QLabel>("recordedHoldingsTotal")->text(), QStringLiteral("Total then: $1,111,111,110,111.11111101111"));
    // The holdings as recorded then, exactly: not today's.
    HoldingsView *asOf = recordedView->table();
    QCOMPARE(asOf->model()->rowCount(), 2);
    QMap<QString, QString> balances;
    for (int row = 0; row < asOf->model()->rowCount(); ++row) {
        const QModelIndex index = asOf->model()->index(row, 0);
        balances.insert(index.data(AssetTableModel::OwnerAddressRole).toString(),
                        index.data(AssetTableModel::AssetRole).value<TokenAsset>().balanceText);
        QCOMPARE(index.data(AssetTableModel::ValueRole).value<Decimal>(),
                 dec(qPrintable(index.data(AssetTableModel::BalanceTextRole).toString())));
    }
    QCOMPARE(balances.value(Alice), QStringLiteral("123456789012.345678901234"));
    QCOMPARE(balances.value(Bob), QStringLiteral("987654321098.765432109876"));
    // Read-only: the live table is unchanged.
    QCOMPARE(m_window->store()->summary(QString()).total, dec("3400"));

    // Ctrl+E exports what is on screen: the recorded holdings, as `export --at` writes them.
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("asof.csv"));
    QTimer::singleShot(0, this, [path] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *every = dialog->findChild<QRadioButton *>(QStringLiteral("exportAllAddresses"));
        QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(8, every->height() / 2));
        QVERIFY(every->isChecked());
        QVERIFY2(every->text().contains(QStringLiteral("2 row")), qPrintable(every->text()));
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
        file->setFocus();
        file->selectAll();
        QTest::keyClicks(file, path);
        QTest::keyClick(file, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(QString::fromUtf8(lines.at(0)).trimmed(), HoldingsCsv::header(HoldingsCsv::Columns{}).join(u','));
    // By value, highest first: Bob's LINK, then Alice's USDC, each balance and value exact.
    QVERIFY2(lines.at(1).startsWith(Bob.toLatin1()) && lines.at(1).contains(",987654321098.765432109876,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith(Alice.toLatin1()) && lines.at(2).contains(",123456789012.345678901234,"), lines.at(2).constData());

    // Back to the history (Alt+B), and from there to the live holdings (Alt+L).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(!recordedView->isVisible());
    QVERIFY(table()->isVisible());
    QTest::keyClick(table(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(recordedView->isVisible(), WaitMs);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!child<QWidget>("historyView")->isVisible());
    QVERIFY(!child<QAction>("actionHistory")->isChecked());
    HoldingsView *live = child<HoldingsView>("holdingsView");
    QVERIFY(live->isVisible());
    QCOMPARE(live->model()->rowCount(), 3);
    // Opened again, the history starts from its chart, not the holdings left behind.
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(table()->isVisible());
    QVERIFY(!recordedView->isVisible());
}

void TestHistoryWindow::emptyAndUnusableHistorySaySo()
{
    QVERIFY(QFile::remove(ValueHistory::defaultFilePath()));
    // Nothing answers: no refresh is recorded.
    openWindow(closedPortUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    auto *message = child<QLabel>("historyMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), WaitMs);
    QVERIFY2(message->text().startsWith(QStringLiteral("No history yet: every refresh of your own addresses is recorded")), qPrintable(message->text()));
    QVERIFY(!QFile::exists(ValueHistory::defaultFilePath()));

    // A file that is not a history: the worker's reason, and the file as it was.
    QFile file(ValueHistory::defaultFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(4096, 'x')) == 4096);
    file.close();
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("cannot be used")), WaitMs);
    QVERIFY(message->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

int main(int argc, char *argv[])
{
    // A home of its own: window tests of other programs share ~/.qttest, and this one keeps a
    // value history there.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(variable);
    QApplication app(argc, argv);
    TestHistoryWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historywindow.moc"
