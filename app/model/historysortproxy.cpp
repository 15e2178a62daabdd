#include "model/historysortproxy.h"

#include "model/historytablemodel.h"
#include "money/decimal.h"

HistorySortProxy::HistorySortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryTableModel::SortKeyRole);
}

bool HistorySortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(HistoryTableModel::SortKeyRole);
    const QVariant b = right.data(HistoryTableModel::SortKeyRole);
    if (!a.isValid() || !b.isValid()) {
        // Last in both directions: "less" ascending means first, so flip with the order.
        const bool aLast = !a.isValid() && b.isValid();
        const bool bLast = a.isValid() && !b.isValid();
        return sortOrder() == Qt::AscendingOrder ? bLast : aLast;
    }
    if (a.userType() == qMetaTypeId<Decimal>())
        return a.value<Decimal>() < b.value<Decimal>();
    if (a.userType() == QMetaType::QDateTime)
        return a.toDateTime() < b.toDateTime();
    return a.toString().localeAwareCompare(b.toString()) < 0;
}
