#include "model/assetfilterproxy.h"

#include "model/assettablemodel.h"
#include "model/sortkeyorder.h"

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

} // namespace

AssetFilterProxy::AssetFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A refresh's dataChanged re-sorts and re-filters just the changed rows.
    setDynamicSortFilter(true);
    setSortRole(AssetTableModel::SortKeyRole);
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
    // Risk as everywhere: OKX's flag unless the user's verdict says otherwise.
    const bool risk = row.data(AssetTableModel::LeftOutAsRiskRole).toBool();
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
            && !matches(AssetTableModel::ChainNameRole) && !matches(AssetTableModel::OwnerLabelRole))
            return false;
    }
    return true;
}

void AssetFilterProxy::sort(int column, Qt::SortOrder order)
{
    readSortKeys(sourceModel(), column);
    QSortFilterProxyModel::sort(column, order);
    m_sortKeys.clear();
}

void AssetFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_keyCacheConnections))
        disconnect(connection);
    m_keyCacheConnections.clear();
    if (source) {
        // Connected before the base class's own handlers, which sort the rows that came or changed:
        // a bulk change (saved holdings of 10,000 assets arriving, a refresh) then finds every key
        // read once instead of n log n times; forgotten once the base class is done.
        const auto readAfterBulkChange = [this](int first, int last) {
            if (last - first + 1 >= BulkRows)
                readSortKeys(sourceModel(), sortColumn());
        };
        m_keyCacheConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this,
                    [readAfterBulkChange](const QModelIndex &, int first, int last) { readAfterBulkChange(first, last); }),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    [readAfterBulkChange](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        readAfterBulkChange(topLeft.row(), bottomRight.row());
                    }),
            connect(source, &QAbstractItemModel::modelReset, this,
                    [this] { readSortKeys(sourceModel(), sortColumn()); }),
        };
    }
    readSortKeys(source, sortColumn());
    QSortFilterProxyModel::setSourceModel(source);
    m_sortKeys.clear();
    if (source) {
        const auto forget = [this] { m_sortKeys.clear(); };
        m_keyCacheConnections += {connect(source, &QAbstractItemModel::rowsInserted, this, forget),
                                  connect(source, &QAbstractItemModel::dataChanged, this, forget),
                                  connect(source, &QAbstractItemModel::modelReset, this, forget)};
    }
}

void AssetFilterProxy::readSortKeys(const QAbstractItemModel *source, int column)
{
    m_sortKeys.clear();
    if (!source || column < 0)
        return;
    m_sortKeys.reserve(source->rowCount());
    for (int row = 0; row < source->rowCount(); ++row)
        m_sortKeys.append(sortKeyOf(source->index(row, column)));
}

AssetFilterProxy::SortKey AssetFilterProxy::sortKeyOf(const QModelIndex &source) const
{
    // Every column through the model's one exact key (sortRole() is SortKeyRole).
    return {source.data(sortRole()), source.data(AssetTableModel::SymbolRole).toString(),
            source.data(AssetTableModel::RowKeyRole).toString()};
}

bool AssetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_sortKeys.isEmpty())
        return keyLess(m_sortKeys.at(left.row()), m_sortKeys.at(right.row()));
    return keyLess(sortKeyOf(left), sortKeyOf(right));
}

bool AssetFilterProxy::keyLess(const SortKey &left, const SortKey &right) const
{
    if (const std::optional<bool> less = SortKeyOrder::less(left.key, right.key, sortOrder()))
        return *less;
    // Ties (and rows without a key) in a fixed order a reader can follow, stable across refreshes.
    if (const int bySymbol = left.symbol.compare(right.symbol, Qt::CaseInsensitive))
        return bySymbol < 0;
    return left.rowKey < right.rowKey;
}
