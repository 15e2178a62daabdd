#pragma once

#include "model/allocationbuilder.h"
#include "model/amountdisplay.h"

#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QGraphicsTextItem;
class QLabel;
class QPieSeries;
class QPieSlice;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * Where the dollars are: a donut of the scope's priced, non-risk holdings (the top slices plus
 * "Other"), grouped by token, chain or address. Slices carry their percentage; a hovered slice pops
 * out and its value shows in the middle. Clicking a slice (or its legend row) asks the table to show
 * just that slice. The legend is a list under the chart, so it never covers the pie. An empty scope
 * shows a placeholder instead. The legend shows each name, percentage and value, the value in full
 * or compact ("$907.7T") as the width allows, exactly in its tooltip. In privacy mode the shape
 * stays; the values and the percentages go.
 */
class AllocationChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationChartView)

public:
    explicit AllocationChartView(QWidget *parent = nullptr);

    AllocationGrouping grouping() const { return m_grouping; }
    /** Switches the grouping buttons; emits groupingChanged() when it changes. */
    void setGrouping(AllocationGrouping grouping);

    /** Shows @p allocation; amounts through @p display. */
    void setAllocation(const Allocation &allocation, const AmountDisplay &display);
    const Allocation &allocation() const { return m_allocation; }
    QPieSeries *series() const { return m_series; }
    /** The text in the middle of the donut (the total, or the hovered slice). */
    QString centerText() const;

signals:
    void groupingChanged(AllocationGrouping grouping);
    /** The user picked @p slice of an allocation grouped by @p grouping. */
    void sliceClicked(AllocationGrouping grouping, const AllocationSlice &slice);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitToWidth();
    void fitLegend();
    void retranslateUi();
    void applyTheme();
    void rebuild();
    void showCenter(int hoveredSlice);
    void fitPie();
    bool labelVisible(int index) const;
    void placeCenter();
    void onSliceHovered(int index, bool hovered);

    AllocationGrouping m_grouping = AllocationGrouping::Token;
    QLabel *m_title;
    QButtonGroup *m_buttons;
    QStackedWidget *m_stack;
    /**
     * Made before the view, which takes it from the start: a QChartView made without one makes
     * its own, which setChart() would leak.
     */
    QChart *m_chart;
    QChartView *m_chartView;
    QPieSeries *m_series;
    QGraphicsTextItem *m_center;
    QLabel *m_placeholder;
    QTreeWidget *m_legend;
    /** Under the legend by token: a token's slice adds up the same symbol on every chain and address. */
    QLabel *m_legendNote;
    Allocation m_allocation;
    AmountDisplay m_display;
    /** The donut's middle: a title, the value, and for a hovered slice its percentage. */
    QStringList m_centerLines;
    /** The value of m_centerLines in its compact form, shown when the full one does not fit the hole. */
    QString m_centerCompactValue;
};
