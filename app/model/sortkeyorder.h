#pragma once

#include <QVariant>

#include <optional>

/**
 * The one order of the holdings' exact sort keys (AssetTableModel::SortKeyRole), shared by every
 * proxy that sorts holdings: a Decimal compares exactly, text locale-aware, and a key with no value
 * (invalid: unpriced, a risk token's value) goes last whichever way the column is sorted.
 */
namespace SortKeyOrder {

/**
 * Whether @p left goes before @p right in a column sorted @p order, as QSortFilterProxyModel::lessThan()
 * answers (it asks lessThan(right, left) for a descending sort); nullopt when they tie, for the caller's
 * tie-break.
 */
std::optional<bool> less(const QVariant &left, const QVariant &right, Qt::SortOrder order);

} // namespace SortKeyOrder
