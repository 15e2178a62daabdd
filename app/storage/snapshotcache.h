#pragma once

#include "api/tokenasset.h"

struct ClientConfig;

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** The last good holdings of one address, as fetched. */
struct CachedSnapshot
{
    QString address;
    QStringList chainIndexes;
    /** When the API answered (UTC, millisecond precision). */
    QDateTime fetchedAt;
    /** The assets with the API's strings verbatim, so every value is exact again on reload. */
    QList<TokenAsset> assets;
    /** Who answered: SnapshotCache::sourceOf() of the connection; empty in entries of older versions. */
    QString source;
};

/**
 * The last good snapshot of each address, one versioned JSON file per address under
 * QStandardPaths::CacheLocation (or an injected folder), so the window can show holdings at once
 * on start and stay usable offline. Writes are atomic. Entries are only copies of what the API
 * said, so an unusable one is deleted (with a notice for the user) rather than kept. Holds no
 * credentials: an entry names its source by the server and a one-way digest of the API key.
 */
class SnapshotCache final
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCache)

public:
    static constexpr int FormatVersion = 1;

    /** The "snapshots" folder under QStandardPaths::CacheLocation. */
    SnapshotCache();
    explicit SnapshotCache(QString directory);

    /**
     * Which server and account the holdings fetched through @p config come from: "demo" for the
     * built-in demo server (whose port changes from run to run), else the server's origin and the
     * first 16 hex digits of the SHA-256 of the API key (the key itself never reaches the disk).
     * Without an API key, the origin and "#" alone: a window waiting for the key shows what was
     * saved from that server (see isShownFor()).
     * Holdings of another source are someone else's view and are never shown as current.
     */
    static QString sourceOf(const ClientConfig &config, bool demo);
    /**
     * Whether holdings saved from @p entrySource are shown by a window whose source is @p shownSource:
     * the same source, or the same server when the window has no key yet (what it saved last).
     */
    static bool isShownFor(const QString &entrySource, const QString &shownSource);

    const QString &directory() const { return m_directory; }
    /** The file that holds the snapshot of @p address (EVM addresses without regard to case). */
    QString filePathFor(const QString &address) const;

    /** Writes @p snapshot, replacing the address's previous one; false with @p error on failure. */
    bool store(const CachedSnapshot &snapshot, QString *error = nullptr) const;
    /**
     * The cached snapshot of @p address, or nothing when there is none. An unusable entry is
     * deleted and @p notice receives a translated sentence for the user.
     */
    std::optional<CachedSnapshot> load(const QString &address, QString *notice = nullptr) const;
    /** Forgets the snapshot of @p address; true when none remains. */
    bool remove(const QString &address) const;

private:
    QString m_directory;
};
