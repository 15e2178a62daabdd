#include "demo/demoserverthread.h"
#include "demo/localokxserver.h"
#include "model/assettablemodel.h"
#include "model/themecolors.h"
#include "storage/appsettings.h"
#include "storage/watchlist.h"
#include "support/testassets.h"
#include "ui/colorscheme.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include "windowtestsession.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using WindowTestSession::waitForRefresh;

const QString Alice = QStringLiteral("0x1111111111111111111111111111111111111111");
const QString Usdc = QStringLiteral("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48");
const QString Airdrop = QStringLiteral("0x3333333333333333333333333333333333333333");

} // namespace

/**
 * The colour scheme in the real window: View → Color scheme → Dark, through the keyboard, turns the
 * window's palette and the table's risk rows dark at once and is saved; Light and System come back;
 * the Settings dialog chooses it too.
 */
class TestThemeWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void viewMenuSwitchesToDarkAtOnceAndSaves();
    void settingsDialogChoosesTheScheme();
    void savedSchemeAppliesAtStart();

private:
    void openWindow();
    /** Opens View → Color scheme with the keyboard and picks the entry of access key @p key. */
    void chooseSchemeInViewMenu(Qt::Key key);
    /** The background and text brushes of the risk token's row, as the table paints them. */
    std::pair<QColor, QColor> riskRowColors() const;
    static AppSettings::ColorScheme savedScheme() { return WindowTestSession::appSettings()->colorScheme(); }
    static bool windowIsDark(const QWidget *widget) { return ThemeColors::isDark(widget->palette()); }

    DemoServerThread m_server;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WatchList> m_list;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestThemeWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    // USDC, and an airdrop the API flags as risky: its row is tinted.
    m_server.server()->setPortfolio(Alice, {TestAssets::asset(QStringLiteral("1"), Usdc, QStringLiteral("USDC"), QStringLiteral("250"), QStringLiteral("1")),
                                            TestAssets::asset(QStringLiteral("1"), Airdrop, QStringLiteral("FREE"), QStringLiteral("1000"),
                                                              QStringLiteral("5"), true)});
}

void TestThemeWindow::init()
{
    QVERIFY(m_languages.setLanguage(LanguageManager::Language::English));
    WindowTestSession::clearAppLocations();
    m_settings = WindowTestSession::appSettings();
    m_list = std::make_unique<WatchList>();
    m_list->setAutoSave(true);
    QVERIFY(m_list->add(WatchedAddress{Alice, QStringLiteral("Alice"), {QStringLiteral("1")}}).isEmpty());
}

void TestThemeWindow::cleanup()
{
    m_window.reset();
    m_list.reset();
    m_settings.reset();
    // The scheme is the application's: the next test starts from the desktop's.
    ColorScheme().apply(AppSettings::ColorScheme::System);
}

void TestThemeWindow::openWindow()
{
    Session session = WindowTestSession::onLocalServer(m_server.baseUrl());
    session.watchList = m_list.get();
    m_window = std::make_unique<MainWindow>(session, m_settings.get(), &m_languages);
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(waitForRefresh(m_window.get()));
}

void TestThemeWindow::chooseSchemeInViewMenu(Qt::Key key)
{
    QMenu *schemes = WindowTestSession::openMenu(m_window.get(), {Qt::Key_V, Qt::Key_E});
    QVERIFY(schemes);
    QVERIFY(schemes->actions().contains(m_window->findChild<QAction *>(QStringLiteral("actionSchemeDark"))));
    QTest::keyClick(schemes, key);
    QTRY_VERIFY(!QApplication::activePopupWidget());
}

std::pair<QColor, QColor> TestThemeWindow::riskRowColors() const
{
    const QAbstractItemModel *model = m_window->findChild<QTableView *>(QStringLiteral("holdingsView"))->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex token = model->index(row, AssetTableModel::TokenColumn);
        if (token.data(AssetTableModel::SymbolRole).toString() == u"FREE")
            return {token.data(Qt::BackgroundRole).value<QBrush>().color(), token.data(Qt::ForegroundRole).value<QBrush>().color()};
    }
    qFatal("the risk token is not in the table");
}

void TestThemeWindow::viewMenuSwitchesToDarkAtOnceAndSaves()
{
    openWindow();
    // Nothing chosen: the desktop's (offscreen: light), checked as System.
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSchemeSystem"))->isChecked());
    QVERIFY(!windowIsDark(m_window.get()));
    const auto [lightBackground, lightText] = riskRowColors();
    QVERIFY(lightBackground.lightness() > 200);

    chooseSchemeInViewMenu(Qt::Key_D);
    // At once, with no refresh: the window, the table and the risk row (widgets take the
    // application's palette through posted events, before the next paint).
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSchemeDark"))->isChecked());
    QTRY_VERIFY(windowIsDark(m_window.get()));
    QTableView *table = m_window->findChild<QTableView *>(QStringLiteral("holdingsView"));
    QTRY_VERIFY(windowIsDark(table->viewport()));
    const auto [darkBackground, darkText] = riskRowColors();
    QVERIFY2(darkBackground.lightness() < 100, qPrintable(darkBackground.name()));
    QVERIFY2(darkText.lightness() > lightText.lightness(), qPrintable(darkText.name()));
    QCOMPARE(darkBackground, ThemeColors::riskBackground(ColorScheme::palette(true)));
    // Secondary text, shown or hidden (the History view's message), is muted for the dark palette.
    const QColor darkMuted = ThemeColors::mutedText(ColorScheme::palette(true));
    for (const char *label : {"summaryDetails", "historyMessage"})
        QCOMPARE(m_window->findChild<QLabel *>(QString::fromLatin1(label))->palette().color(QPalette::WindowText), darkMuted);
    QCOMPARE(savedScheme(), AppSettings::ColorScheme::Dark);

    chooseSchemeInViewMenu(Qt::Key_L);
    QTRY_VERIFY(!windowIsDark(m_window.get()));
    QCOMPARE(riskRowColors().first, ThemeColors::riskBackground(ColorScheme::palette(false)));
    QCOMPARE(savedScheme(), AppSettings::ColorScheme::Light);

    chooseSchemeInViewMenu(Qt::Key_S);
    QTRY_VERIFY(!windowIsDark(m_window.get()));
    QCOMPARE(savedScheme(), AppSettings::ColorScheme::System);
}

void TestThemeWindow::settingsDialogChoosesTheScheme()
{
    openWindow();
    bool answered = false;
    WindowTestSession::whenModal(this, [](QWidget *modal) {
        auto *dialog = qobject_cast<SettingsDialog *>(modal);
        QVERIFY(dialog);
        auto *scheme = dialog->findChild<QComboBox *>(QStringLiteral("colorSchemeCombo"));
        QVERIFY(scheme);
        QCOMPARE(scheme->currentText(), QStringLiteral("System"));
        // Alt+E is the field's access key ("Color sch&eme:"); End picks the last choice, Dark.
        QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(scheme->hasFocus());
        QTest::keyClick(scheme, Qt::Key_End);
        QCOMPARE(scheme->currentText(), QStringLiteral("Dark"));
        QTest::keyClick(scheme, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());
    }, &answered);
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(answered);
    QTRY_VERIFY(windowIsDark(m_window.get()));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSchemeDark"))->isChecked());
    QCOMPARE(savedScheme(), AppSettings::ColorScheme::Dark);
}

void TestThemeWindow::savedSchemeAppliesAtStart()
{
    m_settings->setColorScheme(AppSettings::ColorScheme::Dark);
    openWindow();
    QVERIFY(windowIsDark(m_window.get()));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionSchemeDark"))->isChecked());
    QVERIFY(riskRowColors().first.lightness() < 100);
    // Widgets built before the scheme applied take it too.
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("historyMessage"))->palette().color(QPalette::WindowText),
             ThemeColors::mutedText(ColorScheme::palette(true)));
}

int main(int argc, char *argv[])
{
    // A home of its own: the settings and the value history live there.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qunsetenv(variable);
    // The desktop's preference must not depend on the machine running the test.
    qunsetenv("GTK_THEME");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QApplication app(argc, argv);
    TestThemeWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_themewindow.moc"
