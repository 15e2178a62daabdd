#include "model/allocationbuilder.h"

#include "api/chainregistry.h"
#include "model/assettablemodel.h"
#include "model/holdingssummary.h"

#include <QHash>

#include <algorithm>

namespace {

struct Group
{
    QString label;
    Decimal value;
    int holdingCount = 0;
};

QString groupLabel(AllocationGrouping grouping, const PortfolioSnapshot &owner, const TokenAsset &asset)
{
    switch (grouping) {
    case AllocationGrouping::Token:
        return asset.symbol.isEmpty() ? AssetTableModel::tr("(no symbol)") : asset.symbol;
    case AllocationGrouping::Chain:
        return ChainRegistry::displayName(asset.chainIndex);
    case AllocationGrouping::Address:
        return owner.displayName();
    }
    return {};
}

} // namespace

Allocation AllocationBuilder::build(const QList<PortfolioSnapshot> &snapshots, const TokenVerdicts &verdicts,
                                     AllocationGrouping grouping, int topCount)
{
    Allocation allocation;
    allocation.grouping = grouping;

    QHash<QString, Group> groups;
    for (const PortfolioSnapshot &snapshot : snapshots) {
        for (const TokenAsset &asset : snapshot.assets) {
            if (!TokenVerdicts::counts(asset, verdicts.verdictOf(asset)))
                continue;
            const Decimal value = asset.valueUsd();
            allocation.total += value;
            Group &group = groups[groupKey(grouping, snapshot.address, asset)];
            if (group.label.isEmpty())
                group.label = groupLabel(grouping, snapshot, asset);
            group.value += value;
            ++group.holdingCount;
        }
    }

    QList<AllocationSlice> ranked;
    ranked.reserve(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->value.sign() > 0)
            ranked.append(AllocationSlice{it->label, {it.key()}, it->value, {}, false, {}, it->holdingCount});
    }
    // Largest first; equal values by label, then key, so the order never depends on hashing.
    std::sort(ranked.begin(), ranked.end(), [](const AllocationSlice &a, const AllocationSlice &b) {
        if (const int byValue = Decimal::compare(a.value, b.value))
            return byValue > 0;
        if (const int byLabel = QString::localeAwareCompare(a.label, b.label))
            return byLabel < 0;
        return a.keys.constFirst() < b.keys.constFirst();
    });

    const int shown = ranked.size() > topCount + 1 ? topCount : int(ranked.size());
    allocation.slices = ranked.mid(0, shown);
    if (ranked.size() > shown) {
        AllocationSlice other;
        //: The pie slice that gathers every holding outside the largest ones.
        other.label = tr("Other");
        other.isOther = true;
        for (int i = shown; i < ranked.size(); ++i) {
            other.value += ranked.at(i).value;
            other.keys += ranked.at(i).keys;
            other.members += ranked.at(i).label;
            other.holdingCount += ranked.at(i).holdingCount;
        }
        allocation.slices.append(other);
    }
    for (AllocationSlice &slice : allocation.slices)
        slice.percent = slice.value.percentOf(allocation.total, AllocationBuilder::PercentDecimals);
    return allocation;
}

QString AllocationBuilder::groupKey(AllocationGrouping grouping, const QString &ownerAddress, const TokenAsset &asset)
{
    switch (grouping) {
    case AllocationGrouping::Token:
        return asset.symbol;
    case AllocationGrouping::Chain:
        return asset.chainIndex;
    case AllocationGrouping::Address:
        return ownerAddress;
    }
    return {};
}

int AllocationBuilder::keyRole(AllocationGrouping grouping)
{
    switch (grouping) {
    case AllocationGrouping::Token:
        return AssetTableModel::SymbolRole;
    case AllocationGrouping::Chain:
        return AssetTableModel::ChainIndexRole;
    case AllocationGrouping::Address:
        return AssetTableModel::OwnerAddressRole;
    }
    return AssetTableModel::SymbolRole;
}
