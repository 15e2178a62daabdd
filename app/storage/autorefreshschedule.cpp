#include "storage/autorefreshschedule.h"

#include <algorithm>

AutoRefreshSchedule::AutoRefreshSchedule(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoRefreshSchedule::fire);
}

void AutoRefreshSchedule::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(minutes));
}

void AutoRefreshSchedule::setInterval(std::chrono::milliseconds interval)
{
    m_interval = std::max(interval, std::chrono::milliseconds(0));
    restart();
}

QDateTime AutoRefreshSchedule::nextRefresh() const
{
    return m_next;
}

void AutoRefreshSchedule::refreshStarted()
{
    m_refreshing = true;
    restart();
}

void AutoRefreshSchedule::refreshFinished()
{
    m_refreshing = false;
    restart();
}

void AutoRefreshSchedule::restart()
{
    const bool run = isEnabled() && !m_refreshing;
    if (run) {
        // Minutes-long waits need no millisecond precision; a coarse timer lets the system batch wake-ups.
        m_timer.setTimerType(m_interval >= std::chrono::minutes(1) ? Qt::VeryCoarseTimer : Qt::CoarseTimer);
        m_timer.start(m_interval);
    } else {
        m_timer.stop();
    }
    const QDateTime next = run ? QDateTime::currentDateTimeUtc().addMSecs(m_interval.count()) : QDateTime();
    if (next != m_next) {
        m_next = next;
        emit nextRefreshChanged(m_next);
    }
}

void AutoRefreshSchedule::fire()
{
    // Restart first: a receiver that calls refreshStarted() then pauses the new countdown.
    restart();
    emit refreshDue();
}
