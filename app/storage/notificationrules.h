#pragma once

#include "money/decimal.h"

/**
 * When the app, watching in the background, tells the user about a refresh: how far an address's
 * value must move, whether a new token is worth a word, and how long refreshes may fail first.
 * Kept by AppSettings; WatchNotifier applies them.
 */
struct NotificationRules
{
    /** How valueThreshold is read. */
    enum class ThresholdUnit {
        Off,     ///< no notification for value moves
        Percent, ///< percent of the address's value at the previous refresh
        Usd,     ///< US dollars
    };

    ThresholdUnit thresholdUnit = ThresholdUnit::Percent;
    /** Not negative; a move must be larger than this to be told. */
    Decimal valueThreshold = Decimal::fromInteger(5);
    /** Whether a token an address did not hold at the previous refresh is told. */
    bool newTokens = true;
    /** How long refreshes of an address may keep failing before that is told; 0 never tells. */
    int failureMinutes = 30;

    /** The largest failureMinutes: a day. */
    static constexpr int MaxFailureMinutes = 24 * 60;

    /**
     * Whether a value moving from @p previous by @p delta (exact USD) passes the threshold. From
     * nothing, any move passes a percentage: no percentage of zero is large enough.
     */
    bool passes(const Decimal &previous, const Decimal &delta) const;

    friend bool operator==(const NotificationRules &a, const NotificationRules &b)
    {
        return a.thresholdUnit == b.thresholdUnit && a.valueThreshold == b.valueThreshold
            && a.newTokens == b.newTokens && a.failureMinutes == b.failureMinutes;
    }
};
