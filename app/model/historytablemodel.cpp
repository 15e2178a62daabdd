#include "model/historytablemodel.h"

#include "model/portfoliosnapshot.h"
#include "model/themecolors.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

QString nameOf(const HistoryAddress &address)
{
    return address.label.isEmpty() ? PortfolioSnapshot::shortAddress(address.address) : address.label;
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HistoryTableModel::setPoints(const QList<HistorySeriesPoint> &points)
{
    // A reset: a read replaces the whole series (another scope, span or a new record).
    beginResetModel();
    m_points = points;
    updateCurrency();
    endResetModel();
}

void HistoryTableModel::updateCurrency()
{
    m_currency = HistorySeries::shownCurrency(m_points, m_display.fiat().wanted());
}

Decimal HistoryTableModel::totalOf(const HistorySeriesPoint &point) const
{
    // shownCurrency() chose CNY only where every point has a CNY total.
    return point.totalIn(m_currency).value_or(point.total);
}

std::optional<Decimal> HistoryTableModel::changeOf(const HistorySeriesPoint &point) const
{
    return point.changeIn(m_currency);
}

void HistoryTableModel::setDisplay(const AmountDisplay &display)
{
    if (display == m_display)
        return;
    m_display = display;
    updateCurrency();
    retranslate();
}

void HistoryTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_points.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString HistoryTableModel::addressText(const HistorySeriesPoint &point) const
{
    if (point.recorded.size() == 1)
        return nameOf(point.recorded.constFirst());
    //: In the value history's table: a refresh recorded that many addresses.
    return tr("%n address(es)", nullptr, int(point.recorded.size()));
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const HistorySeriesPoint &point = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(point, index.column());
    case Qt::ToolTipRole:
        return toolTipData(point, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == TotalColumn || index.column() == ChangeColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (const std::optional<Decimal> change = changeOf(point);
            index.column() == ChangeColumn && change && !change->isZero() && !m_display.isPrivate()) {
            const QPalette palette = QGuiApplication::palette();
            return change->isNegative() ? ThemeColors::loss(palette) : ThemeColors::gain(palette);
        }
        return {};
    case TimeRole:
        return point.time;
    case TotalRole:
        return QVariant::fromValue(totalOf(point));
    case ChangeRole:
        if (const std::optional<Decimal> change = changeOf(point))
            return QVariant::fromValue(*change);
        return {};
    case AddressesRole: {
        QStringList addresses;
        for (const HistoryAddress &address : point.recorded)
            addresses.append(address.address);
        return addresses;
    }
    case SortKeyRole:
        return sortKey(point, index.column());
    default:
        return {};
    }
}

QVariant HistoryTableModel::displayData(const HistorySeriesPoint &point, int column) const
{
    switch (column) {
    case TimeColumn:
        return m_display.recordTime(point.time);
    case AddressColumn:
        return addressText(point);
    case TotalColumn:
        return m_display.amountExactIn(totalOf(point), m_currency);
    case ChangeColumn: {
        const std::optional<Decimal> change = changeOf(point);
        return change ? m_display.changeIn(*change, m_currency) : AmountDisplay::none();
    }
    default:
        return {};
    }
}

QVariant HistoryTableModel::toolTipData(const HistorySeriesPoint &point, int column) const
{
    switch (column) {
    case AddressColumn: {
        QStringList lines;
        for (const HistoryAddress &address : point.recorded)
            lines.append(address.label.isEmpty() ? address.address : QStringLiteral("%1 (%2)").arg(address.label, address.address));
        return lines.join(QLatin1Char('\n'));
    }
    case TotalColumn:
        // Where CNY is shown, the USD total it was converted from (the other way round there is no one rate).
        return m_currency == FiatCurrency::Cny && !m_display.isPrivate()
            ? QVariant(m_display.amountExactIn(point.total, FiatCurrency::Usd))
            : QVariant();
    case ChangeColumn: {
        const std::optional<Decimal> change = changeOf(point);
        if (!change)
            //: Tooltip of the value history's Change cell on the first point ever recorded.
            return tr("The first value recorded: nothing to compare with");
        // The exact change, every decimal, beside the rounded one.
        return m_display.isPrivate() ? QVariant() : QVariant(m_display.amountExactIn(*change, m_currency));
    }
    default:
        return {};
    }
}

QVariant HistoryTableModel::sortKey(const HistorySeriesPoint &point, int column) const
{
    // Exact keys (QVariant compares Decimals through their operator<); ties keep the time order.
    switch (column) {
    case TimeColumn:
        return point.time;
    case AddressColumn:
        return addressText(point);
    case TotalColumn:
        return QVariant::fromValue(totalOf(point));
    case ChangeColumn:
        if (const std::optional<Decimal> change = changeOf(point))
            return QVariant::fromValue(*change);
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Value history table header: when the refresh was recorded.
    case TimeColumn:
        return tr("Time");
    //: Value history table header: the address(es) the refresh recorded.
    case AddressColumn:
        return tr("Recorded");
    //: Value history table header: the exact total value then; %1 is its currency, USD or CNY.
    case TotalColumn:
        return tr("Total Value (%1)").arg(FiatCurrencies::code(m_currency));
    //: Value history table header: the change since the previous point; %1 is its currency, USD or CNY.
    case ChangeColumn:
        return tr("Change (%1)").arg(FiatCurrencies::code(m_currency));
    default:
        return {};
    }
}
