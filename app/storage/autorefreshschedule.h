#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

/**
 * When the next automatic refresh is due. Off, or every N minutes (AppSettings::autoRefreshChoices()).
 * Refreshes never stack: the caller reports refreshStarted() / refreshFinished() for every refresh,
 * manual ones included, and the timer waits during a refresh and then counts a whole interval
 * from its end. Without those calls it simply fires every interval.
 */
class AutoRefreshSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRefreshSchedule)

public:
    explicit AutoRefreshSchedule(QObject *parent = nullptr);

    /** 0 turns it off. */
    void setIntervalMinutes(int minutes);
    /** Any interval (tests, the benchmark); zero or less turns it off. */
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    bool isEnabled() const { return m_interval.count() > 0; }

    /** When refreshDue() will fire next; invalid when off or while a refresh runs. */
    QDateTime nextRefresh() const;

public slots:
    /** A refresh began (automatic or manual): the countdown pauses. */
    void refreshStarted();
    /** The refresh ended, however: the countdown restarts with a whole interval. */
    void refreshFinished();

signals:
    /** Time for a refresh. */
    void refreshDue();
    /** nextRefresh() changed (for a "next refresh at …" hint). */
    void nextRefreshChanged(const QDateTime &next);

private:
    void restart();
    void fire();

    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    QDateTime m_next;
    bool m_refreshing = false;
};
