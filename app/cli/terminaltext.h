#pragma once

#include <QString>
#include <QStringView>

/**
 * Text from a server or a file made safe to show on a terminal. A token symbol or an OKX message
 * such as "\e]0;…\a\e[2J" would otherwise retitle or clear the user's terminal, and a bidi
 * override would reorder what is shown. Every C0 and C1 control character, DEL and the bidi
 * embedding, override and isolate characters are shown as escapes: "\x1b" for those below U+0100,
 * "\u202e" for the others. A backslash itself stays as it is.
 */
namespace TerminalText {

/** Whether line breaks are part of the text (kept) or of one cell or line (escaped too). */
enum class LineBreaks {
    Keep,   ///< "\n" and "\r\n" stay: whole messages, CSV records
    Escape, ///< every control character is escaped: a table cell
};

/** @p text with its control and bidi-override characters escaped. */
QString escaped(QStringView text, LineBreaks lineBreaks);

} // namespace TerminalText
