#pragma once

#include "api/apierror.h"
#include "api/tokenasset.h"

#include <QList>
#include <QString>

/**
 * The specific-token endpoint's answers, keyed by the tokens asked rather than by what the reply
 * echoes (API reference §3.4): OKX's documented reply leaves the owner address empty, spells the
 * symbol in lower case, and says nothing of whether a token the address does not hold comes back
 * as a zero row or not at all. Both are read as "not held".
 *
 * A reply row belongs to the token asked whose chain and contract it names (EVM contracts without
 * regard to case, AssetKey). A row that names no chain, or no contract where a coin other than the
 * native one was asked, names nothing: it is the answer to the token at its place only when the
 * reply has one row per token asked (as the documented example does), and otherwise makes the reply
 * unreadable (Malformed), since a balance given to the wrong token would be worse than none. A row
 * naming a token that was not asked is left out.
 */
namespace TokenAnswers {

/**
 * @p tokens each once (AssetKey), in the order first given, their contracts as they are sent: EVM
 * contracts in lower case (AssetKey::normalizedAddress()), others verbatim.
 */
QList<TokenRef> distinct(const QList<TokenRef> &tokens);

/**
 * The holdings @p rows (one reply's tokenAssets) give for @p asked (distinct(), as sent): one per
 * token asked that @p ownerAddress holds (a balance other than zero), in the order asked, with the
 * chain and contract as asked and, where the reply echoes no owner, @p ownerAddress as OKX writes
 * it (AssetKey::normalizedAddress()). Malformed when a row cannot be told apart (see above).
 */
ApiResult<QList<TokenAsset>> holdings(const QList<TokenRef> &asked, QList<TokenAsset> rows,
                                      const QString &ownerAddress);

} // namespace TokenAnswers
