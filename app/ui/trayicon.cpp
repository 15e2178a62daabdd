#include "ui/trayicon.h"

#include "model/portfoliostore.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace {

/** How long a balloon stays, in ms: long enough to read a list of new tokens. */
constexpr int BalloonMs = 15000;

} // namespace

TrayIcon::TrayIcon(QWidget *window, const PortfolioStore *store, QAction *refresh, QAction *quit, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    // A tray menu has no widget to belong to: it is ours.
    , m_menu(std::make_unique<QMenu>())
    , m_toggleWindow(new QAction(this))
    , m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_toggleWindow->setObjectName(QStringLiteral("actionToggleWindow"));
    m_menu->addAction(refresh);
    m_menu->addAction(m_toggleWindow);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    m_icon->setContextMenu(m_menu.get());
    // Show or Hide as the window is when the menu opens: it may have been closed to the tray since.
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::retranslate);
    connect(m_toggleWindow, &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    for (auto signal : {&PortfolioStore::holdingsChanged, &PortfolioStore::addressRemoved})
        connect(store, signal, this, &TrayIcon::updateToolTip);
    connect(store, &PortfolioStore::addressesChanged, this, &TrayIcon::updateToolTip);
    retranslate();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::show()
{
    m_icon->show();
}

void TrayIcon::setDisplay(const AmountDisplay &display)
{
    m_display = display;
    updateToolTip();
}

QString TrayIcon::toolTip() const
{
    //: The tray icon's tooltip. %1 is the USD total of every watched address
    return tr("OKX Wallet Viewer\nTotal: %1").arg(m_display.amount(m_store->summary(QString()).total));
}

void TrayIcon::retranslate()
{
    m_toggleWindow->setText(m_window->isVisible() ? tr("&Hide Window") : tr("&Show Window"));
    updateToolTip();
}

void TrayIcon::notify(const WatchNotification &notification)
{
    m_icon->showMessage(notification.title, notification.body,
                        notification.warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, BalloonMs);
}

void TrayIcon::updateToolTip()
{
    m_icon->setToolTip(toolTip());
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
