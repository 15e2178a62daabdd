#pragma once

#include "api/tokenasset.h"
#include "demo/okxreplies.h"

#include <QHash>
#include <QSet>

/**
 * The holdings the demo server reports, by address, each kept with its reply object text. EVM
 * addresses (0x + 40 hex digits) match case-insensitively, as on OKX; Solana, Tron and Bitcoin
 * addresses are case-sensitive. Not thread-safe: LocalOkxServer guards it.
 */
class DemoPortfolios final
{
public:
    /** One holding and its reply object, written once when the portfolio is set. */
    struct Holding
    {
        TokenAsset asset;
        TokenAssetJson json;
    };

    static bool isEvmAddress(QStringView address);
    /** The lookup key of @p address: lower case for EVM addresses, verbatim otherwise. */
    static QString key(const QString &address);

    /** Adds or replaces the holdings of @p address; assets with no address echo it (EVM: in lower case). */
    void set(const QString &address, QList<TokenAsset> assets);

    /**
     * The holdings of @p address on @p chains, without risk tokens unless @p includeRiskTokens;
     * valid until the next set().
     */
    QList<const Holding *> holdings(const QString &address, const QSet<QString> &chains, bool includeRiskTokens) const;

    /**
     * The holding of @p token by @p address, or a zero-balance row for a token it does not hold
     * (symbol, price and risk flag taken from any other holder, so the row looks like OKX's).
     */
    TokenAsset holding(const QString &address, const TokenRef &token) const;

private:
    /** The first holding of @p token in @p assets, or nullptr. */
    static const TokenAsset *find(const QList<Holding> &holdings, const TokenRef &token);

    QHash<QString, QList<Holding>> m_portfolios;
    /** The keys in the order first set, so that describing an unheld token does not depend on hashing. */
    QStringList m_order;
};
