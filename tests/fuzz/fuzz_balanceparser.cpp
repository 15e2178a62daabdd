// libFuzzer harness: BalanceParser, the strict reader of every Balance API reply.
//
// Each input is a reply body, read by every entry point (the token list in each API family's
// spelling, the total value, the chain list, the envelope) through both of the parser's paths: a
// body with spare capacity is read in place, any other is copied first. Beyond "no crash, no UB,
// no leak", the two paths must agree, and an accepted asset must hold the amounts its own texts
// give under Decimal's rule.

#include "api/balanceparser.h"
#include "fuzzsupport.h"

#include <array>

namespace {

/** A copy of @p body whose capacity leaves the parser room to read it in place. */
QByteArray padded(const QByteArray &body)
{
    QByteArray copy;
    copy.reserve(body.size() + BalanceParser::ReadPadding);
    copy.append(body);
    return copy;
}

QString describe(const ApiError &error)
{
    return error.isError() ? error.message() : QStringLiteral("ok");
}

void checkAssets(const ApiResult<QList<TokenAsset>> &tight, const ApiResult<QList<TokenAsset>> &roomy)
{
    OKX_FUZZ_CHECK(tight.ok() == roomy.ok(), describe(tight.error) + QStringLiteral(" / ") + describe(roomy.error));
    OKX_FUZZ_CHECK(describe(tight.error) == describe(roomy.error), describe(tight.error) + QStringLiteral(" / ") + describe(roomy.error));
    if (!tight.ok())
        return;
    OKX_FUZZ_CHECK(tight.value.size() == roomy.value.size(), QString());
    for (qsizetype i = 0; i < tight.value.size(); ++i) {
        const TokenAsset &asset = tight.value.at(i);
        const TokenAsset &other = roomy.value.at(i);
        OKX_FUZZ_CHECK(asset.chainIndex == other.chainIndex && asset.tokenContractAddress == other.tokenContractAddress
                           && asset.address == other.address && asset.symbol == other.symbol
                           && asset.balanceText == other.balanceText && asset.rawBalance == other.rawBalance
                           && asset.tokenPriceText == other.tokenPriceText && asset.isRiskToken == other.isRiskToken
                           && asset.balance == other.balance && asset.tokenPrice == other.tokenPrice,
                       asset.balanceText);

        // The amounts are the exact values of the texts, never negative; "" is an unpriced token.
        const std::optional<Decimal> balance = Decimal::parse(asset.balanceText);
        OKX_FUZZ_CHECK(balance && *balance == asset.balance, asset.balanceText);
        OKX_FUZZ_CHECK(asset.balance.sign() >= 0, asset.balanceText);
        if (asset.tokenPriceText.isEmpty()) {
            OKX_FUZZ_CHECK(asset.tokenPrice.isZero(), asset.tokenPriceText);
        } else {
            const std::optional<Decimal> price = Decimal::parse(asset.tokenPriceText);
            OKX_FUZZ_CHECK(price && *price == asset.tokenPrice, asset.tokenPriceText);
        }
        OKX_FUZZ_CHECK(asset.tokenPrice.sign() >= 0, asset.tokenPriceText);
        const Decimal value = asset.valueUsd();
        OKX_FUZZ_CHECK(value.sign() >= 0 && (value.isZero() || asset.isPriced()), value.toPlainString());
    }
}

} // namespace

OKX_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Exactly the input's bytes, no spare capacity: the parser copies it into a padded buffer.
    const QByteArray tight = FuzzSupport::bytes(data, size);
    // The same bytes with room past the end: the parser reads them in place.
    const QByteArray roomy = padded(tight);

    // dex-v5 and dex-v6 spell the token address tokenContractAddress, wallet-v5 tokenAddress.
    for (ApiFamily family : {ApiFamily::DexV5, ApiFamily::DexV6, ApiFamily::WalletV5})
        checkAssets(BalanceParser::parseTokenAssets(200, tight, family), BalanceParser::parseTokenAssets(200, roomy, family));

    const ApiResult<Decimal> total = BalanceParser::parseTotalValue(200, tight);
    const ApiResult<Decimal> totalInPlace = BalanceParser::parseTotalValue(200, roomy);
    OKX_FUZZ_CHECK(total.ok() == totalInPlace.ok() && (!total.ok() || total.value == totalInPlace.value), describe(total.error));
    if (total.ok()) {
        const std::optional<Decimal> again = Decimal::parse(total.value.toPlainString());
        OKX_FUZZ_CHECK(again && *again == total.value && total.value.sign() >= 0, total.value.toPlainString());
    }

    const ApiResult<QList<ChainInfo>> chains = BalanceParser::parseChains(200, tight);
    const ApiResult<QList<ChainInfo>> chainsInPlace = BalanceParser::parseChains(200, roomy);
    OKX_FUZZ_CHECK(chains.ok() == chainsInPlace.ok() && chains.value.size() == chainsInPlace.value.size(), describe(chains.error));

    // The envelope under a success status and under the statuses whose bodies are read for OKX's reason.
    for (int status : {200, 400, 401, 429, 500, 503}) {
        const ApiError error = BalanceParser::envelopeError(status, tight);
        const ApiError inPlace = BalanceParser::envelopeError(status, roomy);
        OKX_FUZZ_CHECK(describe(error) == describe(inPlace), describe(error) + QStringLiteral(" / ") + describe(inPlace));
    }
    return 0;
}
