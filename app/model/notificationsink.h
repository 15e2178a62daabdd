#pragma once

#include <QString>

/** One thing to tell the user while the app watches in the background, in words ready to show. */
struct WatchNotification
{
    enum class Kind {
        ValueMoved,     ///< an address's value moved by more than the threshold
        NewToken,       ///< an address holds tokens it did not hold at the previous refresh
        RefreshFailing, ///< refreshes of addresses have failed for longer than allowed
    };

    Kind kind = Kind::ValueMoved;
    /** The address it is about; empty when it is about several. */
    QString address;
    QString title;
    QString body;
    /** Whether it warns (failures, tokens that may be scams) rather than informs. */
    bool warning = false;
};

/**
 * Where WatchNotifier's notifications go: the system tray's balloons in the window
 * (TrayIcon), a recording fake in tests.
 */
class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    virtual void notify(const WatchNotification &notification) = 0;
};
