#include "api/tokenanswers.h"

#include "api/assetkey.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace TokenAnswers {

QList<TokenRef> distinct(const QList<TokenRef> &tokens)
{
    QList<TokenRef> unique;
    QSet<QString> seen;
    for (const TokenRef &token : tokens) {
        TokenRef sent{token.chainIndex, AssetKey::normalizedAddress(token.tokenContractAddress)};
        const QString key = AssetKey::of(sent.chainIndex, sent.tokenContractAddress);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(std::move(sent));
    }
    return unique;
}

ApiResult<QList<TokenAsset>> holdings(const QList<TokenRef> &asked, QList<TokenAsset> rows,
                                      const QString &ownerAddress)
{
    QHash<QString, qsizetype> askedAt;
    askedAt.reserve(asked.size());
    // The chains a token other than the native coin was asked on: there a row without a contract
    // may be its answer with the contract left out, not the native coin's.
    QSet<QString> contractsAskedOn;
    for (qsizetype i = 0; i < asked.size(); ++i) {
        const TokenRef &token = asked.at(i);
        askedAt.insert(AssetKey::of(token.chainIndex, token.tokenContractAddress), i);
        if (!token.tokenContractAddress.isEmpty())
            contractsAskedOn.insert(token.chainIndex);
    }

    QList<std::optional<TokenAsset>> answers(asked.size());
    QList<qsizetype> unnamed;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        TokenAsset &row = rows[r];
        const auto at = row.chainIndex.isEmpty() ? askedAt.constEnd() : askedAt.constFind(AssetKey::of(row));
        if (at != askedAt.constEnd() && !answers.at(*at)) {
            answers[*at] = std::move(row);
            continue;
        }
        // Otherwise a token not asked for, or one answered twice: left out.
        if (row.chainIndex.isEmpty() || (row.tokenContractAddress.isEmpty() && contractsAskedOn.contains(row.chainIndex)))
            unnamed.append(r);
    }
    // Only a reply with one row per token asked tells by its order whose a row is.
    for (const qsizetype r : std::as_const(unnamed)) {
        if (rows.size() != asked.size() || answers.at(r)) {
            return ApiResult<QList<TokenAsset>>::failure(ApiError::malformed(TranslatableText(
                "TokenAnswers", QT_TRANSLATE_NOOP("TokenAnswers", "the reply gives a balance without saying of which token"))));
        }
        answers[r] = std::move(rows[r]);
    }

    const QString owner = AssetKey::normalizedAddress(ownerAddress);
    QList<TokenAsset> held;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        std::optional<TokenAsset> &answer = answers[i];
        // A zero row and no row alike: the address does not hold the token.
        if (!answer || answer->balance.isZero())
            continue;
        answer->chainIndex = asked.at(i).chainIndex;
        answer->tokenContractAddress = asked.at(i).tokenContractAddress;
        if (answer->address.isEmpty())
            answer->address = owner;
        held.append(std::move(*answer));
    }
    return ApiResult<QList<TokenAsset>>::success(std::move(held));
}

} // namespace TokenAnswers
