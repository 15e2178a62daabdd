#include "api/exchangerateclient.h"

#include "api/apirequest.h"
#include "api/exchangerateparser.h"
#include "api/ratelimiter.h"
#include "api/requestrunner.h"

#include <QNetworkAccessManager>

#include <utility>

QString ExchangeRateClient::path()
{
    return QStringLiteral("/api/v5/market/exchange-rate");
}

ExchangeRateClient::ExchangeRateClient(QObject *parent) : ExchangeRateClient(nullptr, parent) {}

ExchangeRateClient::ExchangeRateClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
    // A public endpoint with limits of its own: the Balance API's pace does not apply.
    , m_limiter(new RateLimiter(0, this))
{
}

ExchangeRateClient::~ExchangeRateClient()
{
    // The runner borrows the manager and the limiter; it must stop before either goes away.
    if (m_runner)
        m_runner->stop();
}

void ExchangeRateClient::setConfig(const ClientConfig &config)
{
    m_config = ClientConfig();
    m_config.baseUrl = config.exchangeRateUrl;
    m_config.exchangeRateUrl = config.exchangeRateUrl;
    m_config.timeoutMs = config.timeoutMs;
    m_config.maxAttempts = config.maxAttempts;
    m_config.backoffBaseMs = config.backoffBaseMs;
    m_config.backoffCapMs = config.backoffCapMs;
}

void ExchangeRateClient::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
}

void ExchangeRateClient::fetch()
{
    if (m_runner)
        return;
    const RequestRunner::Environment environment{m_manager, m_limiter, m_clock};
    auto handler = [this](int status, const QByteArray &body) {
        return ExchangeRateParser::parse(status, body, m_clock(), &m_rate);
    };
    m_runner = new RequestRunner(ApiRequest::publicGet(m_config.baseUrl, path()), m_config, environment, handler, this);
    connect(m_runner, &RequestRunner::attemptFinished, this, &ExchangeRateClient::onAttemptFinished);
    m_runner->start();
}

void ExchangeRateClient::onAttemptFinished(const ApiError &error, bool final)
{
    if (!final)
        return;
    RequestRunner *runner = m_runner;
    m_runner = nullptr;
    runner->stop();
    runner->deleteLater();
    if (error.isError()) {
        emit failed(error);
        return;
    }
    // A success is a reply the parser read a rate from.
    emit fetched(std::exchange(m_rate, std::nullopt).value());
}
