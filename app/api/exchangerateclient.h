#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "money/usdcnyrate.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class RateLimiter;
class RequestRunner;

/**
 * Fetches OKX's public USD/CNY rate: GET /api/v5/market/exchange-rate on the configured
 * ClientConfig::exchangeRateUrl, parsed by ExchangeRateParser. The request goes through the same
 * RequestRunner as the Balance API's, so timeouts, the body-size cap, retries with backoff and every
 * failure class are theirs, but it is unsigned (no credentials ever go to this host) and has a rate
 * limiter of its own: it never counts against, nor waits behind, the Balance API's requests.
 *
 * One fetch at a time; never blocks. Each fetch() ends with exactly one fetched() or failed().
 */
class ExchangeRateClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRateClient)

public:
    using Clock = std::function<QDateTime()>;

    /** The endpoint's path on the rate host. */
    static QString path();

    explicit ExchangeRateClient(QObject *parent = nullptr);
    /** Uses @p manager (not owned) instead of an own QNetworkAccessManager. */
    explicit ExchangeRateClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    /** Stops a fetch in progress without a signal. */
    ~ExchangeRateClient() override;

    /**
     * Takes the rate host, timeout and retry settings of @p config (the BalanceClient's), never its
     * credentials or its request rate; applies to fetches started afterwards.
     */
    void setConfig(const ClientConfig &config);
    const ClientConfig &config() const { return m_config; }
    /** The time source for a rate's time (tests move it). */
    void setClock(Clock clock);

    /** Fetches the rate; a fetch already in progress goes on instead and ends as it would. */
    void fetch();

signals:
    /** The rate, with the time it arrived. */
    void fetched(const UsdCnyRate &rate);
    /** The fetch failed for good (after the retries the configuration allows). */
    void failed(const ApiError &error);

private:
    void onAttemptFinished(const ApiError &error, bool final);

    QNetworkAccessManager *m_manager;
    RateLimiter *m_limiter;
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    ClientConfig m_config;
    /** The fetch in progress (a child), or null. */
    RequestRunner *m_runner = nullptr;
    std::optional<UsdCnyRate> m_rate;
};
