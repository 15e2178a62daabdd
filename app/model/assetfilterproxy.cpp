#include "model/assetfilterproxy.h"

#include "model/assettablemodel.h"

namespace {

const Decimal &oneDollar()
{
    static const Decimal dollar = Decimal::fromInteger(1);
    return dollar;
}

Decimal decimalAt(const QModelIndex &index, int role)
{
    return index.data(role).value<Decimal>();
}

/** The role whose presence decides "has a number" for @p column, or -1 when every row has one. */
int presenceRole(int column)
{
    switch (column) {
    case AssetTableModel::PriceColumn:
        return AssetTableModel::IsPricedRole;
    // A risk token's value is a claim, often an absurd one: it sorts with the rows that do not count.
    case AssetTableModel::ValueColumn:
    case AssetTableModel::ShareColumn:
        return AssetTableModel::CountsRole;
    default:
        return -1;
    }
}

/** The role a text column sorts by. */
int textRole(int column)
{
    switch (column) {
    case AssetTableModel::ChainColumn:
        return AssetTableModel::ChainNameRole;
    case AssetTableModel::AddressColumn:
        return AssetTableModel::OwnerLabelRole;
    default:
        return AssetTableModel::SymbolRole;
    }
}

} // namespace

AssetFilterProxy::AssetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A refresh's dataChanged re-sorts and re-filters just the changed rows.
    setDynamicSortFilter(true);
}

void AssetFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void AssetFilterProxy::setHideRisk(bool hide)
{
    if (hide == m_hideRisk)
        return;
    m_hideRisk = hide;
    refilter();
}

void AssetFilterProxy::setHideSmall(bool hide)
{
    if (hide == m_hideSmall)
        return;
    m_hideSmall = hide;
    refilter();
}

void AssetFilterProxy::setHideUnpriced(bool hide)
{
    if (hide == m_hideUnpriced)
        return;
    m_hideUnpriced = hide;
    refilter();
}

void AssetFilterProxy::setAddressScope(const QString &address)
{
    if (address == m_address)
        return;
    m_address = address;
    refilter();
}

void AssetFilterProxy::setSliceFilter(AllocationGrouping grouping, const AllocationSlice &slice)
{
    m_sliceRole = AllocationBuilder::keyRole(grouping);
    m_sliceKeys = QSet<QString>(slice.keys.cbegin(), slice.keys.cend());
    m_sliceLabel = slice.label;
    refilter();
}

void AssetFilterProxy::clearSliceFilter()
{
    if (m_sliceRole < 0)
        return;
    m_sliceRole = -1;
    m_sliceKeys.clear();
    m_sliceLabel.clear();
    refilter();
}

void AssetFilterProxy::refilter()
{
    invalidateRowsFilter();
    emit filtersChanged();
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_address.isEmpty() && row.data(AssetTableModel::OwnerAddressRole).toString() != m_address)
        return false;
    const bool risk = row.data(AssetTableModel::IsRiskRole).toBool();
    if (m_hideRisk && risk)
        return false;
    const bool priced = row.data(AssetTableModel::IsPricedRole).toBool();
    if (m_hideUnpriced && !priced)
        return false;
    if (m_hideSmall && priced && decimalAt(row, AssetTableModel::ValueRole).abs() < oneDollar())
        return false;
    if (m_sliceRole >= 0 && !m_sliceKeys.contains(row.data(m_sliceRole).toString()))
        return false;
    if (!m_search.isEmpty()) {
        const auto matches = [&](int role) {
            return row.data(role).toString().contains(m_search, Qt::CaseInsensitive);
        };
        if (!matches(AssetTableModel::SymbolRole) && !matches(AssetTableModel::ContractRole)
            && !matches(AssetTableModel::ChainNameRole))
            return false;
    }
    return true;
}

bool AssetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();

    // Rows with no number go last whichever way the column is sorted: the proxy asks
    // lessThan(right, left) for a descending sort, so "last" means "greater" only when ascending.
    if (const int role = presenceRole(column); role >= 0) {
        const bool leftHas = left.data(role).toBool();
        const bool rightHas = right.data(role).toBool();
        if (leftHas != rightHas)
            return sortOrder() == Qt::AscendingOrder ? leftHas : rightHas;
    }

    int order = 0;
    switch (column) {
    case AssetTableModel::BalanceColumn:
        order = Decimal::compare(decimalAt(left, AssetTableModel::BalanceRole), decimalAt(right, AssetTableModel::BalanceRole));
        break;
    case AssetTableModel::PriceColumn:
        order = Decimal::compare(decimalAt(left, AssetTableModel::PriceRole), decimalAt(right, AssetTableModel::PriceRole));
        break;
    case AssetTableModel::ValueColumn:
    case AssetTableModel::ShareColumn: // shares share one denominator: value order is share order
        order = Decimal::compare(decimalAt(left, AssetTableModel::ValueRole), decimalAt(right, AssetTableModel::ValueRole));
        break;
    case AssetTableModel::ContractColumn:
        order = QString::compare(left.data(AssetTableModel::ContractRole).toString(),
                                 right.data(AssetTableModel::ContractRole).toString(), Qt::CaseInsensitive);
        break;
    default:
        order = QString::localeAwareCompare(left.data(textRole(column)).toString(), right.data(textRole(column)).toString());
        break;
    }
    if (order != 0)
        return order < 0;
    return left.data(AssetTableModel::RowKeyRole).toString() < right.data(AssetTableModel::RowKeyRole).toString();
}
