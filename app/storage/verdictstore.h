#pragma once

#include "storage/tokenverdicts.h"

#include <QObject>
#include <QString>

/**
 * The user's token verdicts ("Mark as Spam", "Trust This Token") in a small versioned JSON file,
 * verdicts.json under QStandardPaths::AppConfigLocation (or an injected folder), read by the window
 * and by the command line's export and total alike.
 *
 * Every change is written at once and atomically (VersionedJsonFile, SafeFileWriter); when the
 * write fails (a full disk) the change is refused with the reason, and both the file and the
 * verdicts in effect stay as they were. A file that cannot be used (not JSON, another version, an
 * unusable entry) is left where it is, byte-identical: no verdict applies, load() says why, and
 * every change is refused until the file is mended or removed, so that nothing the user wrote is
 * saved over.
 */
class VerdictStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictStore)

public:
    static constexpr int FormatVersion = 1;

    /** The file verdicts.json in QStandardPaths::AppConfigLocation. */
    explicit VerdictStore(QObject *parent = nullptr);
    /** The file verdicts.json in @p directory. */
    explicit VerdictStore(const QString &directory, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }

    /**
     * Reads the file; a missing one is no verdict yet. Returns a translated notice when the file is
     * unusable (then no verdict applies), else an empty string. Emits changed().
     */
    QString load();

    const TokenVerdicts &verdicts() const { return m_verdicts; }

    /**
     * Gives @p asset's token @p verdict (None takes it back) and saves. Returns a translated reason
     * when it could not be saved (nothing changed then), else an empty string.
     */
    QString setVerdict(const TokenAsset &asset, TokenVerdict verdict);
    /** Takes back the verdict on (@p chainIndex, @p tokenContractAddress) and saves; as setVerdict(). */
    QString remove(const QString &chainIndex, const QString &tokenContractAddress);

signals:
    /** The verdicts in effect changed (a change, or load()). */
    void changed();

private:
    /** Saves @p verdicts and makes them the ones in effect; the reason when they could not be saved. */
    QString commit(const TokenVerdicts &verdicts);

    QString m_filePath;
    TokenVerdicts m_verdicts;
    /** Set while the file on disk is unusable: saving would destroy it. */
    QString m_saveBlockedReason;
};
