#include "export/csvwriter.h"

#include <QIODevice>

namespace {

/** Flush threshold in bytes: large enough to amortise write() calls, small enough to stay cheap. */
constexpr qsizetype FlushThreshold = 64 * 1024;

/** Appends @p ascii, known to be ASCII only, narrowed to bytes in one loop the compiler can vectorise. */
void appendAscii(QByteArray &out, QStringView ascii)
{
    const qsizetype start = out.size();
    out.resize(start + ascii.size());
    char *cursor = out.data() + start;
    const char16_t *in = ascii.utf16();
    for (qsizetype i = 0; i < ascii.size(); ++i)
        cursor[i] = char(in[i]);
}

bool startsFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

/** Digits with at most one '.' and an optional leading '-': the only shape a numeric cell keeps unguarded. */
bool isPlainNumber(QStringView value)
{
    bool point = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t u = value[i].unicode();
        if (u == u'.' && !point)
            point = true;
        else if (!(u >= u'0' && u <= u'9') && !(u == u'-' && i == 0))
            return false;
    }
    return true;
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

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(FlushThreshold + 1024);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::addText(QStringView value)
{
    appendSeparator();
    appendText(m_buffer, value);
}

void CsvWriter::addNumber(QStringView value)
{
    appendSeparator();
    appendNumber(m_buffer, value);
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    if (m_buffer.size() >= FlushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return m_error.isEmpty();
    const qint64 written = m_device->write(m_buffer);
    const bool complete = written == m_buffer.size();
    m_buffer.clear();
    m_buffer.reserve(FlushThreshold + 1024);
    if (!complete) {
        m_error = m_device->errorString();
        return false;
    }
    return m_error.isEmpty();
}

QString CsvWriter::encodeText(QStringView value)
{
    QByteArray out;
    appendText(out, value);
    return QString::fromUtf8(out);
}

QString CsvWriter::encodeNumber(QStringView value)
{
    QByteArray out;
    appendNumber(out, value);
    return QString::fromUtf8(out);
}

void CsvWriter::appendSeparator()
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
}

void CsvWriter::appendText(QByteArray &out, QStringView value)
{
    // Printable ASCII with nothing to quote is the usual cell. The check runs to the end without
    // branching out, so the compiler can vectorise it like the copy.
    char16_t special = 0;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        special |= char16_t(u < 0x20 || u >= 0x7f || u == u',' || u == u'"');
    }
    if (special || (!value.isEmpty() && (value.front() == u' ' || value.back() == u' '))) {
        appendTextSlowly(out, value);
        return;
    }
    if (startsFormula(value))
        out.append('\'');
    appendAscii(out, value);
}

void CsvWriter::appendNumber(QByteArray &out, QStringView value)
{
    // A plain number never needs quotes; anything else may come from anywhere: guard it like text.
    if (!isPlainNumber(value)) {
        appendText(out, value);
        return;
    }
    appendAscii(out, value);
}

void CsvWriter::appendTextSlowly(QByteArray &out, QStringView value)
{
    const bool guarded = startsFormula(value);
    if (!needsQuotes(value)) {
        if (guarded)
            out.append('\'');
        out.append(value.toUtf8());
        return;
    }
    out.append('"');
    if (guarded)
        out.append('\'');
    // '"' is ASCII, so doubling it byte by byte in UTF-8 is the same as in UTF-16.
    for (const char c : value.toUtf8()) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}
