#include "export/csvwriter.h"

#include "export/formulaguard.h"

#include <QIODevice>

#include <cstring>

namespace {

/** Flush threshold in bytes: large enough to amortise write() calls, small enough to stay cheap. */
constexpr qsizetype FlushThreshold = 64 * 1024;

/**
 * The most bytes a cell of @p length UTF-16 units can take: 3 per unit in UTF-8 (a surrogate pair,
 * two units, takes 4; a doubled quote 2), the formula guard's apostrophe and the two quotes.
 */
constexpr qsizetype maxCellBytes(qsizetype length)
{
    return 3 * length + 3;
}

bool needsQuotes(QStringView value)
{
    if (value.isEmpty())
        return false;
    if (value.front() == u' ' || value.back() == u' ')
        return true;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

/**
 * Copies @p value to @p out narrowed to bytes; true when it was all printable ASCII without a comma
 * or a quote, in which case the copy is the cell. One loop without early exits, which the compiler
 * vectorises.
 */
bool copyPlainAscii(char *out, QStringView value)
{
    const char16_t *in = value.utf16();
    char16_t special = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = in[i];
        special |= char16_t(u < 0x20 || u >= 0x7f || u == u',' || u == u'"');
        out[i] = char(u);
    }
    return special == 0;
}

/**
 * Copies @p value to @p out narrowed to bytes; true when it is a plain decimal (digits with at most
 * one '.', an optional leading '-'), the only shape a numeric cell keeps unguarded.
 */
bool copyPlainNumber(char *out, QStringView value)
{
    const char16_t *in = value.utf16();
    qsizetype i = 0;
    if (!value.isEmpty() && in[0] == u'-')
        out[i++] = '-';
    char16_t other = 0;
    qsizetype points = 0;
    for (; i < value.size(); ++i) {
        const char16_t u = in[i];
        points += u == u'.';
        other |= char16_t(!(u >= u'0' && u <= u'9') && u != u'.');
        out[i] = char(u);
    }
    return other == 0 && points <= 1;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device), m_buffer(FlushThreshold + 4096, Qt::Uninitialized)
{
}

CsvWriter::~CsvWriter()
{
    flush();
}

char *CsvWriter::room(qsizetype bytes)
{
    if (m_buffer.size() - m_used < bytes) {
        writeBuffered();
        if (m_buffer.size() < bytes)
            m_buffer.resize(bytes);
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::addText(QStringView value)
{
    char *out = room(separatorBytes() + maxCellBytes(value.size()));
    if (m_rowStarted)
        *out++ = ',';
    m_rowStarted = true;
    m_used = writeText(out, value) - m_buffer.constData();
}

void CsvWriter::addNumber(QStringView value)
{
    char *out = room(separatorBytes() + maxCellBytes(value.size()));
    if (m_rowStarted)
        *out++ = ',';
    m_rowStarted = true;
    m_used = writeNumber(out, value) - m_buffer.constData();
}

void CsvWriter::endRow()
{
    char *out = room(2);
    out[0] = '\r';
    out[1] = '\n';
    m_used += 2;
    m_rowStarted = false;
    if (m_used >= FlushThreshold)
        writeBuffered();
}

void CsvWriter::writeBuffered()
{
    if (m_used == 0)
        return;
    const qint64 written = m_device->write(m_buffer.constData(), m_used);
    if (written != m_used && m_error.isEmpty())
        m_error = m_device->errorString();
    m_used = 0;
}

bool CsvWriter::flush()
{
    writeBuffered();
    return m_error.isEmpty();
}

QString CsvWriter::encodeText(QStringView value)
{
    QByteArray out(maxCellBytes(value.size()), Qt::Uninitialized);
    out.truncate(writeText(out.data(), value) - out.constData());
    return QString::fromUtf8(out);
}

QString CsvWriter::encodeNumber(QStringView value)
{
    QByteArray out(maxCellBytes(value.size()), Qt::Uninitialized);
    out.truncate(writeNumber(out.data(), value) - out.constData());
    return QString::fromUtf8(out);
}

char *CsvWriter::writeText(char *out, QStringView value)
{
    // The usual cell: printable ASCII with nothing to quote, copied behind the guard if it needs one.
    const bool guarded = FormulaGuard::isNeeded(value);
    char *cell = guarded ? out + 1 : out;
    const bool spaceAtEnd = !value.isEmpty() && (value.front() == u' ' || value.back() == u' ');
    if (!copyPlainAscii(cell, value) || spaceAtEnd)
        return writeTextSlowly(out, value);
    if (guarded)
        *out = '\'';
    return cell + value.size();
}

char *CsvWriter::writeNumber(char *out, QStringView value)
{
    // A plain number never needs quotes; anything else may come from anywhere: guard it like text.
    if (!copyPlainNumber(out, value))
        return writeText(out, value);
    return out + value.size();
}

char *CsvWriter::writeTextSlowly(char *out, QStringView value)
{
    const bool guarded = FormulaGuard::isNeeded(value);
    const bool quoted = needsQuotes(value);
    const QByteArray utf8 = value.toUtf8();
    if (quoted)
        *out++ = '"';
    if (guarded)
        *out++ = '\'';
    if (!quoted) {
        std::memcpy(out, utf8.constData(), size_t(utf8.size()));
        return out + utf8.size();
    }
    // '"' is ASCII, so doubling it byte by byte in UTF-8 is the same as in UTF-16.
    for (const char c : utf8) {
        if (c == '"')
            *out++ = '"';
        *out++ = c;
    }
    *out++ = '"';
    return out;
}
