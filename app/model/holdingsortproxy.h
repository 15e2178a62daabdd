#pragma once

#include <QSortFilterProxyModel>

/**
 * Sorts a model of holdings that answers AssetTableModel's SortKeyRole, SymbolRole and RowKeyRole
 * (the grouped holdings, a token's holders) by the exact key of each column, in SortKeyOrder; ties
 * by symbol, then by row key, so equal rows keep one order across refreshes. In a tree, every
 * level sorts on its own (the groups, and the holdings within each group).
 */
class HoldingSortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldingSortProxy)

public:
    explicit HoldingSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
