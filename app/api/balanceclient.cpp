#include "api/balanceclient.h"

#include "api/apirequest.h"
#include "api/assetkey.h"
#include "api/balanceparser.h"
#include "api/ratelimiter.h"
#include "api/requestrunner.h"
#include "api/tokenanswers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrlQuery>

namespace {

template<typename T>
QList<QList<T>> inBatches(const QList<T> &items, int batchSize)
{
    QList<QList<T>> batches;
    for (qsizetype start = 0; start < items.size(); start += batchSize)
        batches.append(items.mid(start, batchSize));
    return batches;
}

/** The chains in order, each once: a repeated chain would be counted twice in a summed total. */
QStringList uniqueChains(QStringList chains)
{
    chains.removeDuplicates();
    return chains;
}

/** A call refused before sending, for the reason @p source (BalanceClient's, translated when shown). */
ApiError refusedCall(const char *source, ApiError::MissingSetting missing = ApiError::MissingSetting::None)
{
    return ApiError::config(TranslatableText("BalanceClient", source), missing);
}

} // namespace

struct BalanceClient::Private
{
    /** Parses the reply to the request at @p index of a call's requests. */
    template<typename Value>
    using Parse = std::function<ApiResult<Value>(qsizetype index, int httpStatus, const QByteArray &body)>;
    template<typename Reply, typename Value>
    using Merge = std::function<void(Reply &reply, QList<Value> &results)>;

    explicit Private(BalanceClient *client) : q(client) {}

    /** Why no call can be made as configured (credentials, project id), or None. */
    ApiError configRefusal() const;
    /** configRefusal(), or why a call for @p address over a list (chains, tokens) cannot be made. */
    ApiError callRefusal(const QString &address, bool listIsEmpty, const char *emptyListReason) const;
    QList<ApiRequest> chainRequests(Endpoint endpoint, const QString &address, const QStringList &chains,
                                    const QString &riskParameter, const QString &riskValue) const;

    /**
     * A reply for @p requests: each is parsed by @p parse, and once all have succeeded @p merge
     * combines their results in request order. The first final failure stops the others and
     * becomes the reply's error, so no partial result is ever reported. With a @p refusal nothing
     * is sent and the reply fails with it.
     */
    template<typename Reply, typename Value>
    Reply *run(const QList<ApiRequest> &requests, const ApiError &refusal, Parse<Value> parse,
               Merge<Reply, Value> merge);
    /** run() for the two token-list endpoints, which merge alike; @p parse as for run(). */
    TokenAssetsReply *runAssets(const QList<ApiRequest> &requests, const ApiError &refusal,
                                Parse<QList<TokenAsset>> parse);

    static void stopRunners(BalanceReply *reply);

    BalanceClient *q;
    QNetworkAccessManager *manager = nullptr;
    RateLimiter *limiter = nullptr;
    Clock clock = &QDateTime::currentDateTimeUtc;
    /** Unfinished replies, tracked so abortAll() and the destructor reach them even if reparented. */
    QList<QPointer<BalanceReply>> active;
};

ApiError BalanceClient::Private::configRefusal() const
{
    const ClientConfig &config = q->m_config;
    if (!config.credentials.isComplete())
        return refusedCall(QT_TRANSLATE_NOOP("BalanceClient", "Enter the OKX API key, secret key and passphrase first."));
    if (ApiFamilies::requiresProject(config.family) && config.credentials.projectId.isEmpty()) {
        // Where to enter it is for the place that shows the error to say.
        return refusedCall(
            QT_TRANSLATE_NOOP("BalanceClient", "The wallet API (wallet-v5) needs a project ID (OK-ACCESS-PROJECT)."),
            ApiError::MissingSetting::ProjectId);
    }
    return {};
}

ApiError BalanceClient::Private::callRefusal(const QString &address, bool listIsEmpty,
                                             const char *emptyListReason) const
{
    if (ApiError error = configRefusal(); error.isError())
        return error;
    if (address.trimmed().isEmpty())
        return refusedCall(QT_TRANSLATE_NOOP("BalanceClient", "No wallet address was given."));
    if (listIsEmpty)
        return refusedCall(emptyListReason);
    return {};
}

QList<ApiRequest> BalanceClient::Private::chainRequests(Endpoint endpoint, const QString &address,
                                                        const QStringList &chains, const QString &riskParameter,
                                                        const QString &riskValue) const
{
    const ClientConfig &config = q->m_config;
    QList<ApiRequest> requests;
    for (const QStringList &batch : inBatches(uniqueChains(chains), ApiFamilies::MaxChainsPerRequest)) {
        QUrlQuery query;
        // OKX returns EVM addresses in lower case and wallet-v5 rejects any other (81106).
        query.addQueryItem(QStringLiteral("address"), AssetKey::normalizedAddress(address));
        query.addQueryItem(QStringLiteral("chains"), batch.join(u','));
        query.addQueryItem(riskParameter, riskValue);
        requests.append(ApiRequest::get(config.baseUrl, config.pathFor(endpoint), query));
    }
    return requests;
}

void BalanceClient::Private::stopRunners(BalanceReply *reply)
{
    const auto runners = reply->findChildren<RequestRunner *>(Qt::FindDirectChildrenOnly);
    for (RequestRunner *runner : runners) {
        runner->stop();
        runner->deleteLater();
    }
}

template<typename Reply, typename Value>
Reply *BalanceClient::Private::run(const QList<ApiRequest> &requests, const ApiError &refusal, Parse<Value> parse,
                                   Merge<Reply, Value> merge)
{
    auto *reply = new Reply(refusal.isError() ? 0 : int(requests.size()), q);
    if (refusal.isError()) {
        // Queued: the caller has not connected to finished() yet.
        QMetaObject::invokeMethod(reply, [reply, refusal] { reply->finish(refusal); }, Qt::QueuedConnection);
        return reply;
    }

    active.removeIf([](const QPointer<BalanceReply> &tracked) { return tracked.isNull(); });
    active.append(reply);
    QObject::connect(reply, &BalanceReply::abortRequested, reply, [reply] { stopRunners(reply); });
    QObject::connect(reply, &BalanceReply::finished, q, [this, reply] { active.removeAll(reply); });

    auto results = std::make_shared<QList<Value>>(requests.size());
    const RequestRunner::Environment environment{manager, limiter, clock};
    QList<RequestRunner *> runners;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto handler = [results, i, parse](int status, const QByteArray &body) {
            ApiResult<Value> result = parse(i, status, body);
            if (result.ok())
                (*results)[i] = std::move(result.value);
            return result.error;
        };
        auto *runner = new RequestRunner(requests.at(i), q->m_config, environment, handler, reply);
        QObject::connect(runner, &RequestRunner::sent, reply, [this, reply] {
            reply->recordAttempt();
            emit q->requestSent();
        });
        QObject::connect(runner, &RequestRunner::attemptFinished, reply,
                         [this, reply, results, merge](const ApiError &error, bool final) {
            // Any slot reached from here may delete the reply (and this connection): re-check after each.
            const QPointer<BalanceReply> guard(reply);
            emit q->requestDone(!error.isError());
            if (!guard || !final || reply->isFinished())
                return;
            if (error.isError()) {
                stopRunners(reply);
                reply->finish(error);
                return;
            }
            reply->completeRequest();
            if (!guard || reply->isFinished() || reply->completedCount() < reply->requestCount())
                return;
            merge(*reply, *results);
            reply->finish(ApiError());
        });
        runners.append(runner);
    }
    // Started once all exist: with no rate limit the first one is sent before start() returns.
    for (RequestRunner *runner : std::as_const(runners))
        runner->start();
    return reply;
}

TokenAssetsReply *BalanceClient::Private::runAssets(const QList<ApiRequest> &requests, const ApiError &refusal,
                                                    Parse<QList<TokenAsset>> parse)
{
    return run<TokenAssetsReply, QList<TokenAsset>>(
        requests, refusal, std::move(parse),
        [](TokenAssetsReply &reply, QList<QList<TokenAsset>> &results) {
            for (QList<TokenAsset> &batch : results) {
                // The usual single batch is handed over whole rather than moved asset by asset.
                if (reply.m_assets.isEmpty())
                    reply.m_assets = std::move(batch);
                else
                    reply.m_assets.append(std::move(batch));
            }
        });
}

BalanceClient::BalanceClient(QObject *parent) : BalanceClient(nullptr, parent) {}

BalanceClient::BalanceClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    d->manager = manager ? manager : new QNetworkAccessManager(this);
    d->limiter = new RateLimiter(m_config.requestsPerSecond, this);
}

BalanceClient::~BalanceClient()
{
    // Runners borrow the manager and the limiter; they must stop before either goes away.
    abortAll();
}

void BalanceClient::setConfig(const ClientConfig &config)
{
    m_config = config;
    d->limiter->setRequestsPerSecond(config.requestsPerSecond);
}

void BalanceClient::setClock(Clock clock)
{
    d->clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
}

ChainsReply *BalanceClient::fetchSupportedChains()
{
    const QList<ApiRequest> requests{ApiRequest::get(m_config.baseUrl, m_config.pathFor(Endpoint::SupportedChains))};
    return d->run<ChainsReply, QList<ChainInfo>>(requests, d->configRefusal(),
                                                 [](qsizetype, int status, const QByteArray &body) {
                                                     return BalanceParser::parseChains(status, body);
                                                 },
                                                 [](ChainsReply &reply, QList<QList<ChainInfo>> &results) {
                                                     reply.m_chains = std::move(results.first());
                                                 });
}

TotalValueReply *BalanceClient::fetchTotalValue(const QString &address, const QStringList &chains,
                                                bool includeRiskTokens)
{
    const QList<ApiRequest> requests =
        d->chainRequests(Endpoint::TotalValue, address, chains, ApiFamilies::totalRiskParameter(m_config.family),
                         ApiFamilies::totalRiskValue(includeRiskTokens));
    const ApiError refusal =
        d->callRefusal(address, requests.isEmpty(), QT_TRANSLATE_NOOP("BalanceClient", "Choose at least one chain."));
    return d->run<TotalValueReply, Decimal>(requests, refusal,
                                            [](qsizetype, int status, const QByteArray &body) {
                                                return BalanceParser::parseTotalValue(status, body);
                                            },
                                            [](TotalValueReply &reply, QList<Decimal> &results) {
                                                Decimal total;
                                                for (const Decimal &value : std::as_const(results))
                                                    total += value;
                                                reply.m_totalValue = total;
                                            });
}

TokenAssetsReply *BalanceClient::fetchAllTokenBalances(const QString &address, const QStringList &chains,
                                                       bool includeRiskTokens)
{
    const QList<ApiRequest> requests =
        d->chainRequests(Endpoint::AllTokenBalances, address, chains, ApiFamilies::listRiskParameter(m_config.family),
                         ApiFamilies::listRiskValue(includeRiskTokens));
    const ApiFamily family = m_config.family;
    return d->runAssets(requests,
                        d->callRefusal(address, requests.isEmpty(),
                                       QT_TRANSLATE_NOOP("BalanceClient", "Choose at least one chain.")),
                        [family](qsizetype, int status, const QByteArray &body) {
                            return BalanceParser::parseTokenAssets(status, body, family);
                        });
}

TokenAssetsReply *BalanceClient::fetchTokenBalances(const QString &address, const QList<TokenRef> &tokens,
                                                    bool includeRiskTokens)
{
    const ApiFamily family = m_config.family;
    const QString addressField = ApiFamilies::tokenAddressField(family);
    const QList<QList<TokenRef>> batches = inBatches(TokenAnswers::distinct(tokens), ApiFamilies::MaxTokensPerRequest);
    QList<ApiRequest> requests;
    for (const QList<TokenRef> &batch : batches) {
        QJsonArray items;
        for (const TokenRef &token : batch)
            items.append(QJsonObject{{QStringLiteral("chainIndex"), token.chainIndex}, {addressField, token.tokenContractAddress}});
        const QJsonObject body{{QStringLiteral("address"), AssetKey::normalizedAddress(address)},
                               {ApiFamilies::tokenAddressListField(family), items},
                               {ApiFamilies::listRiskParameter(family), ApiFamilies::listRiskValue(includeRiskTokens)}};
        requests.append(ApiRequest::post(m_config.baseUrl, m_config.pathFor(Endpoint::TokenBalances), body));
    }
    // Each batch's rows are read as answers to the tokens that batch asked for.
    return d->runAssets(requests,
                        d->callRefusal(address, requests.isEmpty(),
                                       QT_TRANSLATE_NOOP("BalanceClient", "Choose at least one token.")),
                        [family, batches, address](qsizetype index, int status, const QByteArray &body) {
                            ApiResult<QList<TokenAsset>> rows = BalanceParser::parseTokenAssets(status, body, family);
                            if (!rows.ok())
                                return rows;
                            return TokenAnswers::holdings(batches.at(index), std::move(rows.value), address);
                        });
}

void BalanceClient::abortAll()
{
    const QList<QPointer<BalanceReply>> replies = d->active;
    for (const QPointer<BalanceReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}
