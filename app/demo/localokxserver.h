#pragma once

#include "api/apifamily.h"
#include "api/credentials.h"
#include "api/tokenasset.h"
#include "demo/demofault.h"
#include "demo/specifictokenstyle.h"
#include "demo/demoserverthread.h" // part of this header's contract: users include it for both classes

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QUrl>

#include <functional>
#include <memory>

/**
 * A local, OKX-compatible Balance API server on 127.0.0.1 for the tests and the app's demo mode.
 * Serves the four endpoints in all three path families (or some: setServedFamilies()) from demo portfolios, checks every request
 * as OKX does (key, passphrase, project, ±30 s timestamp, HMAC signature) and answers OKX's error
 * codes, and injects faults on demand. Nothing here ever reaches the internet.
 *
 * Beside them it serves OKX's public USD/CNY rate (ExchangeRateEndpoint): unsigned, outside the
 * Balance API's rate limit and path families, with faults of its own (injectExchangeRateFault()), so
 * one server stands for both OKX hosts in demo mode and in the tests.
 *
 * The signature is checked over the path and query as received, percent-encoding included (a
 * client that sends chains=1%2C56 must have signed %2C). QHttpServerRequest keeps only a QUrl, not
 * the raw request line, so the text is QUrl's: escapes of unreserved characters are decoded and
 * hex digits upper-cased (RFC 3986 §6.2.2), the form QUrl-based clients send anyway; a client that
 * signs "%2c" or "%41" is refused with 50113.
 *
 * Thread-safe for the control calls (portfolios, chains, faults, rate limit, counters) so tests can drive a
 * server that runs in another thread (see DemoServerThread).
 */
class LocalOkxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /** A fault the server plays instead of (or before) its normal answer. */
    using Fault = DemoFault;

    explicit LocalOkxServer(QObject *parent = nullptr);
    ~LocalOkxServer() override;

    /** The fake credentials the demo mode and the tests sign with (project id included). */
    static Credentials demoCredentials();

    /** Listens on 127.0.0.1 on @p port (0: a free port); false on failure. */
    bool start(quint16 port = 0);
    /** The port listened on, 0 before start(). */
    quint16 port() const;
    /** http://127.0.0.1:<port> */
    QUrl baseUrl() const;

    /** The credentials requests must be signed with (default: demoCredentials()). */
    void setCredentials(const Credentials &credentials);
    /**
     * When true (default false), requests without OK-ACCESS-PROJECT are refused on every family;
     * wallet-v5 always requires it. When the credentials have a project id, the header must match it.
     */
    void setRequireProject(bool required);
    /** The server's clock (tests move it to check the ±30 s window); an empty function restores the system clock. */
    void setClock(std::function<QDateTime()> clock);

    /**
     * Serves only the path families in @p families (default: all three), as a server that has
     * retired the others: their paths answer HTTP 404 like any unknown path.
     */
    void setServedFamilies(const QList<ApiFamily> &families);

    /**
     * Serves @p chains instead of the built-in list (:/demo/chains.json): the supported-chain
     * endpoint lists them and the other endpoints accept exactly their indexes (others get 81104).
     */
    void setSupportedChains(const QList<ChainInfo> &chains);

    /**
     * How the specific-token endpoint words its answers from now on (default: a zero row for a
     * token not held, every field echoed): the readings OKX's documentation leaves open.
     */
    void setSpecificTokenStyle(const SpecificTokenStyle &style);

    /** Loads the built-in portfolios from the :/demo resources (done by the constructor). */
    void loadDemoPortfolios();
    /** Adds or replaces the holdings of @p address (EVM addresses match case-insensitively). */
    void setPortfolio(const QString &address, const QList<TokenAsset> &assets);
    /**
     * The demo portfolios as (address, label) pairs, in display order; the labels untranslated, to be
     * shown through DemoData::translatedLabel() in the language of the moment.
     */
    QList<QPair<QString, QString>> demoAddresses() const;

    /** Plays @p fault for the next @p times requests to an endpoint (queued after already injected faults). */
    void injectFault(const Fault &fault, int times = 1);
    void clearFaults();
    /**
     * Serves @p usdCny (any text, hostile ones included) as the exchange rate's data[0].usdCny;
     * ExchangeRateEndpoint::demoUsdCny() is the default.
     */
    void setExchangeRate(const QString &usdCny);
    /**
     * Plays @p fault for the next @p times requests to the exchange-rate endpoint, which has a queue
     * of its own: a Balance request running beside it never takes its fault. clearFaults() clears it too.
     */
    void injectExchangeRateFault(const Fault &fault, int times = 1);

    /** Answers HTTP 429 / 50011 to Balance API requests arriving faster than @p requestsPerSecond (0: no limit). */
    void setRateLimit(double requestsPerSecond);

    /** Requests received since start (or the last resetCounters()), the exchange rate's included. */
    int requestCount() const;
    /** Requests refused by the rate limit since start. */
    int rateLimitedCount() const;
    /** Requests refused by authentication (any OK-ACCESS-* error) since start. */
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
