#pragma once

#include <QString>

/**
 * An error answer as OKX gives it: an HTTP status plus the envelope's code and msg. The codes,
 * statuses and English messages follow OKX's error tables (API reference §4); they are protocol
 * text for the client, not text for people, so they are not translated.
 */
struct OkxFailure
{
    int httpStatus = 200;
    QString code;
    QString message;

    static OkxFailure missingHeader(const QString &code, const QString &header);
    static OkxFailure wrongPassphrase();
    static OkxFailure invalidKey();
    static OkxFailure invalidTimestamp();
    static OkxFailure invalidSignature();
    /** A missing or unknown OK-ACCESS-PROJECT (OKX documents no code of its own for it). */
    static OkxFailure invalidProject();
    /** HTTP 400, 50014: a required parameter is missing. */
    static OkxFailure parameterEmpty(const QString &parameter);
    /** HTTP 400, 51000: a parameter has a wrong value. */
    static OkxFailure parameterError(const QString &parameter);
    /** 81001: the POST body is missing or not JSON. */
    static OkxFailure incorrectBody();
    /** 81104: a chain index the server does not serve. */
    static OkxFailure chainNotSupported();
    /** 81106 (wallet-v5): EVM addresses must be sent in lower case. */
    static OkxFailure addressNotLowerCase();
    /** 50011 with @p httpStatus (429 from the gateway, 200 in the envelope only). */
    static OkxFailure rateLimited(int httpStatus);
    /** 50026 with @p httpStatus. */
    static OkxFailure systemError(int httpStatus);
    /**
     * HTTP 400, 50000: OK-ACCESS-* headers on a public endpoint. OKX would ignore them; the demo
     * server refuses them, so a test sees at once a client that sends secrets where none are needed.
     */
    static OkxFailure credentialsOnPublicEndpoint();
    static OkxFailure notFound();
    static OkxFailure methodNotAllowed();
};
