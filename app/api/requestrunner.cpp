#include "api/requestrunner.h"

#include "api/balanceparser.h"
#include "api/okxsigner.h"
#include "api/translatabletext.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <algorithm>

namespace {

/** Errors raised below HTTP (connection, DNS, TLS, proxy): no usable status or body exists. */
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds from @p now; -1 when absent or unreadable. */
int parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(std::min<qint64>(seconds, 24 * 3600) * 1000);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(now.msecsTo(when), 0, 24 * 3600 * 1000));
}

/** What is wrong with a reply: @p source in the runner's translation context, translated when shown. */
TranslatableText problem(const char *source, std::initializer_list<TranslatableText> arguments = {})
{
    return TranslatableText("RequestRunner", source, arguments);
}

TranslatableText byteCount(qint64 bytes)
{
    return TranslatableText::verbatim(QString::number(bytes));
}

} // namespace

RequestRunner::RequestRunner(ApiRequest request, const ClientConfig &config, Environment environment,
                             Handler handler, QObject *parent)
    : QObject(parent),
      m_request(std::move(request)),
      m_config(config),
      m_environment(std::move(environment)),
      m_handler(std::move(handler))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { abortAttempt(AbortReason::TimedOut); });
    connect(&m_backoff, &QTimer::timeout, this, &RequestRunner::start);
}

RequestRunner::~RequestRunner()
{
    stop();
}

void RequestRunner::start()
{
    const int attemptsBefore = m_attempts;
    const RateLimiter::Ticket ticket = m_environment.limiter->schedule([this] {
        m_ticket = 0;
        send();
    });
    // schedule() may have sent at once; only a start that still waits keeps its ticket.
    m_ticket = m_attempts == attemptsBefore ? ticket : 0;
}

void RequestRunner::stop()
{
    m_timeout.stop();
    m_backoff.stop();
    if (m_ticket != 0) {
        m_environment.limiter->cancel(m_ticket);
        m_ticket = 0;
    }
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void RequestRunner::send()
{
    ++m_attempts;
    m_body.clear();
    m_abortReason = AbortReason::None;

    // Signed now, not when queued: the rate limiter may have held the request for a while and OKX
    // refuses timestamps more than 30 s old.
    const QByteArray timestamp = OkxSigner::timestamp(m_environment.clock());
    const QNetworkRequest request = m_request.toNetworkRequest(m_config.credentials, timestamp);
    QNetworkAccessManager *manager = m_environment.manager;
    m_reply = m_request.isPost() ? manager->post(request, m_request.body()) : manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &RequestRunner::checkAnnouncedSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &RequestRunner::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &RequestRunner::onReplyFinished);
    if (m_config.timeoutMs > 0)
        m_timeout.start(m_config.timeoutMs);
    emit sent();
}

void RequestRunner::checkAnnouncedSize()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    if (length.toLongLong() > BalanceParser::MaxBodyBytes) {
        abortAttempt(AbortReason::Oversized);
        return;
    }
    // One buffer for the whole body, with the room the parser needs to read it in place.
    m_body.reserve(qsizetype(std::max<qlonglong>(length.toLongLong(), 0)) + BalanceParser::ReadPadding);
}

void RequestRunner::readBody()
{
    // Drained as it arrives so the cap holds even without a Content-Length (chunked or gzip).
    appendAvailable(m_reply);
    if (m_body.size() > BalanceParser::MaxBodyBytes)
        abortAttempt(AbortReason::Oversized);
}

void RequestRunner::appendAvailable(QNetworkReply *reply)
{
    // Read straight into the body, which checkAnnouncedSize() sized from Content-Length: no
    // intermediate array per chunk.
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    const qsizetype start = m_body.size();
    m_body.resize(start + qsizetype(available));
    const qint64 read = reply->read(m_body.data() + start, available);
    m_body.truncate(start + qsizetype(std::max<qint64>(read, 0)));
}

void RequestRunner::abortAttempt(AbortReason reason)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort(); // finished() follows, and onReplyFinished() reads the reason
}

void RequestRunner::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_abortReason == AbortReason::None)
        appendAvailable(reply);

    const ApiError error = outcome(*reply);
    m_body.clear();
    const int delayMs = error.isError() ? retryDelayMs(error) : -1;
    if (delayMs >= 0)
        m_backoff.start(delayMs);
    emit attemptFinished(error, delayMs < 0);
}

ApiError RequestRunner::outcome(const QNetworkReply &reply) const
{
    switch (m_abortReason) {
    case AbortReason::TimedOut:
        return ApiError::timeout(m_config.timeoutMs);
    case AbortReason::Oversized:
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("RequestRunner", "the reply is larger than 32 MB")));
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError code = reply.error();
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (code == QNetworkReply::TimeoutError)
        return ApiError::timeout(m_config.timeoutMs);
    if (code == QNetworkReply::ProtocolFailure)
        return ApiError::malformed(TranslatableText::verbatim(reply.errorString()));
    // The server answered, then hung up: what arrived is a truncated reply, not a failed connection.
    if (code == QNetworkReply::RemoteHostClosedError && status != 0) {
        //: %1 is a byte count
        return ApiError::malformed(
            problem(QT_TRANSLATE_NOOP("RequestRunner", "the connection closed after %1 bytes, before the reply was complete"),
                    {byteCount(m_body.size())}));
    }
    if (isTransportError(code) || status == 0)
        return ApiError::network(reply.errorString());

    // A short body under an honest Content-Length (Qt drops the header when it decompresses gzip).
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_body.size()) {
        //: %1 and %2 are byte counts
        return ApiError::malformed(problem(QT_TRANSLATE_NOOP("RequestRunner", "the reply was cut off after %1 of %2 bytes"),
                                           {byteCount(m_body.size()), byteCount(length.toLongLong())}));
    }

    ApiError error = m_handler(status, m_body);
    // Sent with 429 and 503; it tells when a retry can succeed, so it overrides the backoff.
    if (error.isRetryable())
        error.setRetryAfterMs(parseRetryAfterMs(reply.rawHeader("Retry-After"), m_environment.clock()));
    return error;
}

int RequestRunner::retryDelayMs(const ApiError &error) const
{
    if (!error.isRetryable() || m_attempts >= m_config.maxAttempts)
        return -1;
    if (error.retryAfterMs() >= 0) {
        // A server asking for a longer pause than we would ever wait gets a failure now instead
        // of a reply that hangs; the error still carries its Retry-After for the caller.
        return error.retryAfterMs() <= m_config.backoffCapMs ? error.retryAfterMs() : -1;
    }
    const int doublings = std::min(m_attempts - 1, 20);
    const qint64 ceiling = std::min<qint64>(m_config.backoffCapMs, qint64(m_config.backoffBaseMs) << doublings);
    // Half fixed so retries never bunch at zero, half random so clients that failed together spread out.
    const qint64 half = std::max<qint64>(ceiling, 0) / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}
