#pragma once

#include "api/credentials.h"
#include "demo/okxfailure.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

/** The parts of one request that OKX's authentication looks at. */
struct SignedRequest
{
    QList<QPair<QByteArray, QByteArray>> headers;
    /** "GET" or "POST". */
    QByteArray method;
    /** The path with "?query" as received, percent-encoding included. */
    QByteArray requestPath;
    QByteArray body;
};

/**
 * Checks a request's OK-ACCESS-* headers as OKX does (API reference §2, error table §4) and names
 * the first problem with OKX's code. Secrets are compared in constant time and never reported.
 */
class RequestAuthenticator final
{
public:
    /** Largest difference between OK-ACCESS-TIMESTAMP and the server clock that OKX accepts. */
    static constexpr qint64 MaxClockSkewMs = 30'000;

    void setCredentials(const Credentials &credentials);
    /** When true, every request needs OK-ACCESS-PROJECT, not only those of families that require it. */
    void setRequireProject(bool required);

    /**
     * OKX's error for @p request at server time @p now, or nullopt when it is signed correctly.
     * @p familyRequiresProject: the request's path family demands OK-ACCESS-PROJECT (wallet-v5).
     */
    std::optional<OkxFailure> check(const SignedRequest &request, const QDateTime &now,
                                    bool familyRequiresProject) const;

    /** Whether @p a equals @p b, taking the same time wherever they first differ. */
    static bool equalsInConstantTime(QByteArrayView a, QByteArrayView b);
    /** Parses OK-ACCESS-TIMESTAMP: UTC ISO-8601 with milliseconds and 'Z' ("2023-10-18T12:21:41.274Z"). */
    static QDateTime parseTimestamp(const QByteArray &text);

private:
    Credentials m_credentials;
    bool m_requireProject = false;
};
