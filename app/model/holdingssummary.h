#pragma once

#include "model/portfoliosnapshot.h"
#include "storage/tokenverdicts.h"

#include <QDateTime>

/**
 * The headline numbers of a set of snapshots (one address or all of them), computed exactly.
 *
 * Only priced, non-risk holdings count in the total. Risk tokens are counted apart, with the value
 * they claim; unpriced tokens (OKX has no price) are counted apart too: unknown, not worthless.
 * Whether a token is a risk token is OKX's flag, unless the user's verdict says otherwise
 * (TokenVerdicts::counts()).
 */
struct HoldingsSummary
{
    /** Exact USD total of the priced, non-risk holdings. */
    Decimal total;
    /** Every token row, counted or not. */
    int tokenCount = 0;
    /** Risk tokens, those the user marked as spam included (left out of the total). */
    int riskCount = 0;
    /** The USD value the risk tokens claim, exact. */
    Decimal riskClaimedValue;
    /** Non-risk tokens OKX has no price for (left out of the total). */
    int unpricedCount = 0;
    /** Snapshots summed. */
    int addressCount = 0;
    /** Snapshots whose latest refresh failed, shown with older data. */
    int staleCount = 0;
    /** Snapshots whose latest refresh was stopped before they were fetched, shown with older data. */
    int stoppedCount = 0;
    /** The newest and the oldest fetch time among the snapshots with data; invalid when none has data. */
    QDateTime newestFetch;
    QDateTime oldestFetch;

    /** Adds @p other's counts and totals to these (the summary of both sets). */
    void add(const HoldingsSummary &other);
    /** Sums @p snapshots under the user's @p verdicts. */
    static HoldingsSummary of(const QList<PortfolioSnapshot> &snapshots, const TokenVerdicts &verdicts);
};
