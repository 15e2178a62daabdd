#include "ui/holdingssplitter.h"

#include "ui/holdingsview.h"

HoldingsSplitter::HoldingsSplitter(HoldingsView *table, QWidget *tablePane, QWidget *chart, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_table(table)
    , m_chart(chart)
{
    addWidget(tablePane);
    addWidget(chart);
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    setChildrenCollapsible(false);
    // Queued: a refresh resizes several columns in a row, and the splitter's sizes settle after a resize.
    connect(table, &HoldingsView::widthThroughValueChanged, this, &HoldingsSplitter::giveTableItsWidth,
            Qt::QueuedConnection);
    // The chart may be dragged wider only as far as the table keeps its Value column in view.
    connect(this, &QSplitter::splitterMoved, this, &HoldingsSplitter::giveTableItsWidth);
}

int HoldingsSplitter::leastWidthWithValueInView() const
{
    return m_table->leastWidthThroughValue() + handleWidth() + m_chart->minimumSizeHint().width();
}

void HoldingsSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    giveTableItsWidth();
}

void HoldingsSplitter::giveTableItsWidth()
{
    QList<int> widths = sizes();
    if (widths.size() != 2 || widths.at(0) + widths.at(1) <= 0)
        return;
    const int needed = m_table->widthThroughValue();
    const int spare = widths.at(1) - m_chart->minimumSizeHint().width();
    const int given = qMax(0, qMin(needed - widths.at(0), spare));
    if (given > 0) {
        widths[0] += given;
        widths[1] -= given;
        setSizes(widths);
    }
    if (needed > widths.at(0))
        m_table->fitNamesWithin(widths.at(0));
}
