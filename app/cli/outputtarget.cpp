#include "cli/outputtarget.h"

#include <cstdio>

OutputTarget::OutputTarget(const QString &path)
    : m_path(path)
{
}

// Without commit() the QSaveFile destructor discards its temporary file: the old file stays as it was.
OutputTarget::~OutputTarget() = default;

CommandResult OutputTarget::print(const QString &text)
{
    OutputTarget output;
    if (output.open() && output.write(text.toUtf8()) && output.commit())
        return CommandResult::success();
    return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
}

bool OutputTarget::open()
{
    if (m_path.isEmpty())
        return m_stdout.open(stdout, QIODevice::WriteOnly);
    m_file = std::make_unique<QSaveFile>(m_path);
    return m_file->open(QIODevice::WriteOnly);
}

QIODevice *OutputTarget::device()
{
    return m_file ? static_cast<QIODevice *>(m_file.get()) : &m_stdout;
}

const QIODevice *OutputTarget::device() const
{
    return m_file ? static_cast<const QIODevice *>(m_file.get()) : &m_stdout;
}

bool OutputTarget::write(const QByteArray &bytes)
{
    return device()->write(bytes) == bytes.size();
}

bool OutputTarget::commit()
{
    return m_file ? m_file->commit() : m_stdout.flush();
}

QString OutputTarget::errorMessage() const
{
    const QString reason = device()->errorString();
    if (m_path.isEmpty())
        //: %1 is the system's reason
        return tr("cannot write to standard output: %1").arg(reason);
    //: %1 is a file name, %2 the system's reason
    return tr("cannot write %1: %2").arg(m_path, reason);
}
