#include "model/suspiciousholding.h"

#include "api/assetkey.h"
#include "model/holdingssummary.h"

#include <algorithm>

namespace {

/** Whether the price per unit moved by more than SuspiciousHolding::Factor, either way, in @p change. */
bool priceJumped(const HoldingChange &change)
{
    if (change.kind != HoldingChange::Kind::Changed || change.previousBalance.sign() <= 0
        || change.currentBalance.sign() <= 0 || change.previousValueUsd.sign() <= 0 || change.currentValueUsd.sign() <= 0)
        return false;
    // price now / price before = (value now × balance before) / (value before × balance now), kept exact
    // by comparing the cross products instead of dividing.
    const Decimal now = change.currentValueUsd * change.previousBalance;
    const Decimal before = change.previousValueUsd * change.currentBalance;
    const Decimal factor = Decimal::fromInteger(SuspiciousHolding::Factor);
    return now > before * factor || before > now * factor;
}

} // namespace

QList<SuspiciousHolding> SuspiciousHolding::findIn(const PortfolioSnapshot &snapshot, const AddressChanges *changes,
                                                   const TokenVerdicts &verdicts)
{
    Decimal counted;
    for (const TokenAsset &asset : snapshot.assets) {
        if (TokenVerdicts::counts(asset, verdicts.verdictOf(asset)))
            counted += asset.valueUsd();
    }

    QList<SuspiciousHolding> found;
    const Decimal factor = Decimal::fromInteger(Factor);
    const Decimal outweighsFrom = Decimal::fromInteger(OutweighsFromUsd);
    for (const TokenAsset &asset : snapshot.assets) {
        const TokenVerdict verdict = verdicts.verdictOf(asset);
        if (verdict != TokenVerdict::None || asset.tokenContractAddress.isEmpty() || !TokenVerdicts::counts(asset, verdict))
            continue;
        const Decimal value = asset.valueUsd();
        const Decimal rest = counted - value;
        const HoldingChange *change = changes ? changes->find(AssetKey::of(asset)) : nullptr;
        if (value >= outweighsFrom && value > rest * factor)
            found.append({snapshot.address, asset, value, Reason::Outweighs});
        else if (change && priceJumped(*change))
            found.append({snapshot.address, asset, value, Reason::PriceJump});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const SuspiciousHolding &a, const SuspiciousHolding &b) { return a.value > b.value; });
    return found;
}
