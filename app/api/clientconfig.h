#pragma once

#include "api/apifamily.h"
#include "api/credentials.h"

#include <QHash>
#include <QUrl>

/**
 * Everything a BalanceClient (and the ExchangeRateClient beside it) needs to reach OKX. Holds
 * secrets: never log or persist it whole.
 */
struct ClientConfig
{
    /** Scheme and host only, e.g. https://web3.okx.com. */
    QUrl baseUrl = QUrl(QStringLiteral("https://web3.okx.com"));
    /**
     * The host of OKX's public USD/CNY rate (ExchangeRateClient), scheme and host only: OKX's exchange
     * site, not the Web3 API's host. Asked without any credentials.
     */
    QUrl exchangeRateUrl = QUrl(QStringLiteral("https://www.okx.com"));
    ApiFamily family = ApiFamily::DexV6;
    Credentials credentials;
    /** Per-endpoint path overrides for when OKX moves an endpoint (API reference §1). */
    QHash<Endpoint, QString> pathOverrides;

    /** Requests per second the rate limiter spaces requests to (the reference's default: 1); <= 0: unlimited. */
    double requestsPerSecond = 1.0;
    /** Per-request timeout, from sending to the last byte; 0 waits for ever. */
    int timeoutMs = 20000;
    /** Tries in all for a retryable failure (rate limit, 5xx, timeout). */
    int maxAttempts = 3;
    /** First backoff; doubles per retry, with jitter, capped at backoffCapMs. Tests shorten it. */
    int backoffBaseMs = 1000;
    int backoffCapMs = 30000;

    /** The request path of @p endpoint, honouring overrides. */
    QString pathFor(Endpoint endpoint) const
    {
        const auto it = pathOverrides.constFind(endpoint);
        return it != pathOverrides.constEnd() ? *it : ApiFamilies::path(family, endpoint);
    }
};
