#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

/**
 * Writes a file so that it either holds everything written or stays as it was.
 *
 * A regular file (or a path that does not exist yet) is written to a temporary file beside it and
 * renamed into place by commit(). Qt 6.4's QSaveFile::commit() alone cannot be trusted with that: it
 * renames even when a buffered write failed (a full disk, a file size limit), replacing a good file
 * with a truncated one. So commit() first flushes, then checks every write's result and the
 * device's error(), and only then lets QSaveFile rename; on any failure it cancels, and the old
 * file is byte-identical.
 *
 * A path that exists and is not a regular file (/dev/null, /dev/stdout, a FIFO, a terminal) is
 * written directly: renaming over it would replace the device node, and a reader of a FIFO would
 * get nothing. Failures are reported there too (/dev/full fails).
 *
 * Every file the app writes goes through this class: the command line's output, the window's CSV
 * export, the watch list, the settings, the snapshot and chain-list caches and the owner-only secrets file.
 */
class SafeFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SafeFileWriter)
    Q_DISABLE_COPY_MOVE(SafeFileWriter)

public:
    /** Who may read the file. */
    enum class Access {
        Default,   ///< the usual permissions (umask)
        OwnerOnly, ///< 0600 from the first byte on: secrets, cached balances
    };

    explicit SafeFileWriter(QString filePath, Access access = Access::Default);
    /** Without a successful commit(), a temporary file is removed and the target left untouched. */
    ~SafeFileWriter();

    /** Writes all of @p bytes to @p filePath in one go; false with a translated @p error on failure. */
    static bool writeFile(const QString &filePath, QByteArrayView bytes, Access access, QString *error);

    /** Opens the target for writing; false when it cannot be (see errorString()). */
    bool open();
    /** The open device; writes to it are checked by commit() as well. */
    QFileDevice *device() const;
    /** Writes all of @p bytes; false on failure (remembered: commit() then fails too). */
    bool write(QByteArrayView bytes);
    /**
     * Flushes, checks that every write reached the file, and only then renames the temporary file
     * into place. False on any failure, after which the target is as it was before open().
     */
    bool commit();
    /** Whether the target is written in place because it is not a regular file. */
    bool writesDirectly() const { return m_direct != nullptr; }

    /** The system's reason for the first failure. */
    QString errorString() const { return m_error; }
    /** One translated sentence: "Cannot write <file>: <reason>." */
    QString errorMessage() const;

private:
    /** Keeps the first failure's reason; always returns false. */
    bool fail(const QString &reason);

    QString m_filePath;
    Access m_access;
    std::unique_ptr<QSaveFile> m_atomic;
    std::unique_ptr<QFile> m_direct;
    QString m_error;
};
