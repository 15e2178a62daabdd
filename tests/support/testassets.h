#pragma once

#include "api/tokenasset.h"
#include "model/portfoliosnapshot.h"

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

/** A snapshot of @p address holding @p assets, fetched on chain "1" at a fixed time. */
PortfolioSnapshot snapshot(const QString &address, const QString &label, const QList<TokenAsset> &assets);

} // namespace TestAssets
