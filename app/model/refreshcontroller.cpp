#include "model/refreshcontroller.h"

#include "api/balanceclient.h"
#include "model/portfoliostore.h"

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

RefreshController::RefreshController(BalanceClient *client, PortfolioStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
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
    begin();
    const QStringList addresses = m_store->addresses();
    m_addressCount = int(addresses.size());
    for (const QString &address : addresses)
        fetch(address);
    updateProgress();
    if (m_replies.isEmpty())
        finishRefresh();
}

void RefreshController::refreshAddresses(const QStringList &addresses)
{
    const bool joining = isRefreshing();
    if (!joining)
        begin();
    const QList<QString> inFlight = m_addresses.values();
    for (const QString &address : addresses) {
        if (m_store->entry(address) && !inFlight.contains(address)) {
            ++m_addressCount;
            fetch(address);
        }
    }
    updateProgress();
    if (!joining && m_replies.isEmpty())
        finishRefresh();
}

void RefreshController::begin()
{
    m_pendingFailures.clear();
    m_completedOfFinished = 0;
    m_total = 0;
    m_succeeded = 0;
    m_addressCount = 0;
    m_cancelling = false;
    emit started();
}

void RefreshController::fetch(const QString &address)
{
    const QStringList chains = m_store->entry(address)->snapshot.chains;
    // Risk tokens included: the app shows them flagged and leaves them out of totals itself.
    TokenAssetsReply *reply = m_client->fetchAllTokenBalances(address, chains, true);
    track(reply);
    m_addresses.insert(reply, address);
    m_store->setState(address, PortfolioStore::RefreshState::Fetching);
    connect(reply, &BalanceReply::finished, this,
            [this, reply, address, chains] { onReplyFinished(reply, address, chains); });
}

void RefreshController::refreshToken(const QString &address, const TokenAsset &asset)
{
    if (!m_store->entry(address))
        return;
    const bool joining = isRefreshing();
    if (!joining)
        begin();
    ++m_addressCount;
    // Risk tokens included, as for a whole address: a token OKX flags is still the user's holding.
    TokenAssetsReply *reply =
        m_client->fetchTokenBalances(address, {TokenRef{asset.chainIndex, asset.tokenContractAddress}}, true);
    track(reply);
    connect(reply, &BalanceReply::finished, this,
            [this, reply, address, asset] { onTokenReplyFinished(reply, address, asset); });
    updateProgress();
}

void RefreshController::track(TokenAssetsReply *reply)
{
    m_replies.insert(reply, 0);
    m_total += reply->requestCount();
    connect(reply, &BalanceReply::progress, this, [this, reply](int completed, int) {
        m_replies[reply] = completed;
        updateProgress();
    });
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

bool RefreshController::untrack(TokenAssetsReply *reply, const QString &address, const QString &tokenSymbol)
{
    m_replies.remove(reply);
    m_addresses.remove(reply);
    // A failed call's remaining requests will never run: count them as done for the progress.
    m_completedOfFinished += reply->requestCount();
    const ApiError &error = reply->error();
    if (!error.isError()) {
        ++m_succeeded;
        return true;
    }
    if (error.kind() != ApiError::Kind::Cancelled)
        m_pendingFailures.append(Failure{address, error, tokenSymbol});
    return false;
}

void RefreshController::onReplyFinished(TokenAssetsReply *reply, const QString &address, const QStringList &chains)
{
    const ApiError error = reply->error();
    if (untrack(reply, address))
        m_store->setFetched(address, chains, reply->takeAssets(), QDateTime::currentDateTimeUtc());
    else if (error.kind() == ApiError::Kind::Cancelled)
        m_store->setState(address, PortfolioStore::RefreshState::Cancelled);
    else
        m_store->setState(address, PortfolioStore::RefreshState::Failed, error);
    settle(reply);
}

void RefreshController::onTokenReplyFinished(TokenAssetsReply *reply, const QString &address, const TokenAsset &asset)
{
    // A failure leaves the holding, and the address's state, as they were: the message bar says why.
    if (untrack(reply, address, asset.symbol)) {
        QList<TokenAsset> held = reply->takeAssets();
        m_store->setTokenFetched(address, TokenRef{asset.chainIndex, asset.tokenContractAddress},
                                 held.isEmpty() ? std::nullopt : std::optional<TokenAsset>(held.takeFirst()));
        emit tokenRefreshed(tokenOutcome(address, asset));
    }
    settle(reply);
}

QString RefreshController::tokenOutcome(const QString &address, const TokenAsset &asset) const
{
    const PortfolioStore::Entry *entry = m_store->entry(address);
    const QString name = entry ? entry->snapshot.displayName() : PortfolioSnapshot::shortAddress(address);
    const HoldingChange *change =
        entry && entry->hasChanges ? entry->changes.find(asset.chainIndex, asset.tokenContractAddress) : nullptr;
    switch (change ? change->kind : HoldingChange::Kind::Unchanged) {
    case HoldingChange::Kind::Changed:
        //: Status bar after Refresh This Token; %1 is a token's symbol, %2 an address's label
        return tr("Refreshed %1 of %2: its balance or price changed.").arg(asset.symbol, name);
    case HoldingChange::Kind::Appeared:
        //: Status bar after Refresh This Token; %1 is a token's symbol, %2 an address's label
        return tr("Refreshed %1 of %2: it is held again.").arg(asset.symbol, name);
    case HoldingChange::Kind::Disappeared:
        //: Status bar after Refresh This Token; %1 is a token's symbol, %2 an address's label
        return tr("Refreshed %1 of %2: it is no longer held.").arg(asset.symbol, name);
    case HoldingChange::Kind::Unchanged:
        break;
    }
    //: Status bar after Refresh This Token; %1 is a token's symbol, %2 an address's label
    return tr("Refreshed %1 of %2: unchanged.").arg(asset.symbol, name);
}

void RefreshController::settle(TokenAssetsReply *reply)
{
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

QString RefreshController::failureReason(const ApiError &error)
{
    if (error.missingSetting() == ApiError::MissingSetting::ProjectId)
        //: %1 says that the chosen API needs a project ID; Settings… is the window's menu item and toolbar button
        return tr("%1 Enter it in Settings…").arg(error.message());
    return error.message();
}

QString RefreshController::failureSummary() const
{
    if (m_failures.isEmpty())
        return {};
    const Failure &first = m_failures.constFirst();
    const PortfolioStore::Entry *entry = m_store->entry(first.address);
    QString name = entry ? entry->snapshot.displayName() : PortfolioSnapshot::shortAddress(first.address);
    if (!first.tokenSymbol.isEmpty())
        //: What a refresh could not update: %1 is a token's symbol, %2 an address's label
        name = tr("%1 of %2").arg(first.tokenSymbol, name);
    if (m_failures.size() == 1)
        //: %1 is an address's label, %2 the reason (a full sentence).
        return tr("Could not refresh %1. %2").arg(name, failureReason(first.error));
    //: %1 and %2 count addresses; %3 is the first address's label and %4 its reason (a full sentence).
    return tr("Could not refresh %1 of %2 addresses. %3: %4")
        .arg(m_failures.size())
        .arg(m_addressCount)
        .arg(name, failureReason(first.error));
}
