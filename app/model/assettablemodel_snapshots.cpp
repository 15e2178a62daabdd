// AssetTableModel, second half: how the store's holdings become rows (the in-place refresh).
#include "model/assettablemodel.h"

#include <QHash>

#include <algorithm>

namespace {

/** Whether a refresh changed anything a cell shows. */
bool sameAsset(const TokenAsset &a, const TokenAsset &b)
{
    return a.balanceText == b.balanceText && a.tokenPriceText == b.tokenPriceText && a.symbol == b.symbol
        && a.isRiskToken == b.isRiskToken && a.rawBalance == b.rawBalance && a.address == b.address;
}

} // namespace

void AssetTableModel::updateRows(const QString &owner)
{
    const PortfolioStore::Entry *entry = m_store->entry(owner);
    if (!entry)
        return;
    const QList<TokenAsset> &assets = entry->snapshot.assets;
    // Row key -> position in assets, the API's first duplicate winning; what no row claims is new.
    QHash<QString, qsizetype> unclaimed;
    unclaimed.reserve(assets.size());
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString key = AssetKey::of(assets.at(i));
        if (!unclaimed.contains(key))
            unclaimed.insert(key, i);
    }

    removeRowsWhere([&](const Row &row) { return row.owner == owner && !unclaimed.contains(row.key); });

    // One dataChanged over the span of changed rows: a proxy re-sorts per signal, so thousands of
    // single-row signals would cost far more than one wider range.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        if (row.owner != owner)
            continue;
        const TokenAsset &fresh = assets.at(unclaimed.take(row.key));
        const bool unchanged = sameAsset(row.asset, fresh);
        // Even an unchanged row takes the store's copy, so the previous reply's texts are freed.
        row.asset = fresh;
        if (unchanged)
            continue;
        row.value = fresh.valueUsd();
        firstChanged = firstChanged < 0 ? r : firstChanged;
        lastChanged = r;
    }
    if (firstChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    // The changes of the address's other rows may have moved, and only the Change column shows them.
    emitOwnerChanged(owner, ChangeColumn, ChangeColumn);

    if (unclaimed.isEmpty())
        return;
    QList<qsizetype> fresh = unclaimed.values();
    std::sort(fresh.begin(), fresh.end());
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_rows.reserve(m_rows.size() + fresh.size());
    for (const qsizetype i : std::as_const(fresh))
        m_rows.append(Row(owner, assets.at(i)));
    endInsertRows();
}

void AssetTableModel::removeRowsWhere(const std::function<bool(const Row &)> &predicate)
{
    // From the back, one contiguous run at a time, so earlier indexes stay valid.
    int r = int(m_rows.size()) - 1;
    while (r >= 0) {
        if (!predicate(m_rows.at(r))) {
            --r;
            continue;
        }
        const int last = r;
        while (r > 0 && predicate(m_rows.at(r - 1)))
            --r;
        beginRemoveRows(QModelIndex(), r, last);
        m_rows.remove(r, last - r + 1);
        endRemoveRows();
        --r;
    }
}

void AssetTableModel::setShareScope(const QString &address)
{
    if (address == m_shareScope)
        return;
    m_shareScope = address;
    updateScopeTotal();
    emitAllChanged(ShareColumn, ShareColumn);
}

void AssetTableModel::updateScopeTotal()
{
    const Decimal total = m_store->summary(m_shareScope).total;
    if (total == m_scopeTotal)
        return;
    m_scopeTotal = total;
    emitAllChanged(ShareColumn, ShareColumn);
}

void AssetTableModel::setDisplay(const AmountDisplay &display)
{
    if (display == m_display)
        return;
    const bool currencyChanged = display.currency() != m_display.currency();
    m_display = display;
    if (currencyChanged)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged(0, ColumnCount - 1);
    emit displayChanged();
}

void AssetTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged(0, ColumnCount - 1);
}

void AssetTableModel::emitAllChanged(int firstColumn, int lastColumn)
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, firstColumn), index(int(m_rows.size()) - 1, lastColumn));
}
