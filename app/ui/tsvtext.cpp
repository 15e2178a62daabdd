#include "ui/tsvtext.h"

#include "model/amountdisplay.h"
#include "model/assettablemodel.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>

namespace {

/** Where @p index is shown: its row, under its parents' rows (a tree's order, a table's too). */
QList<int> pathOf(QModelIndex index)
{
    QList<int> path;
    for (; index.isValid(); index = index.parent())
        path.prepend(index.row());
    return path;
}

} // namespace

QString TsvText::cell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString TsvText::ofSelection(const QAbstractItemView &view, const QHeaderView &header,
                             const std::function<QString(const QModelIndex &)> &cellText)
{
    const QAbstractItemModel *model = view.model();
    if (!model || !view.selectionModel())
        return {};
    QModelIndexList rows = view.selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return pathOf(a) < pathOf(b); });
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns << logical;
    }

    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells << cell(model->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells << cell(cellText(row.siblingAtColumn(column)));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TsvText::holdingCell(const QModelIndex &index)
{
    const QString shown = index.data(Qt::DisplayRole).toString();
    // The whole values, not their short forms: a contract shown as 0x386a…4ec0, an owner shown by label.
    if (index.column() == AssetTableModel::ContractColumn) {
        const QString contract = index.data(AssetTableModel::ContractRole).toString();
        return contract.isEmpty() ? shown : contract;
    }
    if (index.column() == AssetTableModel::AddressColumn) {
        const QString owner = index.data(AssetTableModel::OwnerAddressRole).toString();
        return owner.isEmpty() ? shown : owner;
    }
    // Placeholders ("—"), an empty cell and privacy mode's mask are copied as shown, amounts as exact numbers.
    const QString exact = index.data(AssetTableModel::ExactTextRole).toString();
    if (exact.isEmpty() || shown.isEmpty() || shown == AmountDisplay::none() || shown == AmountDisplay::mask())
        return shown;
    return exact;
}
