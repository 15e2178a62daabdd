#pragma once

#include "api/translatabletext.h"

#include <QCoreApplication>
#include <QString>

/**
 * Why an API call failed, in one of a few classes the UI and the command line act on. Carries no
 * request data: never a header, a secret or a signature.
 */
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,      ///< no error
        Network,   ///< refused, DNS, TLS, connection closed …
        Timeout,   ///< no answer within the client's timeout
        Http,      ///< an HTTP error status with no usable OKX envelope
        Okx,       ///< an OKX error code (code != "0"), with OKX's msg
        RateLimit, ///< HTTP 429 or OKX code 50011
        Malformed, ///< unparseable, truncated, oversized or wrongly typed body
        Cancelled, ///< cancelled by the user
        Config,    ///< the call cannot be made as configured (missing credentials or project id, no chains)
    };

    /**
     * A setting a Config error asks the user to enter. The error does not say where: the place that
     * shows it does ("above" in the settings dialog, "in Settings…" in the window).
     */
    enum class MissingSetting {
        None,
        ProjectId, ///< the wallet-v5 family's project id (OK-ACCESS-PROJECT)
    };

    ApiError() = default;
    static ApiError network(const QString &detail);
    static ApiError timeout(int timeoutMs);
    static ApiError http(int status, const QString &reason = {});
    static ApiError okx(const QString &code, const QString &message, int httpStatus = 200);
    static ApiError rateLimit(int httpStatus, const QString &code = {}, const QString &message = {});
    /** @p detail says what is wrong with the reply, in a phrase translated when shown. */
    static ApiError malformed(const TranslatableText &detail);
    static ApiError cancelled();
    /** A call refused before sending; @p detail is a sentence naming what is missing, translated when shown. */
    static ApiError config(const TranslatableText &detail, MissingSetting missing = MissingSetting::None);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    /** The OKX code as text ("50113"), or empty. */
    QString okxCode() const { return m_okxCode; }
    /** OKX's msg, the network layer's text or what is malformed (in the current language), or empty. */
    QString detail() const { return m_detail.toString(); }
    /** For a Config error, the setting the user has to enter, if any. */
    MissingSetting missingSetting() const { return m_missingSetting; }

    /** Whether retrying may help: rate limits, 5xx, timeouts, transient OKX codes (50001, 50026, 50050, 81159, 81451). */
    bool isRetryable() const;
    /** Whether OKX rejected the credentials (501xx auth codes or HTTP 401). */
    bool isAuthError() const;

    /** Milliseconds the server asked to wait (Retry-After), or -1. */
    int retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(int ms) { m_retryAfterMs = ms; }

    /**
     * One line for people, translated now (so it follows a language switch): "OKX rejected the
     * request signature (50113). Check the secret key."
     */
    QString message() const;

private:
    /** An error of @p kind with the fields every factory but timeout() fills. */
    static ApiError ofKind(Kind kind, const TranslatableText &detail = {}, int httpStatus = 0,
                           const QString &okxCode = {});

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_okxCode;
    TranslatableText m_detail;
    MissingSetting m_missingSetting = MissingSetting::None;
    int m_retryAfterMs = -1;
    int m_timeoutMs = 0;
};

/** A value or the error that prevented it. */
template<typename T>
struct ApiResult
{
    T value{};
    ApiError error;

    bool ok() const { return !error.isError(); }
    static ApiResult success(T v) { return ApiResult{std::move(v), ApiError()}; }
    static ApiResult failure(ApiError e) { return ApiResult{T{}, std::move(e)}; }
};
