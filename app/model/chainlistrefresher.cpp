#include "model/chainlistrefresher.h"

#include "api/balanceclient.h"

ChainListRefresher::ChainListRefresher(BalanceClient *client, ChainListCache cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(std::move(cache))
{
}

void ChainListRefresher::refreshIfStale()
{
    if (!m_enabled || m_reply)
        return;
    // An unusable saved list is deleted by load(): fetching a new one is the remedy, no news.
    const std::optional<CachedChainList> saved = m_cache.load();
    if (saved && ChainListCache::isFresh(saved->fetchedAt, QDateTime::currentDateTimeUtc()))
        return;
    m_reply = m_client->fetchSupportedChains();
    connect(m_reply, &BalanceReply::finished, this, [this] {
        if (!m_reply->error().isError())
            m_cache.store(m_reply->chains(), QDateTime::currentDateTimeUtc());
        m_reply->deleteLater();
    });
}
