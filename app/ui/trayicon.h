#pragma once

#include "model/amountdisplay.h"
#include "model/notificationsink.h"

#include <QObject>

#include <memory>

class PortfolioStore;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

/**
 * The app's icon in the system tray while it watches: its tooltip gives the total of every address
 * (masked in privacy mode, like every amount in the window), its menu has Refresh, Show/Hide Window
 * and Quit, and a click shows or hides the window. It delivers WatchNotifier's notifications as the
 * tray's balloons.
 *
 * Create it only where QSystemTrayIcon::isSystemTrayAvailable().
 */
class TrayIcon final : public QObject, public NotificationSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /**
     * @p window is shown and hidden; @p refresh and @p quit are the window's own actions, which the
     * menu offers as they are. None is owned; all must outlive the icon.
     */
    TrayIcon(QWidget *window, const PortfolioStore *store, QAction *refresh, QAction *quit, QObject *parent = nullptr);
    ~TrayIcon() override;

    /** Puts the icon in the tray. */
    void show();
    /** How the tooltip's total is written (locale, privacy mode). */
    void setDisplay(const AmountDisplay &display);
    /** The tooltip: the app's name and the total. */
    QString toolTip() const;
    QMenu *menu() const { return m_menu.get(); }
    void retranslate();

    void notify(const WatchNotification &notification) override;

private:
    void updateToolTip();
    void toggleWindow();

    QWidget *m_window;
    const PortfolioStore *m_store;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_toggleWindow;
    QSystemTrayIcon *m_icon;
    AmountDisplay m_display;
};
