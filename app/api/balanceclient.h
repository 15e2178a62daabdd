#pragma once

#include "api/balancereply.h"
#include "api/clientconfig.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class RateLimiter;

/**
 * The asynchronous OKX Balance API client. Owns (or borrows) a QNetworkAccessManager, signs exactly
 * the path, query and body bytes it sends, spaces requests through a rate limiter, retries rate
 * limits, 5xx and timeouts with exponential backoff and jitter (honouring Retry-After), and leaves
 * parsing to BalanceParser. Never blocks; every call returns a reply that finishes later.
 *
 * Replies are children of the client (like QNetworkReply of its manager): delete them with
 * deleteLater() once finished. Destroying the client finishes every outstanding reply as Cancelled.
 * A call that cannot be made as configured (incomplete credentials, wallet-v5 without a project
 * id, no chains or tokens) sends nothing and finishes with a Config error on the next event-loop turn.
 */
class BalanceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceClient)

public:
    using Clock = std::function<QDateTime()>;

    explicit BalanceClient(QObject *parent = nullptr);
    /** Uses @p manager (not owned) instead of an own QNetworkAccessManager. */
    explicit BalanceClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~BalanceClient() override;

    const ClientConfig &config() const { return m_config; }
    /** Applies to requests started afterwards. */
    void setConfig(const ClientConfig &config);
    /** The time source for OK-ACCESS-TIMESTAMP (tests use it to simulate clock skew). */
    void setClock(Clock clock);

    ChainsReply *fetchSupportedChains();
    /** USD total of @p address over @p chains, in batches of 50 chains summed exactly. */
    TotalValueReply *fetchTotalValue(const QString &address, const QStringList &chains, bool includeRiskTokens);
    /** Every token of @p address on @p chains, in batches of 50 chains merged in order. */
    TokenAssetsReply *fetchAllTokenBalances(const QString &address, const QStringList &chains, bool includeRiskTokens);
    /**
     * The holdings of @p address among @p tokens (each asked once, in batches of 20 spaced by the
     * rate limiter): one per token asked that the address holds, in the order asked, keyed by what
     * was asked rather than by the reply's echo (TokenAnswers). A token not held, whether OKX
     * answers a zero balance or leaves it out (as it does risk tokens unless @p includeRiskTokens),
     * has none.
     */
    TokenAssetsReply *fetchTokenBalances(const QString &address, const QList<TokenRef> &tokens, bool includeRiskTokens);

    /** Aborts every outstanding reply (each finishes with a Cancelled error). */
    void abortAll();

signals:
    /** An HTTP request was sent (for status-bar progress). */
    void requestSent();
    /** An HTTP request ended, successfully or not. */
    void requestDone(bool ok);

private:
    // Implementation details belong to balanceclient.cpp.
    struct Private;
    std::unique_ptr<Private> d;
    ClientConfig m_config;
};
