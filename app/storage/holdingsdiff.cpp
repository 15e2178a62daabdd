#include "storage/holdingsdiff.h"

#include "api/assetkey.h"
#include "storage/watchedaddress.h"

#include <QHash>

#include <algorithm>

namespace {

/** One list's holdings, merged per (chain, contract) and kept in first-seen order. */
struct Holdings
{
    QStringList order;
    QHash<QString, HoldingChange> byKey;
};

/** The holdings of @p assets, written into the "current" fields of each row. */
Holdings collect(const QList<TokenAsset> &assets)
{
    Holdings holdings;
    for (const TokenAsset &asset : assets) {
        const QString key = AssetKey::of(asset);
        auto it = holdings.byKey.find(key);
        if (it == holdings.byKey.end()) {
            holdings.order.append(key);
            HoldingChange row;
            row.chainIndex = asset.chainIndex;
            row.tokenContractAddress = asset.tokenContractAddress;
            row.symbol = asset.symbol;
            row.isRiskToken = asset.isRiskToken;
            it = holdings.byKey.insert(key, row);
        }
        it->currentBalance += asset.balance;
        it->currentValueUsd += asset.valueUsd();
    }
    return holdings;
}

/** The USD total of the non-risk holdings (unpriced ones are worth zero here). */
Decimal totalOf(const Holdings &holdings)
{
    Decimal total;
    for (const HoldingChange &row : holdings.byKey) {
        if (!row.isRiskToken)
            total += row.currentValueUsd;
    }
    return total;
}

} // namespace

bool AddressChanges::hasChanges() const
{
    return std::any_of(rows.cbegin(), rows.cend(),
                       [](const HoldingChange &row) { return row.kind != HoldingChange::Kind::Unchanged; });
}

const HoldingChange *AddressChanges::find(const QString &chainIndex, const QString &tokenContractAddress) const
{
    return find(AssetKey::of(chainIndex, tokenContractAddress));
}

const HoldingChange *AddressChanges::find(const QString &key) const
{
    const qsizetype at = rowByKey.value(key, -1);
    return at < 0 ? nullptr : &rows.at(at);
}

AddressChanges AddressChanges::onChains(const QStringList &chainIndexes) const
{
    AddressChanges kept;
    kept.address = address;
    for (const HoldingChange &row : rows) {
        if (!chainIndexes.contains(row.chainIndex))
            continue;
        kept.rowByKey.insert(AssetKey::of(row.chainIndex, row.tokenContractAddress), kept.rows.size());
        kept.rows.append(row);
        if (!row.isRiskToken) {
            kept.previousTotalUsd += row.previousValueUsd;
            kept.currentTotalUsd += row.currentValueUsd;
        }
    }
    return kept;
}

Decimal ChangeSet::totalDeltaUsd() const
{
    Decimal total;
    for (const AddressChanges &changes : addresses)
        total += changes.totalDeltaUsd();
    return total;
}

bool ChangeSet::hasChanges() const
{
    return std::any_of(addresses.cbegin(), addresses.cend(), [](const AddressChanges &c) { return c.hasChanges(); });
}

const AddressChanges *ChangeSet::find(const QString &address) const
{
    for (const AddressChanges &changes : addresses) {
        if (WatchedAddress::sameAddress(changes.address, address))
            return &changes;
    }
    return nullptr;
}

AddressChanges HoldingsDiff::compare(const QString &address, const QList<TokenAsset> &previous,
                                     const QList<TokenAsset> &current)
{
    const Holdings before = collect(previous);
    const Holdings now = collect(current);

    AddressChanges changes;
    changes.address = address;
    for (const QString &key : now.order) {
        HoldingChange row = now.byKey.value(key);
        const auto old = before.byKey.constFind(key);
        if (old == before.byKey.constEnd()) {
            row.kind = HoldingChange::Kind::Appeared;
        } else {
            row.previousBalance = old->currentBalance;
            row.previousValueUsd = old->currentValueUsd;
            const bool same = row.previousBalance == row.currentBalance && row.previousValueUsd == row.currentValueUsd;
            row.kind = same ? HoldingChange::Kind::Unchanged : HoldingChange::Kind::Changed;
        }
        changes.rowByKey.insert(key, changes.rows.size());
        changes.rows.append(row);
    }
    for (const QString &key : before.order) {
        if (now.byKey.contains(key))
            continue;
        HoldingChange row = before.byKey.value(key);
        row.kind = HoldingChange::Kind::Disappeared;
        row.previousBalance = row.currentBalance;
        row.previousValueUsd = row.currentValueUsd;
        row.currentBalance = Decimal();
        row.currentValueUsd = Decimal();
        changes.rowByKey.insert(key, changes.rows.size());
        changes.rows.append(row);
    }
    // Each side's own risk flags: a token flagged only since the last refresh left the old total as it was.
    changes.previousTotalUsd = totalOf(before);
    changes.currentTotalUsd = totalOf(now);
    return changes;
}
