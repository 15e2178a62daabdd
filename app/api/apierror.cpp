#include "api/apierror.h"

#include <algorithm>
#include <array>

namespace {

/** OKX codes that mean "try again later" rather than "your request is wrong" (API reference §4). */
constexpr std::array<int, 5> TransientCodes{50001, 50026, 50050, 81159, 81451};

constexpr int RateLimitCode = 50011;

int codeNumber(const QString &code)
{
    bool ok = false;
    const int number = code.toInt(&ok);
    return ok ? number : -1;
}

bool isAuthCode(int code)
{
    // 50102 is the exchange API's "timestamp expired"; OKX may send it from the same gateway.
    return code == 50102 || (code >= 50103 && code <= 50113);
}

/** The sentence for an OKX code that people can act on, or nullptr to show OKX's own msg. */
const char *knownCodeText(int code)
{
    switch (code) {
    case 50103:
        return QT_TRANSLATE_NOOP("ApiError", "OKX did not receive the API key (%1). Enter the API key.");
    case 50104:
        return QT_TRANSLATE_NOOP("ApiError", "OKX did not receive the passphrase (%1). Enter the passphrase.");
    case 50105:
        return QT_TRANSLATE_NOOP("ApiError", "OKX rejected the passphrase (%1). Check the passphrase.");
    case 50111:
        return QT_TRANSLATE_NOOP("ApiError", "OKX does not recognise the API key (%1). Check the API key.");
    case 50102:
    case 50112:
        return QT_TRANSLATE_NOOP("ApiError",
                                 "OKX rejected the request time (%1). Check that this computer's clock is correct.");
    case 50113:
        return QT_TRANSLATE_NOOP("ApiError", "OKX rejected the request signature (%1). Check the secret key.");
    default:
        return nullptr;
    }
}

} // namespace

ApiError ApiError::ofKind(Kind kind, const TranslatableText &detail, int httpStatus, const QString &okxCode)
{
    ApiError e;
    e.m_kind = kind;
    e.m_detail = detail;
    e.m_httpStatus = httpStatus;
    e.m_okxCode = okxCode;
    return e;
}

ApiError ApiError::network(const QString &detail)
{
    return ofKind(Kind::Network, TranslatableText::verbatim(detail));
}

ApiError ApiError::timeout(int timeoutMs)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_timeoutMs = timeoutMs;
    return e;
}

ApiError ApiError::http(int status, const QString &reason)
{
    if (status == 429)
        return rateLimit(status);
    return ofKind(Kind::Http, TranslatableText::verbatim(reason), status);
}

ApiError ApiError::okx(const QString &code, const QString &message, int httpStatus)
{
    if (codeNumber(code) == RateLimitCode)
        return rateLimit(httpStatus, code, message);
    return ofKind(Kind::Okx, TranslatableText::verbatim(message), httpStatus, code);
}

ApiError ApiError::rateLimit(int httpStatus, const QString &code, const QString &message)
{
    return ofKind(Kind::RateLimit, TranslatableText::verbatim(message), httpStatus, code);
}

ApiError ApiError::malformed(const TranslatableText &detail)
{
    return ofKind(Kind::Malformed, detail);
}

ApiError ApiError::cancelled()
{
    return ofKind(Kind::Cancelled);
}

ApiError ApiError::config(const TranslatableText &detail, MissingSetting missing)
{
    ApiError e = ofKind(Kind::Config, detail);
    e.m_missingSetting = missing;
    return e;
}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::RateLimit:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus >= 500;
    case Kind::Okx: {
        const int code = codeNumber(m_okxCode);
        if (std::find(TransientCodes.begin(), TransientCodes.end(), code) != TransientCodes.end())
            return true;
        // A 5xx is the gateway failing, whatever code it wrapped, unless the credentials are wrong.
        return m_httpStatus >= 500 && !isAuthError();
    }
    case Kind::None:
    case Kind::Network:
    case Kind::Malformed:
    case Kind::Cancelled:
    case Kind::Config:
        return false;
    }
    return false;
}

bool ApiError::isAuthError() const
{
    if (m_kind != Kind::Okx && m_kind != Kind::Http)
        return false;
    return m_httpStatus == 401 || isAuthCode(codeNumber(m_okxCode));
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        //: %1 is the network layer's reason, e.g. "Connection refused"
        return tr("Could not connect to the server: %1").arg(m_detail.toString());
    case Kind::Timeout:
        if (m_timeoutMs % 1000 == 0)
            return tr("The server did not answer within %1 s.").arg(m_timeoutMs / 1000);
        return tr("The server did not answer within %1 ms.").arg(m_timeoutMs);
    case Kind::Http:
        if (m_detail.isEmpty())
            return tr("The server answered with HTTP status %1.").arg(m_httpStatus);
        //: %1 is an HTTP status code, %2 its reason phrase
        return tr("The server answered with HTTP status %1 (%2).").arg(m_httpStatus).arg(m_detail.toString());
    case Kind::Okx:
        if (const char *text = knownCodeText(codeNumber(m_okxCode)))
            return tr(text).arg(m_okxCode);
        if (m_detail.isEmpty())
            return tr("OKX error %1.").arg(m_okxCode);
        //: %1 is OKX's error code, %2 OKX's own explanation (usually English)
        return tr("OKX error %1: %2").arg(m_okxCode, m_detail.toString());
    case Kind::RateLimit:
        return tr("OKX rate limit reached; try again in a moment.");
    case Kind::Malformed:
        //: %1 says what is wrong, e.g. "tokenAssets[3].balance is not a string"
        return tr("The server sent a malformed reply: %1").arg(m_detail.toString());
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Config:
        return m_detail.toString();
    }
    return {};
}
