#pragma once

#include <QString>
#include <QStringView>

/**
 * The OWASP guard against CSV formula injection: one rule for every CSV the app writes, and for
 * reading one of its own files back.
 *
 * A text cell a spreadsheet would evaluate, one that begins with =, +, -, @, tab or CR, is written
 * with a leading apostrophe, which spreadsheets show as text. So that a file read back gives exactly
 * the text written, the apostrophes a text already begins with do not hide such a character: "'=x"
 * is written "''=x". unguarded() removes one apostrophe exactly where isNeeded() added one.
 */
namespace FormulaGuard {

/** The character put in front of a guarded cell. */
inline constexpr char16_t Mark = u'\'';

/** Whether @p text, past the apostrophes it begins with, begins with a character that starts a formula. */
inline bool isNeeded(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == Mark)
        ++i;
    if (i == text.size())
        return false;
    switch (text[i].unicode()) {
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

/** The text a guarded cell (as read from a CSV file) stands for: the writer's apostrophe removed. */
QString unguarded(QString cell);

} // namespace FormulaGuard
