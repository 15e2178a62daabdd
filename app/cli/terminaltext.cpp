#include "cli/terminaltext.h"

#include <algorithm>

namespace {

bool isBidiControl(char16_t c)
{
    // LRE, RLE, PDF, LRO, RLO, and the isolates LRI, RLI, FSI, PDI.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString TerminalText::escaped(QStringView text, LineBreaks lineBreaks)
{
    const auto firstUnsafe = std::find_if(text.begin(), text.end(), [](QChar c) { return needsEscape(c.unicode()); });
    if (firstUnsafe == text.end())
        return text.toString();

    QString result;
    result.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool lineBreak = c == u'\n' || (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n');
        if (!needsEscape(c) || (lineBreak && lineBreaks == LineBreaks::Keep)) {
            result.append(QChar(c));
        } else if (c < 0x100) {
            result.append(QStringLiteral("\\x%1").arg(unsigned(c), 2, 16, QLatin1Char('0')));
        } else {
            result.append(QStringLiteral("\\u%1").arg(unsigned(c), 4, 16, QLatin1Char('0')));
        }
    }
    return result;
}
