#pragma once

#include "money/decimal.h"

#include <QDateTime>
#include <QWidget>

class HistoryTableModel;
class QCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScatterSeries;

/**
 * The value history as a line chart: the total in scope over time, one point per refresh, drawn
 * from the same HistoryTableModel as the table beneath it. Pointing anywhere over the plot marks
 * the nearest point and the readout above the chart says its time, addresses, exact total and
 * change, as the table does (masked in privacy mode); without a pointer, it says the point chosen
 * in the table, else the latest.
 *
 * The value axis is labelled at round amounts computed exactly (compact "$1.2M" where that tells
 * them apart, else in full; masks in privacy mode). Doubles are used for geometry only, and
 * relative to the lowest label, so 24-digit totals that differ in their last digits still draw
 * apart.
 */
class HistoryChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryChartView)

public:
    explicit HistoryChartView(QWidget *parent = nullptr);

    /** Draws the rows of @p model (which must outlive the chart) and follows it. */
    void setModel(HistoryTableModel *model);
    /** The time the plot spans, from @p since (invalid: the first point) to @p until. */
    void setSpan(const QDateTime &since, const QDateTime &until);
    /** Marks the point of the model's row @p row and says it in the readout; -1 for the latest. */
    void showPoint(int row);
    /** The model row of the marked point, or -1. */
    int shownPoint() const { return m_shown; }

    QString readoutText() const;
    QLineSeries *series() const { return m_line; }
    QCategoryAxis *valueAxis() const { return m_valueAxis; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();
    /** Marks row @p row (-1: the latest) and says it in the readout, for as long as the pointer is there. */
    void markPoint(int row);
    /** The readout of row @p row: its time, addresses, exact total and change, as the table shows them. */
    QString pointText(int row) const;
    /** The model row of the point nearest to @p x (milliseconds since the epoch), or -1. */
    int nearestRow(qreal x) const;

    HistoryTableModel *m_model = nullptr;
    QDateTime m_since;
    QDateTime m_until;
    QLabel *m_readout;
    /** Made before the view, which takes it from the start (a view made without one makes its own). */
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_line;
    /** Every point as a dot: a single refresh (or two close ones) would not show as a line. */
    QScatterSeries *m_dots;
    /** The marked point. */
    QScatterSeries *m_marked;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis;
    /** The value at the plot's y = 0 (the lowest label): geometry is drawn relative to it. */
    Decimal m_base;
    int m_shown = -1;
    /** The row chosen in the table, shown again when the pointer leaves the plot. */
    int m_chosen = -1;
};
