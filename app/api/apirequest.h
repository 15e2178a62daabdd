#pragma once

#include "api/credentials.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

/**
 * One HTTP request of the Balance API: method, URL and body, built once and signed afresh for
 * every attempt. The signature covers requestPath() and body(), which are byte for byte what goes
 * on the wire: the path and query as QUrl encodes them for sending, and the compact JSON body.
 *
 * A request to one of OKX's public endpoints (publicGet(), the exchange rate) carries no
 * OK-ACCESS-* header at all: its host is not the Balance API's, and no secret goes where none is needed.
 */
class ApiRequest final
{
public:
    /** A GET of @p path on @p baseUrl with @p query (items in the given order). */
    static ApiRequest get(const QUrl &baseUrl, const QString &path, const QUrlQuery &query = {});
    /** An unsigned GET of a public endpoint: @p path on @p baseUrl with @p query. */
    static ApiRequest publicGet(const QUrl &baseUrl, const QString &path, const QUrlQuery &query = {});
    /** A POST of @p path on @p baseUrl with @p body serialised as compact JSON. */
    static ApiRequest post(const QUrl &baseUrl, const QString &path, const QJsonObject &body);

    bool isPost() const { return m_post; }
    /** Whether the request carries the OK-ACCESS-* headers (false for publicGet()). */
    bool isSigned() const { return m_signed; }
    /** "GET" or "POST". */
    QByteArray method() const;
    const QUrl &url() const { return m_url; }
    /** The exact body bytes; empty for GET. */
    const QByteArray &body() const { return m_body; }
    /** The path with "?query" (when there is one), percent-encoded exactly as sent. */
    QByteArray requestPath() const;

    /**
     * The request with every OK-ACCESS-* header signed at @p timestamp (none for an unsigned
     * request, whatever @p credentials hold). Redirects are not followed: a redirected request would
     * carry the passphrase to another URL with a signature for this one.
     */
    QNetworkRequest toNetworkRequest(const Credentials &credentials, const QByteArray &timestamp) const;

private:
    ApiRequest(bool post, bool isSigned, QUrl url, QByteArray body);

    bool m_post = false;
    bool m_signed = true;
    QUrl m_url;
    QByteArray m_body;
};
