#include "storage/safefilewriter.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

namespace {

/**
 * Why the last operation on @p file failed. Qt reports a write that stopped part-way (the disk
 * filled up in the middle of it) without the system's reason, so errno, cleared before the
 * operation, gives it where it has one: "No space left on device", "File too large".
 */
QString failureReason(const QFileDevice &file)
{
    if (errno != 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    return file.errorString();
}

} // namespace

SafeFileWriter::SafeFileWriter(QString filePath, Access access)
    : m_filePath(std::move(filePath)), m_access(access)
{
}

// An uncommitted QSaveFile removes its temporary file when destroyed: the target stays as it was.
SafeFileWriter::~SafeFileWriter() = default;

bool SafeFileWriter::writeFile(const QString &filePath, QByteArrayView bytes, Access access, QString *error)
{
    SafeFileWriter writer(filePath, access);
    const bool written = writer.open() && writer.write(bytes) && writer.commit();
    if (!written && error)
        *error = writer.errorMessage();
    return written;
}

bool SafeFileWriter::open()
{
    const QFileInfo target(m_filePath);
    // A device, a FIFO or a socket: written where it is (exists() and isFile() follow symbolic links).
    if (target.exists() && !target.isFile() && !target.isDir()) {
        m_direct = std::make_unique<QFile>(m_filePath);
        if (!m_direct->open(QIODevice::WriteOnly))
            return fail(m_direct->errorString());
        return true;
    }
    m_atomic = std::make_unique<QSaveFile>(m_filePath);
    if (!m_atomic->open(QIODevice::WriteOnly))
        return fail(m_atomic->errorString());
    // The temporary file gets its mode before any byte is written, and the rename keeps it, so the
    // content is never readable by others, not even for a moment.
    if (m_access == Access::OwnerOnly && !m_atomic->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_atomic->cancelWriting();
        return fail(m_atomic->errorString());
    }
    return true;
}

QFileDevice *SafeFileWriter::device() const
{
    if (m_direct)
        return m_direct.get();
    return m_atomic.get();
}

bool SafeFileWriter::write(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return false;
    errno = 0;
    if (device()->write(bytes.data(), bytes.size()) != bytes.size())
        return fail(failureReason(*device()));
    return true;
}

bool SafeFileWriter::commit()
{
    QFileDevice *target = device();
    if (!target || !target->isOpen())
        return fail(m_error.isEmpty() ? tr("the file is not open") : m_error);
    // Buffered writes that failed show only in flush() and error(): check both before the rename.
    errno = 0;
    const bool flushed = m_error.isEmpty() && target->flush() && target->error() == QFileDevice::NoError;
    if (!flushed) {
        fail(failureReason(*target));
        // QSaveFile may not be closed: cancelled, its destructor removes the temporary file.
        if (m_atomic)
            m_atomic->cancelWriting();
        else
            m_direct->close();
        return false;
    }
    if (m_atomic) {
        if (!m_atomic->commit())
            return fail(m_atomic->errorString());
        return true;
    }
    m_direct->close();
    if (m_direct->error() != QFileDevice::NoError)
        return fail(m_direct->errorString());
    return true;
}

QString SafeFileWriter::errorMessage() const
{
    //: %1 is a file path, %2 the system's reason (e.g. "No space left on device")
    return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_filePath), m_error);
}

bool SafeFileWriter::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason.isEmpty() ? tr("unknown error") : reason;
    return false;
}
