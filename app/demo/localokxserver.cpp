#include "demo/localokxserver.h"

#include "api/exchangerateclient.h"
#include "demo/balanceendpoints.h"
#include "demo/demodata.h"
#include "demo/exchangerateendpoint.h"
#include "demo/faultplayer.h"
#include "demo/faultqueue.h"
#include "demo/okxreplies.h"
#include "demo/demoportfolios.h"
#include "demo/requestauthenticator.h"
#include "demo/tokenbucket.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QMutex>
#include <QTcpSocket>

namespace {

struct Route
{
    ApiFamily family;
    Endpoint endpoint;
};

QHash<QString, Route> buildRoutes()
{
    QHash<QString, Route> routes;
    for (ApiFamily family : {ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5}) {
        for (Endpoint endpoint :
             {Endpoint::SupportedChains, Endpoint::TotalValue, Endpoint::AllTokenBalances, Endpoint::TokenBalances}) {
            routes.insert(ApiFamilies::path(family, endpoint), Route{family, endpoint});
        }
    }
    return routes;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    default: return {};
    }
}

/** Whether the client asked to close the connection after this answer. */
bool wantsClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0 && value.toLower().contains("close"))
            return true;
    }
    return false;
}

} // namespace

struct LocalOkxServer::Private
{
    /** The answer to an authenticated or refused request, before any fault. */
    HttpReply answer(const QHttpServerRequest &request, const Route &route, const QByteArray &requestPath);

    mutable QMutex mutex;
    const QHash<QString, Route> routes = buildRoutes();
    QList<ApiFamily> servedFamilies{ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5};
    RequestAuthenticator authenticator;
    std::function<QDateTime()> clock;
    DemoPortfolios store;
    BalanceEndpoints endpoints{store, DemoData::supportedChains()};
    QList<QPair<QString, QString>> demoAddresses;
    FaultQueue faults;
    ExchangeRateEndpoint exchangeRate;
    FaultQueue exchangeRateFaults;
    TokenBucket rateLimit;
    quint16 port = 0;
    int requestCount = 0;
    int rateLimitedCount = 0;
    int authFailureCount = 0;
    QStringList requestLog;
};

HttpReply LocalOkxServer::Private::answer(const QHttpServerRequest &request, const Route &route,
                                          const QByteArray &requestPath)
{
    const QByteArray method = methodName(request.method());
    const QByteArray expectedMethod = route.endpoint == Endpoint::TokenBalances ? "POST" : "GET";
    if (method != expectedMethod)
        return OkxReplies::failure(OkxFailure::methodNotAllowed());

    const SignedRequest signedRequest{request.headers(), method, requestPath, request.body()};
    const QDateTime now = clock ? clock() : QDateTime::currentDateTimeUtc();
    if (const std::optional<OkxFailure> failure
        = authenticator.check(signedRequest, now, ApiFamilies::requiresProject(route.family))) {
        ++authFailureCount;
        return OkxReplies::failure(*failure);
    }
    return endpoints.answer(route.family, route.endpoint, QUrlQuery(request.url()), request.body());
}

LocalOkxServer::LocalOkxServer(QObject *parent)
    : QAbstractHttpServer(parent)
    , d(std::make_unique<Private>())
{
    d->authenticator.setCredentials(demoCredentials());
    loadDemoPortfolios();
}

LocalOkxServer::~LocalOkxServer() = default;

Credentials LocalOkxServer::demoCredentials()
{
    // Fake, public values: they protect nothing and exist so that demo requests are signed exactly
    // like real ones.
    Credentials credentials;
    credentials.apiKey = QStringLiteral("6f1e2d3c-0000-4000-8000-00000000de70");
    credentials.secretKey = QStringLiteral("DE70DE70DE70DE70DE70DE70DE70DE70");
    credentials.passphrase = QStringLiteral("Demo#Passphrase1");
    credentials.projectId = QStringLiteral("demo-project-0001");
    return credentials;
}

bool LocalOkxServer::start(quint16 port)
{
    const quint16 listening = listen(QHostAddress::LocalHost, port);
    QMutexLocker locker(&d->mutex);
    d->port = listening;
    return listening != 0;
}

quint16 LocalOkxServer::port() const
{
    QMutexLocker locker(&d->mutex);
    return d->port;
}

QUrl LocalOkxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void LocalOkxServer::setCredentials(const Credentials &credentials)
{
    QMutexLocker locker(&d->mutex);
    d->authenticator.setCredentials(credentials);
}

void LocalOkxServer::setRequireProject(bool required)
{
    QMutexLocker locker(&d->mutex);
    d->authenticator.setRequireProject(required);
}

void LocalOkxServer::setClock(std::function<QDateTime()> clock)
{
    QMutexLocker locker(&d->mutex);
    d->clock = std::move(clock);
}

void LocalOkxServer::setServedFamilies(const QList<ApiFamily> &families)
{
    QMutexLocker locker(&d->mutex);
    d->servedFamilies = families;
}

void LocalOkxServer::setSupportedChains(const QList<ChainInfo> &chains)
{
    QMutexLocker locker(&d->mutex);
    d->endpoints.setChains(chains);
}

void LocalOkxServer::setSpecificTokenStyle(const SpecificTokenStyle &style)
{
    QMutexLocker locker(&d->mutex);
    d->endpoints.setSpecificTokenStyle(style);
}

void LocalOkxServer::loadDemoPortfolios()
{
    const QList<DemoPortfolio> portfolios = DemoData::portfolios();
    QMutexLocker locker(&d->mutex);
    d->demoAddresses.clear();
    for (const DemoPortfolio &portfolio : portfolios) {
        d->store.set(portfolio.address, portfolio.assets);
        d->demoAddresses.append({portfolio.address, portfolio.label});
    }
}

void LocalOkxServer::setPortfolio(const QString &address, const QList<TokenAsset> &assets)
{
    QMutexLocker locker(&d->mutex);
    d->store.set(address, assets);
}

QList<QPair<QString, QString>> LocalOkxServer::demoAddresses() const
{
    QMutexLocker locker(&d->mutex);
    return d->demoAddresses;
}

void LocalOkxServer::injectFault(const Fault &fault, int times)
{
    QMutexLocker locker(&d->mutex);
    d->faults.push(fault, times);
}

void LocalOkxServer::clearFaults()
{
    QMutexLocker locker(&d->mutex);
    d->faults.clear();
    d->exchangeRateFaults.clear();
}

void LocalOkxServer::setExchangeRate(const QString &usdCny)
{
    QMutexLocker locker(&d->mutex);
    d->exchangeRate.setUsdCny(usdCny);
}

void LocalOkxServer::injectExchangeRateFault(const Fault &fault, int times)
{
    QMutexLocker locker(&d->mutex);
    d->exchangeRateFaults.push(fault, times);
}

void LocalOkxServer::setRateLimit(double requestsPerSecond)
{
    QMutexLocker locker(&d->mutex);
    d->rateLimit.setRate(requestsPerSecond);
}

int LocalOkxServer::requestCount() const
{
    QMutexLocker locker(&d->mutex);
    return d->requestCount;
}

int LocalOkxServer::rateLimitedCount() const
{
    QMutexLocker locker(&d->mutex);
    return d->rateLimitedCount;
}

int LocalOkxServer::authFailureCount() const
{
    QMutexLocker locker(&d->mutex);
    return d->authFailureCount;
}

QStringList LocalOkxServer::requestLog() const
{
    QMutexLocker locker(&d->mutex);
    return d->requestLog;
}

void LocalOkxServer::resetCounters()
{
    QMutexLocker locker(&d->mutex);
    d->requestCount = 0;
    d->rateLimitedCount = 0;
    d->authFailureCount = 0;
    d->requestLog.clear();
}

bool LocalOkxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    const QByteArray requestPath = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    const bool closeConnection = wantsClose(request);

    QMutexLocker locker(&d->mutex);
    ++d->requestCount;
    d->requestLog.append(QString::fromUtf8(requestPath));
    // OKX's public rate: another host in reality, so no Balance API rate limit, family or signature.
    if (url.path() == ExchangeRateClient::path()) {
        const std::optional<Fault> fault = d->exchangeRateFaults.takeNext();
        const HttpReply reply = d->exchangeRate.answer(methodName(request.method()), request.headers());
        locker.unlock();
        if (fault)
            FaultPlayer::play(*fault, reply, &ExchangeRateEndpoint::wrongTypesBody, socket);
        else
            HttpWire::send(socket, reply, closeConnection);
        return true;
    }
    const auto route = d->routes.constFind(url.path());
    if (route == d->routes.constEnd() || !d->servedFamilies.contains(route->family))
        return false; // missingHandler() answers 404

    if (!d->rateLimit.tryTake()) {
        ++d->rateLimitedCount;
        locker.unlock();
        HttpWire::send(socket, OkxReplies::failure(OkxFailure::rateLimited(429)), closeConnection);
        return true;
    }
    const std::optional<Fault> fault = d->faults.takeNext();
    const HttpReply reply = d->answer(request, *route, requestPath);
    locker.unlock();

    if (fault)
        FaultPlayer::play(*fault, reply, [&route] { return FaultPlayer::wrongTypesBody(route->endpoint, route->family); },
                          socket);
    else
        HttpWire::send(socket, reply, closeConnection);
    return true;
}

void LocalOkxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpWire::send(socket, OkxReplies::failure(OkxFailure::notFound()), wantsClose(request));
}
