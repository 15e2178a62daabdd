#include "api/balanceclient.h"
#include "demo/localokxserver.h"
#include "model/amountdisplay.h"
#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "model/portfoliostore.h"
#include "model/refreshcontroller.h"
#include "storage/appsettings.h"
#include "storage/verdictstore.h"
#include "ui/addresssidebar.h"
#include "ui/allocationchartview.h"
#include "support/filesizelimit.h"
#include "support/testassets.h"
#include "ui/holdingsexporter.h"
#include "ui/holdingsview.h"
#include "ui/languagemanager.h"
#include "ui/launchoptions.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QMessageBox>
#include <QMenu>
#include <QMenuBar>
#include <QPieSeries>
#include <QShortcutEvent>
#include <QPieSlice>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <memory>
#include <optional>

namespace {

using WindowTestSession::WaitMs;
using WindowTestSession::waitForRefresh;

} // namespace

/** The main window against the demo server in its own thread, offscreen. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void launchShowsDemoHoldings();
    void slicesArePresent();
    void sortsByValueDescending();
    void noAmountIsCut();
    void sortByAddressGivesWayInOneAddress();
    void scopeFollowsTheSidebar();
    void sliceClickFiltersTheTable();
    void exportActionWritesTheFile();
    void exportCurrentViewKeepsTheViewsRows();
    void exportOnAFullDiskKeepsTheOldFile();
    void copyPutsTabSeparatedRowsOnTheClipboard();
    void escapeClearsTheSearchAndTabLeavesTheTable();
    void aboutQtOpensFromTheHelpMenu();
    void userGuideOpensWithF1();
    void everyShortcutReachesExactlyItsAction_data();
    void everyShortcutReachesExactlyItsAction();
    void privacyModeMasksAmounts();
    void languageSwitchChangesTexts();
    void injectedFaultShowsMessageBarAndKeepsRows();
    void escapeCancelsARefresh();
    void stateIsRestoredOnTheNextStart();
    void verdictsFromTheContextMenuAndTheirDialog();
    void suspiciousValueIsPointedOut();

private:
    void openWindow();
    /** Right-clicks the table's row @p row and presses @p key in the context menu that opens. */
    void chooseInContextMenu(int row, Qt::Key key);
    template<typename T>
    T *child(const char *name) const { return m_window->findChild<T *>(QString::fromLatin1(name)); }

    DemoServerThread m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<VerdictStore> m_verdicts;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_dir.isValid());
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
}

void TestMainWindow::init()
{
    m_server.server()->clearFaults();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.json")));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.json")));
    m_verdicts = std::make_unique<VerdictStore>(m_dir.path());
    QFile::remove(m_verdicts->filePath());
    QVERIFY(m_verdicts->load().isEmpty());
    openWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_verdicts.reset();
    m_languages.setLanguage(LanguageManager::Language::English);
}

void TestMainWindow::openWindow()
{
    Session session = WindowTestSession::onLocalServer(m_server.baseUrl());
    session.demo = true;
    session.config.timeoutMs = 3000;
    for (const auto &[address, label] : m_server.server()->demoAddresses())
        session.demoAddresses.append(WatchedAddress{address, label, LaunchOptions::defaultChains(address)});
    session.verdicts = m_verdicts.get();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->show();
    QVERIFY(waitForRefresh(m_window.get()));
}

void TestMainWindow::launchShowsDemoHoldings()
{
    QVERIFY(child<MessageBar>("credentialsBanner")->isVisible());
    QVERIFY(child<MessageBar>("credentialsBanner")->text().contains(u"Demo data"));
    QVERIFY(!child<MessageBar>("errorBar")->isVisible());
    HoldingsView *table = child<HoldingsView>("holdingsView");
    QVERIFY(table->model()->rowCount() > 0);
    QCOMPARE(table->model()->rowCount(), m_window->assetModel()->rowCount());
    // All addresses plus one row per demo portfolio in the sidebar.
    QCOMPARE(child<QListView>("addressList")->model()->rowCount(), int(m_server.server()->demoAddresses().size()) + 1);
    QVERIFY(child<QLabel>("connectionIndicator")->text().contains(u"Connected"));
    QVERIFY(!child<QLabel>("summaryTotal")->text().isEmpty());
}

void TestMainWindow::slicesArePresent()
{
    AllocationChartView *chart = child<AllocationChartView>("allocationChart");
    QVERIFY(chart->series()->count() >= 1);
    QVERIFY(chart->series()->count() <= 9);
    QVERIFY(chart->centerText().contains(u"$"));
    // Hovering pops the slice out and shows its own value in the middle.
    QPieSlice *first = chart->series()->slices().constFirst();
    emit first->hovered(true);
    QVERIFY(first->isExploded());
    QVERIFY(chart->centerText().startsWith(chart->allocation().slices.constFirst().label));
    QVERIFY(chart->centerText().contains(u"%"));
    emit first->hovered(false);
    QVERIFY(!first->isExploded());
    // By token, the legend says that a slice adds up every chain and address (the table's share does not).
    QVERIFY(child<QLabel>("chartLegendNote")->isVisible());
    chart->setGrouping(AllocationGrouping::Address);
    QVERIFY(!child<QLabel>("chartLegendNote")->isVisible());
    // Each demo portfolio holds priced tokens: one slice per address.
    QCOMPARE(chart->series()->count(), int(m_server.server()->demoAddresses().size()));
}

void TestMainWindow::sortByAddressGivesWayInOneAddress()
{
    HoldingsView *table = child<HoldingsView>("holdingsView");
    // A click on the Address header, as a person sorts, in the all-addresses view.
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(AssetTableModel::AddressColumn) + header->sectionSize(AssetTableModel::AddressColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(m_window->filterProxy()->sortColumn(), int(AssetTableModel::AddressColumn));
    // One address: the Address column is hidden, and the rows are by value again.
    QListView *addresses = child<QListView>("addressList");
    addresses->setCurrentIndex(addresses->model()->index(1, 0));
    QVERIFY(table->isColumnHidden(AssetTableModel::AddressColumn));
    QCOMPARE(m_window->filterProxy()->sortColumn(), int(AssetTableModel::ValueColumn));
    QCOMPARE(m_window->filterProxy()->sortOrder(), Qt::DescendingOrder);
}

void TestMainWindow::noAmountIsCut()
{
    HoldingsView *table = child<HoldingsView>("holdingsView");
    const QAbstractItemModel *view = table->model();
    const auto everyAmountFits = [table, view] {
        for (int row = 0; row < view->rowCount(); ++row) {
            for (int column : {AssetTableModel::BalanceColumn, AssetTableModel::PriceColumn, AssetTableModel::ValueColumn,
                               AssetTableModel::ChangeColumn}) {
                if (table->isColumnHidden(column))
                    continue;
                const QString text = view->index(row, column).data().toString();
                if (table->fontMetrics().horizontalAdvance(text) + 8 > table->columnWidth(column))
                    return false;
            }
        }
        return true;
    };
    // The demo's risk tokens claim values in the billions: none is cut in the middle.
    QVERIFY(QTest::qWaitFor(everyAmountFits, 2000));
    // Nor after a column is narrowed below its amounts: it widens again.
    table->setColumnWidth(AssetTableModel::ValueColumn, 40);
    QVERIFY(QTest::qWaitFor(everyAmountFits, 2000));
    // Nor after a refresh.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->refreshController()->isRefreshing(); }, 10000));
    QVERIFY(QTest::qWaitFor(everyAmountFits, 2000));

    // Dragging the chart's or the sidebar's splitter handle never pushes the Value column out of view.
    const auto valueInView = [table] {
        const int right = table->columnViewportPosition(AssetTableModel::ValueColumn)
            + table->columnWidth(AssetTableModel::ValueColumn);
        return table->columnViewportPosition(AssetTableModel::ValueColumn) >= 0 && right <= table->viewport()->width();
    };
    m_window->resize(1024, 700);
    QTRY_VERIFY2(valueInView(), qPrintable(QStringLiteral("%1 %2 %3 %4 %5 %6").arg(table->columnViewportPosition(AssetTableModel::ValueColumn)).arg(table->columnWidth(AssetTableModel::ValueColumn)).arg(table->viewport()->width()).arg(m_window->width()).arg(table->widthThroughValue()).arg(table->width())));
    for (const char *name : {"contentSplitter", "sidebarSplitter"}) {
        auto *splitter = child<QSplitter>(name);
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint middle = handle->rect().center();
        const int towardsTheTable = QLatin1String(name) == QLatin1String("contentSplitter") ? -1 : 1;
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        for (int step = 1; step <= 10; ++step)
            QTest::mouseMove(handle, middle + QPoint(towardsTheTable * 40 * step, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(towardsTheTable * 400, 0));
        QTRY_VERIFY2(valueInView(), name);
    }
}

void TestMainWindow::sortsByValueDescending()
{
    const QAbstractItemModel *view = child<HoldingsView>("holdingsView")->model();
    QCOMPARE(m_window->filterProxy()->sortColumn(), int(AssetTableModel::ValueColumn));
    QCOMPARE(m_window->filterProxy()->sortOrder(), Qt::DescendingOrder);
    // Counted rows by exact value, largest first; then the rows that do not count (risk, unpriced).
    bool pastCounted = false;
    std::optional<Decimal> previous;
    for (int r = 0; r < view->rowCount(); ++r) {
        const QModelIndex row = view->index(r, 0);
        if (!row.data(AssetTableModel::CountsRole).toBool()) {
            pastCounted = true;
            continue;
        }
        QVERIFY2(!pastCounted, "a counted row after one that does not count");
        const Decimal value = row.data(AssetTableModel::ValueRole).value<Decimal>();
        if (previous)
            QVERIFY(value <= *previous);
        previous = value;
    }
    QVERIFY(previous.has_value());
}

void TestMainWindow::scopeFollowsTheSidebar()
{
    const QString address = m_server.server()->demoAddresses().constFirst().first;
    AddressSidebar *sidebar = m_window->findChild<AddressSidebar *>();
    sidebar->setCurrentAddress(address);
    QCOMPARE(m_window->filterProxy()->addressScope(), address);
    const QAbstractItemModel *view = child<HoldingsView>("holdingsView")->model();
    for (int r = 0; r < view->rowCount(); ++r)
        QCOMPARE(view->index(r, 0).data(AssetTableModel::OwnerAddressRole).toString(), address);
    QVERIFY(child<HoldingsView>("holdingsView")->isColumnHidden(AssetTableModel::AddressColumn));
    sidebar->setCurrentAddress(QString());
    QCOMPARE(view->rowCount(), m_window->assetModel()->rowCount());
}

void TestMainWindow::sliceClickFiltersTheTable()
{
    AllocationChartView *chart = child<AllocationChartView>("allocationChart");
    chart->setGrouping(AllocationGrouping::Chain);
    const AllocationSlice slice = chart->allocation().slices.constFirst();
    // A click on the pie slice itself.
    emit chart->series()->slices().constFirst()->clicked();
    const QAbstractItemModel *view = child<HoldingsView>("holdingsView")->model();
    QVERIFY(view->rowCount() > 0);
    QVERIFY(view->rowCount() < m_window->assetModel()->rowCount());
    for (int r = 0; r < view->rowCount(); ++r)
        QVERIFY(slice.keys.contains(view->index(r, 0).data(AssetTableModel::ChainIndexRole).toString()));
    m_window->filterProxy()->clearSliceFilter();
    QCOMPARE(view->rowCount(), m_window->assetModel()->rowCount());
}

void TestMainWindow::exportActionWritesTheFile()
{
    const HoldingsSummary all = m_window->store()->summary(QString());
    QVERIFY(all.riskCount > 0);
    for (const bool withRisk : {false, true}) {
        const QString path = m_dir.filePath(withRisk ? QStringLiteral("all-risk.csv") : QStringLiteral("all.csv"));
        // The shortcut reaches the window once it is active again after the previous dialog.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Ctrl+E, then the dialog answered as a person would, once it is up: "Every address",
        // the risk box ticked or not, the file name typed over the proposed one, Return.
        QTimer::singleShot(0, this, [path, withRisk, all] {
            QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // Whatever fails below, the dialog goes, so the test does not wait for ever.
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            auto *risk = dialog->findChild<QCheckBox *>(QStringLiteral("exportIncludeRisk"));
            QVERIFY(!risk->isEnabled());
            auto *every = dialog->findChild<QRadioButton *>(QStringLiteral("exportAllAddresses"));
            // On the button's circle, where a person aims (a wide button's middle may be empty space).
            QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(8, every->height() / 2));
            QVERIFY(every->isChecked());
            QVERIFY(risk->isEnabled());
            QVERIFY(!risk->isChecked());
            QVERIFY2(every->text().contains(QString::number(all.tokenCount - all.riskCount)), qPrintable(every->text()));
            if (withRisk) {
                QTest::mouseClick(risk, Qt::LeftButton, {}, QPoint(8, risk->height() / 2));
                QVERIFY2(every->text().contains(QString::number(all.tokenCount)), qPrintable(every->text()));
            }
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
            QVERIFY(QDir::isAbsolutePath(file->text()));
            file->setFocus();
            file->selectAll();
            QTest::keyClicks(file, path);
            QTest::keyClick(file, Qt::Key_Return);
            QVERIFY(!dialog->isVisible());
        });
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(),
                 QByteArray("address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,tokenPriceUsd,valueUsd,isRiskToken"));
        // Header, one line per holding (risk tokens only when asked, as on the command line), and
        // the empty piece after the final line break.
        QCOMPARE(lines.size(), (withRisk ? all.tokenCount : all.tokenCount - all.riskCount) + 2);
        QCOMPARE(lines.join('\n').contains(",true"), withRisk);
        QCOMPARE(m_settings->exportDirectory(), m_dir.path());
    }
}

void TestMainWindow::exportCurrentViewKeepsTheViewsRows()
{
    m_window->filterProxy()->setHideRisk(true);
    m_window->filterProxy()->setHideUnpriced(true);
    const QString path = m_dir.filePath(QStringLiteral("view.csv"));
    QString error;
    QVERIFY2(m_window->exporter()->exportTo(path, ExportDialog::Scope::CurrentView, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), m_window->filterProxy()->rowCount() + 2);
    const QModelIndex top = m_window->filterProxy()->index(0, 0);
    QVERIFY(lines.at(1).contains(top.data(AssetTableModel::BalanceTextRole).toString().toUtf8()));
    QVERIFY(!lines.join('\n').contains(",true"));
}

void TestMainWindow::exportOnAFullDiskKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the last good export\n");
    }
    // Ctrl+E as a person presses it; the dialog is answered as a person would, once it is up.
    QTimer::singleShot(0, this, [this, path] {
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(path);
        // The file exists: the dialog asks first. "No" keeps the dialog; "Yes" goes on.
        for (const QMessageBox::StandardButton answer : {QMessageBox::No, QMessageBox::Yes}) {
            QTimer::singleShot(0, this, [answer] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(u"already exists"));
                QTest::mouseClick(box->button(answer), Qt::LeftButton);
            });
            QTest::keyClick(dialog, Qt::Key_Return);
            QCOMPARE(dialog->isVisible(), answer == QMessageBox::No);
        }
    });
    {
        const FileSizeLimit::Scope fullDisk(16);
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    }
    // No modal box: the message bar says what happened, and the old file is as it was.
    QVERIFY(!QApplication::activeModalWidget());
    const auto *notice = child<MessageBar>("noticeBar");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("File too large")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(path), qPrintable(notice->text()));
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("the last good export\n"));
}

void TestMainWindow::copyPutsTabSeparatedRowsOnTheClipboard()
{
    HoldingsView *table = child<HoldingsView>("holdingsView");
    // A token with a contract, whose Contract cell shows it shortened.
    int row = 0;
    while (table->model()->index(row, 0).data(AssetTableModel::ContractRole).toString().isEmpty())
        ++row;
    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Token\tChain\tBalance")));
    const QModelIndex copied = table->model()->index(row, 0);
    const QStringList cells = lines.at(1).split(QLatin1Char('\t'));
    const QString balance = copied.data(AssetTableModel::BalanceRole).value<Decimal>().toPlainString();
    QVERIFY2(cells.contains(balance), qPrintable(lines.at(1)));
    // Whole values, never the short forms on screen.
    QVERIFY2(cells.contains(copied.data(AssetTableModel::ContractRole).toString()), qPrintable(lines.at(1)));
    QVERIFY2(cells.contains(copied.data(AssetTableModel::OwnerAddressRole).toString()), qPrintable(lines.at(1)));
    QVERIFY2(!lines.at(1).contains(QChar(0x2026)), qPrintable(lines.at(1)));
}

void TestMainWindow::privacyModeMasksAmounts()
{
    QAction *privacy = child<QAction>("actionPrivacy");
    privacy->trigger();
    QVERIFY(privacy->isChecked());
    const QAbstractItemModel *view = child<HoldingsView>("holdingsView")->model();
    QCOMPARE(view->index(0, AssetTableModel::ValueColumn).data().toString(), AmountDisplay::mask());
    QCOMPARE(view->index(0, AssetTableModel::BalanceColumn).data().toString(), AmountDisplay::mask());
    QCOMPARE(child<QLabel>("summaryTotal")->text(), AmountDisplay::mask());
    AllocationChartView *chart = child<AllocationChartView>("allocationChart");
    QVERIFY(chart->series()->count() >= 1); // the shape stays
    QVERIFY(chart->centerText().contains(AmountDisplay::mask()));
    QVERIFY(m_settings->privacyMode());
    privacy->trigger();
    QVERIFY(view->index(0, AssetTableModel::ValueColumn).data().toString().startsWith(u'$'));
}

void TestMainWindow::languageSwitchChangesTexts()
{
    QAction *refresh = child<QAction>("actionRefresh");
    const QString english = refresh->text();
    const QString header = m_window->filterProxy()->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString();
    child<QAction>("actionChinese")->trigger();
    QCOMPARE(m_languages.language(), LanguageManager::Language::Chinese);
    QCOMPARE(m_settings->language(), QStringLiteral("zh"));
    // Qt posts the LanguageChange events to the windows: the texts change on the next event loop turn.
    QTRY_VERIFY(refresh->text().contains(QStringLiteral("刷新")));
    QVERIFY(m_window->filterProxy()->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString() != header);
    QVERIFY(child<MessageBar>("credentialsBanner")->text().contains(QStringLiteral("演示")));
    // The currency of the first start (English: dollars) stays: a language is not a currency.
    QVERIFY(child<QLabel>("summaryTotal")->text().startsWith(u'$'));
    // The demo portfolios' names follow the language, there and back.
    const auto sidebarShows = [this](const QString &text) {
        const QAbstractItemModel *addresses = child<QListView>("addressList")->model();
        for (int row = 0; row < addresses->rowCount(); ++row) {
            if (addresses->index(row, 0).data().toString().contains(text))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(sidebarShows(QStringLiteral("示例基金")));
    // A toolbar button takes no access key: 设置(&E)… reads 设置 on it, not 设置(E)….
    const QToolBar *toolBar = child<QToolBar>("mainToolBar");
    const QRegularExpression accessKeyLeftOver(QStringLiteral("\\([A-Z]\\)|&|…"));
    for (QAction *button : toolBar->actions()) {
        if (const auto *shown = qobject_cast<const QToolButton *>(toolBar->widgetForAction(button))) {
            QVERIFY2(!shown->text().contains(accessKeyLeftOver), qPrintable(shown->text()));
            QVERIFY2(shown->text().contains(QRegularExpression(QStringLiteral("\\p{Han}"))), qPrintable(shown->text()));
        }
    }
    child<QAction>("actionEnglish")->trigger();
    QTRY_COMPARE(refresh->text(), english);
    QTRY_VERIFY(sidebarShows(QStringLiteral("Example fund")));
    QVERIFY(!sidebarShows(QStringLiteral("示例基金")));
}

void TestMainWindow::injectedFaultShowsMessageBarAndKeepsRows()
{
    const int rows = m_window->assetModel()->rowCount();
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::ServerError;
    m_server.server()->injectFault(fault, 1000);
    QSignalSpy finished(m_window->refreshController(), &RefreshController::finished);
    child<QAction>("actionRefresh")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);

    MessageBar *bar = child<MessageBar>("errorBar");
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"as of"), qPrintable(bar->text()));
    QCOMPARE(m_window->assetModel()->rowCount(), rows);
    QVERIFY(child<QLabel>("summaryUpdated")->text().startsWith(u"As of"));
    // Every address failed: the status bar does not call that "refreshed".
    QCOMPARE(child<QLabel>("refreshStatusText")->text(), QStringLiteral("Refresh failed"));

    m_server.server()->clearFaults();
    bar->findChild<QPushButton *>(QStringLiteral("messageAction"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, WaitMs);
    QCOMPARE(child<QLabel>("refreshStatusText")->text(), QStringLiteral("Refreshed"));
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::escapeCancelsARefresh()
{
    const int rows = m_window->assetModel()->rowCount();
    LocalOkxServer::Fault slow;
    slow.kind = LocalOkxServer::Fault::Kind::Delay;
    slow.delayMs = 2000;
    m_server.server()->injectFault(slow, 100);
    QSignalSpy finished(m_window->refreshController(), &RefreshController::finished);
    child<QAction>("actionRefresh")->trigger();
    QAction *stop = child<QAction>("actionStop");
    QVERIFY(stop->isEnabled());
    QVERIFY(stop->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
    QVERIFY(!child<QAction>("actionRefresh")->isEnabled());
    stop->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);
    m_server.server()->clearFaults();

    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(child<QLabel>("refreshStatusText")->text(), QStringLiteral("Refresh cancelled"));
    QVERIFY(!child<MessageBar>("errorBar")->isVisible());
    QCOMPARE(m_window->assetModel()->rowCount(), rows);
    QVERIFY(child<QAction>("actionRefresh")->isEnabled());
}

void TestMainWindow::escapeClearsTheSearchAndTabLeavesTheTable()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = child<QLineEdit>("searchBox");
    const int all = m_window->filterProxy()->rowCount();
    // Ctrl+F, as a user finds the search.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("usd"));
    QVERIFY(m_window->filterProxy()->rowCount() < all);
    auto *table = child<HoldingsView>("holdingsView");
    QVERIFY(table->emptyResultText().isEmpty());
    // A search that matches nothing says so in the table instead of leaving it blank.
    QTest::keyClicks(search, QStringLiteral("zzz"));
    QCOMPARE(m_window->filterProxy()->rowCount(), 0);
    QCOMPARE(table->emptyResultText(), QStringLiteral("No holdings match “usdzzz”."));

    // Esc with text in the search clears it, and stops nothing.
    QSignalSpy stopped(child<QAction>("actionStop"), &QAction::triggered);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_window->filterProxy()->rowCount(), all);
    QCOMPARE(stopped.count(), 0);

    QVERIFY(table->emptyResultText().isEmpty());

    // Tab from the table goes to the next control instead of the next cell.
    table->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QCOMPARE(table->currentIndex().column(), 0);
}

void TestMainWindow::aboutQtOpensFromTheHelpMenu()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QAction *aboutQt = child<QAction>("actionAboutQt");
    QMenu *help = nullptr;
    for (QAction *entry : m_window->menuBar()->actions()) {
        if (entry->menu() && entry->menu()->actions().contains(aboutQt))
            help = entry->menu();
    }
    QVERIFY(help);
    // Opened as a user does: the menu, then the entry's access key. The box is modal: it is read
    // and closed from the event loop it runs.
    help->popup(m_window->mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QString title;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&title] {
        if (QWidget *box = QApplication::activeModalWidget()) {
            title = box->windowTitle();
            box->close();
        }
    });
    closer.start(50);
    QTest::keyClick(help, Qt::Key_Q);
    QTRY_VERIFY(!title.isEmpty());
    QVERIFY2(title.contains(u"Qt"), qPrintable(title));
}

void TestMainWindow::userGuideOpensWithF1()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = m_window->findChild<QDialog *>(QStringLiteral("userGuide"));
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    auto *text = guide->findChild<QTextBrowser *>(QStringLiteral("userGuideText"));
    const QString shown = text->toPlainText();
    // The README's part for users, whole (no text swallowed as markup), and the licence.
    QVERIFY(shown.contains(QStringLiteral("The window")));
    QVERIFY(shown.contains(QStringLiteral("marked \"as of\" its time")));
    QVERIFY(shown.contains(QStringLiteral("Privacy and security")));
    QVERIFY(shown.contains(QStringLiteral("MIT License")));
    QVERIFY(!shown.contains(QStringLiteral("Sanitizers and fuzzers")));
    // The keys scroll it.
    guide->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(guide));
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    // At the end (the cursor line in view, give or take the document margin).
    QVERIFY(text->verticalScrollBar()->value() >= text->verticalScrollBar()->maximum() - text->fontMetrics().height());
    QTest::keyClick(text, Qt::Key_Escape);
    QTRY_VERIFY(!guide->isVisible());
}

/** Records the shortcut events an action receives and swallows them, so that nothing is triggered. */
class ShortcutRecorder final : public QObject
{
public:
    struct Hit
    {
        QAction *action;
        bool ambiguous;
    };
    QList<Hit> hits;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Shortcut)
            return false;
        hits.append({qobject_cast<QAction *>(watched), static_cast<QShortcutEvent *>(event)->isAmbiguous()});
        return true;
    }
};

void TestMainWindow::everyShortcutReachesExactlyItsAction_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::newRow("English") << false;
    QTest::newRow("Chinese") << true;
}

void TestMainWindow::everyShortcutReachesExactlyItsAction()
{
    QFETCH(bool, chinese);
    if (chinese) {
        child<QAction>("actionChinese")->trigger();
        QTRY_VERIFY(child<QAction>("actionRefresh")->text().contains(QStringLiteral("刷新")));
    }
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *table = child<HoldingsView>("holdingsView");
    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(table->hasFocus());

    // Every action's shortcuts, each pressed on the focused table as a user would: the recorder
    // takes the shortcut events, so the actions stay untriggered (no dialog, no quit).
    ShortcutRecorder recorder;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    QMap<QString, QString> owners; // a key sequence -> the action that has it
    int pressed = 0;
    for (QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        action->setEnabled(true);
        action->installEventFilter(&recorder);
        for (const QKeySequence &sequence : action->shortcuts()) {
            const QString key = sequence.toString(QKeySequence::PortableText);
            QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1 belongs to %2 and %3").arg(key, owners.value(key), action->objectName())));
            owners.insert(key, action->objectName());
        }
    }
    QVERIFY(owners.contains(QStringLiteral("F5")));
    QVERIFY(owners.contains(QStringLiteral("Ctrl+,")));
    QVERIFY(owners.contains(QStringLiteral("Ctrl+H")));
    for (QAction *action : actions) {
        for (const QKeySequence &sequence : action->shortcuts()) {
            recorder.hits.clear();
            QTest::keySequence(QApplication::focusWidget(), sequence);
            const QString what = action->objectName() + u' ' + sequence.toString(QKeySequence::PortableText);
            QVERIFY2(recorder.hits.size() == 1, qPrintable(QStringLiteral("%1: %2 actions").arg(what).arg(recorder.hits.size())));
            QVERIFY2(recorder.hits.first().action == action, qPrintable(QStringLiteral("%1 reached %2").arg(what, recorder.hits.first().action->objectName())));
            QVERIFY2(!recorder.hits.first().ambiguous, qPrintable(QStringLiteral("%1 is ambiguous").arg(what)));
            ++pressed;
        }
    }
    QVERIFY(pressed >= 10);
}

void TestMainWindow::stateIsRestoredOnTheNextStart()
{
    m_window->filterProxy()->setHideSmall(true);
    child<AllocationChartView>("allocationChart")->setGrouping(AllocationGrouping::Chain);
    child<HoldingsView>("holdingsView")->sortByColumn(AssetTableModel::BalanceColumn, Qt::AscendingOrder);
    // Saved on a larger screen than this one (or before the resolution went down).
    const QRect available = m_window->screen()->availableGeometry();
    m_window->resize(available.width() + 600, available.height() + 400);
    m_window->close();
    m_window.reset();

    openWindow();
    // As large as the screen at most (the test screen is narrower than the window's least width).
    const QSize most = available.size().expandedTo(m_window->minimumSizeHint());
    QVERIFY2(m_window->width() <= most.width() && m_window->height() <= most.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4").arg(m_window->width()).arg(m_window->height())
                            .arg(available.width()).arg(available.height())));
    QVERIFY(m_window->filterProxy()->hidesSmall());
    QCOMPARE(child<AllocationChartView>("allocationChart")->grouping(), AllocationGrouping::Chain);
    QCOMPARE(m_window->filterProxy()->sortColumn(), int(AssetTableModel::BalanceColumn));
    QCOMPARE(m_window->filterProxy()->sortOrder(), Qt::AscendingOrder);
}

void TestMainWindow::chooseInContextMenu(int row, Qt::Key key)
{
    auto *table = child<HoldingsView>("holdingsView");
    QVERIFY(WindowTestSession::chooseInContextMenu(table, table->model()->index(row, AssetTableModel::TokenColumn), key));
}

void TestMainWindow::verdictsFromTheContextMenuAndTheirDialog()
{
    auto *table = child<HoldingsView>("holdingsView");
    const PortfolioStore *store = m_window->store();
    const Decimal total = store->summary(QString()).total;
    QVERIFY(!total.isZero());
    // The table is sorted by value: its first row is the largest holding that counts.
    const QModelIndex top = table->model()->index(0, AssetTableModel::TokenColumn);
    const QString symbol = top.data(AssetTableModel::SymbolRole).toString();
    const Decimal value = top.data(AssetTableModel::ValueRole).value<Decimal>();
    QVERIFY(top.data(AssetTableModel::CountsRole).toBool());
    const QString totalText = child<QLabel>("summaryTotal")->text();

    chooseInContextMenu(0, Qt::Key_S);
    QCOMPARE(m_verdicts->verdicts().size(), 1);
    QVERIFY(QFile::exists(m_verdicts->filePath()));
    QCOMPARE(store->summary(QString()).total, total - value);
    QVERIFY(child<QLabel>("summaryTotal")->text() != totalText);
    QCOMPARE(child<AllocationChartView>("allocationChart")->allocation().total, total - value);
    // The row stays, told apart from OKX's own flag, and no longer counts.
    int marked = -1;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, AssetTableModel::TokenColumn);
        if (index.data(AssetTableModel::VerdictRole).toInt() == int(TokenVerdict::Spam))
            marked = row;
    }
    QVERIFY(marked >= 0);
    const QModelIndex spam = table->model()->index(marked, AssetTableModel::TokenColumn);
    QCOMPARE(spam.data(AssetTableModel::SymbolRole).toString(), symbol);
    QVERIFY(!spam.data(AssetTableModel::CountsRole).toBool());
    QVERIFY(!spam.data(AssetTableModel::IsRiskRole).toBool());
    QVERIFY(spam.data(Qt::ToolTipRole).toString().contains(u"spam — marked by you"));
    QVERIFY(spam.data(Qt::DisplayRole).toString().contains(u"spam — marked by you"));

    // A token OKX flags, trusted: it counts, and still says OKX flags it.
    int risky = -1;
    for (int row = 0; row < table->model()->rowCount() && risky < 0; ++row) {
        if (table->model()->index(row, 0).data(AssetTableModel::IsRiskRole).toBool()
            && table->model()->index(row, 0).data(AssetTableModel::IsPricedRole).toBool())
            risky = row;
    }
    QVERIFY(risky >= 0);
    const QPersistentModelIndex flagged = table->model()->index(risky, AssetTableModel::TokenColumn);
    QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(u"risk — flagged by OKX"));
    const Decimal claimed = flagged.data(AssetTableModel::ValueRole).value<Decimal>();
    chooseInContextMenu(risky, Qt::Key_T);
    QCOMPARE(m_verdicts->verdicts().size(), 2);
    QCOMPARE(store->summary(QString()).total, total - value + claimed);
    QVERIFY(flagged.data(AssetTableModel::CountsRole).toBool());
    QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(u"flagged by OKX — trusted by you"));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table->setFocus(Qt::OtherFocusReason);
    // The list, through its shortcut; each Remove applies at once, while the dialog is open.
    bool checked = false;
    QTimer::singleShot(0, this, [this, store, total, value, claimed, symbol, &checked] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->objectName(), QStringLiteral("tokenVerdictsDialog"));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *list = dialog->findChild<QTableWidget *>(QStringLiteral("tokenVerdictsTable"));
        QCOMPARE(list->rowCount(), 2);
        int spamRow = -1;
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row, 3)->text() == u"spam — marked by you")
                spamRow = row;
        }
        QVERIFY(spamRow >= 0);
        QCOMPARE(list->item(spamRow, 1)->text(), symbol);
        auto *remove = list->cellWidget(spamRow, 4);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(store->summary(QString()).total, total + claimed);
        QCOMPARE(child<AllocationChartView>("allocationChart")->allocation().total, total + claimed);
        QTest::mouseClick(list->cellWidget(0, 4), Qt::LeftButton);
        QTRY_COMPARE(list->rowCount(), 0);
        QCOMPARE(store->summary(QString()).total, total);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        checked = true;
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(checked);
    QVERIFY(m_verdicts->verdicts().isEmpty());
    QCOMPARE(child<QLabel>("summaryTotal")->text(), totalText);
    // The file says so too: a new start finds no verdict.
    VerdictStore again(m_dir.path());
    QVERIFY(again.load().isEmpty());
    QVERIFY(again.verdicts().isEmpty());
}

void TestMainWindow::suspiciousValueIsPointedOut()
{
    // The first demo portfolio now holds $70 and a token claiming $1.0 × 10²¹ on Optimism.
    const QString owner = m_server.server()->demoAddresses().constFirst().first;
    const QString scam = QStringLiteral("0x00000000000000000000000000000000000000a7");
    const auto held = [&owner](const QString &contract, const char *symbol, const char *balance, const char *price) {
        return TestAssets::ownedBy(owner, TestAssets::asset(QStringLiteral("10"), contract, QString::fromUtf8(symbol),
                                                            QString::fromLatin1(balance), QString::fromLatin1(price)));
    };
    m_server.server()->setPortfolio(owner, {held(QString(), "ETH", "0.02", "2500"),
                                            held(scam, "@AT", "1000000000000000", "1000000")});
    const auto restore = qScopeGuard([this] { m_server.server()->loadDemoPortfolios(); });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([this] { return m_window->refreshController()->isRefreshing(); }, WaitMs));
    QVERIFY(waitForRefresh(m_window.get()));

    auto *line = child<QLabel>("summarySuspicious");
    auto *mark = child<QPushButton>("markSuspiciousAsSpam");
    QTRY_VERIFY(line->isVisible());
    QVERIFY2(line->text().startsWith(QStringLiteral("$1.00\u00a0×\u00a010²¹ from @AT on Optimism — mark as spam?")),
             qPrintable(line->text()));
    QVERIFY(mark->isVisible());
    // Pointed out, not left out: it is in the total until the user says otherwise.
    const Decimal total = m_window->store()->summary(QString()).total;
    const Decimal claimed = Decimal::parse(u"1000000000000000000000").value();
    QVERIFY(total > claimed);

    QTest::mouseClick(mark, Qt::LeftButton);
    QCOMPARE(m_verdicts->verdicts().size(), 1);
    QCOMPARE(m_window->store()->summary(QString()).total, total - claimed);
    QTRY_VERIFY(!line->isVisible());
    QVERIFY(!mark->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
