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
#include <QTimer>

#include <functional>

namespace {

constexpr int AmountColumns[] = {AssetTableModel::BalanceColumn, AssetTableModel::PriceColumn, AssetTableModel::ValueColumn,
                                 AssetTableModel::ChangeColumn, AssetTableModel::ShareColumn};

} // namespace

GroupedHoldingsView::GroupedHoldingsView(QWidget *parent)
    : QTreeView(parent)
    , m_fitAmounts(new QTimer(this))
{
    // Once per burst of changes, after the event loop has delivered them all.
    m_fitAmounts->setSingleShot(true);
    m_fitAmounts->setInterval(0);
    connect(m_fitAmounts, &QTimer::timeout, this, &GroupedHoldingsView::fitAmountColumns);
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
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, m_fitAmounts, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::layoutChanged, m_fitAmounts, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::rowsInserted, m_fitAmounts, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::dataChanged, m_fitAmounts, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::headerDataChanged, m_fitAmounts, qOverload<>(&QTimer::start));
    sortByColumn(AssetTableModel::ValueColumn, Qt::DescendingOrder);
    m_fitAmounts->start();
}

void GroupedHoldingsView::fitAmountColumns()
{
    QAbstractItemModel *source = model();
    if (!source)
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QList<int> widths;
    for (int column : AmountColumns)
        widths << header()->sectionSizeHint(column);
    const std::function<void(const QModelIndex &)> measure = [&](const QModelIndex &parent) {
        for (int row = 0; row < source->rowCount(parent); ++row) {
            for (qsizetype i = 0; i < widths.size(); ++i)
                widths[i] = qMax(widths[i], itemDelegate()->sizeHint(option, source->index(row, AmountColumns[i], parent)).width());
            const QModelIndex first = source->index(row, 0, parent);
            if (source->hasChildren(first))
                measure(first);
        }
    };
    measure(QModelIndex());
    for (qsizetype i = 0; i < widths.size(); ++i) {
        // Wider only by what the contents need: a column the user widened stays so.
        if (header()->sectionSize(AmountColumns[i]) < widths[i] + 6)
            header()->resizeSection(AmountColumns[i], widths[i] + 6);
    }
}

void GroupedHoldingsView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    // An amount cell in part in view is drawn fitted to that part: what scrolled in must be drawn
    // anew, not moved over from where it was fitted to another part.
    if (dx != 0)
        viewport()->update();
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
