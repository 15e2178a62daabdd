#pragma once

#include "money/fiatcurrency.h"
#include "storage/valuehistory.h"

#include <QDateTime>
#include <QList>

#include <optional>

/** How far back the history view looks. */
enum class HistorySpan {
    Day,
    Week,
    Month,
    Year,
    All,
};

/** One point of the value history's chart and table: a refresh, and the total it left in scope. */
struct HistorySeriesPoint
{
    /** When the refresh ended: its last record. */
    QDateTime time;
    /** The exact total in scope then: each address's latest total recorded at or before time, added up. */
    Decimal total;
    /** total less the previous point's (the first point of a span: less the total just before it); none for the very first. */
    std::optional<Decimal> change;

    /** The addresses the refresh recorded, in the order recorded, with their labels. */
    QList<HistoryAddress> recorded;
    /**
     * The total in CNY, each address's total at the rate recorded with it (never today's rate);
     * nothing when an address counted has no rate recorded.
     */
    std::optional<Decimal> totalCny;
    /** totalCny less the previous point's; nothing when either has no CNY total. */
    std::optional<Decimal> changeCny;

    /** The total in @p currency (totalCny for CNY). */
    std::optional<Decimal> totalIn(FiatCurrency currency) const;
    /** The change in @p currency. */
    std::optional<Decimal> changeIn(FiatCurrency currency) const;
};

/**
 * The value history as a series of totals over time, for one address or for several together.
 *
 * Addresses are recorded one by one, each at its own fetch time: a refresh of three addresses
 * leaves three records a few hundred milliseconds apart, an address refreshed from the sidebar one
 * record on its own, and an address whose refresh failed none. So a sum over addresses is a step
 * function: at any moment, each address counts with the latest total recorded for it at or before
 * that moment (what the window showed then, the failed address's older holdings included), never
 * with nothing because it was not fetched at that very millisecond.
 *
 * Records that belong to one refresh are one point, at the refresh's last record (when the sum is
 * complete), not one half-updated sum per address: consecutive records at most RefreshGapMs apart
 * belong together, unless an address comes again, which starts the next refresh.
 */
namespace HistorySeries {

/** The longest pause between two records of one refresh (a refresh of many addresses waits for the rate limit). */
constexpr qint64 RefreshGapMs = 60 * 1000;

/**
 * The points of @p points (oldest first, as ValueHistory reads them), summed over their addresses.
 * @p before holds, per address, its latest total before the first of @p points (none for one that
 * has none): the sums start from those, and the first point's change is against their sum.
 */
QList<HistorySeriesPoint> build(const QList<HistoryPoint> &before, const QList<HistoryPoint> &points);

/** The currency @p points can be shown in when @p wanted is asked for: CNY only when every point has a CNY total. */
FiatCurrency shownCurrency(const QList<HistorySeriesPoint> &points, FiatCurrency wanted);

/** The earliest time of @p span ending at @p now; invalid (no limit) for HistorySpan::All. */
QDateTime since(HistorySpan span, const QDateTime &now);

} // namespace HistorySeries
