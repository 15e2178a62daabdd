#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"
#include "money/usdcnyrate.h"
#include "storage/exchangeratecache.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class ExchangeRateClient;

/**
 * The USD/CNY rate the app knows, kept up to date: the saved one from the start (so a start with no
 * network still converts, at the rate of its time), a fetched one once update() has asked OKX. The
 * window and the command line both go through it, so both follow one rule:
 *
 * - A rate is fetched at most once an hour: update() with a rate younger than MaxAgeMs fetches
 *   nothing. Fetched rates are saved in the ExchangeRateCache given, if any (none in demo mode,
 *   whose rate is not OKX's).
 * - A failed fetch leaves the known rate as it was, with its own time, and lastError() says why.
 *   No rate is ever made up: with none known, rate() is empty.
 *
 * The fetch is asynchronous (ExchangeRateClient); the cache is one small file, read and written
 * where the source lives.
 */
class ExchangeRateSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeRateSource)

public:
    using Clock = std::function<QDateTime()>;

    /** How old a rate may be before update() fetches another: one hour. */
    static constexpr qint64 MaxAgeMs = 60LL * 60 * 1000;
    /** Whether a rate of @p time is younger than MaxAgeMs at @p now; a time in the future is not. */
    static bool isFresh(const QDateTime &time, const QDateTime &now);

    /** Keeps the rate in @p cache; without one nothing is read or saved. */
    explicit ExchangeRateSource(std::optional<ExchangeRateCache> cache, QObject *parent = nullptr);
    ~ExchangeRateSource() override;

    /** Fetches from ClientConfig::exchangeRateUrl with @p config's timeout and retries, never its credentials. */
    void setConfig(const ClientConfig &config);
    /** The time source for the rate's age and a fetched rate's time (tests move it). */
    void setClock(Clock clock);

    /**
     * Reads the saved rate into rate() (rateChanged() when there is one). Returns a translated notice
     * when the saved file is unusable (it is left as it is), else an empty string.
     */
    QString load();

    /** The rate known now, or nothing. */
    const std::optional<UsdCnyRate> &rate() const { return m_rate; }
    /** Whether rate() is younger than MaxAgeMs now. */
    bool isFresh() const;
    /** Whether an update() has not finished yet. */
    bool isUpdating() const { return m_updating; }
    /** Why the latest update failed; None when it succeeded or had nothing to do. */
    const ApiError &lastError() const { return m_lastError; }

    /**
     * Fetches a new rate unless the one known is fresh. updateFinished() follows either way, on a
     * later turn of the event loop; a call while updating joins the update in progress.
     */
    void update();

signals:
    /** rate() changed: loaded from the cache, or fetched. */
    void rateChanged();
    /** An update() ended: @p error is None when rate() is fresh now, else why it is not. */
    void updateFinished(const ApiError &error);

private:
    void finishUpdate(const ApiError &error);

    std::optional<ExchangeRateCache> m_cache;
    ExchangeRateClient *m_client;
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    std::optional<UsdCnyRate> m_rate;
    ApiError m_lastError;
    bool m_updating = false;
};
