#pragma once

#include "api/tokenasset.h"
#include "model/portfoliosnapshot.h"

class PortfolioStore;

#include <QList>
#include <QString>

/** Test data builders shared by the test programs. */
namespace TestAssets {

/**
 * A holding with the API's strings and their exact parses, as BalanceParser would produce it. An
 * empty @p price is a token without a price; any other text must parse (the program stops if not).
 */
TokenAsset asset(const QString &chainIndex, const QString &contract, const QString &symbol, const QString &balance,
                 const QString &price, bool risk = false);

/** @p asset as held by the wallet @p owner (the address field the API fills in). */
TokenAsset ownedBy(const QString &owner, TokenAsset asset);

/**
 * A snapshot of @p address holding @p assets, fetched at a fixed time on chain "1" and every chain
 * of @p assets.
 */
PortfolioSnapshot snapshot(const QString &address, const QString &label, const QList<TokenAsset> &assets);

/**
 * Puts @p snapshot into @p store as the app's pieces would: watched (appended, or its label and
 * chains updated), then its holdings as a good refresh's (so the store computes changes against
 * holdings it had before), or, with @p fromCache, as restored from the cache.
 */
void put(PortfolioStore &store, const PortfolioSnapshot &snapshot, bool fromCache = false);

} // namespace TestAssets
