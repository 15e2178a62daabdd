#pragma once

#include "api/tokenasset.h"

#include <QByteArray>
#include <QList>

/**
 * A reproducible synthetic portfolio for the benchmark: many tokens on one chain with API-like
 * values (up to 18 decimals, prices up to 24 significant digits), some unpriced, and a few symbols
 * that need CSV quoting or the formula guard.
 */
namespace BenchPortfolio {

/** The EVM address the portfolio belongs to. */
QString address();

/** @p count assets, the same for the same count on every run. */
QList<TokenAsset> generate(int count);

/** The all-token-balances reply body for @p assets, as the API would send it. */
QByteArray replyBody(const QList<TokenAsset> &assets);

} // namespace BenchPortfolio
