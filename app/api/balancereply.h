#pragma once

#include "api/apierror.h"
#include "api/tokenasset.h"

#include <QList>
#include <QObject>

#include <utility>

/**
 * One logical API call, which may span several HTTP requests (chains in batches of 50, tokens in
 * batches of 20, retries). Emits progress() as requests complete and finished() exactly once,
 * after which error() and the subclass's result are final. A child of the BalanceClient that made
 * it; the caller deletes it with deleteLater() once it has finished.
 */
class BalanceReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    /** None on success; otherwise the first failure (nothing partial is ever reported as whole). */
    const ApiError &error() const { return m_error; }
    /** HTTP requests this call needs in all (retries not counted). */
    int requestCount() const { return m_requestCount; }
    /** HTTP requests completed successfully so far. */
    int completedCount() const { return m_completedCount; }
    /** HTTP attempts made so far, retries included. */
    int attemptCount() const { return m_attemptCount; }

public slots:
    /** Cancels outstanding requests; finished() follows with a Cancelled error unless already finished. */
    void abort();

signals:
    void progress(int completed, int total);
    void finished();
    /** Internal: asks the client to drop this reply's queued and running requests. */
    void abortRequested();

protected:
    explicit BalanceReply(int requestCount, QObject *parent = nullptr);

private:
    friend class BalanceClient;
    void recordAttempt() { ++m_attemptCount; }
    void completeRequest();
    void finish(const ApiError &error);

    ApiError m_error;
    int m_requestCount = 0;
    int m_completedCount = 0;
    int m_attemptCount = 0;
    bool m_finished = false;
};

/** Supported chains. */
class ChainsReply final : public BalanceReply
{
    Q_OBJECT
public:
    using BalanceReply::BalanceReply;
    const QList<ChainInfo> &chains() const { return m_chains; }
private:
    friend class BalanceClient;
    QList<ChainInfo> m_chains;
};

/** USD total of one address, summed exactly over chain batches. */
class TotalValueReply final : public BalanceReply
{
    Q_OBJECT
public:
    using BalanceReply::BalanceReply;
    const Decimal &totalValue() const { return m_totalValue; }
private:
    friend class BalanceClient;
    Decimal m_totalValue;
};

/** Token holdings of one address, merged over batches in request order. */
class TokenAssetsReply final : public BalanceReply
{
    Q_OBJECT
public:
    using BalanceReply::BalanceReply;
    const QList<TokenAsset> &assets() const { return m_assets; }
    /** Hands the assets over to a caller that is done with the reply; assets() is empty after. */
    QList<TokenAsset> takeAssets() { return std::exchange(m_assets, {}); }
private:
    friend class BalanceClient;
    QList<TokenAsset> m_assets;
};
