#pragma once

#include "api/credentials.h"
#include "api/tokenasset.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <QMutex>
#include <QUrl>

#include <functional>

/**
 * A local, OKX-compatible Balance API server on 127.0.0.1 for the tests and the app's demo mode.
 * Serves the four endpoints in all three path families from demo portfolios, checks every request
 * as OKX does (key, passphrase, project, ±30 s timestamp, HMAC signature) and answers OKX's error
 * codes, and injects faults on demand. Nothing here ever reaches the internet.
 *
 * Thread-safe for the control calls (portfolios, faults, rate limit, counters) so tests can drive a
 * server that runs in another thread (see DemoServerThread).
 */
class LocalOkxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /** A fault the server plays instead of (or before) its normal answer. */
    struct Fault
    {
        enum class Kind {
            HttpRateLimit,    ///< HTTP 429 with {"code":"50011"}; Retry-After when retryAfterSeconds ≥ 0
            OkxRateLimit,     ///< HTTP 200 with code 50011
            ServerError,      ///< HTTP status (default 500) with code 50026
            OkxError,         ///< HTTP status (default 200) with the given OKX code and msg
            Delay,            ///< answers normally after delayMs
            MalformedJson,    ///< HTTP 200, a body that is not JSON
            TruncatedJson,    ///< HTTP 200, a valid reply cut in half (Content-Length matches the cut body)
            WrongTypes,       ///< HTTP 200, valid JSON whose fields have the wrong types
            HugeBody,         ///< HTTP 200, a body larger than 32 MB
            CloseMidBody,     ///< announces a Content-Length, sends part of it, closes the connection
        };
        Kind kind = Kind::ServerError;
        int httpStatus = 0;         ///< 0: the kind's default
        QString okxCode;            ///< for OkxError
        QString okxMessage;         ///< for OkxError
        int delayMs = 0;            ///< for Delay
        int retryAfterSeconds = -1; ///< for HttpRateLimit
    };

    explicit LocalOkxServer(QObject *parent = nullptr);
    ~LocalOkxServer() override;

    /** The fake credentials the demo mode and the tests sign with. */
    static Credentials demoCredentials();

    /** Listens on 127.0.0.1 on a free port; false on failure. */
    bool start();
    quint16 port() const;
    /** http://127.0.0.1:<port> */
    QUrl baseUrl() const;

    /** The credentials requests must be signed with (default: demoCredentials()). */
    void setCredentials(const Credentials &credentials);
    /** When true (default false), requests without OK-ACCESS-PROJECT are refused on every family. */
    void setRequireProject(bool required);
    /** The server's clock (tests move it to check the ±30 s window). */
    void setClock(std::function<QDateTime()> clock);

    /** Loads the built-in portfolios from the :/demo resources (done by the constructor). */
    void loadDemoPortfolios();
    /** Adds or replaces the holdings of @p address (EVM addresses match case-insensitively). */
    void setPortfolio(const QString &address, const QList<TokenAsset> &assets);
    /** The demo portfolios' addresses with their labels, in display order. */
    QList<QPair<QString, QString>> demoAddresses() const;

    /** Plays @p fault for the next @p times requests (queued after already injected faults). */
    void injectFault(const Fault &fault, int times = 1);
    void clearFaults();
    /** Answers HTTP 429 / 50011 to requests arriving faster than @p requestsPerSecond (0: no limit). */
    void setRateLimit(double requestsPerSecond);

    /** Requests received since start (or the last resetCounters()). */
    int requestCount() const;
    /** Requests refused by the rate limit since start. */
    int rateLimitedCount() const;
    /** Requests whose signature check failed since start. */
    int authFailureCount() const;
    /** The path and query of every request received, in order (for batching tests). */
    QStringList requestLog() const;
    void resetCounters();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * Runs a LocalOkxServer in a thread of its own, so the UI thread, a test waiting on a QProcess, or
 * a benchmark running a Python peer never delays its answers.
 */
class DemoServerThread final
{
    Q_DISABLE_COPY_MOVE(DemoServerThread)

public:
    DemoServerThread();
    ~DemoServerThread();
    /** Starts the thread and the server; false when the server cannot listen. */
    bool start();
    /** The running server; its control calls are thread-safe. */
    LocalOkxServer *server() const;
    QUrl baseUrl() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
