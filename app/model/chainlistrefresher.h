#pragma once

#include "storage/chainlistcache.h"

#include <QObject>
#include <QPointer>

class BalanceClient;
class ChainsReply;

/**
 * Keeps OKX's supported-chain list of the window fresh for the exports' chain names, as the command
 * line's `chains` does: when the saved list is missing or a day old, one request fetches it (spaced
 * by the client's rate limiter like any other) and saves it. A failure only leaves the old list, or
 * the built-in names: it is tried again after the next refresh.
 */
class ChainListRefresher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainListRefresher)

public:
    /** @p client must outlive the refresher; @p cache is where the list is kept. */
    ChainListRefresher(BalanceClient *client, ChainListCache cache, QObject *parent = nullptr);

    /** Whether lists are fetched at all: not from the demo server, whose list is not OKX's. */
    void setEnabled(bool enabled) { m_enabled = enabled; }

public slots:
    /** Fetches the list when the saved one is missing or stale and no fetch is in flight. */
    void refreshIfStale();

private:
    BalanceClient *m_client;
    ChainListCache m_cache;
    QPointer<ChainsReply> m_reply;
    bool m_enabled = true;
};
