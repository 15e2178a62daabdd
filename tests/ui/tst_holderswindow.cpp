#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "model/assettablemodel.h"
#include "model/holdersmodel.h"
#include "model/refreshcontroller.h"
#include "model/tokengroupmodel.h"
#include "paintedtext.h"
#include "storage/appsettings.h"
#include "storage/watchlist.h"
#include "support/testassets.h"
#include "support/testdecimal.h"
#include "ui/groupedholdingsview.h"
#include "ui/holdersdialog.h"
#include "ui/holdingmenu.h"
#include "ui/holdingsview.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/recordedholdingsview.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

using WindowTestSession::WaitMs;
using WindowTestSession::waitForRefresh;

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString UsdcEthereum = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString UsdcArbitrum = QStringLiteral("0xaf88d065e77c8cc2239327c5edb3a432268e5831");
const QString UsdcBase = QStringLiteral("0x833589fcd6edb6e08f4c7c32d4f71b54bda02913");
const QString ScamUsdc = QStringLiteral("0x00000000000000000000000000000000000000aa");

// 24 significant digits: a double keeps sixteen.
const QString AliceUsdc = QStringLiteral("123456789012.123456789012");
const QString AliceUsdcArbitrum = QStringLiteral("987654321098.765432109876");
const QString BobUsdc = QStringLiteral("111111111111.111111111111");
const QString UsdcSum = QStringLiteral("1222222221222.000000009999");

TokenAsset asset(const char *chain, const QString &contract, const char *symbol, const QString &balance, const char *price)
{
    return TestAssets::asset(QLatin1String(chain), contract, QLatin1String(symbol), balance, QLatin1String(price));
}

/** The row of @p model's top level whose IdentityKeyRole starts with @p kind and whose symbol is @p symbol, or -1. */
int topRowOf(const QAbstractItemModel *model, const QString &symbol, const char *kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(AssetTableModel::SymbolRole).toString() == symbol
            && index.data(AssetTableModel::IdentityKeyRole).toString().startsWith(QLatin1String(kind)))
            return row;
    }
    return -1;
}

} // namespace

/**
 * Group by Token and Show Holders in the real window on the local OKX server, through real input:
 * Ctrl+G through the shortcut map, → to expand, Enter, a double click and the context menu for the
 * holders, Ctrl+C in the holders dialog; and nothing elided on screen.
 */
class TestHoldersWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void groupedViewAndHoldersThroughTheKeyboard();
    void holdersFromTheContextMenuAndADoubleClick();
    void groupingIsRemembered();
    void recordedHoldingsOfferNoTokenRefresh();

private:
    void openWindow();
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    /** The holders dialog once open, or null. */
    HoldersDialog *holdersDialog() const { return m_window->holdersDialog(); }
    /** Right-clicks @p index of @p view and chooses the entry whose access key is @p key; returns the entries' texts. */
    QStringList chooseInMenu(QAbstractItemView *view, const QModelIndex &index, Qt::Key key);
    /** Checks the holders dialog shows USDC's three holdings and their exact sum, none cut. */
    void checkUsdcHolders();
    /**
     * The texts @p view paints cut short: with an ellipsis its model's text (of a row in view) does not
     * have. A contract's short form ("0xa0b8…eb48") is the model's own.
     */
    static QStringList elidedTexts(QAbstractItemView *view);

    DemoServerThread m_server;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestHoldersWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
}

void TestHoldersWindow::init()
{
    WindowTestSession::clearAppLocations();
    LocalOkxServer *server = m_server.server();
    server->clearFaults();
    server->setPortfolio(Alice, {asset("1", QString(), "ETH", QStringLiteral("1.5"), "2000"),
                                 asset("42161", QString(), "ETH", QStringLiteral("0.25"), "2000"),
                                 asset("1", UsdcEthereum, "USDC", AliceUsdc, "1"),
                                 asset("42161", UsdcArbitrum, "USDC", AliceUsdcArbitrum, "1"),
                                 asset("1", ScamUsdc, "USDC", QStringLiteral("5000"), "1")});
    server->setPortfolio(Bob, {asset("8453", UsdcBase, "USDC", BobUsdc, "1")});
    m_settings = WindowTestSession::appSettings();
    m_list = std::make_unique<WatchList>();
    const QStringList chains{QStringLiteral("1"), QStringLiteral("42161"), QStringLiteral("8453")};
    QVERIFY(m_list->add(WatchedAddress{Alice, QStringLiteral("Alice"), chains}).isEmpty());
    QVERIFY(m_list->add(WatchedAddress{Bob, QStringLiteral("Bob"), chains}).isEmpty());
}

void TestHoldersWindow::cleanup()
{
    m_window.reset();
    m_list.reset();
    m_settings.reset();
}

void TestHoldersWindow::openWindow()
{
    Session session = WindowTestSession::onLocalServer(m_server.baseUrl());
    session.watchList = m_list.get();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->resize(1400, 900);
    m_window->show();
}

QStringList TestHoldersWindow::elidedTexts(QAbstractItemView *view)
{
    QSet<QString> modelTexts;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column)
                modelTexts.insert(model->index(row, column, parent).data().toString());
            collect(model->index(row, 0, parent));
        }
    };
    collect(QModelIndex());
    QStringList cut;
    for (const PaintedText &painted : PaintedText::of(view->viewport())) {
        if (painted.text.contains(u'…') && !modelTexts.contains(painted.text))
            cut << painted.text;
    }
    return cut;
}

QStringList TestHoldersWindow::chooseInMenu(QAbstractItemView *view, const QModelIndex &index, Qt::Key key)
{
    const std::optional<QStringList> entries = WindowTestSession::chooseInContextMenu(view, index, key);
    if (!entries)
        qWarning("the context menu did not open");
    return entries.value_or(QStringList());
}

void TestHoldersWindow::checkUsdcHolders()
{
    QTRY_VERIFY_WITH_TIMEOUT(holdersDialog() && holdersDialog()->isVisible(), WaitMs);
    HoldersDialog *dialog = holdersDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Holders of USDC"));
    QTableView *table = dialog->table();
    QCOMPARE(table->model()->rowCount(), 3);
    // By balance, largest first: Alice on Arbitrum, Alice on Ethereum, Bob on Base; the scam "USDC" is not one.
    QStringList rows;
    for (int row = 0; row < 3; ++row) {
        rows << table->model()->index(row, HoldersModel::LabelColumn).data().toString() + u' '
                    + table->model()->index(row, HoldersModel::ChainColumn).data().toString();
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("Alice Arbitrum One"), QStringLiteral("Alice Ethereum"), QStringLiteral("Bob Base")}));
    QCOMPARE(table->model()->index(2, HoldersModel::AddressColumn).data().toString(), Bob);
    QLabel *total = dialog->findChild<QLabel *>(QStringLiteral("holdersTotal"));
    QVERIFY(total);
    // "holding(s)" until the English plural forms of this string are translated.
    QVERIFY2(QRegularExpression(QStringLiteral("^Total of 3 holding(s|\\(s\\)): %1 USDC · \\$1,222,222,221,222\\.000000009999$")
                                    .arg(QRegularExpression::escape(UsdcSum)))
                 .match(total->text())
                 .hasMatch(),
             qPrintable(total->text()));
    // Nothing cut: not an amount, not an address; the label wraps rather than cut the sum.
    QTRY_COMPARE(elidedTexts(table), QStringList());
    QVERIFY(total->width() >= total->fontMetrics().horizontalAdvance(total->text()) || total->wordWrap());
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < HoldersModel::ColumnCount; ++column) {
            const QModelIndex index = table->model()->index(row, column);
            QVERIFY2(table->fontMetrics().horizontalAdvance(index.data().toString()) <= table->columnWidth(column),
                     qPrintable(index.data().toString()));
        }
    }

    // Ctrl+C in the dialog: every row, exact numbers, tab-separated under a header.
    QApplication::clipboard()->clear();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("Label\tAddress\tChain\tBalance (USDC)\tValue (USD)\tShare"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Alice\t%1\tArbitrum One\t%2\t%2\t").arg(Alice, AliceUsdcArbitrum)),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("Bob\t%1\tBase\t%2\t%2\t").arg(Bob, BobUsdc)), qPrintable(lines.at(3)));
}

void TestHoldersWindow::groupedViewAndHoldersThroughTheKeyboard()
{
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *flat = child<HoldingsView>("holdingsView");
    auto *tree = child<GroupedHoldingsView>("groupedHoldingsView");
    flat->setFocus();
    QVERIFY(!tree->isVisible());

    // Ctrl+G, through the shortcut map from the focused table.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(child<QAction>("actionGroupByToken")->isChecked());
    QTRY_VERIFY(tree->isVisible());
    QVERIFY(!flat->isVisible());
    QCOMPARE(QApplication::focusWidget(), tree);
    // ETH (two chains), USDC (three holdings), the scam "USDC" apart.
    QAbstractItemModel *model = tree->model();
    QCOMPARE(model->rowCount(), 3);
    const int usdcRow = topRowOf(model, QStringLiteral("USDC"), "asset");
    QVERIFY(usdcRow >= 0);
    QVERIFY(topRowOf(model, QStringLiteral("USDC"), "token") >= 0);
    QCOMPARE(model->index(usdcRow, AssetTableModel::BalanceColumn).data(AssetTableModel::BalanceRole).value<Decimal>(), dec("1222222221222.000000009999"));

    // Walk to USDC with the arrows, → expands it.
    QTest::keyClick(tree, Qt::Key_Home);
    for (int row = 0; row < usdcRow; ++row)
        QTest::keyClick(tree, Qt::Key_Down);
    const QModelIndex usdc = model->index(usdcRow, 0);
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), usdc);
    QVERIFY(!tree->isExpanded(usdc));
    QTest::keyClick(tree, Qt::Key_Right);
    QVERIFY(tree->isExpanded(usdc));
    QCOMPARE(model->rowCount(usdc), 3);
    // The sums and the holdings whole on screen, not one amount cut.
    // Columns fit their contents once laid out, which a loaded machine may take a moment for.
    QTRY_COMPARE(elidedTexts(tree), QStringList());
    QStringList painted;
    for (const PaintedText &text : PaintedText::of(tree->viewport()))
        painted << text.text;
    QVERIFY2(painted.contains(QStringLiteral("1,222,222,221,222.00000001")) || painted.contains(m_window->assetModel()->display().balance(dec("1222222221222.000000009999"))),
             qPrintable(painted.join(u'|')));
    QVERIFY(painted.contains(m_window->assetModel()->display().amount(dec("1222222221222.000000009999"))));

    // Enter on the group: its holders.
    QTest::keyClick(tree, Qt::Key_Return);
    checkUsdcHolders();
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(holdersDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!holdersDialog());

    // Enter on a holding in the group: the same token's holders.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down);
    QVERIFY(!tree->currentIndex().data(TokenGroupModel::IsGroupRole).toBool());
    QTest::keyClick(tree, Qt::Key_Enter);
    checkUsdcHolders();
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(holdersDialog(), Qt::Key_Escape);
    QTRY_VERIFY(!holdersDialog());

    // Ctrl+C in the grouped view: the group's exact sum.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Up);
    QApplication::clipboard()->clear();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    const QStringList copied = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(copied.size(), 2);
    QVERIFY2(copied.at(1).startsWith(QStringLiteral("USDC\t3 chain")), qPrintable(copied.at(1)));
    QVERIFY2(copied.at(1).contains(QStringLiteral("\t%1\t\t%1\t").arg(UsdcSum)), qPrintable(copied.at(1)));

    // The filter bar applies: a search for Base leaves USDC's group with Bob's holding alone.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Base"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AssetTableModel::BalanceColumn).data(AssetTableModel::BalanceRole).value<Decimal>(), dec("111111111111.111111111111"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(model->rowCount(), 3);

    // Ctrl+G again: the flat table, with the focus.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(flat->isVisible());
    QVERIFY(!child<QAction>("actionGroupByToken")->isChecked());
}

void TestHoldersWindow::holdersFromTheContextMenuAndADoubleClick()
{
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *flat = child<HoldingsView>("holdingsView");
    QAbstractItemModel *rows = flat->model();
    int bobRow = -1;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(AssetTableModel::OwnerAddressRole).toString() == Bob)
            bobRow = row;
    }
    QVERIFY(bobRow >= 0);

    // The flat table's menu: Show Holders (H) beside Refresh This Token.
    const QStringList entries = chooseInMenu(flat, rows->index(bobRow, AssetTableModel::TokenColumn), Qt::Key_H);
    QVERIFY2(entries.contains(QStringLiteral("Show &Holders…")), qPrintable(entries.join(u'|')));
    QVERIFY(entries.contains(QStringLiteral("&Refresh This Token")));
    checkUsdcHolders();
    if (QTest::currentTestFailed())
        return;
    holdersDialog()->close();
    QTRY_VERIFY(!holdersDialog());

    // A double click on Alice's Arbitrum USDC.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    int aliceArbitrum = -1;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(AssetTableModel::ContractRole).toString() == UsdcArbitrum)
            aliceArbitrum = row;
    }
    const QRect cell = flat->visualRect(rows->index(aliceArbitrum, AssetTableModel::ChainColumn));
    // As a mouse sends it: press, release, then the second press as a double click.
    QTest::mouseClick(flat->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(flat->viewport(), Qt::LeftButton, {}, cell.center());
    checkUsdcHolders();
    if (QTest::currentTestFailed())
        return;
    holdersDialog()->close();
    QTRY_VERIFY(!holdersDialog());

    // The grouped view's menu of a holding is the same menu; of a group, Copy and Show Holders.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    flat->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::ControlModifier);
    auto *tree = child<GroupedHoldingsView>("groupedHoldingsView");
    QTRY_VERIFY(tree->isVisible());
    QAbstractItemModel *groups = tree->model();
    const QModelIndex usdc = groups->index(topRowOf(groups, QStringLiteral("USDC"), "asset"), 0);
    tree->expand(usdc);
    int bobChild = -1;
    for (int row = 0; row < groups->rowCount(usdc); ++row) {
        if (groups->index(row, 0, usdc).data(AssetTableModel::OwnerAddressRole).toString() == Bob)
            bobChild = row;
    }
    // Bob's USDC on Base, the holding whose menu the flat table showed above.
    const QStringList holdingEntries = chooseInMenu(tree, groups->index(bobChild, AssetTableModel::TokenColumn, usdc), Qt::Key_unknown);
    QCOMPARE(holdingEntries, entries);
    const QStringList groupEntries = chooseInMenu(tree, usdc, Qt::Key_H);
    QCOMPARE(groupEntries, (QStringList{QStringLiteral("Copy"), QStringLiteral("Show &Holders…")}));
    checkUsdcHolders();
    if (QTest::currentTestFailed())
        return;
    holdersDialog()->close();
    QTRY_VERIFY(!holdersDialog());
    // A group of one holding stands for it: the holding's whole menu, addresses and verdicts included.
    int single = -1;
    for (int row = 0; row < groups->rowCount() && single < 0; ++row) {
        if (groups->rowCount(groups->index(row, 0)) == 1)
            single = row;
    }
    QVERIFY(single >= 0);
    const QModelIndex only = groups->index(0, AssetTableModel::TokenColumn, groups->index(single, 0));
    QCOMPARE(chooseInMenu(tree, groups->index(single, AssetTableModel::TokenColumn), Qt::Key_unknown),
             chooseInMenu(tree, only, Qt::Key_unknown));
    QVERIFY(chooseInMenu(tree, only, Qt::Key_unknown).contains(QStringLiteral("Copy address")));
    tree->setCurrentIndex(usdc);
    chooseInMenu(tree, usdc, Qt::Key_H);
    checkUsdcHolders();
    if (QTest::currentTestFailed())
        return;

    // Privacy mode masks the holders' amounts, as everywhere.
    holdersDialog()->close();
    QTRY_VERIFY(!holdersDialog());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    tree->setFocus();
    tree->setCurrentIndex(usdc);
    QTest::keyClick(tree, Qt::Key_Return);
    QTRY_VERIFY(holdersDialog());
    QCOMPARE(holdersDialog()->table()->model()->index(0, HoldersModel::BalanceColumn).data().toString(), AmountDisplay::mask());
    QVERIFY(!holdersDialog()->findChild<QLabel *>(QStringLiteral("holdersTotal"))->text().contains(UsdcSum));
}

void TestHoldersWindow::groupingIsRemembered()
{
    openWindow();
    QVERIFY(waitForRefresh(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(child<QAction>("actionGroupByToken")->isChecked());
    m_window->close();
    m_window.reset();

    openWindow();
    QVERIFY(child<QAction>("actionGroupByToken")->isChecked());
    QVERIFY(m_window->tokenGroups()->isActive());
    QTRY_VERIFY(child<GroupedHoldingsView>("groupedHoldingsView")->isVisible());
    QVERIFY(waitForRefresh(m_window.get()));
    QCOMPARE(child<GroupedHoldingsView>("groupedHoldingsView")->model()->rowCount(), 3);
}

void TestHoldersWindow::recordedHoldingsOfferNoTokenRefresh()
{
    // The History view's holdings of the past: nothing there to refresh, and no live holders.
    RecordedHoldingsView recorded;
    const QDateTime time(QDate(2025, 5, 27), QTime(12, 0), Qt::UTC);
    recorded.setHoldings(time, QStringLiteral("Alice"),
                         {RecordedHoldings{time, Alice, QStringLiteral("Alice"), {QStringLiteral("1")},
                                           {asset("1", UsdcEthereum, "USDC", AliceUsdc, "1")}, std::nullopt}},
                         TokenVerdicts());
    recorded.resize(1000, 500);
    recorded.show();
    QVERIFY(QTest::qWaitForWindowExposed(&recorded));
    HoldingsView *table = recorded.table();
    QCOMPARE(table->model()->rowCount(), 1);
    const QStringList entries = chooseInMenu(table, table->model()->index(0, AssetTableModel::TokenColumn), Qt::Key_unknown);
    QVERIFY2(entries.contains(QStringLiteral("Copy address")), qPrintable(entries.join(u'|')));
    QVERIFY2(!entries.contains(QStringLiteral("&Refresh This Token")), qPrintable(entries.join(u'|')));
    QVERIFY(!entries.contains(QStringLiteral("Show &Holders…")));
}

QTEST_MAIN(TestHoldersWindow)
#include "tst_holderswindow.moc"
