#include "api/ratelimiter.h"

#include <algorithm>
#include <cmath>

bool RateLimiter::isValidRate(double requestsPerSecond)
{
    return requestsPerSecond == 0
        || (requestsPerSecond >= MinRequestsPerSecond && requestsPerSecond <= MaxRequestsPerSecond);
}

RateLimiter::RateLimiter(double requestsPerSecond, QObject *parent)
    : QObject(parent), m_requestsPerSecond(requestsPerSecond)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which would break the spacing promise.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RateLimiter::runDue);
}

void RateLimiter::setRequestsPerSecond(double requestsPerSecond)
{
    m_requestsPerSecond = requestsPerSecond;
    runDue();
}

RateLimiter::Ticket RateLimiter::schedule(std::function<void()> start)
{
    const Ticket ticket = ++m_lastTicket;
    m_queue.append(Entry{ticket, std::move(start)});
    if (m_queue.size() == 1)
        runDue();
    return ticket;
}

bool RateLimiter::cancel(Ticket ticket)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).ticket == ticket) {
            m_queue.removeAt(i);
            if (m_queue.isEmpty())
                m_timer.stop();
            return true;
        }
    }
    return false;
}

qint64 RateLimiter::intervalNs() const
{
    if (!(m_requestsPerSecond > 0))
        return 0;
    // Held within the limits, so the interval always fits (1e-300 would overflow it).
    const double rate = std::clamp(m_requestsPerSecond, MinRequestsPerSecond, MaxRequestsPerSecond);
    return qint64(std::ceil(1e9 / rate));
}

void RateLimiter::runDue()
{
    while (!m_queue.isEmpty()) {
        const qint64 now = m_clock.nsecsElapsed();
        if (now < m_nextStartNs) {
            // Rounded up: a timer that fires a fraction of a millisecond early would start too soon.
            m_timer.start(int((m_nextStartNs - now + 999'999) / 1'000'000));
            return;
        }
        // Measured from the actual start, not the planned one: a late timer must not let the next
        // start catch up and land closer than the interval.
        m_nextStartNs = now + intervalNs();
        const Entry entry = m_queue.takeFirst();
        // The start may schedule or cancel others; the loop re-reads the queue afterwards.
        entry.start();
    }
}
