#pragma once

#include <QString>
#include <QStringView>

class QIODevice;

/**
 * Writes RFC 4180 CSV to a QIODevice: UTF-8 without a byte-order mark, CRLF after every record
 * (the RFC's line break, which spreadsheets and Python's csv module read alike), and a field quoted
 * only when it needs to be: when it holds a comma, a quote, CR or LF, or begins or ends with a
 * space (which some readers would trim). Quotes inside a quoted field are doubled.
 *
 * Cells are either text or numbers, as the caller says. Text cells get the OWASP formula-injection
 * guard (FormulaGuard): one that begins with =, +, -, @, tab or CR is prefixed with an apostrophe so
 * a spreadsheet shows it instead of evaluating it. Numeric cells are written as they are, so "-1.5" stays a number;
 * a numeric cell that is not a plain decimal (digits, one '.', an optional leading '-') is guarded
 * like text, so a hostile value passed as a number cannot slip through.
 *
 * Output is buffered as UTF-8: each cell is encoded straight into the buffer (a cell of printable
 * ASCII, the usual case, checked and copied in a single pass), which goes to the device whenever it
 * holds 64 KiB. Call flush() at the end and check its result.
 */
class CsvWriter final
{
    Q_DISABLE_COPY_MOVE(CsvWriter)

public:
    /** Writes to @p device, which must be open for writing and outlive the writer. */
    explicit CsvWriter(QIODevice *device);
    /** Flushes what is still buffered; call flush() first to learn whether that worked. */
    ~CsvWriter();

    /** Appends a text cell (guarded against formula injection, quoted as needed). */
    void addText(QStringView value);
    /** Appends a numeric cell: a plain decimal is written unchanged; anything else is treated as text. */
    void addNumber(QStringView value);
    /** Ends the current record with CRLF. */
    void endRow();

    /** Writes the buffered output to the device; false when the device refused part of it. */
    bool flush();
    /** The device's reason for the last failed flush(). */
    QString errorString() const { return m_error; }

    /** The encoded form of one text cell, as addText() writes it. */
    static QString encodeText(QStringView value);
    /** The encoded form of one numeric cell, as addNumber() writes it. */
    static QString encodeNumber(QStringView value);

private:
    /** The separator before a cell that is not the first of its row: 1 or 0 bytes. */
    qsizetype separatorBytes() const { return m_rowStarted ? 1 : 0; }
    /** Room for @p bytes more at the end of the buffer, flushing first when it is short. */
    char *room(qsizetype bytes);
    /** Writes the buffered bytes to the device; keeps the device's reason when it fails. */
    void writeBuffered();

    /** Encodes a text cell at @p out (room for maxCellBytes()); returns the end. */
    static char *writeText(char *out, QStringView value);
    /** Encodes a numeric cell at @p out (room for maxCellBytes()); returns the end. */
    static char *writeNumber(char *out, QStringView value);
    /** writeText() for the cells that need more than copying printable ASCII. */
    static char *writeTextSlowly(char *out, QStringView value);

    QIODevice *m_device;
    /** Fixed-size buffer, m_used bytes of it filled; grown only for a single larger cell. */
    QByteArray m_buffer;
    qsizetype m_used = 0;
    QString m_error;
    bool m_rowStarted = false;
};
