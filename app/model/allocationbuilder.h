#pragma once

#include "model/portfoliosnapshot.h"
#include "storage/tokenverdicts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** What the allocation chart groups holdings by. */
enum class AllocationGrouping {
    Token,   ///< by symbol, across chains and addresses
    Chain,   ///< by chain index
    Address, ///< by watched address
};

/** One pie slice: a group of holdings, or "Other" for the groups past the top ones. */
struct AllocationSlice
{
    QString label;
    /** The group keys the slice stands for (one, or several for "Other"); see AllocationBuilder::groupKey(). */
    QStringList keys;
    /** Exact USD value of the slice. */
    Decimal value;
    /** The slice's percentage of the total, rounded to PercentDecimals. */
    Decimal percent;
    bool isOther = false;
    /** For "Other": the labels of the groups it gathers, largest first. */
    QStringList members;
    /** How many holdings (table rows) the slice adds up. */
    int holdingCount = 0;
};

/** The slices of a scope, largest first, "Other" last; they add up exactly to total. */
struct Allocation
{
    AllocationGrouping grouping = AllocationGrouping::Token;
    QList<AllocationSlice> slices;
    /** Exact USD total of the priced, non-risk holdings. */
    Decimal total;

    bool isEmpty() const { return slices.isEmpty(); }
};

/**
 * Builds the allocation of a set of snapshots: only priced, non-risk holdings with a positive value,
 * grouped, summed exactly, the largest topCount groups as slices and the rest as one "Other" slice.
 * Linear in the number of holdings, so 10,000 assets still give 9 slices at once.
 */
class AllocationBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(AllocationBuilder)

public:
    AllocationBuilder() = delete;

    static constexpr int DefaultTopCount = 8;
    static constexpr int PercentDecimals = 1;

    /**
     * The allocation of @p snapshots by @p grouping, of the holdings that count under the user's
     * @p verdicts. When only one group would fall into "Other", it keeps its own slice instead.
     */
    static Allocation build(const QList<PortfolioSnapshot> &snapshots, const TokenVerdicts &verdicts,
                            AllocationGrouping grouping, int topCount = DefaultTopCount);

    /** The key a holding is grouped under: its symbol, its chain index or its owner's address. */
    static QString groupKey(AllocationGrouping grouping, const QString &ownerAddress, const TokenAsset &asset);
    /** The AssetTableModel role that holds a row's group key, so the table can filter on a slice. */
    static int keyRole(AllocationGrouping grouping);
};
