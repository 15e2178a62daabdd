#include "model/holdingssummary.h"

HoldingsSummary HoldingsSummary::of(const QList<PortfolioSnapshot> &snapshots, const TokenVerdicts &verdicts)
{
    HoldingsSummary summary;
    summary.addressCount = int(snapshots.size());
    for (const PortfolioSnapshot &snapshot : snapshots) {
        if (snapshot.isStale())
            ++summary.staleCount;
        if (snapshot.hasData()) {
            if (!summary.newestFetch.isValid() || snapshot.fetchedAt > summary.newestFetch)
                summary.newestFetch = snapshot.fetchedAt;
            if (!summary.oldestFetch.isValid() || snapshot.fetchedAt < summary.oldestFetch)
                summary.oldestFetch = snapshot.fetchedAt;
        }
        summary.tokenCount += int(snapshot.assets.size());
        for (const TokenAsset &asset : snapshot.assets) {
            const TokenVerdict verdict = verdicts.verdictOf(asset);
            if (TokenVerdicts::counts(asset, verdict)) {
                summary.total += asset.valueUsd();
            } else if (TokenVerdicts::leftOutAsRisk(asset.isRiskToken, verdict)) {
                ++summary.riskCount;
                summary.riskClaimedValue += asset.valueUsd();
            } else {
                ++summary.unpricedCount;
            }
        }
    }
    return summary;
}

void HoldingsSummary::add(const HoldingsSummary &other)
{
    total += other.total;
    tokenCount += other.tokenCount;
    riskCount += other.riskCount;
    riskClaimedValue += other.riskClaimedValue;
    unpricedCount += other.unpricedCount;
    addressCount += other.addressCount;
    staleCount += other.staleCount;
    stoppedCount += other.stoppedCount;
    if (other.newestFetch.isValid() && (!newestFetch.isValid() || other.newestFetch > newestFetch))
        newestFetch = other.newestFetch;
    if (other.oldestFetch.isValid() && (!oldestFetch.isValid() || other.oldestFetch < oldestFetch))
        oldestFetch = other.oldestFetch;
}
