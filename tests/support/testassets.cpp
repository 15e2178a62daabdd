#include "testassets.h"

#include <QDateTime>

namespace {

Decimal parsed(const QString &text)
{
    const auto value = Decimal::parse(text);
    if (!value)
        qFatal("bad test amount %s", qPrintable(text));
    return *value;
}

} // namespace

namespace TestAssets {

TokenAsset asset(const QString &chainIndex, const QString &contract, const QString &symbol, const QString &balance,
                 const QString &price, bool risk)
{
    TokenAsset a;
    a.chainIndex = chainIndex;
    a.tokenContractAddress = contract;
    a.symbol = symbol;
    a.balanceText = balance;
    a.tokenPriceText = price;
    a.isRiskToken = risk;
    a.balance = parsed(balance);
    a.tokenPrice = price.isEmpty() ? Decimal() : parsed(price);
    return a;
}

TokenAsset ownedBy(const QString &owner, TokenAsset asset)
{
    asset.address = owner;
    return asset;
}

PortfolioSnapshot snapshot(const QString &address, const QString &label, const QList<TokenAsset> &assets)
{
    PortfolioSnapshot s;
    s.address = address;
    s.label = label;
    s.chains = {QStringLiteral("1")};
    s.fetchedAt = QDateTime(QDate(2025, 5, 27), QTime(12, 0), Qt::UTC);
    s.assets = assets;
    return s;
}

} // namespace TestAssets
