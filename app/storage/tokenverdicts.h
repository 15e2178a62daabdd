#pragma once

#include "api/tokenasset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/** What the user said about a token, over OKX's own risk flag. */
enum class TokenVerdict {
    None,    ///< no verdict: OKX's flag decides
    Spam,    ///< "Mark as Spam": treated like a token OKX flags as risky
    Trusted, ///< "Trust This Token": counts even when OKX flags it
};

/** One verdict as the user gave it: the token (chain and contract), its symbol then, and the verdict. */
struct TokenVerdictEntry
{
    QString chainIndex;
    /** As the API spelled it when the verdict was given; "" is the chain's native coin. */
    QString tokenContractAddress;
    /** The symbol when the verdict was given, for the list of verdicts (a contract is hard to recognise). */
    QString symbol;
    TokenVerdict verdict = TokenVerdict::None;

    friend bool operator==(const TokenVerdictEntry &a, const TokenVerdictEntry &b)
    {
        return a.chainIndex == b.chainIndex && a.tokenContractAddress == b.tokenContractAddress
            && a.symbol == b.symbol && a.verdict == b.verdict;
    }
};

/**
 * The user's verdicts on tokens, per (chain, contract) as AssetKey::of() keys them: the same token
 * in every watched address. A verdict only changes whether a holding is left out like a risk
 * token (leftOutAsRisk()); OKX's own flag is kept as it is everywhere it is shown or exported.
 */
class TokenVerdicts final
{
public:
    /** The verdict on the token whose AssetKey::of() is @p assetKey; None when there is none. */
    TokenVerdict verdictOf(const QString &assetKey) const;
    TokenVerdict verdictOf(const TokenAsset &asset) const;

    /** Gives @p asset's token @p verdict (None takes its verdict back). */
    void set(const TokenAsset &asset, TokenVerdict verdict);
    /** Adds @p entry, replacing any verdict on its token. */
    void insert(const TokenVerdictEntry &entry);
    /** Takes back the verdict on (@p chainIndex, @p tokenContractAddress); false when there was none. */
    bool remove(const QString &chainIndex, const QString &tokenContractAddress);

    /** Every verdict, by chain index, then symbol, then contract: the order the list shows them in. */
    QList<TokenVerdictEntry> entries() const;
    bool isEmpty() const { return m_byKey.isEmpty(); }
    int size() const { return int(m_byKey.size()); }
    /** Whether some verdict concerns a token on one of @p chainIndexes. */
    bool anyOn(const QStringList &chainIndexes) const;

    /**
     * The one place a verdict overrides OKX: whether a holding is left out of totals, shares, charts
     * and changes as a risk token. Spam always is, a trusted token never, and without a verdict OKX's
     * flag @p flaggedByOkx decides.
     */
    static bool leftOutAsRisk(bool flaggedByOkx, TokenVerdict verdict);

    /**
     * The one rule for whether @p asset counts in totals, shares, charts and the value history:
     * priced (an unpriced token is unknown, not worthless), and not left out as a risk token
     * (leftOutAsRisk() under the user's @p verdict on it).
     */
    static bool counts(const TokenAsset &asset, TokenVerdict verdict)
    {
        return asset.isPriced() && !leftOutAsRisk(asset.isRiskToken, verdict);
    }

    /**
     * The exact USD total of the @p assets that count() under these verdicts: what the window's
     * summary, `total` and `refresh` show. With no verdicts, OKX's flags alone decide, as the value
     * history records totals.
     */
    Decimal totalUsd(const QList<TokenAsset> &assets) const;

    friend bool operator==(const TokenVerdicts &a, const TokenVerdicts &b) { return a.m_byKey == b.m_byKey; }
    friend bool operator!=(const TokenVerdicts &a, const TokenVerdicts &b) { return !(a == b); }

private:
    QHash<QString, TokenVerdictEntry> m_byKey;
};
