#pragma once

#include <QMetaType>
#include <QString>

/** A fault the demo server plays instead of (or before) its normal answer; see LocalOkxServer::injectFault(). */
struct DemoFault
{
    enum class Kind {
        HttpRateLimit, ///< HTTP 429 with {"code":"50011"}; Retry-After when retryAfterSeconds ≥ 0
        OkxRateLimit,  ///< HTTP 200 with code 50011
        ServerError,   ///< HTTP status (default 500) with code 50026
        OkxError,      ///< HTTP status (default 200) with the given OKX code and msg
        Delay,         ///< answers normally after delayMs
        MalformedJson, ///< HTTP 200, a body that is not JSON
        TruncatedJson, ///< HTTP 200, a valid reply cut in half (Content-Length matches the cut body)
        WrongTypes,    ///< HTTP 200, valid JSON whose fields have the wrong types
        HugeBody,      ///< HTTP 200, a body larger than 32 MB
        CloseMidBody,  ///< announces a Content-Length, sends part of it, closes the connection
    };
    Kind kind = Kind::ServerError;
    int httpStatus = 0;         ///< 0: the kind's default
    QString okxCode;            ///< for OkxError
    QString okxMessage;         ///< for OkxError
    int delayMs = 0;            ///< for Delay
    int retryAfterSeconds = -1; ///< for HttpRateLimit
};
Q_DECLARE_METATYPE(DemoFault)
