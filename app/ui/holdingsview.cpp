#include "ui/holdingsview.h"

#include "api/chainregistry.h"
#include "model/amountdisplay.h"
#include "model/assetfilterproxy.h"
#include "model/assettablemodel.h"
#include "ui/amountcelldelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDataStream>
#include <QDesktopServices>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

namespace {

/** Columns whose copied text is the exact number rather than the formatted one. */
int exactRole(int column)
{
    switch (column) {
    case AssetTableModel::BalanceColumn:
        return AssetTableModel::BalanceRole;
    case AssetTableModel::PriceColumn:
        return AssetTableModel::PriceRole;
    case AssetTableModel::ValueColumn:
        return AssetTableModel::ValueRole;
    default:
        return -1;
    }
}

/** A tab-separated cell: tabs and line breaks inside would split it. */
QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

} // namespace

HoldingsView::HoldingsView(QWidget *parent)
    : QTableView(parent)
    , m_fitAmounts(new QTimer(this))
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

QString HoldingsView::cellText(const QModelIndex &index) const
{
    const QString shown = index.data(Qt::DisplayRole).toString();
    // The whole values, not their short forms: a contract shown as 0x386a…4ec0, an owner shown by label.
    if (index.column() == AssetTableModel::ContractColumn) {
        const QString contract = index.data(AssetTableModel::ContractRole).toString();
        return contract.isEmpty() ? shown : contract;
    }
    if (index.column() == AssetTableModel::AddressColumn)
        return index.data(AssetTableModel::OwnerAddressRole).toString();
    const int role = exactRole(index.column());
    // Placeholders ("—") and privacy mode's mask are copied as shown, amounts as exact numbers.
    if (role < 0 || shown == AmountDisplay::none() || shown == AmountDisplay::mask())
        return shown;
    return index.data(role).value<Decimal>().toPlainString();
}

QString HoldingsView::selectionAsTsv() const
{
    if (!model() || !selectionModel())
        return {};
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.isEmpty())
        return {};

    QStringList lines;
    QStringList cells;
    for (int column : std::as_const(columns))
        cells << tsvCell(model()->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        cells.clear();
        for (int column : std::as_const(columns))
            cells << tsvCell(cellText(row.siblingAtColumn(column)));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
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
    const QModelIndex row = clicked.siblingAtColumn(0);
    const QString owner = row.data(AssetTableModel::OwnerAddressRole).toString();
    const QString chain = row.data(AssetTableModel::ChainIndexRole).toString();
    const QString contract = row.data(AssetTableModel::ContractRole).toString();
    const QString chainName = row.data(AssetTableModel::ChainNameRole).toString();
    const QUrl addressUrl = ChainRegistry::addressUrl(chain, owner);
    const QUrl tokenUrl = ChainRegistry::tokenUrl(chain, contract);

    QMenu menu(this);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, &HoldingsView::copySelection);
    menu.addSeparator();
    menu.addAction(tr("Copy address"), this, [owner] { QApplication::clipboard()->setText(owner); });
    QAction *copyContract = menu.addAction(tr("Copy contract"), this, [contract] { QApplication::clipboard()->setText(contract); });
    copyContract->setEnabled(!contract.isEmpty());
    menu.addSeparator();
    //: %1 is a chain name; opens the address's page on that chain's block explorer.
    QAction *openAddress = menu.addAction(tr("Open address in %1 explorer").arg(chainName), this,
                                          [addressUrl] { QDesktopServices::openUrl(addressUrl); });
    openAddress->setEnabled(!addressUrl.isEmpty());
    QAction *openToken = menu.addAction(tr("Open token contract in %1 explorer").arg(chainName), this,
                                        [tokenUrl] { QDesktopServices::openUrl(tokenUrl); });
    openToken->setEnabled(!tokenUrl.isEmpty());
    menu.addSeparator();
    const TokenAsset asset = row.data(AssetTableModel::AssetRole).value<TokenAsset>();
    //: Context menu of a holding: fetch this token's balance and price of this address again, alone.
    menu.addAction(tr("&Refresh This Token"), this, [this, owner, asset] { emit tokenRefreshRequested(owner, asset); });
    menu.addSeparator();
    // A verdict is about the token (chain and contract), in every address that holds it.
    const auto verdict = TokenVerdict(row.data(AssetTableModel::VerdictRole).toInt());
    const auto addVerdict = [&](const QString &text, TokenVerdict given) {
        QAction *action = menu.addAction(text, this, [this, asset, given](bool checked) {
            emit verdictChosen(asset, checked ? given : TokenVerdict::None);
        });
        action->setCheckable(true);
        action->setChecked(verdict == given);
        action->setEnabled(m_verdictsEnabled);
    };
    //: Context menu of a holding: count the token like one OKX flags as risky (left out of totals).
    addVerdict(tr("Mark as &Spam"), TokenVerdict::Spam);
    //: Context menu of a holding: count the token in totals even though OKX flags it as risky.
    addVerdict(tr("&Trust This Token"), TokenVerdict::Trusted);
    menu.exec(event->globalPos());
}
