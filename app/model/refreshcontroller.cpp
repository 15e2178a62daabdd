#include "model/refreshcontroller.h"

#include "api/balanceclient.h"
#include "model/assettablemodel.h"

namespace {

bool isUnreachable(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
}

/** Whether @p error came from the server itself, which proves it reachable. */
bool isServerAnswer(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Http:
    case ApiError::Kind::Okx:
    case ApiError::Kind::RateLimit:
    case ApiError::Kind::Malformed:
        return true;
    default:
        return false;
    }
}

} // namespace

RefreshController::RefreshController(BalanceClient *client, AssetTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

RefreshController::~RefreshController()
{
    // The replies belong to the client; leave none of them calling back into a dead controller.
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void RefreshController::refresh()
{
    if (isRefreshing())
        return;
    const QList<PortfolioSnapshot> snapshots = m_model->snapshots();
    m_pendingFailures.clear();
    m_completedOfFinished = 0;
    m_total = 0;
    m_succeeded = 0;
    m_cancelling = false;
    m_addressCount = int(snapshots.size());
    emit started();

    for (const PortfolioSnapshot &snapshot : snapshots) {
        // Risk tokens included: the app shows them flagged and leaves them out of totals itself.
        TokenAssetsReply *reply = m_client->fetchAllTokenBalances(snapshot.address, snapshot.chains, true);
        m_replies.insert(reply, 0);
        m_total += reply->requestCount();
        connect(reply, &BalanceReply::progress, this, [this, reply](int completed, int) {
            m_replies[reply] = completed;
            updateProgress();
        });
        const QString address = snapshot.address;
        connect(reply, &BalanceReply::finished, this, [this, reply, address] { onReplyFinished(reply, address); });
    }
    updateProgress();
    if (m_replies.isEmpty())
        finishRefresh();
}

void RefreshController::cancel()
{
    if (!isRefreshing())
        return;
    m_cancelling = true;
    const QList<TokenAssetsReply *> replies = m_replies.keys();
    for (TokenAssetsReply *reply : replies)
        reply->abort();
}

void RefreshController::onReplyFinished(TokenAssetsReply *reply, const QString &address)
{
    m_replies.remove(reply);
    // A failed call's remaining requests will never run: count them as done for the progress.
    m_completedOfFinished += reply->requestCount();
    const ApiError error = reply->error();
    if (!error.isError()) {
        // The address may have been removed while its request ran: then there is nothing to update.
        if (const PortfolioSnapshot *held = m_model->snapshot(address)) {
            const PortfolioSnapshot previous = *held;
            PortfolioSnapshot current = previous;
            current.assets = reply->assets();
            current.fetchedAt = QDateTime::currentDateTimeUtc();
            current.error = ApiError();
            m_model->setSnapshot(current);
            ++m_succeeded;
            emit snapshotUpdated(previous, current);
        }
    } else if (error.kind() != ApiError::Kind::Cancelled) {
        m_pendingFailures.append(Failure{address, error});
        m_model->setRefreshError(address, error);
    }
    reply->deleteLater();
    updateProgress();
    if (m_replies.isEmpty())
        finishRefresh();
}

void RefreshController::updateProgress()
{
    int completed = m_completedOfFinished;
    for (int done : std::as_const(m_replies))
        completed += done;
    m_completed = completed;
    emit progressChanged(m_completed, m_total);
}

void RefreshController::finishRefresh()
{
    const bool cancelled = m_cancelling;
    m_cancelling = false;
    m_failures = m_pendingFailures;
    m_pendingFailures.clear();

    Connection connection = m_connection;
    const bool answered = m_succeeded > 0
        || std::any_of(m_failures.cbegin(), m_failures.cend(), [](const Failure &f) { return isServerAnswer(f.error); });
    if (answered)
        connection = Connection::Online;
    else if (std::any_of(m_failures.cbegin(), m_failures.cend(), [](const Failure &f) { return isUnreachable(f.error); }))
        connection = Connection::Unreachable;
    if (connection != m_connection) {
        m_connection = connection;
        emit connectionChanged(m_connection);
    }
    emit finished(cancelled);
}

QString RefreshController::failureSummary() const
{
    if (m_failures.isEmpty())
        return {};
    const Failure &first = m_failures.constFirst();
    const PortfolioSnapshot *snapshot = m_model->snapshot(first.address);
    const QString name = snapshot ? snapshot->displayName() : PortfolioSnapshot::shortAddress(first.address);
    if (m_failures.size() == 1)
        //: %1 is an address's label, %2 the reason (a full sentence).
        return tr("Could not refresh %1. %2").arg(name, first.error.message());
    //: %1 and %2 count addresses; %3 is the first address's label and %4 its reason (a full sentence).
    return tr("Could not refresh %1 of %2 addresses. %3: %4")
        .arg(m_failures.size())
        .arg(m_addressCount)
        .arg(name, first.error.message());
}
