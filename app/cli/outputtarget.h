#pragma once

#include "cli/commandresult.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

/**
 * Where a command's result goes: a file written atomically through QSaveFile, or stdout. The file
 * is opened before any request so an unwritable path fails fast, and it only replaces the old file
 * on commit(): a run that fails leaves the old file untouched and no half-written file behind.
 */
class OutputTarget final
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)
    Q_DISABLE_COPY_MOVE(OutputTarget)

public:
    /** Writes to @p path, or to stdout when @p path is empty. */
    explicit OutputTarget(const QString &path = {});
    ~OutputTarget();

    /** Writes @p text to stdout as UTF-8: success, or OutputFailed with the reason. */
    static CommandResult print(const QString &text);

    /** Opens the target; false when it cannot be written (see errorMessage()). */
    bool open();
    /** The open device to write to. */
    QIODevice *device();
    /** Writes all of @p bytes; false on failure. */
    bool write(const QByteArray &bytes);
    /** Finishes the output (renames the file into place, or flushes stdout); false on failure. */
    bool commit();
    /** One line naming the target and the system's reason for the last failure. */
    QString errorMessage() const;

private:
    const QIODevice *device() const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    QFile m_stdout;
};
