#include "cli/outputtarget.h"

#include "cli/terminaltext.h"

#include <cstdio>

#include <unistd.h>

OutputTarget::OutputTarget(const QString &path, Content content)
    : m_path(path), m_content(content)
{
}

// Without commit() the writer leaves the old file as it was.
OutputTarget::~OutputTarget() = default;

CommandResult OutputTarget::print(const QString &text)
{
    OutputTarget output({}, Content::ForPerson);
    if (output.open() && output.device()->write(text.toUtf8()) >= 0 && output.commit())
        return CommandResult::success();
    return CommandResult::failure(ExitCode::OutputFailed, output.errorMessage());
}

QFileDevice *OutputTarget::finalDevice()
{
    return m_file ? m_file->device() : &m_stdout;
}

bool OutputTarget::open()
{
    if (m_path.isEmpty()) {
        if (!m_stdout.open(stdout, QIODevice::WriteOnly))
            return false;
    } else {
        m_file = std::make_unique<SafeFileWriter>(m_path);
        if (!m_file->open())
            return false;
    }
    m_escape = m_content == Content::ForPerson || isatty(finalDevice()->handle());
    if (m_escape)
        m_pending.open(QIODevice::WriteOnly);
    return true;
}

QIODevice *OutputTarget::device()
{
    if (m_escape)
        return &m_pending;
    return finalDevice();
}

bool OutputTarget::commit()
{
    if (m_escape) {
        const QByteArray escaped =
            TerminalText::escaped(QString::fromUtf8(m_pending.data()), TerminalText::LineBreaks::Keep).toUtf8();
        const bool written = m_file ? m_file->write(escaped) : m_stdout.write(escaped) == escaped.size();
        if (!written)
            return false;
    }
    if (m_file)
        return m_file->commit();
    return m_stdout.flush() && m_stdout.error() == QFileDevice::NoError;
}

QString OutputTarget::errorMessage() const
{
    if (m_file)
        return m_file->errorMessage();
    //: %1 is the system's reason
    return tr("cannot write to standard output: %1").arg(m_stdout.errorString());
}
