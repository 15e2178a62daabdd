#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QHeaderView;
class QModelIndex;

/**
 * Copy's text: the selected rows of a table or tree as tab-separated lines under a header line of
 * the visible columns, in their order, as spreadsheets take them from the clipboard.
 */
namespace TsvText {

/** @p text made one cell: tabs and line breaks inside would split it. */
QString cell(QString text);

/**
 * The selected rows of @p view, in the order they are shown (a tree's children under their group),
 * with @p header's visible columns; each cell as @p cellText gives it. Empty without a selection.
 */
QString ofSelection(const QAbstractItemView &view, const QHeaderView &header,
                    const std::function<QString(const QModelIndex &)> &cellText);

/**
 * A holdings cell (AssetTableModel's columns and roles) as Copy gives it: amounts as exact plain
 * numbers, the whole contract and owner address; placeholders ("—"), the privacy mask and the
 * texts of a token's group row as shown.
 */
QString holdingCell(const QModelIndex &index);

} // namespace TsvText
