#pragma once

#include "cli/commandresult.h"
#include "storage/safefilewriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

/**
 * Where a command's result goes: a file, written through SafeFileWriter (atomically when it is a
 * regular file, so a run that fails, a full disk included, leaves the old file byte-identical), or
 * stdout. The file is opened before any request so an unwritable path fails fast.
 *
 * Text for a person (messages, totals, tables) always has its control characters escaped
 * (TerminalText); data (CSV) is written verbatim, except where it reaches a terminal.
 */
class OutputTarget final
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)
    Q_DISABLE_COPY_MOVE(OutputTarget)

public:
    /** What is written, which decides whether control characters are escaped. */
    enum class Content {
        Data,   ///< verbatim, unless the target is a terminal
        ForPerson, ///< always escaped
    };

    /** Writes to @p path, or to stdout when @p path is empty. */
    explicit OutputTarget(const QString &path = {}, Content content = Content::Data);
    ~OutputTarget();

    /** Writes @p text for a person to stdout as UTF-8: success, or OutputFailed with the reason. */
    static CommandResult print(const QString &text);

    /** Opens the target; false when it cannot be written (see errorMessage()). */
    bool open();
    /** The open device to write to. */
    QIODevice *device();
    /** Finishes the output (renames the file into place, or flushes stdout); false on failure. */
    bool commit();
    /** One line naming the target and the system's reason for the first failure. */
    QString errorMessage() const;

private:
    /** The device the bytes finally go to: the file's, or stdout. */
    QFileDevice *finalDevice();

    QString m_path;
    Content m_content;
    std::unique_ptr<SafeFileWriter> m_file;
    QFile m_stdout;
    /** What is written while it must be escaped first: escaped as a whole by commit(). */
    QBuffer m_pending;
    bool m_escape = false;
};
