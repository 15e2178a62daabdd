// AssetTableModel: the store's changes since the previous refresh (Change column and change roles).
#include "model/assettablemodel.h"

#include "model/themecolors.h"

#include <QBrush>
#include <QGuiApplication>

const HoldingChange *AssetTableModel::changeOf(const Row &row) const
{
    const PortfolioStore::Entry *owner = m_store->entry(row.owner);
    return owner && owner->hasChanges ? owner->changes.find(row.key) : nullptr;
}

QVariant AssetTableModel::changeData(const Row &row, int role) const
{
    const HoldingChange *change = changeOf(row);
    const HoldingChange::Kind kind = change ? change->kind : HoldingChange::Kind::Unchanged;
    switch (role) {
    case ChangeKindRole:
        return int(kind);
    case BalanceDeltaRole:
        return QVariant::fromValue(change ? change->balanceDelta() : Decimal());
    case ValueDeltaRole:
        return QVariant::fromValue(change ? change->valueDeltaUsd() : Decimal());
    case Qt::DisplayRole:
        if (kind == HoldingChange::Kind::Appeared)
            //: Change column of a token that was not held at the previous refresh.
            return tr("New");
        return kind == HoldingChange::Kind::Changed ? m_display.change(change->valueDeltaUsd()) : QString();
    case CompactTextRole:
        if (kind == HoldingChange::Kind::Changed)
            return m_display.changeCompact(change->valueDeltaUsd());
        return changeData(row, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (kind == HoldingChange::Kind::Appeared)
            return tr("New since the previous refresh: %1 %2").arg(m_display.balance(change->currentBalance), row.asset.symbol);
        if (kind != HoldingChange::Kind::Changed)
            return {};
        //: %1 is a signed balance change with %2 the token symbol, %3 a signed USD change.
        return tr("Since the previous refresh: balance %1 %2, value %3")
            .arg(m_display.balanceChange(change->balanceDelta()), row.asset.symbol, m_display.change(change->valueDeltaUsd()));
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (kind == HoldingChange::Kind::Appeared)
            return QBrush(ThemeColors::gain(palette));
        if (kind != HoldingChange::Kind::Changed || change->valueDeltaUsd().isZero())
            return QBrush(ThemeColors::mutedText(palette));
        return QBrush(change->valueDeltaUsd().isNegative() ? ThemeColors::loss(palette) : ThemeColors::gain(palette));
    }
    default:
        return {};
    }
}

void AssetTableModel::emitOwnerChanged(const QString &owner, int firstColumn, int lastColumn)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).owner != owner)
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    if (first >= 0)
        emit dataChanged(index(first, firstColumn), index(last, lastColumn));
}
