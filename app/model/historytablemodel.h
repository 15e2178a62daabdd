#pragma once

#include "model/amountdisplay.h"
#include "model/historyseries.h"

#include <QAbstractTableModel>

/**
 * The points of the value history (HistorySeries) as a table: when, which addresses the refresh
 * recorded, the exact total in scope then, and its change since the previous point. The History
 * view shows it beneath its chart, which reads the same points.
 *
 * DisplayRole goes through the current AmountDisplay (privacy mode masks totals and changes); the
 * total is shown exactly, every decimal. Sorting reads SortKeyRole, exact keys for every column.
 *
 * Totals are in currency(): the display's CNY, each address's total at the rate recorded with it,
 * when every point has one (HistorySeries::shownCurrency()), else USD throughout, so one table or
 * chart never mixes currencies and never converts the past at today's rate.
 */
class HistoryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableModel)

public:
    enum Column {
        TimeColumn,    ///< when the refresh ended, local time to the second
        AddressColumn, ///< the address the refresh recorded (its label), or how many
        TotalColumn,   ///< the exact total in scope
        ChangeColumn,  ///< the change since the previous point
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** QDateTime: when the refresh ended (UTC). */
        TimeRole = Qt::UserRole,
        /** Decimal: the exact total in scope at that time, in currency(). */
        TotalRole,
        /** Decimal: the exact change since the previous point in currency(); invalid for the first point recorded. */
        ChangeRole,
        /** QStringList: the addresses the refresh recorded. */
        AddressesRole,
        /**
         * The exact key the cell's column sorts by: the time, the address text, the total or the
         * change as a Decimal (invalid where there is none, which sorts last ascending).
         */
        SortKeyRole,
    };
    Q_ENUM(Role)

    explicit HistoryTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Shows @p points (oldest first), replacing what was shown. */
    void setPoints(const QList<HistorySeriesPoint> &points);
    const QList<HistorySeriesPoint> &points() const { return m_points; }

    const AmountDisplay &display() const { return m_display; }
    /** The currency totals and changes are in. */
    FiatCurrency currency() const { return m_currency; }
    /** @p point's exact total in currency(). */
    Decimal totalOf(const HistorySeriesPoint &point) const;
    /** @p point's exact change in currency(), nothing for the first point recorded. */
    std::optional<Decimal> changeOf(const HistorySeriesPoint &point) const;
    /** Changes locale or privacy mode; every displayed text is refreshed. */
    void setDisplay(const AmountDisplay &display);
    /** Re-emits headers and texts after the UI language changed. */
    void retranslate();

private:
    QString addressText(const HistorySeriesPoint &point) const;
    QVariant displayData(const HistorySeriesPoint &point, int column) const;
    QVariant toolTipData(const HistorySeriesPoint &point, int column) const;
    QVariant sortKey(const HistorySeriesPoint &point, int column) const;

    void updateCurrency();

    QList<HistorySeriesPoint> m_points;
    AmountDisplay m_display;
    FiatCurrency m_currency = FiatCurrency::Usd;
};
