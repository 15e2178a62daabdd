#pragma once

#include "storage/safefilewriter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

/**
 * One JSON object on disk with a format version: {"version": N, …}. Writes go through
 * SafeFileWriter, so a crash or a full disk leaves the previous file whole. A file that cannot be
 * used (unreadable, not JSON, truncated, not an object, another version) is never overwritten: it
 * is moved aside to
 * "<name>.corrupt-<yyyyMMdd-HHmmss>" so that the user keeps it and the app can start afresh. An
 * owner-only file holds secrets: it is moved to "<name>.corrupt", owner-only, replacing the copy
 * of an earlier damage, so at most one such copy exists.
 *
 * A cache, whose files are only copies, may ask for bad files to be deleted instead; a small file
 * the user may mend by hand, to be left exactly where and as it is.
 *
 * Shared by the watch list, the snapshot cache and the opted-in secrets file, which add their own
 * checks of the content.
 */
class VersionedJsonFile final
{
    Q_DECLARE_TR_FUNCTIONS(VersionedJsonFile)

public:
    /** What load() found. */
    struct LoadResult
    {
        enum class Status {
            Loaded,  ///< root holds the file's object (version checked)
            Missing, ///< no file yet: a first start, not an error
            Corrupt, ///< unusable; message says why and where the file went
        };
        Status status = Status::Missing;
        QJsonObject root;
        /** Translated, one or two sentences; empty when Loaded or Missing. */
        QString message;
        /** Where the bad file was moved, or empty when it was deleted, kept or could not be moved (see message). */
        QString movedTo;
    };

    /** Who may read the file save() writes (and a copy of it moved aside). */
    using Access = SafeFileWriter::Access;

    /** What happens to a file whose content is unusable. */
    enum class OnCorrupt {
        MoveAside, ///< renamed (see the class comment), so nothing is lost
        Delete,    ///< removed: for caches, whose content can be fetched again
        Keep,      ///< left where it is, byte-identical: the user's own record, which they may mend by hand
    };

    /** @p filePath is absolute; @p version is the only version this code reads and writes. */
    VersionedJsonFile(QString filePath, int version, Access access = Access::Default,
                      OnCorrupt onCorrupt = OnCorrupt::MoveAside);

    const QString &filePath() const { return m_filePath; }
    int version() const { return m_version; }

    /** Reads and checks the file; a bad file is moved aside (see the class comment). */
    LoadResult load() const;

    /**
     * The first half of load(), for a file its caller parses itself: Loaded with the file's bytes in
     * @p bytes (the root still empty), else Missing or Corrupt as load() says.
     */
    LoadResult readBytes(QByteArray *bytes) const;
    /** The second half of load(): Loaded with @p root when it carries this version, else Corrupt. */
    LoadResult checkRoot(QJsonObject root) const;

    /**
     * Writes @p root with "version" set, creating the directory when needed. On failure returns
     * false and sets @p error to a translated reason; the previous file is then untouched.
     */
    bool save(QJsonObject root, QString *error) const;

    /**
     * As save(), with the member @p arrayKey (a plain name of ours: nothing in it needs escaping)
     * added to @p root: an array of @p count elements, each
     * element(i) one compact JSON value. The text is written as it is made, without a tree of the
     * whole document: a snapshot of 10,000 assets as Qt JSON values costs several times its text.
     */
    bool save(QJsonObject root, QLatin1StringView arrayKey, qsizetype count,
              const std::function<QByteArray(qsizetype)> &element, QString *error) const;

    /**
     * Moves the file aside after its content proved unusable; returns the new path, or an empty
     * string (with @p error set) when it cannot be moved.
     */
    QString moveAside(QString *error) const;

    /** The Corrupt result for a file whose content a caller rejected; moves or deletes the file. */
    LoadResult rejectContent(const QString &reason) const;

private:
    QString m_filePath;
    int m_version;
    Access m_access;
    OnCorrupt m_onCorrupt;
};
