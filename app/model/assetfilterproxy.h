#pragma once

#include "model/allocationbuilder.h"

#include <QSet>
#include <QSortFilterProxyModel>

/**
 * Sorts and filters an AssetTableModel for the holdings view (and for "export the current view").
 *
 * Sorting compares the exact Decimal roles per column, never display text; ties fall back to the
 * symbol, then the row key, so equal values keep their order across refreshes. Rows without a
 * number sort last in both directions, by symbol: unpriced rows by price, and by value or share
 * every row that does not count (unpriced or risk tokens, whose claimed values would otherwise top
 * the list).
 *
 * Filters, all combined: search text (symbol, contract, chain name), hide risk tokens (those the
 * user marked as spam too, not those they trust), hide small
 * balances (priced and worth less than $1), hide unpriced, one address, and a chart slice.
 */
class AssetFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetFilterProxy)

public:
    explicit AssetFilterProxy(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    bool hidesRisk() const { return m_hideRisk; }
    bool hidesSmall() const { return m_hideSmall; }
    bool hidesUnpriced() const { return m_hideUnpriced; }
    QString addressScope() const { return m_address; }
    bool hasSliceFilter() const { return m_sliceRole >= 0; }
    /** The slice filter's label, for the view's "filtered by" indication; empty without one. */
    QString sliceLabel() const { return m_sliceLabel; }

    /** Sorts with every row's key read once, instead of twice per comparison. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /** Takes @p source's rows in sorted, with each row's key read once too. */
    void setSourceModel(QAbstractItemModel *source) override;

public slots:
    void setSearchText(const QString &text);
    void setHideRisk(bool hide);
    void setHideSmall(bool hide);
    void setHideUnpriced(bool hide);
    /** Shows one owner address only; empty shows every address. */
    void setAddressScope(const QString &address);
    /** Shows the rows that make up @p slice of an allocation grouped by @p grouping. */
    void setSliceFilter(AllocationGrouping grouping, const AllocationSlice &slice);
    void clearSliceFilter();

signals:
    /** Any filter changed (the view updates its "N of M shown" line). */
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /** What a row sorts by: its column's key, then, for ties, its symbol and its row key. */
    struct SortKey
    {
        QVariant key;
        QString symbol;
        QString rowKey;
    };
    SortKey sortKeyOf(const QModelIndex &source) const;
    /** Reads the key of every row of @p source in @p column into m_sortKeys (none for no column). */
    void readSortKeys(const QAbstractItemModel *source, int column);
    bool keyLess(const SortKey &left, const SortKey &right) const;
    void refilter();

    /** A change of at least this many rows reads every key first (see setSourceModel()). */
    static constexpr int BulkRows = 256;

    /**
     * Each source row's key while sort(), setSourceModel() or the base class's handling of a bulk
     * change runs; otherwise empty, and a re-sort reads the keys as it goes.
     */
    QList<SortKey> m_sortKeys;
    /** This proxy's own connections to the source model, which reads and forgets m_sortKeys. */
    QList<QMetaObject::Connection> m_keyCacheConnections;

    QString m_search;
    bool m_hideRisk = false;
    bool m_hideSmall = false;
    bool m_hideUnpriced = false;
    QString m_address;
    int m_sliceRole = -1;
    QSet<QString> m_sliceKeys;
    QString m_sliceLabel;
};
