#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

/**
 * Reads RFC 4180 CSV record by record from text already decoded (the caller decodes the UTF-8 and
 * bounds its size). It reads what CsvWriter and the usual spreadsheets write: CRLF, LF or CR line
 * ends, fields quoted or not, doubled quotes inside a quoted field, and line breaks inside one.
 * Empty lines are skipped. Fields come back as written: the formula guard's apostrophe is the
 * caller's to remove (FormulaGuard::unguarded()), as only it knows which cells are text.
 *
 * A quote inside an unquoted field, text after a closing quote, a quoted field never closed and a
 * field longer than the maximum stop the reading, with the line and the reason; a field is never
 * scanned far beyond the maximum, so a hostile file of one endless line costs no more than its size.
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    /** Reads @p text, which must outlive the reader; a field may have @p maxFieldLength characters at most. */
    CsvReader(QStringView text, qsizetype maxFieldLength);
    /** The reader keeps a view of the text: a temporary would be gone before the first record. */
    CsvReader(QString &&text, qsizetype maxFieldLength) = delete;

    /** Reads the next record into @p fields; false at the end, or when reading stopped (error()). */
    bool next(QStringList *fields);
    /** The line (from 1) the last record read starts on, or where reading stopped. */
    int line() const { return m_recordLine; }
    /** Why reading stopped before the end, translated; empty when it did not. */
    const QString &error() const { return m_error; }

private:
    /** Reads one field at m_position into @p field; false on a problem (m_error set). */
    bool readField(QString *field);
    bool readQuoted(QString *field);
    /** Steps over the line break at m_position (CRLF, LF or CR), counting the line. */
    void skipLineBreak();
    bool atLineBreak() const;
    bool fail(const QString &reason);

    QStringView m_text;
    qsizetype m_maxFieldLength;
    qsizetype m_position = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};
