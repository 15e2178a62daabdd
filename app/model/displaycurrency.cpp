#include "model/displaycurrency.h"

#include "storage/appsettings.h"
#include "storage/exchangeratecache.h"
#include "storage/exchangeratesource.h"

DisplayCurrency::DisplayCurrency(AppSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
}

FiatCurrency DisplayCurrency::wanted() const
{
    return m_settings->displayCurrency().value_or(FiatCurrency::Usd);
}

std::optional<UsdCnyRate> DisplayCurrency::rate() const
{
    return m_rates ? m_rates->rate() : std::nullopt;
}

QString DisplayCurrency::setSession(const ClientConfig &config, bool demo)
{
    QString notice;
    if (m_demo != demo) {
        // The demo's rate is not OKX's: it is never saved, and goes with the demo.
        auto *rates = new ExchangeRateSource(demo ? std::nullopt : std::optional<ExchangeRateCache>(ExchangeRateCache()), this);
        connect(rates, &ExchangeRateSource::rateChanged, this, &DisplayCurrency::changed);
        notice = rates->load();
        if (m_rates)
            m_rates->deleteLater();
        m_rates = rates;
        m_demo = demo;
        emit ratesReplaced(m_rates);
        emit changed();
    }
    m_rates->setConfig(config);
    return notice;
}

void DisplayCurrency::chooseDefault(FiatCurrency currency)
{
    if (!m_settings->displayCurrency())
        choose(currency);
}

void DisplayCurrency::choose(FiatCurrency currency)
{
    const FiatCurrency before = wanted();
    m_settings->setDisplayCurrency(currency);
    if (currency != before)
        emit changed();
}

void DisplayCurrency::update()
{
    if (m_rates)
        m_rates->update();
}
