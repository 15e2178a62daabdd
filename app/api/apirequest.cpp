#include "api/apirequest.h"

#include "api/okxsigner.h"

#include <QJsonDocument>

namespace {

QUrl urlOf(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    QUrl url = baseUrl;
    url.setPath(path);
    url.setQuery(query);
    return url;
}

} // namespace

ApiRequest::ApiRequest(bool post, bool isSigned, QUrl url, QByteArray body)
    : m_post(post), m_signed(isSigned), m_url(std::move(url)), m_body(std::move(body))
{
}

ApiRequest ApiRequest::get(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    return ApiRequest(false, true, urlOf(baseUrl, path, query), {});
}

ApiRequest ApiRequest::publicGet(const QUrl &baseUrl, const QString &path, const QUrlQuery &query)
{
    return ApiRequest(false, false, urlOf(baseUrl, path, query), {});
}

ApiRequest ApiRequest::post(const QUrl &baseUrl, const QString &path, const QJsonObject &body)
{
    QUrl url = baseUrl;
    url.setPath(path);
    return ApiRequest(true, true, std::move(url), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QByteArray ApiRequest::method() const
{
    return m_post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
}

QByteArray ApiRequest::requestPath() const
{
    QByteArray path = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (m_url.hasQuery())
        path += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    return path;
}

QNetworkRequest ApiRequest::toNetworkRequest(const Credentials &credentials, const QByteArray &timestamp) const
{
    QNetworkRequest request(m_url);
    if (m_signed) {
        const OkxSigner::HeaderList headers =
            OkxSigner::headers(credentials, timestamp, method(), requestPath(), m_body);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}
