#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * A plain-text table for the terminal: each column padded to its widest cell, columns two spaces
 * apart, one line per row with no trailing blanks. Widths count UTF-16 units, which is exact for
 * the ASCII of addresses, chain indexes and the English headers.
 */
namespace TextTable {

/** @p rows (the first is usually the header) as lines ending in '\n'. */
QString format(const QList<QStringList> &rows);

} // namespace TextTable
