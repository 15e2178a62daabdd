#include "model/portfoliosnapshot.h"

#include <algorithm>

QString PortfolioSnapshot::displayName() const
{
    if (label.isEmpty())
        return shortAddress(address);
    // A label is the user's (or a hand-edited file's) text: shown on one line, and, when it holds
    // a bidirectional override, isolated so that it cannot reorder the text it is shown in.
    const QString oneLine = label.simplified();
    const bool overrides = std::any_of(oneLine.cbegin(), oneLine.cend(), [](QChar c) {
        return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) || (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
    });
    return overrides ? QChar(0x2068) + oneLine + QChar(0x2069) : oneLine;
}

QString PortfolioSnapshot::shortAddress(const QString &address)
{
    constexpr int Head = 6;
    constexpr int Tail = 4;
    if (address.size() <= Head + Tail + 1)
        return address;
    return address.left(Head) + QChar(0x2026) + address.right(Tail);
}
