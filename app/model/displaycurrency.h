#pragma once

#include "api/clientconfig.h"
#include "money/fiatcurrency.h"
#include "money/usdcnyrate.h"

#include <QObject>

class AppSettings;
class ExchangeRateSource;

/**
 * The currency the window shows values in, and the USD/CNY rate that converts them.
 *
 * The currency is the user's choice, remembered in AppSettings; on the first start it is the
 * language's (chooseDefault(): CNY for Chinese, USD otherwise), remembered too, so switching the
 * language later never changes the currency behind the user's back. The rate comes from an
 * ExchangeRateSource: OKX's, saved in the cache so a start without network still converts at the
 * rate of its time; in demo mode the demo server's, never saved and never carried over into the
 * user's own session (leaving demo mode makes a new source). AmountDisplay converts with wanted()
 * and rate(): CNY at the rate known, or USD with a notice when none is.
 */
class DisplayCurrency final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisplayCurrency)

public:
    /** @p settings must outlive this object. */
    explicit DisplayCurrency(AppSettings *settings, QObject *parent = nullptr);

    /** The currency asked for: the one chosen (USD before any). */
    FiatCurrency wanted() const;
    /** The USD/CNY rate known now, or nothing. */
    std::optional<UsdCnyRate> rate() const;
    /** The source of the rate (replaced by setSession() when demo mode changes). */
    ExchangeRateSource *rates() const { return m_rates; }

    /**
     * Fetches the rate from @p config's rate host; the saved rate is read (its notice, if the file
     * is unusable, comes back) when this makes a new source: the first call, and every change
     * between @p demo and the user's own session.
     */
    QString setSession(const ClientConfig &config, bool demo);
    /** On the first start, before any choice: @p currency (the language's) becomes the choice. */
    void chooseDefault(FiatCurrency currency);
    /** The user chose @p currency: remembered (the caller saves the settings) and shown at once. */
    void choose(FiatCurrency currency);
    /** Fetches the rate unless the one known is fresh (at most hourly): with every refresh. */
    void update();

signals:
    /** wanted() or rate() changed. */
    void changed();
    /** rates() is a new source (the history records with it). */
    void ratesReplaced(ExchangeRateSource *rates);

private:
    AppSettings *m_settings;
    ExchangeRateSource *m_rates = nullptr;
    /** Whether m_rates is the demo's; unset before the first setSession(). */
    std::optional<bool> m_demo;
};
