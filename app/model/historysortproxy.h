#pragma once

#include <QSortFilterProxyModel>

/**
 * Sorts a HistoryTableModel by its exact SortKeyRole: times as times, totals and changes as exact
 * Decimals (never their text or a double), addresses as text by locale. A point without a key
 * (the first point's change) sorts last either way; ties keep the time order.
 */
class HistorySortProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistorySortProxy)

public:
    explicit HistorySortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};
