#pragma once

#include <QList>
#include <QString>
#include <QUrl>

/** Address formats; an address is validated against the family of the chains it is watched on. */
enum class ChainFamily {
    Evm,     ///< 0x + 40 hex digits
    Solana,  ///< base58, 32–44 characters
    Tron,    ///< T + 33 base58 characters
    Bitcoin, ///< bech32 (bc1…) or base58 (1… / 3…)
    Other,   ///< not validated locally (TON, SUI, Litecoin …); OKX decides
};

/** What the app knows about a chain without asking the API. */
struct ChainEntry
{
    QString chainIndex;
    QString name;
    QString shortName;
    ChainFamily family = ChainFamily::Other;
    /** Block explorer URL with "{address}" in it, or empty. */
    QString addressUrlTemplate;
    /** Block explorer URL with "{token}" in it, or empty. */
    QString tokenUrlTemplate;
};

/**
 * The built-in chain table (a snapshot of OKX's supported networks). The supported-chain endpoint
 * is authoritative for names; this table is the fallback and the only source of families and
 * block-explorer links.
 */
namespace ChainRegistry {

/** Every built-in chain, ordered by chainIndex as a number. */
const QList<ChainEntry> &all();
/** The entry of @p chainIndex, or nullptr. */
const ChainEntry *find(const QString &chainIndex);
/** The built-in name of @p chainIndex, or "Chain <index>" when unknown. */
QString displayName(const QString &chainIndex);
/** The family of @p chainIndex (Other when unknown). */
ChainFamily family(const QString &chainIndex);
/** The explorer page of @p address on @p chainIndex, or an empty URL. */
QUrl addressUrl(const QString &chainIndex, const QString &address);
/** The explorer page of a token contract, or an empty URL (native coins have none). */
QUrl tokenUrl(const QString &chainIndex, const QString &tokenContractAddress);
/** The chain indexes of every chain of @p family in the table, in its order ("All EVM chains" is Evm's). */
QStringList chainIndexes(ChainFamily family);

} // namespace ChainRegistry
