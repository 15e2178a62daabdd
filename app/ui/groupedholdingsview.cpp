#include "ui/groupedholdingsview.h"

#include "model/assettablemodel.h"
#include "ui/amountcelldelegate.h"
#include "ui/holdingmenu.h"
#include "ui/holdingsview.h"
#include "ui/tsvtext.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>

GroupedHoldingsView::GroupedHoldingsView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("groupedHoldingsView"));
    setItemDelegate(new AmountCellDelegate(this));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    setWordWrap(false);
    setAllColumnsShowFocus(true);
    // A double click opens the token's holders, as in the flat table; → and the arrow expand.
    setExpandsOnDoubleClick(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(true);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_menu)
            m_menu->showHolders(index);
    });
}

void GroupedHoldingsView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // Names may be cut (whole in the tooltip); amounts never: their columns fit their widest text.
    setColumnWidth(AssetTableModel::TokenColumn, digit * 16 + 40);
    setColumnWidth(AssetTableModel::ChainColumn, digit * 12);
    setColumnWidth(AssetTableModel::AddressColumn, digit * 14);
    setColumnWidth(AssetTableModel::ContractColumn, digit * 16);
    for (int column : {AssetTableModel::BalanceColumn, AssetTableModel::PriceColumn, AssetTableModel::ValueColumn,
                       AssetTableModel::ChangeColumn, AssetTableModel::ShareColumn})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    sortByColumn(AssetTableModel::ValueColumn, Qt::DescendingOrder);
}

void GroupedHoldingsView::showColumnsOf(const HoldingsView &table)
{
    const QHeaderView *flat = table.horizontalHeader();
    for (int visual = 0; visual < flat->count(); ++visual) {
        const int column = flat->logicalIndex(visual);
        header()->moveSection(header()->visualIndex(column), visual);
        setColumnHidden(column, flat->isSectionHidden(column));
    }
}

QString GroupedHoldingsView::selectionAsTsv() const
{
    return TsvText::ofSelection(*this, *header(), TsvText::holdingCell);
}

void GroupedHoldingsView::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void GroupedHoldingsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex clicked = indexAt(event->pos());
    if (!clicked.isValid() || !m_menu)
        return;
    if (!selectionModel()->isRowSelected(clicked.row(), clicked.parent()))
        setCurrentIndex(clicked);
    m_menu->exec(clicked, event->globalPos(), this, [this] { copySelection(); });
}
