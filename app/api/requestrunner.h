#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"
#include "api/clientconfig.h"
#include "api/ratelimiter.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/**
 * Drives one ApiRequest to its final outcome for BalanceClient: waits for the rate limiter, signs
 * with a fresh timestamp, sends, enforces the timeout and the 32 MB cap while reading, hands the
 * complete body to a parser, and retries retryable failures with exponential backoff and jitter
 * (or the server's Retry-After), each retry through the rate limiter again.
 */
class RequestRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestRunner)

public:
    /** Parses a complete reply, keeps its result, and returns the error it stands for (None: success). */
    using Handler = std::function<ApiError(int httpStatus, const QByteArray &body)>;

    /** What a runner borrows from its client; every pointer must outlive the runner's activity. */
    struct Environment
    {
        QNetworkAccessManager *manager = nullptr;
        RateLimiter *limiter = nullptr;
        std::function<QDateTime()> clock;
    };

    RequestRunner(ApiRequest request, const ClientConfig &config, Environment environment, Handler handler,
                  QObject *parent = nullptr);
    ~RequestRunner() override;

    /** Queues the first attempt with the rate limiter. */
    void start();
    /** Ends all activity for good: drops a waiting start or backoff, aborts a running request. Emits nothing. */
    void stop();

signals:
    /** An attempt went out on the wire. */
    void sent();
    /**
     * An attempt ended with @p error (None on success). @p final is false when a retry follows.
     * The runner emits nothing after a final outcome.
     */
    void attemptFinished(const ApiError &error, bool final);

private:
    enum class AbortReason { None, TimedOut, Oversized };

    void send();
    void checkAnnouncedSize();
    void readBody();
    /** Appends what @p reply has buffered to the body. */
    void appendAvailable(QNetworkReply *reply);
    void abortAttempt(AbortReason reason);
    void onReplyFinished();
    /** The error the finished @p reply stands for, after the parser has seen a complete body. */
    ApiError outcome(const QNetworkReply &reply) const;
    /** How long to wait before the next attempt after @p error, or -1 when it must not be retried. */
    int retryDelayMs(const ApiError &error) const;

    const ApiRequest m_request;
    const ClientConfig m_config;
    const Environment m_environment;
    const Handler m_handler;

    RateLimiter::Ticket m_ticket = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    AbortReason m_abortReason = AbortReason::None;
    int m_attempts = 0;
    QTimer m_timeout;
    QTimer m_backoff;
};
