#include "export/csvreader.h"

#include <algorithm>

CsvReader::CsvReader(QStringView text, qsizetype maxFieldLength)
    : m_text(text), m_maxFieldLength(maxFieldLength)
{
}

bool CsvReader::atLineBreak() const
{
    return m_position < m_text.size() && (m_text[m_position] == u'\r' || m_text[m_position] == u'\n');
}

void CsvReader::skipLineBreak()
{
    if (m_text[m_position] == u'\r' && m_position + 1 < m_text.size() && m_text[m_position + 1] == u'\n')
        ++m_position;
    ++m_position;
    ++m_line;
}

bool CsvReader::fail(const QString &reason)
{
    m_error = reason;
    m_recordLine = m_line;
    // Nothing more is read after a problem: the rest of the text cannot be trusted to line up.
    m_position = m_text.size();
    return false;
}

bool CsvReader::next(QStringList *fields)
{
    fields->clear();
    if (!m_error.isEmpty())
        return false;
    while (atLineBreak())
        skipLineBreak();
    if (m_position >= m_text.size())
        return false;
    m_recordLine = m_line;
    for (;;) {
        QString field;
        if (!readField(&field))
            return false;
        fields->append(field);
        if (m_position >= m_text.size())
            return true;
        if (atLineBreak()) {
            skipLineBreak();
            return true;
        }
        ++m_position; // the comma
    }
}

bool CsvReader::readField(QString *field)
{
    if (m_position < m_text.size() && m_text[m_position] == u'"')
        return readQuoted(field);
    // Up to the next comma or line break, looked for no further than a field may be long.
    const qsizetype limit = std::min(m_text.size(), m_position + m_maxFieldLength + 1);
    qsizetype end = m_position;
    while (end < limit) {
        const char16_t c = m_text[end].unicode();
        if (c == u',' || c == u'\r' || c == u'\n')
            break;
        if (c == u'"')
            return fail(tr("a quote inside a field that does not start with one"));
        ++end;
    }
    if (end - m_position > m_maxFieldLength)
        //: %1 is a number of characters
        return fail(tr("a field is longer than %1 characters").arg(m_maxFieldLength));
    *field = m_text.mid(m_position, end - m_position).toString();
    m_position = end;
    return true;
}

bool CsvReader::readQuoted(QString *field)
{
    const int opened = m_line;
    ++m_position; // the opening quote
    for (;;) {
        // A run without quotes is copied at once.
        qsizetype end = m_position;
        while (end < m_text.size() && m_text[end] != u'"') {
            if (m_text[end] == u'\n' || (m_text[end] == u'\r' && (end + 1 == m_text.size() || m_text[end + 1] != u'\n')))
                ++m_line;
            ++end;
            if (field->size() + (end - m_position) > m_maxFieldLength) {
                m_line = opened;
                return fail(tr("a field is longer than %1 characters").arg(m_maxFieldLength));
            }
        }
        field->append(m_text.mid(m_position, end - m_position));
        if (end == m_text.size()) {
            m_line = opened;
            return fail(tr("a quoted field is never closed"));
        }
        m_position = end + 1;
        if (m_position < m_text.size() && m_text[m_position] == u'"') {
            field->append(u'"'); // a doubled quote stands for one
            ++m_position;
            continue;
        }
        if (m_position < m_text.size() && m_text[m_position] != u',' && !atLineBreak())
            return fail(tr("text after the closing quote of a field"));
        return true;
    }
}
