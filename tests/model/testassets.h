#pragma once

#include "api/tokenasset.h"
#include "model/portfoliosnapshot.h"

#include <QDateTime>

/** Test data builders shared by the model tests. */
namespace TestAssets {

/** A holding with the API's strings and their exact parses, as BalanceParser would produce it. */
inline TokenAsset asset(const QString &chainIndex, const QString &contract, const QString &symbol,
                        const QString &balance, const QString &price, bool risk = false)
{
    TokenAsset a;
    a.chainIndex = chainIndex;
    a.tokenContractAddress = contract;
    a.symbol = symbol;
    a.balanceText = balance;
    a.tokenPriceText = price;
    a.isRiskToken = risk;
    a.balance = *Decimal::parse(balance);
    a.tokenPrice = price.isEmpty() ? Decimal() : *Decimal::parse(price);
    return a;
}

/** A fetched snapshot of @p address holding @p assets. */
inline PortfolioSnapshot snapshot(const QString &address, const QString &label, const QList<TokenAsset> &assets)
{
    PortfolioSnapshot s;
    s.address = address;
    s.label = label;
    s.chains = {QStringLiteral("1")};
    s.fetchedAt = QDateTime(QDate(2025, 5, 27), QTime(12, 0), Qt::UTC);
    s.assets = assets;
    return s;
}

inline Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace TestAssets
