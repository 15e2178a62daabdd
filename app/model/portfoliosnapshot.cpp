#include "model/portfoliosnapshot.h"

QString PortfolioSnapshot::displayName() const
{
    return label.isEmpty() ? shortAddress(address) : label;
}

QString PortfolioSnapshot::shortAddress(const QString &address)
{
    constexpr int Head = 6;
    constexpr int Tail = 4;
    if (address.size() <= Head + Tail + 1)
        return address;
    return address.left(Head) + QChar(0x2026) + address.right(Tail);
}
