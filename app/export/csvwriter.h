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
 * guard: one that begins with =, +, -, @, tab or CR is prefixed with an apostrophe so a spreadsheet
 * shows it instead of evaluating it. Numeric cells are written as they are, so "-1.5" stays a number;
 * a numeric cell that is not a plain decimal (digits, one '.', an optional leading '-') is guarded
 * like text, so a hostile value passed as a number cannot slip through.
 *
 * Output is buffered as UTF-8, each cell encoded straight into the buffer (a cell of printable
 * ASCII, the usual case, in a single pass); call flush() at the end and check its result.
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
    void appendSeparator();
    /** Appends a text cell: formula guard, quotes as needed. */
    static void appendText(QByteArray &out, QStringView value);
    /** Appends a numeric cell: a plain decimal as it is, anything else as text. */
    static void appendNumber(QByteArray &out, QStringView value);
    /** appendText() for the cells that need more than copying printable ASCII. */
    static void appendTextSlowly(QByteArray &out, QStringView value);

    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
    bool m_rowStarted = false;
};
