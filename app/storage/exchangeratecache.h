#pragma once

#include "money/usdcnyrate.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * The last USD/CNY rate fetched from OKX, with its time, in one versioned JSON file,
 * usd-cny-rate.json under QStandardPaths::CacheLocation (or an injected folder), so that a start with
 * no network still shows CNY at the rate of that time. Writes are atomic (VersionedJsonFile,
 * SafeFileWriter). The rate passes the same rule as the API's (UsdCnyRate::fromText()): a file is
 * trusted no more than the server.
 *
 * A file that cannot be used (not JSON, another version, a refused rate or time) is refused and left
 * where it is, byte-identical: no rate is read from it, load() says why, and store() saves nothing
 * over it until it is mended or removed.
 */
class ExchangeRateCache final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRateCache)

public:
    static constexpr int FormatVersion = 1;

    /** The folder QStandardPaths::CacheLocation. */
    ExchangeRateCache();
    explicit ExchangeRateCache(QString directory);

    /** The file that holds the rate: usd-cny-rate.json in the folder. */
    QString filePath() const;

    /**
     * The saved rate, or nothing when there is none. An unusable file gives nothing too, and
     * @p notice receives a translated sentence for the user.
     */
    std::optional<UsdCnyRate> load(QString *notice = nullptr) const;
    /**
     * Saves @p rate in place of the one saved; false with a translated @p error when it cannot be
     * written, or when the file there is unusable (it is left as it is).
     */
    bool store(const UsdCnyRate &rate, QString *error = nullptr) const;

private:
    QString m_directory;
};
