#pragma once

#include "api/apierror.h"
#include "model/portfoliosnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

class AssetTableModel;
class BalanceClient;
class TokenAssetsReply;

/**
 * Refreshes every address of an AssetTableModel through a BalanceClient, without blocking: one
 * all-token-balances call per address (risk tokens included, so the app can flag them), spaced by
 * the client's rate limiter. Each address's result goes into the model as it arrives.
 *
 * A failed address keeps its last good holdings; the model marks it stale and the failure is kept
 * here for the message bar. Cancelling leaves every address as it was. Progress counts HTTP
 * requests ("3 of 8 requests"), and the connection state says whether the server was reached.
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

    /** Neither @p client nor @p model is owned; both must outlive the controller. */
    RefreshController(BalanceClient *client, AssetTableModel *model, QObject *parent = nullptr);
    ~RefreshController() override;

    bool isRefreshing() const { return !m_replies.isEmpty(); }
    /** HTTP requests of the refresh in flight (or the latest one) that have completed, and in all. */
    int completedRequests() const { return m_completed; }
    int totalRequests() const { return m_total; }
    Connection connection() const { return m_connection; }

    /** The addresses the latest finished refresh could not update. */
    const QList<Failure> &failures() const { return m_failures; }
    /** One translated paragraph for the message bar about failures(); empty when there are none. */
    QString failureSummary() const;

public slots:
    /** Refreshes every address in the model; does nothing while a refresh is in flight. */
    void refresh();
    /** Cancels the refresh in flight; every address keeps what it showed. */
    void cancel();

signals:
    void started();
    void progressChanged(int completed, int total);
    /** The refresh ended; @p cancelled when cancel() stopped it. failures() is final. */
    void finished(bool cancelled);
    void connectionChanged(RefreshController::Connection connection);
    /** One address got fresh holdings; @p previous is what the model held before (for change tracking). */
    void snapshotUpdated(const PortfolioSnapshot &previous, const PortfolioSnapshot &current);

private:
    void onReplyFinished(TokenAssetsReply *reply, const QString &address);
    void updateProgress();
    void finishRefresh();

    BalanceClient *m_client;
    AssetTableModel *m_model;
    /** Replies in flight and the requests each has completed. */
    QHash<TokenAssetsReply *, int> m_replies;
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
