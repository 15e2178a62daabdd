#include "model/holdingsortproxy.h"

#include "model/assettablemodel.h"
#include "model/sortkeyorder.h"

HoldingSortProxy::HoldingSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A refresh's dataChanged moves just the changed rows to their places.
    setDynamicSortFilter(true);
    setSortRole(AssetTableModel::SortKeyRole);
}

bool HoldingSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const std::optional<bool> less = SortKeyOrder::less(left.data(sortRole()), right.data(sortRole()), sortOrder()))
        return *less;
    const QString leftSymbol = left.data(AssetTableModel::SymbolRole).toString();
    if (const int bySymbol = leftSymbol.compare(right.data(AssetTableModel::SymbolRole).toString(), Qt::CaseInsensitive))
        return bySymbol < 0;
    return left.data(AssetTableModel::RowKeyRole).toString() < right.data(AssetTableModel::RowKeyRole).toString();
}
