#pragma once

#include "model/allocationbuilder.h"

#include <QByteArray>
#include <QString>

class AllocationChartView;
class AssetFilterProxy;

/**
 * The window's view choices that outlive a run: the filters, the chart grouping, the selected
 * address and whether the holdings are grouped by token. Stored as a small JSON blob; a missing or damaged blob gives the defaults.
 */
struct ViewPreferences
{
    QString search;
    bool hideRisk = false;
    bool hideSmall = false;
    bool hideUnpriced = false;
    AllocationGrouping grouping = AllocationGrouping::Token;
    /** The selected address; empty for all addresses. */
    QString scope;
    /** View → Group by Token: the holdings folded by token (the caller's to apply, like the scope). */
    bool groupByToken = false;

    QByteArray toBlob() const;
    static ViewPreferences fromBlob(const QByteArray &blob);

    /** The choices @p proxy and @p chart show now, and whether the holdings are @p groupedByToken. */
    static ViewPreferences of(const AssetFilterProxy &proxy, const AllocationChartView &chart, bool groupedByToken);
    /** Sets the filters of @p proxy and the grouping of @p chart (the scope is the caller's). */
    void applyTo(AssetFilterProxy &proxy, AllocationChartView &chart) const;
};
