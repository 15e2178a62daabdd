#include "model/holdingssummary.h"

HoldingsSummary HoldingsSummary::of(const QList<PortfolioSnapshot> &snapshots)
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
            if (asset.isRiskToken) {
                ++summary.riskCount;
                summary.riskClaimedValue += asset.valueUsd();
            } else if (!asset.isPriced()) {
                ++summary.unpricedCount;
            } else {
                summary.total += asset.valueUsd();
            }
        }
    }
    return summary;
}
