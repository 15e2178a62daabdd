#include "cli/texttable.h"

#include "cli/terminaltext.h"

#include <algorithm>

QString TextTable::format(const QList<QStringList> &cells)
{
    // Cells may hold a server's text (a chain's name) or a file's (a label): one line each, safe to show.
    QList<QStringList> rows;
    rows.reserve(cells.size());
    for (const QStringList &row : cells) {
        QStringList safeRow;
        safeRow.reserve(row.size());
        for (const QString &cell : row)
            safeRow.append(TerminalText::escaped(cell, TerminalText::LineBreaks::Escape));
        rows.append(std::move(safeRow));
    }

    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(rows)) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += row.at(column).leftJustified(widths[column] + 2);
        // Trailing padding only: an empty first cell must keep the rest of its line aligned.
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}
