#pragma once

#include "api/apifamily.h"
#include "api/tokenasset.h"
#include "demo/httpwire.h"
#include "demo/okxfailure.h"
#include "demo/specifictokenstyle.h"

#include <QSet>
#include <QUrlQuery>

#include <optional>

class DemoPortfolios;

/**
 * The four Balance endpoints of the demo server, after authentication: checks the parameters as
 * OKX does (API reference §3 and §4) and answers from a DemoPortfolios in the family's shape.
 */
class BalanceEndpoints final
{
public:
    /** Serves @p chains from @p store; @p store must outlive this object. */
    BalanceEndpoints(const DemoPortfolios &store, const QList<ChainInfo> &chains);

    /** Serves @p chains from now on (the supported-chain list and the chains the other endpoints accept). */
    void setChains(const QList<ChainInfo> &chains);
    /** Words the specific-token endpoint's answers as @p style says from now on. */
    void setSpecificTokenStyle(const SpecificTokenStyle &style) { m_tokenStyle = style; }

    /** The answer to @p endpoint in @p family with the decoded @p query and the POST @p body. */
    HttpReply answer(ApiFamily family, Endpoint endpoint, const QUrlQuery &query, const QByteArray &body) const;

private:
    HttpReply totalValue(ApiFamily family, const QUrlQuery &query) const;
    HttpReply allTokenBalances(ApiFamily family, const QUrlQuery &query) const;
    HttpReply tokenBalances(ApiFamily family, const QByteArray &body) const;

    /** Checks the address as the family does: present, and in lower case on wallet-v5 for EVM. */
    static std::optional<OkxFailure> checkAddress(ApiFamily family, const QString &address);
    /** Parses the "chains" list into @p chains: present, at most 50, each one served. */
    std::optional<OkxFailure> parseChains(const QUrlQuery &query, QSet<QString> *chains) const;

    const DemoPortfolios &m_store;
    /** The supported-chain list's data array, written once. */
    QByteArray m_chainsData;
    QSet<QString> m_chainIndexes;
    SpecificTokenStyle m_tokenStyle;
};
