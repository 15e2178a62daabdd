#pragma once

#include "api/credentials.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>

/**
 * Signs OKX requests. A pure value class: no network, no clock, no state.
 *
 * OK-ACCESS-SIGN = Base64(HMAC-SHA256(timestamp + METHOD + requestPath + body, secretKey)), where
 * requestPath is the path with "?query" exactly as sent on the wire (percent-encoding included)
 * and body is the exact POST body ("" for GET).
 */
class OkxSigner final
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    OkxSigner() = delete;

    /** The OK-ACCESS-TIMESTAMP text for @p time: UTC ISO-8601 with milliseconds, "2023-10-18T12:21:41.274Z". */
    static QByteArray timestamp(const QDateTime &time);

    /** The prehash string the signature covers. */
    static QByteArray prehash(QByteArrayView timestamp, QByteArrayView method, QByteArrayView requestPath,
                              QByteArrayView body);

    /** The Base64 signature of the prehash with @p secretKey. */
    static QByteArray sign(QByteArrayView timestamp, QByteArrayView method, QByteArrayView requestPath,
                           QByteArrayView body, QByteArrayView secretKey);

    /**
     * Every OK-ACCESS-* header for one request, OK-ACCESS-PROJECT only when a project id is set,
     * plus Content-Type: application/json.
     */
    static HeaderList headers(const Credentials &credentials, QByteArrayView timestamp, QByteArrayView method,
                              QByteArrayView requestPath, QByteArrayView body);
};
