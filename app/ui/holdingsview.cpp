#include "ui/holdingsview.h"

#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "ui/amountcelldelegate.h"
#include "ui/holdingmenu.h"
#include "ui/tsvtext.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDataStream>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>


HoldingsView::HoldingsView(QWidget *parent)
    : QTableView(parent)
    , m_fitAmounts(new QTimer(this))
    , m_menu(new HoldingMenu(this))
{
    for (int column : {AssetTableModel::BalanceColumn, AssetTableModel::PriceColumn, AssetTableModel::ValueColumn,
                       AssetTableModel::ChangeColumn})
        m_pending.append(Pending{column});
    m_fitAmounts->setSingleShot(true);
    // A refresh of 200 addresses changes rows 200 times: measured together, not 200 times.
    m_fitAmounts->setInterval(100);
    connect(m_fitAmounts, &QTimer::timeout, this, &HoldingsView::fitAmountColumns);
    // An amount column narrowed below its widest amount (by hand, or a restored width) widens again.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int oldWidth, int newWidth) {
        if (newWidth < oldWidth && model())
            amountsChanged(0, model()->rowCount() - 1, column, column);
        emit widthThroughValueChanged();
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &HoldingsView::widthThroughValueChanged);
    setObjectName(QStringLiteral("holdingsView"));
    // A double click or Enter on a holding: who holds its token.
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { m_menu->showHolders(index); });
    setItemDelegate(new AmountCellDelegate(this));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    // Tab leaves the table for the next control, as in any form; the arrow keys walk the cells.
    setTabKeyNavigation(false);
    // Text that does not fit keeps its start ("PT-sUSDE-27F…"), whole in the tooltip; amounts are never elided.
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { chooseColumns(horizontalHeader()->viewport()->mapToGlobal(pos)); });
}

QString HoldingsView::emptyResultText() const
{
    const auto *proxy = qobject_cast<const AssetFilterProxy *>(model());
    if (!proxy || proxy->rowCount() > 0 || !proxy->sourceModel() || proxy->sourceModel()->rowCount() == 0)
        return {};
    if (!proxy->searchText().isEmpty())
        //: %1 is what the user searched for
        return tr("No holdings match “%1”.").arg(proxy->searchText());
    if (proxy->hidesRisk() || proxy->hidesSmall() || proxy->hidesUnpriced() || proxy->hasSliceFilter())
        return tr("No holdings match the filters.");
    // Only the address chosen in the sidebar narrows the rows: it holds nothing (or has not been fetched yet).
    return tr("This address holds nothing on its watched chains, or has not been refreshed yet.");
}

void HoldingsView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QString text = emptyResultText();
    if (text.isEmpty())
        return;
    // In the empty table itself, where the rows would be: a blank table looks broken.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const QRect room = viewport()->rect().adjusted(12, 12, -12, -12);
    painter.drawText(room, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
}

void HoldingsView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    // New rows, new texts (a refresh, privacy mode, a language), new filters: the amounts may be wider.
    // Rows inserted or removed move those after them: all of those are looked at again.
    const auto fromRowOn = [this](const QModelIndex &, int first) { amountsChanged(first, this->model()->rowCount() - 1); };
    connect(model, &QAbstractItemModel::rowsInserted, this, fromRowOn);
    connect(model, &QAbstractItemModel::rowsRemoved, this, fromRowOn);
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                amountsChanged(topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column());
            });
    // A sort only moves rows: the widest amount stays the same (no layoutChanged here).
    connect(model, &QAbstractItemModel::modelReset, this, [this] { amountsChanged(0, this->model()->rowCount() - 1); });
    amountsChanged(0, model->rowCount() - 1);
    applyDefaultWidths();
    sortByColumn(AssetTableModel::ValueColumn, Qt::DescendingOrder);
}

void HoldingsView::fitColumnsToContents()
{
    if (m_widthsSettled || !model() || model()->rowCount() == 0)
        return;
    m_widthsSettled = true;
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        resizeColumnToContents(column);
        setColumnWidth(column, qMin(columnWidth(column) + 6, digit * 24));
    }
    // Amounts are never cut, whatever the cap above made of their columns.
    amountsChanged(0, model()->rowCount() - 1);
    fitAmountColumns();
}

int HoldingsView::widthThroughValue() const
{
    const QHeaderView *header = horizontalHeader();
    const int lastVisual = header->visualIndex(AssetTableModel::ValueColumn);
    // The frame on both sides, the vertical scroll bar, and the pixel the table keeps past its last column.
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width() + 1;
    for (int visual = 0; visual <= lastVisual; ++visual)
        width += header->sectionSize(header->logicalIndex(visual));
    return width;
}

int HoldingsView::leastWidth(int column) const
{
    // Down to a width that still tells "PT-sUSDE-27FEB2025" from "PT-sUSDE-27MAR2025".
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    switch (column) {
    case AssetTableModel::TokenColumn:
        return qMin(columnWidth(column), digit * MinTokenChars);
    case AssetTableModel::ChainColumn:
        return qMin(columnWidth(column), digit * MinChainChars);
    default:
        return columnWidth(column);
    }
}

void HoldingsView::fitNamesWithin(int width)
{
    // Long symbols and then long chain names give way (elided at the end, whole in the tooltip).
    int excess = widthThroughValue() - width;
    for (int column : {int(AssetTableModel::TokenColumn), int(AssetTableModel::ChainColumn)}) {
        if (excess <= 0)
            break;
        const int before = columnWidth(column);
        setColumnWidth(column, qMax(leastWidth(column), before - excess));
        excess -= before - columnWidth(column);
    }
}

int HoldingsView::leastWidthThroughValue() const
{
    int width = widthThroughValue();
    for (int column : {int(AssetTableModel::TokenColumn), int(AssetTableModel::ChainColumn)}) {
        if (!isColumnHidden(column))
            width -= columnWidth(column) - leastWidth(column);
    }
    return width;
}

void HoldingsView::amountsChanged(int first, int last, int firstColumn, int lastColumn)
{
    if (first > last)
        return;
    for (Pending &pending : m_pending) {
        if (pending.column < firstColumn || (lastColumn >= 0 && pending.column > lastColumn))
            continue;
        const bool none = pending.first > pending.last;
        pending.first = none ? first : qMin(pending.first, first);
        pending.last = none ? last : qMax(pending.last, last);
        if (!m_fitAmounts->isActive())
            m_fitAmounts->start();
    }
}

void HoldingsView::fitAmountColumns()
{
    // The cell's text margins on both sides, and a little air.
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 12;
    const QFontMetrics metrics = fontMetrics();
    const int rows = model() ? model()->rowCount() : 0;
    for (Pending &pending : m_pending) {
        int widest = 0;
        for (int row = pending.first; row <= qMin(pending.last, rows - 1); ++row)
            widest = qMax(widest, metrics.horizontalAdvance(model()->index(row, pending.column).data().toString()));
        pending.first = 0;
        pending.last = -1;
        if (widest > 0 && widest + padding > columnWidth(pending.column))
            setColumnWidth(pending.column, widest + padding);
    }
}

void HoldingsView::applyDefaultWidths()
{
    const QFontMetrics metrics = fontMetrics();
    // Wide enough for typical content ("PT-sUSDE-27FEB2025", "12,345,678.12345678", "$123,456,789.00").
    const auto chars = [&metrics](int count) { return metrics.horizontalAdvance(QLatin1Char('0')) * count + 24; };
    setColumnWidth(AssetTableModel::TokenColumn, chars(13) + 20);
    setColumnWidth(AssetTableModel::ChainColumn, chars(11));
    setColumnWidth(AssetTableModel::BalanceColumn, chars(19));
    setColumnWidth(AssetTableModel::PriceColumn, chars(11));
    setColumnWidth(AssetTableModel::ValueColumn, chars(16));
    setColumnWidth(AssetTableModel::ShareColumn, chars(7));
    setColumnWidth(AssetTableModel::AddressColumn, chars(14));
    setColumnWidth(AssetTableModel::ContractColumn, chars(16));
}

void HoldingsView::setAllAddresses(bool all)
{
    m_allAddresses = all;
    applyColumnVisibility();
    // One address's rows all share the hidden column's value: sorted by it they would look unsorted.
    if (!all && horizontalHeader()->sortIndicatorSection() == AssetTableModel::AddressColumn)
        sortByColumn(AssetTableModel::ValueColumn, Qt::DescendingOrder);
}

void HoldingsView::setChangesShown(bool shown)
{
    m_changesShown = shown;
    applyColumnVisibility();
}

bool HoldingsView::isColumnChosen(int column) const
{
    return !m_unchosenColumns.contains(column);
}

void HoldingsView::setColumnChosen(int column, bool chosen)
{
    if (column == AssetTableModel::TokenColumn)
        return;
    if (chosen)
        m_unchosenColumns.remove(column);
    else
        m_unchosenColumns.insert(column);
    applyColumnVisibility();
}

void HoldingsView::applyColumnVisibility()
{
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        const bool needed = (column != AssetTableModel::AddressColumn || m_allAddresses)
            && (column != AssetTableModel::ChangeColumn || m_changesShown);
        setColumnHidden(column, !needed || !isColumnChosen(column));
    }
}

QByteArray HoldingsView::saveViewState() const
{
    QByteArray blob;
    QDataStream stream(&blob, QIODevice::WriteOnly);
    stream << ViewStateMagic << horizontalHeader()->saveState() << QList<int>(m_unchosenColumns.cbegin(), m_unchosenColumns.cend());
    return blob;
}

bool HoldingsView::restoreViewState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 magic = 0;
    QByteArray headerState;
    QList<int> unchosen;
    stream >> magic >> headerState >> unchosen;
    QHeaderView *header = horizontalHeader();
    if (stream.status() != QDataStream::Ok || magic != ViewStateMagic || !header->restoreState(headerState)
        || header->count() != AssetTableModel::ColumnCount) {
        applyDefaultWidths();
        applyColumnVisibility();
        sortByColumn(AssetTableModel::ValueColumn, Qt::DescendingOrder);
        return false;
    }
    m_widthsSettled = true;
    for (int column : std::as_const(unchosen)) {
        if (column > AssetTableModel::TokenColumn && column < AssetTableModel::ColumnCount)
            m_unchosenColumns.insert(column);
    }
    // The saved state carries hidden sections too; the scope and the changes decide some of them.
    setAllAddresses(m_allAddresses);
    sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void HoldingsView::chooseColumns(const QPoint &globalPos)
{
    QMenu menu(this);
    for (int column = 0; column < AssetTableModel::ColumnCount; ++column) {
        QString title = model()->headerData(column, Qt::Horizontal).toString();
        // A column chosen but with nothing to say is hidden all the same: the entry says when it shows.
        if (column == AssetTableModel::ChangeColumn && !m_changesShown)
            //: A column header's menu entry; %1 is the column's title, "Change (USD)"
            title = tr("%1 (shown once a refresh changes something)").arg(title);
        else if (column == AssetTableModel::AddressColumn && !m_allAddresses)
            //: A column header's menu entry; %1 is the column's title, "Address"
            title = tr("%1 (shown with several addresses in view)").arg(title);
        QAction *action = menu.addAction(title, this, [this, column](bool checked) { setColumnChosen(column, checked); });
        action->setCheckable(true);
        action->setChecked(isColumnChosen(column));
        // Without the token a row says nothing.
        action->setEnabled(column != AssetTableModel::TokenColumn);
    }
    menu.exec(globalPos);
}

QString HoldingsView::selectionAsTsv() const
{
    return TsvText::ofSelection(*this, *horizontalHeader(), TsvText::holdingCell);
}

void HoldingsView::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void HoldingsView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex clicked = indexAt(event->pos());
    if (!clicked.isValid())
        return;
    if (!selectionModel()->isRowSelected(clicked.row(), clicked.parent()))
        setCurrentIndex(clicked);
    m_menu->exec(clicked, event->globalPos(), this, [this] { copySelection(); });
}
