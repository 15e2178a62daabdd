#pragma once

#include "api/apierror.h"
#include "api/tokenasset.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

class BalanceClient;
class PortfolioStore;
class TokenAssetsReply;

/**
 * Refreshes the addresses of a PortfolioStore through a BalanceClient, without blocking: one
 * all-token-balances call per address (risk tokens included, so the app can flag them), spaced by
 * the client's rate limiter. Each address's result goes into the store as it arrives, with its
 * refresh state (fetching, failed, cancelled) along the way.
 *
 * A failed address keeps its last good holdings; the store marks it stale and the failure is kept
 * here for the message bar. Cancelling leaves every address's holdings as they were. Progress
 * counts HTTP requests ("3 of 8 requests"), and the connection state says whether the server was
 * reached.
 *
 * One token of an address can be refreshed alone (refreshToken(), through the specific-token
 * endpoint): it runs as a refresh of its own, or joins the one in flight, with the same progress,
 * failures and message bar; only that holding changes in the store (PortfolioStore::setTokenFetched()).
 */
class RefreshController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshController)

public:
    /** Whether the latest refresh reached the server. */
    enum class Connection {
        Unknown,     ///< no refresh has finished yet
        Online,      ///< the server answered (possibly with an error of its own)
        Unreachable, ///< every address failed with a network error or a timeout
    };
    Q_ENUM(Connection)

    /** One address (or one token of it) the latest refresh could not update. */
    struct Failure
    {
        QString address;
        ApiError error;
        /** The symbol of the token refreshed alone; empty for the whole address. */
        QString tokenSymbol;
    };

    /** Neither @p client nor @p store is owned; both must outlive the controller. */
    RefreshController(BalanceClient *client, PortfolioStore *store, QObject *parent = nullptr);
    ~RefreshController() override;

    bool isRefreshing() const { return !m_replies.isEmpty(); }
    /** HTTP requests of the refresh in flight (or the latest one) that have completed, and in all. */
    int completedRequests() const { return m_completed; }
    int totalRequests() const { return m_total; }
    /** Addresses (and tokens refreshed alone) the refresh in flight (or the latest one) asked for. */
    int addressCount() const { return m_addressCount; }
    Connection connection() const { return m_connection; }

    /** The addresses the latest finished refresh could not update. */
    const QList<Failure> &failures() const { return m_failures; }
    /** One translated paragraph for the message bar about failures(); empty when there are none. */
    QString failureSummary() const;

public slots:
    /** Refreshes every address in the store; does nothing while a refresh is in flight. */
    void refresh();
    /**
     * Refreshes @p addresses (just added, or watched on a new chain): joins the refresh in flight,
     * if any, for those it is not already fetching.
     */
    void refreshAddresses(const QStringList &addresses);
    /**
     * Refreshes the holding @p asset of @p address alone (the table's "Refresh This Token"): joins
     * the refresh in flight, if any; tokenRefreshed() says what became of it.
     */
    void refreshToken(const QString &address, const TokenAsset &asset);
    /** Cancels the refresh in flight; every address keeps what it showed. */
    void cancel();

signals:
    void started();
    void progressChanged(int completed, int total);
    /** The refresh ended; @p cancelled when cancel() stopped it. failures() is final. */
    void finished(bool cancelled);
    void connectionChanged(RefreshController::Connection connection);
    /** A token refreshed alone is in the store: a line for the status bar saying what became of it. */
    void tokenRefreshed(const QString &message);

private:
    /** Starts the refresh state of a new round. */
    void begin();
    /** @p error's sentence for the message bar, saying where to enter a setting it asks for: in Settings. */
    static QString failureReason(const ApiError &error);
    void fetch(const QString &address);
    /** Counts @p reply's requests and follows its progress. */
    void track(TokenAssetsReply *reply);
    /**
     * Ends @p reply's part in the refresh; false when it failed (the failure is kept, with
     * @p tokenSymbol for a token refreshed alone) or was cancelled.
     */
    bool untrack(TokenAssetsReply *reply, const QString &address, const QString &tokenSymbol = QString());
    void onReplyFinished(TokenAssetsReply *reply, const QString &address, const QStringList &chains);
    void onTokenReplyFinished(TokenAssetsReply *reply, const QString &address, const TokenAsset &asset);
    /** What became of @p asset's token in @p address, as the store now holds it. */
    QString tokenOutcome(const QString &address, const TokenAsset &asset) const;
    /** The end of @p reply's part: progress, and the refresh's end when it was the last. */
    void settle(TokenAssetsReply *reply);
    void updateProgress();
    void finishRefresh();

    BalanceClient *m_client;
    PortfolioStore *m_store;
    /** Replies in flight and the requests each has completed. */
    QHash<TokenAssetsReply *, int> m_replies;
    /** The address of each whole-address reply in flight. */
    QHash<TokenAssetsReply *, QString> m_addresses;
    QList<Failure> m_pendingFailures;
    QList<Failure> m_failures;
    int m_completedOfFinished = 0;
    int m_completed = 0;
    int m_total = 0;
    int m_addressCount = 0;
    int m_succeeded = 0;
    bool m_cancelling = false;
    Connection m_connection = Connection::Unknown;
};
