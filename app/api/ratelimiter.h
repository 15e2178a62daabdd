#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

/**
 * Spaces the starts of HTTP requests to at most requestsPerSecond, across every caller that shares
 * it (one per BalanceClient, i.e. per API key). Waiting starts run first in, first out; each is a
 * callback that can be cancelled until it runs. Consecutive starts are at least 1/rate apart, with
 * no burst after idle time, so a server counting per second never sees two requests too close.
 */
class RateLimiter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    /** Identifies a waiting start; 0 is never a valid ticket. */
    using Ticket = quint64;

    /** The slowest and the fastest limit that can be set; 0 means no limit. */
    static constexpr double MinRequestsPerSecond = 0.01;
    static constexpr double MaxRequestsPerSecond = 1000.0;
    /** Whether @p requestsPerSecond is 0 (no limit) or from MinRequestsPerSecond to MaxRequestsPerSecond. */
    static bool isValidRate(double requestsPerSecond);

    explicit RateLimiter(double requestsPerSecond = 1.0, QObject *parent = nullptr);

    double requestsPerSecond() const { return m_requestsPerSecond; }
    /** <= 0 means unlimited; other values are held within the limits above. Applies to starts not yet run. */
    void setRequestsPerSecond(double requestsPerSecond);

    /**
     * Queues @p start and returns its ticket. When nothing waits and the spacing allows, @p start
     * runs at once, before schedule() returns.
     */
    Ticket schedule(std::function<void()> start);
    /** Drops a waiting start; false when it already ran or was cancelled. */
    bool cancel(Ticket ticket);
    /** Starts waiting for their turn. */
    int pendingCount() const { return int(m_queue.size()); }

private:
    struct Entry
    {
        Ticket ticket;
        std::function<void()> start;
    };

    /** Runs every start that is due, then arms the timer for the next one. */
    void runDue();
    qint64 intervalNs() const;

    double m_requestsPerSecond;
    QList<Entry> m_queue;
    Ticket m_lastTicket = 0;
    QElapsedTimer m_clock;
    /** m_clock time (ns) before which no start may run; nanoseconds so rounding never shortens a gap. */
    qint64 m_nextStartNs = 0;
    QTimer m_timer;
};
