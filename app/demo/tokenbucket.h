#pragma once

#include <QElapsedTimer>

/**
 * A token bucket holding one token, refilled at a fixed rate: the demo server's rate limit. With a
 * burst of one, requests closer together than 1/rate seconds are refused, as a strict gateway would,
 * except for a small arrival jitter (JitterTolerance of one interval) that a network adds to requests
 * a client sent correctly spaced; the long-run rate is still enforced exactly.
 * Not thread-safe: LocalOkxServer guards it.
 */
class TokenBucket final
{
public:
    /** @p requestsPerSecond ≤ 0 turns the limit off. Starts with a full bucket. */
    void setRate(double requestsPerSecond);
    double rate() const { return m_rate; }

    /** Takes a token; false when the bucket is empty (the request is over the limit). */
    bool tryTake();

    /** The share of one interval a request may arrive early without being refused. */
    static constexpr double JitterTolerance = 0.05;

private:
    double m_rate = 0;
    double m_tokens = 1;
    QElapsedTimer m_clock;
};
