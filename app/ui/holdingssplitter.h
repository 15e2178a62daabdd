#pragma once

#include <QSplitter>

class HoldingsView;

/**
 * The holdings table beside the allocation chart. A wider window widens the table; in a narrow one
 * the chart gives way, down to its least width, so that the table shows every column up to Value,
 * and then the table's long names give way: the value is never behind a scroll bar while room is left.
 */
class HoldingsSplitter final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HoldingsSplitter)

public:
    /**
     * @p tablePane, beside @p chart, shows @p table (or, in its place, another view of the holdings,
     * which gets the same width); @p table's columns decide the width the pane needs.
     */
    HoldingsSplitter(HoldingsView *table, QWidget *tablePane, QWidget *chart, QWidget *parent = nullptr);

    /** The least width that shows the table through its Value column beside the chart at its least. */
    int leastWidthWithValueInView() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Moves width from the chart to the table until the table shows its Value column, or the chart is at its least. */
    void giveTableItsWidth();

    HoldingsView *m_table;
    QWidget *m_chart;
};
