#pragma once

#include "api/chainnames.h"
#include "api/tokenasset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/** OKX's supported-chain list as last fetched. */
struct CachedChainList
{
    QList<ChainInfo> chains;
    /** When the API answered (UTC, millisecond precision). */
    QDateTime fetchedAt;
};

/**
 * OKX's supported-chain list with the time it was fetched, in one versioned JSON file, chains.json
 * under QStandardPaths::CacheLocation (or an injected folder), so that a command has OKX's chain
 * names without asking for the list on every run. Writes are atomic. The file is only a copy of
 * what the API said, so an unusable one is deleted (with a notice for the user) rather than kept,
 * and its list passes the same checks as the API's reply. Holds no credentials.
 */
class ChainListCache final
{
    Q_DECLARE_TR_FUNCTIONS(ChainListCache)

public:
    static constexpr int FormatVersion = 1;

    /** The folder QStandardPaths::CacheLocation. */
    ChainListCache();
    explicit ChainListCache(QString directory);

    const QString &directory() const { return m_directory; }
    /** The file that holds the list: chains.json in directory(). */
    QString filePath() const;

    /**
     * Whether a list fetched at @p fetchedAt is younger than one day at @p now. A fetchedAt in the
     * future (a clock set back, a hand-edited file) is not fresh, nor is an invalid one.
     */
    static bool isFresh(const QDateTime &fetchedAt, const QDateTime &now);

    /** Writes @p chains, fetched at @p fetchedAt, replacing the previous list; false with @p error on failure. */
    bool store(const QList<ChainInfo> &chains, const QDateTime &fetchedAt, QString *error = nullptr) const;
    /**
     * The cached list, or nothing when there is none. An unusable file is deleted and @p notice
     * receives a translated sentence for the user.
     */
    std::optional<CachedChainList> load(QString *notice = nullptr) const;
    /**
     * The names to write for chains: the saved list's, whatever its age (names rarely change),
     * beside the built-in table. An unusable file is deleted by load(); without one, the built-in
     * names alone.
     */
    ChainNames chainNames() const;

private:
    QString m_directory;
};
