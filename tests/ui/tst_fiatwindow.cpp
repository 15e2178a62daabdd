#include "demo/demoserverthread.h"
#include "demo/exchangerateendpoint.h"
#include "demo/localokxserver.h"
#include "model/addresslistmodel.h"
#include "model/assettablemodel.h"
#include "storage/appsettings.h"
#include "storage/exchangeratecache.h"
#include "storage/valuehistory.h"
#include "storage/watchlist.h"
#include "support/closedport.h"
#include "support/testassets.h"
#include "ui/holdingsexporter.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using WindowTestSession::WaitMs;
using WindowTestSession::waitForRefresh;

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Bob = QStringLiteral("0x2222222222222222222222222222222222222222");
const QString Usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");


} // namespace

/**
 * Values in CNY in the real window, against the local server (holdings and OKX's USD/CNY rate):
 * View → Currency switches every amount at once and back, a first start in Chinese counts in yuan
 * (and keeps it when the language changes), the Settings dialog chooses too, an offline start converts at the saved rate and
 * says of when, no rate keeps USD with a notice, and the history converts each refresh at its own rate.
 */
class TestFiatWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void viewMenuSwitchesEveryAmountAtOnce();
    void firstStartFollowsTheLanguageAndKeepsIt();
    void settingsDialogChoosesTheCurrency();
    void offlineStartConvertsAtTheSavedRate();
    void noRateKeepsUsdAndSaysSo();
    void historyConvertsEachRefreshAtItsOwnRate();
    void exportInCnyAddsTheRateColumns();

private:
    void openWindow(const QUrl &baseUrl);
    /** Opens View → Currency with the keyboard and picks the entry of access key @p key. */
    void chooseCurrencyInViewMenu(Qt::Key key);
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
    QString summaryTotal() const { return child<QLabel>("summaryTotal")->text(); }
    QString rateNotice() const { return child<QLabel>("rateNotice")->text(); }
    /** The currency saved in the settings file, as the next start reads it. */
    static std::optional<FiatCurrency> savedCurrency() { return WindowTestSession::appSettings()->displayCurrency(); }

    DemoServerThread m_server;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestFiatWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    // Alice: 1.5 × 2000 + 250 × 1 = 3,250; Bob: 10 × 15 = 150. At 7.1543: 3,400 × 7.1543 = 24,324.62.
    m_server.server()->setPortfolio(Alice, {TestAssets::asset(QStringLiteral("1"), QString(), QStringLiteral("ETH"), QStringLiteral("1.5"), QStringLiteral("2000")),
                                            TestAssets::asset(QStringLiteral("1"), Usdc, QStringLiteral("USDC"), QStringLiteral("250"), QStringLiteral("1"))});
    m_server.server()->setPortfolio(Bob, {TestAssets::asset(QStringLiteral("1"), QStringLiteral("0x514910771af9ca656af840dff83e8264ecf986ca"),
                                                            QStringLiteral("LINK"), QStringLiteral("10"), QStringLiteral("15"))});
}

void TestFiatWindow::init()
{
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
    WindowTestSession::clearAppLocations();
    m_server.server()->clearFaults();
    m_server.server()->setExchangeRate(ExchangeRateEndpoint::demoUsdCny());
    m_settings = WindowTestSession::appSettings();
    m_list = std::make_unique<WatchList>();
    m_list->setAutoSave(true);
    QVERIFY(m_list->add(WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1")}}).isEmpty());
    QVERIFY(m_list->add(WatchedAddress{Bob, QStringLiteral("Bob"), {QStringLiteral("1")}}).isEmpty());
}

void TestFiatWindow::cleanup()
{
    m_window.reset();
    m_list.reset();
    m_settings.reset();
}

void TestFiatWindow::openWindow(const QUrl &baseUrl)
{
    Session session = WindowTestSession::onLocalServer(baseUrl);
    session.watchList = m_list.get();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFiatWindow::chooseCurrencyInViewMenu(Qt::Key key)
{
    QMenu *currencies = WindowTestSession::openMenu(m_window.get(), {Qt::Key_V, Qt::Key_C});
    QVERIFY(currencies);
    QVERIFY(currencies->actions().contains(child<QAction>("actionValuesInCny")));
    QTest::keyClick(currencies, key);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

void TestFiatWindow::viewMenuSwitchesEveryAmountAtOnce()
{
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    // English, nothing chosen: USD, with the yuan beside the total once the rate is known.
    QCOMPARE(summaryTotal(), QStringLiteral("$3,400.00"));
    QTRY_VERIFY2(child<QLabel>("summaryDetails")->text().contains(u"≈ ¥24,324.62"), qPrintable(child<QLabel>("summaryDetails")->text()));
    QVERIFY(child<QAction>("actionValuesInUsd")->isChecked());
    QVERIFY(rateNotice().isEmpty());

    chooseCurrencyInViewMenu(Qt::Key_Y);
    QVERIFY(child<QAction>("actionValuesInCny")->isChecked());
    QCOMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
    QVERIFY2(child<QLabel>("summaryDetails")->text().contains(u"≈ $3,400.00"), qPrintable(child<QLabel>("summaryDetails")->text()));
    QVERIFY2(child<QLabel>("summaryTotal")->toolTip().contains(u"$3,400.00"), qPrintable(child<QLabel>("summaryTotal")->toolTip()));
    QVERIFY2(rateNotice().contains(u"1 USD = ¥7.1543"), qPrintable(rateNotice()));
    QVERIFY(child<QLabel>("rateNotice")->isVisible());
    // The table: its headers, an exact value (1.5 × 2000 × 7.1543) with the USD in its tooltip.
    QTableView *table = child<QTableView>("holdingsView");
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (CNY)"));
    QCOMPARE(model->headerData(AssetTableModel::PriceColumn, Qt::Horizontal).toString(), QStringLiteral("Price (CNY)"));
    int eth = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AssetTableModel::TokenColumn).data(AssetTableModel::SymbolRole).toString() == u"ETH")
            eth = row;
    }
    QVERIFY(eth >= 0);
    QCOMPARE(model->index(eth, AssetTableModel::ValueColumn).data().toString(), QStringLiteral("¥21,462.90"));
    QCOMPARE(model->index(eth, AssetTableModel::PriceColumn).data().toString(), QStringLiteral("¥14,308.60"));
    const QString tip = model->index(eth, AssetTableModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"¥21,462.90") && tip.contains(u"$3,000.00"), qPrintable(tip));
    // The sidebar too.
    QAbstractItemModel *sidebar = child<QListView>("addressList")->model();
    QVERIFY2(sidebar->index(1, 0).data(AddressListModel::TotalTextRole).toString().startsWith(u'¥'),
             qPrintable(sidebar->index(1, 0).data(AddressListModel::TotalTextRole).toString()));
    // Remembered.
    QCOMPARE(savedCurrency(), FiatCurrency::Cny);

    // And back, at once: no refresh needed.
    chooseCurrencyInViewMenu(Qt::Key_U);
    QCOMPARE(summaryTotal(), QStringLiteral("$3,400.00"));
    QCOMPARE(model->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (USD)"));
    QCOMPARE(model->index(eth, AssetTableModel::ValueColumn).data().toString(), QStringLiteral("$3,000.00"));
    QVERIFY(rateNotice().isEmpty());
    QCOMPARE(savedCurrency(), FiatCurrency::Usd);
}

void TestFiatWindow::firstStartFollowsTheLanguageAndKeepsIt()
{
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::Chinese));
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTRY_COMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
    QVERIFY(child<QAction>("actionValuesInCny")->isChecked());
    QCOMPARE(m_settings->displayCurrency(), FiatCurrency::Cny);
    // Switching the language later leaves the currency as it is.
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
    QTRY_COMPARE(child<QAction>("actionValuesInCny")->text(), QStringLiteral("Chinese &Yuan (CNY)"));
    QCOMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
    // Chosen in the menu, it stays whatever the language.
    chooseCurrencyInViewMenu(Qt::Key_U);
    QCOMPARE(summaryTotal(), QStringLiteral("$3,400.00"));
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::Chinese));
    QTRY_VERIFY(child<QAction>("actionValuesInCny")->text().contains(u"人民币"));
    QCOMPARE(summaryTotal(), QStringLiteral("$3,400.00"));
    QCOMPARE(savedCurrency(), FiatCurrency::Usd);
}

void TestFiatWindow::settingsDialogChoosesTheCurrency()
{
    // The dialog shows the window's hosts: the local server's, for the holdings and the rate.
    m_settings->setBaseUrl(m_server.baseUrl());
    m_settings->setExchangeRateUrl(m_server.baseUrl());
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QAbstractItemModel *table = child<QTableView>("holdingsView")->model();
    QCOMPARE(table->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (USD)"));
    bool answered = false;
    WindowTestSession::whenModal(this, [this](QWidget *modal) {
        auto *dialog = qobject_cast<SettingsDialog *>(modal);
        QVERIFY(dialog);
        auto *currency = dialog->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
        QVERIFY(currency);
        QCOMPARE(currency->currentText(), QStringLiteral("US Dollar (USD)"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("rateUrlEdit"))->text(), m_server.baseUrl().toString());
        // Alt+V is the field's access key ("Show &values in:"); Down picks the next currency.
        QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(currency->hasFocus());
        QTest::keyClick(currency, Qt::Key_Down);
        QCOMPARE(currency->currentText(), QStringLiteral("Chinese Yuan (CNY)"));
        QTest::keyClick(currency, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    }, &answered);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(answered);
    QVERIFY(child<QAction>("actionValuesInCny")->isChecked());
    QCOMPARE(table->headerData(AssetTableModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value (CNY)"));
    QVERIFY2(rateNotice().contains(u"1 USD = ¥7.1543"), qPrintable(rateNotice()));
    QCOMPARE(savedCurrency(), FiatCurrency::Cny);
    QCOMPARE(m_settings->exchangeRateUrl(), m_server.baseUrl());
}

void TestFiatWindow::offlineStartConvertsAtTheSavedRate()
{
    m_settings->setDisplayCurrency(FiatCurrency::Cny);
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTRY_COMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
    const std::optional<UsdCnyRate> saved = ExchangeRateCache().load();
    QVERIFY(saved);
    QCOMPARE(saved->text(), QStringLiteral("7.1543"));
    m_window.reset();

    // The server down for everything: the saved holdings at the saved rate, and the notice says of when.
    LocalOkxServer::Fault down;
    down.kind = LocalOkxServer::Fault::Kind::ServerError;
    m_server.server()->injectFault(down, 100);
    m_server.server()->injectExchangeRateFault(down, 100);
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTRY_COMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
    const QString when = QLocale().toString(saved->time().toLocalTime(), QLocale::ShortFormat);
    QVERIFY2(rateNotice().contains(when) && rateNotice().contains(u"7.1543"), qPrintable(rateNotice()));
}

void TestFiatWindow::noRateKeepsUsdAndSaysSo()
{
    m_settings->setDisplayCurrency(FiatCurrency::Cny);
    LocalOkxServer::Fault fault;
    fault.kind = LocalOkxServer::Fault::Kind::ServerError;
    fault.httpStatus = 503;
    m_server.server()->injectExchangeRateFault(fault, 100);
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    // Never a made-up rate: the amounts stay in USD, and the status bar says why.
    QCOMPARE(summaryTotal(), QStringLiteral("$3,400.00"));
    QTRY_VERIFY2(rateNotice().contains(u"No USD/CNY rate is known yet"), qPrintable(rateNotice()));
    QVERIFY(child<QAction>("actionValuesInCny")->isChecked());

    // The rate comes back with the next refresh: CNY at once.
    m_server.server()->clearFaults();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QVERIFY(waitForRefresh(m_window.get()));
    QTRY_COMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
}

void TestFiatWindow::historyConvertsEachRefreshAtItsOwnRate()
{
    // Alice's 1,000 USDC recorded 3 days ago at 7.0 and yesterday at 7.2: ¥7,000 then ¥7,200, not today's rate.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(QDir().mkpath(QFileInfo(ValueHistory::defaultFilePath()).absolutePath()));
    ValueHistory history;
    for (const auto &[daysAgo, rate] : {std::pair(3, "7.0"), std::pair(1, "7.2")}) {
        const QDateTime time = now.addDays(-daysAgo);
        RecordedHoldings holdings{time, Alice, QStringLiteral("Alice"), {QStringLiteral("1")},
                                  {TestAssets::ownedBy(Alice, TestAssets::asset(QStringLiteral("1"), Usdc, QStringLiteral("USDC"),
                                                                                QStringLiteral("1000"), QStringLiteral("1")))},
                                  UsdCnyRate::fromText(QString::fromLatin1(rate), time)};
        QVERIFY2(history.record({holdings}), qPrintable(history.errorString()));
    }
    m_settings->setDisplayCurrency(FiatCurrency::Cny);
    // Offline: nothing new is recorded, and no rate is known today.
    openWindow(closedPortUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QTableView *points = child<QTableView>("historyTable");
    QTRY_COMPARE_WITH_TIMEOUT(points->model()->rowCount(), 2, WaitMs);
    // Newest first.
    QCOMPARE(points->model()->index(0, 2).data().toString(), QStringLiteral("¥7,200.00"));
    QCOMPARE(points->model()->index(1, 2).data().toString(), QStringLiteral("¥7,000.00"));
    QCOMPARE(points->model()->index(0, 3).data().toString(), QStringLiteral("+¥200.00"));
    QCOMPARE(points->model()->index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("$1,000.00"));
}

void TestFiatWindow::exportInCnyAddsTheRateColumns()
{
    m_settings->setDisplayCurrency(FiatCurrency::Cny);
    openWindow(m_server.baseUrl());
    QVERIFY(waitForRefresh(m_window.get()));
    QTRY_COMPARE(summaryTotal(), QStringLiteral("¥24,324.62"));
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("holdings.csv"));
    QString error;
    QVERIFY2(m_window->exporter()->exportTo(path, ExportDialog::Scope::AllAddresses, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // As `export --fiat CNY` writes it: the rate as OKX gave it and the exact product, after valueUsd.
    QCOMPARE(lines.at(0).trimmed(), QByteArray("address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,"
                                               "tokenPriceUsd,valueUsd,usdCny,valueCny,isRiskToken"));
    QVERIFY2(lines.at(1).contains(",3000,7.1543,21462.9,"), lines.at(1).constData());

    // Back in USD: the fixed columns alone.
    chooseCurrencyInViewMenu(Qt::Key_U);
    QVERIFY(m_window->exporter()->exportTo(path, ExportDialog::Scope::AllAddresses, false, &error));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readLine().contains("usdCny"));
}

int main(int argc, char *argv[])
{
    // A home of its own: the rate cache and the value history live there.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(variable);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    TestFiatWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fiatwindow.moc"
