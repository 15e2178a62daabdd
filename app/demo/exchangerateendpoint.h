#pragma once

#include "demo/httpwire.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/**
 * OKX's public exchange-rate endpoint (GET /api/v5/market/exchange-rate) as the demo server serves
 * it: unsigned, in OKX's envelope, data [{"usdCny":"…"}] with a fixed demo rate, so the demo mode
 * and the tests show CNY with no network. A test may serve any other text instead, hostile ones
 * included (a negative, an exponent, megabytes of digits, control characters): it is sent as a JSON
 * string, escaped, exactly as given.
 */
class ExchangeRateEndpoint final
{
public:
    /** The rate served unless a test sets another: a plausible USD/CNY rate, fixed. */
    static QString demoUsdCny();

    /** Serves @p usdCny as data[0].usdCny from now on. */
    void setUsdCny(const QString &usdCny) { m_usdCny = usdCny; }

    /**
     * The answer to a request of @p method with @p headers: the rate for a GET without credentials;
     * 405 for another method, and 400 (OkxFailure::credentialsOnPublicEndpoint()) when any
     * OK-ACCESS-* header came along.
     */
    HttpReply answer(const QByteArray &method, const QList<QPair<QByteArray, QByteArray>> &headers) const;

    /** A reply whose usdCny is a JSON number instead of a string, for the WrongTypes fault. */
    static QByteArray wrongTypesBody();

private:
    QString m_usdCny = demoUsdCny();
};
