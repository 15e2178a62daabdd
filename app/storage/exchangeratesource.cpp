#include "storage/exchangeratesource.h"

#include "api/exchangerateclient.h"

bool ExchangeRateSource::isFresh(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid() || !now.isValid())
        return false;
    const qint64 ageMs = time.msecsTo(now);
    return ageMs >= 0 && ageMs < MaxAgeMs;
}

ExchangeRateSource::ExchangeRateSource(std::optional<ExchangeRateCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_client(new ExchangeRateClient(this))
{
    connect(m_client, &ExchangeRateClient::fetched, this, [this](const UsdCnyRate &rate) {
        m_rate = rate;
        // A rate that cannot be saved costs a later start its offline CNY only; the fetch succeeded.
        if (m_cache)
            m_cache->store(rate);
        emit rateChanged();
        finishUpdate({});
    });
    connect(m_client, &ExchangeRateClient::failed, this, &ExchangeRateSource::finishUpdate);
}

ExchangeRateSource::~ExchangeRateSource() = default;

void ExchangeRateSource::setConfig(const ClientConfig &config)
{
    m_client->setConfig(config);
}

void ExchangeRateSource::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
    m_client->setClock(m_clock);
}

QString ExchangeRateSource::load()
{
    if (!m_cache)
        return {};
    QString notice;
    std::optional<UsdCnyRate> saved = m_cache->load(&notice);
    if (saved) {
        m_rate = std::move(saved);
        emit rateChanged();
    }
    return notice;
}

bool ExchangeRateSource::isFresh() const
{
    return m_rate && isFresh(m_rate->time(), m_clock());
}

void ExchangeRateSource::update()
{
    if (m_updating)
        return;
    m_updating = true;
    if (isFresh()) {
        // Said on a later turn, as a fetch would be: the caller connects after asking.
        QMetaObject::invokeMethod(this, [this] { finishUpdate({}); }, Qt::QueuedConnection);
        return;
    }
    m_client->fetch();
}

void ExchangeRateSource::finishUpdate(const ApiError &error)
{
    m_updating = false;
    m_lastError = error;
    emit updateFinished(error);
}
