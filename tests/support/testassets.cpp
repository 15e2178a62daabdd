#include "testassets.h"

#include "model/portfoliostore.h"

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
    for (const TokenAsset &held : assets) {
        if (!s.chains.contains(held.chainIndex))
            s.chains.append(held.chainIndex);
    }
    s.fetchedAt = QDateTime(QDate(2025, 5, 27), QTime(12, 0), Qt::UTC);
    s.assets = assets;
    return s;
}

void put(PortfolioStore &store, const PortfolioSnapshot &snapshot, bool fromCache)
{
    QList<WatchedAddress> watched;
    bool listed = false;
    for (int i = 0; i < store.count(); ++i) {
        const PortfolioSnapshot &held = store.at(i).snapshot;
        listed = listed || held.address == snapshot.address;
        watched.append(held.address == snapshot.address ? WatchedAddress{snapshot.address, snapshot.label, snapshot.chains}
                                                        : WatchedAddress{held.address, held.label, held.chains});
    }
    if (!listed)
        watched.append({snapshot.address, snapshot.label, snapshot.chains});
    store.setWatched(watched);
    if (fromCache)
        store.restore(snapshot.address, snapshot.fetchedAt, snapshot.chains, snapshot.assets);
    else
        store.setFetched(snapshot.address, snapshot.chains, snapshot.assets, snapshot.fetchedAt);
}

} // namespace TestAssets
