#pragma once

#include "storage/addressbatch.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

/**
 * The watch list as CSV, for `watch export` / `watch import` and the window's File menu, with one
 * fixed English header:
 *
 *     address,chains,label
 *
 * chains are the chain indexes joined by ';' ("1;56;8453"). Cells are written by CsvWriter
 * (RFC 4180 quoting, UTF-8, CRLF) with its formula guard, which reading removes again: a list
 * exported and imported is the same list, labels with commas, quotes or line breaks included.
 *
 * Reading takes UTF-8 with or without a byte-order mark, CRLF or LF line ends, and refuses, with
 * the line: a file larger than MaxFileBytes, text that is not UTF-8, a missing header, a line
 * without exactly three fields, a field longer than MaxFieldLength, more than AddressBatch::MaxLines
 * lines. What each entry may hold is AddressBatch's to check.
 */
class WatchListCsv final
{
    Q_DECLARE_TR_FUNCTIONS(WatchListCsv)

public:
    WatchListCsv() = delete;

    /** Far more than a watch list of AddressBatch::MaxLines entries takes. */
    static constexpr qsizetype MaxFileBytes = 4 * 1024 * 1024;
    /** Far longer than any address or label; a guarded cell may have one character more, its mark. */
    static constexpr qsizetype MaxFieldLength = 4096;

    /** The column titles, in order. */
    static QStringList header();

    /** Writes the header and @p entries; false with @p error set when the device fails. */
    static bool write(QIODevice *device, const QList<WatchedAddress> &entries, QString *error);

    /**
     * The lines of @p bytes, a watch-list CSV file, to check with AddressBatch: a line that cannot
     * be read is refused, and nothing after it is read. Line numbers count the header as line 1.
     */
    static QList<AddressBatch::Line> read(QByteArrayView bytes);

    /** read() of the file at @p path; nothing, with a translated @p error, when it cannot be read. */
    static std::optional<QList<AddressBatch::Line>> readFile(const QString &path, QString *error);
};
