#include "demo/tokenbucket.h"

#include <algorithm>

void TokenBucket::setRate(double requestsPerSecond)
{
    m_rate = std::max(0.0, requestsPerSecond);
    m_tokens = 1;
    m_clock.start();
}

bool TokenBucket::tryTake()
{
    if (m_rate <= 0)
        return true;
    // Rate arithmetic, not money: a double is the right type here.
    const double refill = static_cast<double>(m_clock.nsecsElapsed()) / 1e9 * m_rate;
    m_clock.restart();
    m_tokens = std::min(1.0, m_tokens + refill);
    // An early arrival borrows against the next refill (m_tokens may dip below zero), so jitter
    // tolerance never raises the sustained rate.
    if (m_tokens < 1.0 - JitterTolerance)
        return false;
    m_tokens -= 1.0;
    return true;
}
