#include "storage/holdingsdiff.h"

#include "api/assetkey.h"

#include <QHash>

namespace {

/** One holding of a list: its assets summed. Points into the list, which outlives it. */
struct Holding
{
    const TokenAsset *first = nullptr;
    Decimal balance;
    Decimal valueUsd;
};

/** One list's holdings, merged per (chain, contract) and kept in first-seen order. */
struct Holdings
{
    QStringList order;
    QHash<QString, Holding> byKey;
};

Holdings collect(const QList<TokenAsset> &assets)
{
    Holdings holdings;
    holdings.byKey.reserve(assets.size());
    for (const TokenAsset &asset : assets) {
        const QString key = AssetKey::of(asset);
        auto it = holdings.byKey.find(key);
        if (it == holdings.byKey.end()) {
            holdings.order.append(key);
            it = holdings.byKey.insert(key, Holding{&asset, {}, {}});
        }
        it->balance += asset.balance;
        it->valueUsd += asset.valueUsd();
    }
    return holdings;
}

/** A row for @p holding, its texts and risk flag from the list's first asset of it. */
HoldingChange rowOf(const Holding &holding, HoldingChange::Kind kind)
{
    HoldingChange row;
    row.kind = kind;
    row.chainIndex = holding.first->chainIndex;
    row.tokenContractAddress = holding.first->tokenContractAddress;
    row.symbol = holding.first->symbol;
    row.isRiskToken = holding.first->isRiskToken;
    row.wasRiskToken = row.isRiskToken;
    return row;
}

} // namespace

Decimal HoldingChange::totalDeltaUsd(TokenVerdict verdict) const
{
    const bool leftOutNow = TokenVerdicts::leftOutAsRisk(isRiskToken, verdict);
    const bool leftOutBefore = TokenVerdicts::leftOutAsRisk(wasRiskToken, verdict);
    return (leftOutNow ? Decimal() : currentValueUsd) - (leftOutBefore ? Decimal() : previousValueUsd);
}

Decimal AddressChanges::totalDeltaUsd(const TokenVerdicts &verdicts) const
{
    Decimal total;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const HoldingChange &row = rows.at(i);
        total += row.totalDeltaUsd(verdicts.isEmpty() ? TokenVerdict::None
                                                      : verdicts.verdictOf(AssetKey::of(row.chainIndex, row.tokenContractAddress)));
    }
    return total;
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
        if (chainIndexes.contains(row.chainIndex))
            kept.append(AssetKey::of(row.chainIndex, row.tokenContractAddress), row);
    }
    return kept;
}

AddressChanges AddressChanges::replacing(const QString &key, const AddressChanges &token) const
{
    AddressChanges result;
    result.address = address;
    for (const HoldingChange &row : rows) {
        const QString rowKey = AssetKey::of(row.chainIndex, row.tokenContractAddress);
        if (rowKey != key)
            result.append(rowKey, row);
    }
    for (const HoldingChange &row : token.rows)
        result.append(key, row);
    return result;
}

void AddressChanges::append(const QString &key, const HoldingChange &row)
{
    rowByKey.insert(key, rows.size());
    rows.append(row);
}

AddressChanges HoldingsDiff::compare(const QString &address, const QList<TokenAsset> &previous,
                                     const QList<TokenAsset> &current)
{
    const Holdings before = collect(previous);
    const Holdings now = collect(current);

    AddressChanges changes;
    changes.address = address;
    for (const QString &key : now.order) {
        const Holding &holding = now.byKey[key];
        const auto old = before.byKey.constFind(key);
        if (old == before.byKey.constEnd()) {
            HoldingChange row = rowOf(holding, HoldingChange::Kind::Appeared);
            row.currentBalance = holding.balance;
            row.currentValueUsd = holding.valueUsd;
            changes.append(key, row);
            continue;
        }
        const bool same = old->balance == holding.balance && old->valueUsd == holding.valueUsd;
        const bool sameRisk = old->first->isRiskToken == holding.first->isRiskToken;
        if (same && sameRisk)
            continue;
        HoldingChange row = rowOf(holding, same ? HoldingChange::Kind::Unchanged : HoldingChange::Kind::Changed);
        row.wasRiskToken = old->first->isRiskToken;
        row.previousBalance = old->balance;
        row.previousValueUsd = old->valueUsd;
        row.currentBalance = holding.balance;
        row.currentValueUsd = holding.valueUsd;
        changes.append(key, row);
    }
    for (const QString &key : before.order) {
        if (now.byKey.contains(key))
            continue;
        const Holding &holding = before.byKey[key];
        HoldingChange row = rowOf(holding, HoldingChange::Kind::Disappeared);
        row.previousBalance = holding.balance;
        row.previousValueUsd = holding.valueUsd;
        changes.append(key, row);
    }
    return changes;
}
