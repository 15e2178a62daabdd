#include "export/csvwriter.h"

#include <QIODevice>

namespace {

/** Flush threshold in UTF-16 units: large enough to amortise write() calls, small enough to stay cheap. */
constexpr qsizetype FlushThreshold = 64 * 1024;

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
    appendField(m_buffer, value, true);
}

void CsvWriter::addNumber(QStringView value)
{
    appendSeparator();
    // A plain number never needs quotes; anything else may come from anywhere: guard it like text.
    if (isPlainNumber(value))
        m_buffer += value;
    else
        appendField(m_buffer, value, true);
}

void CsvWriter::endRow()
{
    m_buffer += QLatin1String("\r\n");
    m_rowStarted = false;
    if (m_buffer.size() >= FlushThreshold)
        flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return m_error.isEmpty();
    const QByteArray bytes = m_buffer.toUtf8();
    m_buffer.clear();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return m_error.isEmpty();
}

QString CsvWriter::encodeText(QStringView value)
{
    QString out;
    appendField(out, value, true);
    return out;
}

QString CsvWriter::encodeNumber(QStringView value)
{
    if (isPlainNumber(value))
        return value.toString();
    return encodeText(value);
}

void CsvWriter::appendSeparator()
{
    if (m_rowStarted)
        m_buffer += u',';
    m_rowStarted = true;
}

void CsvWriter::appendField(QString &out, QStringView value, bool guardFormula)
{
    const bool guarded = guardFormula && startsFormula(value);
    if (!needsQuotes(value)) {
        if (guarded)
            out += u'\'';
        out += value;
        return;
    }
    out += u'"';
    if (guarded)
        out += u'\'';
    for (QChar c : value) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}
