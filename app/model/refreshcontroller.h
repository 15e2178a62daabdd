#pragma once

#include "api/apierror.h"

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

    /** One address the latest refresh could not update. */
    struct Failure
    {
        QString address;
        ApiError error;
    };

    /** Neither @p client nor @p store is owned; both must outlive the controller. */
    RefreshController(BalanceClient *client, PortfolioStore *store, QObject *parent = nullptr);
    ~RefreshController() override;

    bool isRefreshing() const { return !m_replies.isEmpty(); }
    /** HTTP requests of the refresh in flight (or the latest one) that have completed, and in all. */
    int completedRequests() const { return m_completed; }
    int totalRequests() const { return m_total; }
    /** Addresses the refresh in flight (or the latest one) asked for. */
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
    /** Cancels the refresh in flight; every address keeps what it showed. */
    void cancel();

signals:
    void started();
    void progressChanged(int completed, int total);
    /** The refresh ended; @p cancelled when cancel() stopped it. failures() is final. */
    void finished(bool cancelled);
    void connectionChanged(RefreshController::Connection connection);

private:
    /** Starts the refresh state of a new round. */
    void begin();
    /** @p error's sentence for the message bar, saying where to enter a setting it asks for: in Settings. */
    static QString failureReason(const ApiError &error);
    void fetch(const QString &address);
    void onReplyFinished(TokenAssetsReply *reply, const QString &address, const QStringList &chains);
    void updateProgress();
    void finishRefresh();

    BalanceClient *m_client;
    PortfolioStore *m_store;
    /** Replies in flight and the requests each has completed. */
    QHash<TokenAssetsReply *, int> m_replies;
    /** The address of each reply in flight. */
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
