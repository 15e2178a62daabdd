#include "ui/allocationchartview.h"

#include "model/themecolors.h"

#include <QButtonGroup>
#include <QtMath>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum LegendColumn { NameColumn, ShareColumn, ValueColumn, LegendColumnCount };

/** The smallest text in the donut's hole before it wraps instead. */
constexpr qreal MinCenterPointSize = 6;
/** The donut's diameter as a fraction of the plot's shorter side (room left for a popped-out slice), and the hole's share of it. */
constexpr qreal PieSize = 0.9;
constexpr qreal HoleShare = 0.56;

/** Dark text on light slices, white on dark ones. */
QColor labelColorOn(const QColor &slice)
{
    return slice.lightnessF() > 0.62 ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}
/**
 * The room (in average characters) a legend name keeps before full amounts may push it to elide,
 * and the least it keeps before compact amounts may.
 */
constexpr int NameChars = 16;
constexpr int LeastNameChars = 8;
/** Room kept between the title and the grouping buttons. */
constexpr int TitleSpacing = 12;

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

AllocationChartView::AllocationChartView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_buttons(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QPieSeries(m_chart))
    , m_center(new QGraphicsTextItem(m_chart))
    , m_placeholder(new QLabel(this))
    , m_legend(new QTreeWidget(this))
    , m_legendNote(new QLabel(this))
{
    setObjectName(QStringLiteral("allocationChart"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *header = new QHBoxLayout;
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The title takes the free space (the stretch only matters once the title is hidden).
    header->addWidget(m_title, 100);
    header->addStretch(1);
    for (AllocationGrouping grouping : {AllocationGrouping::Token, AllocationGrouping::Chain, AllocationGrouping::Address}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_buttons->addButton(button, int(grouping));
        header->addWidget(button);
    }
    m_buttons->button(int(m_grouping))->setChecked(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { setGrouping(AllocationGrouping(id)); });

    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(160, 160);
    connect(m_chart, &QChart::plotAreaChanged, this, &AllocationChartView::fitPie);
    m_center->document()->setDocumentMargin(0);

    m_placeholder->setObjectName(QStringLiteral("chartPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_placeholder);

    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legendNote->setObjectName(QStringLiteral("chartLegendNote"));
    m_legendNote->setWordWrap(true);
    m_legend->setColumnCount(LegendColumnCount);
    m_legend->setRootIsDecorated(false);
    m_legend->setHeaderHidden(true);
    m_legend->setSelectionMode(QAbstractItemView::NoSelection);
    m_legend->setFocusPolicy(Qt::NoFocus);
    m_legend->setMouseTracking(true);
    // fitLegend() keeps the columns within the width: nothing to scroll to, nothing cut at the edge.
    m_legend->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_legend->header()->setStretchLastSection(false);
    m_legend->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_legend->header()->setSectionResizeMode(ShareColumn, QHeaderView::ResizeToContents);
    m_legend->header()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    connect(m_legend, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const int index = m_legend->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_allocation.slices.size())
            emit sliceClicked(m_allocation.grouping, m_allocation.slices.at(index));
    });
    connect(m_legend, &QTreeWidget::itemEntered, this, [this](QTreeWidgetItem *item) {
        const int index = m_legend->indexOfTopLevelItem(item);
        for (int i = 0; i < m_series->count(); ++i)
            m_series->slices().at(i)->setExploded(i == index);
        showCenter(index);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_legendNote);

    retranslateUi();
    applyTheme();
    rebuild();
}

void AllocationChartView::setGrouping(AllocationGrouping grouping)
{
    m_buttons->button(int(grouping))->setChecked(true);
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    emit groupingChanged(grouping);
}

void AllocationChartView::setAllocation(const Allocation &allocation, const AmountDisplay &display)
{
    m_allocation = allocation;
    m_display = display;
    rebuild();
}

void AllocationChartView::rebuild()
{
    m_series->clear();
    m_legend->clear();
    const bool empty = m_allocation.isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_chartView);
    m_legend->setVisible(!empty);
    m_legendNote->setVisible(!empty && m_allocation.grouping == AllocationGrouping::Token);

    const QPalette pal = palette();
    for (int i = 0; i < m_allocation.slices.size(); ++i) {
        const AllocationSlice &slice = m_allocation.slices.at(i);
        const QString percent = m_display.share(slice.value, m_allocation.total);
        const QColor color = ThemeColors::sliceColor(i, slice.isOther);
        // Geometry only: the slice's size in the pie. Every number shown is formatted from Decimals.
        // The label is the percentage alone: names live in the legend, where they never get cut.
        auto *pieSlice = new QPieSlice(percent, slice.value.toApproximateDouble());
        pieSlice->setColor(color);
        pieSlice->setBorderColor(pal.color(QPalette::Base));
        // The percentage sits on the ring itself, so the donut can use the whole pane.
        pieSlice->setLabelColor(labelColorOn(color));
        pieSlice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        pieSlice->setExplodeDistanceFactor(0.08);
        m_series->append(pieSlice);
        connect(pieSlice, &QPieSlice::hovered, this, [this, i](bool on) { onSliceHovered(i, on); });
        connect(pieSlice, &QPieSlice::clicked, this, [this, i] {
            emit sliceClicked(m_allocation.grouping, m_allocation.slices.at(i));
        });

        auto *item = new QTreeWidgetItem(m_legend);
        item->setIcon(NameColumn, swatch(color));
        item->setText(NameColumn, slice.label);
        item->setText(ShareColumn, percent);
        item->setTextAlignment(ShareColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ValueColumn, Qt::AlignRight | Qt::AlignVCenter);
        // The value column's text depends on the width: fitLegend() sets it.
        QString tip = slice.isOther ? slice.members.join(QStringLiteral(", ")) : slice.label;
        if (m_allocation.grouping == AllocationGrouping::Token && !slice.isOther && slice.holdingCount > 1) {
            //: In the tooltip of a token's legend row: the slice adds up that many table rows.
            tip += QLatin1Char('\n') + tr("%n holding(s) on every chain and address together", nullptr, slice.holdingCount);
        }
        if (!m_display.isPrivate()) {
            //: In the tooltip of an allocation chart's legend row; %1 is a USD amount with every decimal.
            const QString exact = tr("Exact value: %1").arg(m_display.amountExact(slice.value));
            tip += QLatin1Char('\n') + exact;
            item->setToolTip(ValueColumn, exact);
        }
        item->setToolTip(NameColumn, tip);
    }
    // Percentages are masked in privacy mode: a column of masks beside the masked values says nothing more.
    m_legend->setColumnHidden(ShareColumn, m_display.isPrivate());
    // Exactly as tall as its rows: the chart above gets the rest of the height.
    int height = 2 * m_legend->frameWidth() + 2;
    for (int row = 0; row < m_legend->topLevelItemCount(); ++row)
        height += m_legend->sizeHintForRow(row);
    m_legend->setFixedHeight(height);
    fitToWidth();
    // The slices' angles are final only now that all are in.
    fitPie();
    showCenter(-1);
}

bool AllocationChartView::labelVisible(int index) const
{
    // In privacy mode the shape stays, but not the percentages.
    if (m_display.isPrivate() || index >= m_allocation.slices.size() || index >= m_series->count())
        return false;
    // Geometry only: does the horizontal percentage fit on the slice's stretch of the ring? Across
    // the ring it needs its width at 3 and 9 o'clock, its height at 12 and 6; along the ring the
    // other way round. The legend lists every percentage anyway.
    const QPieSlice *slice = m_series->slices().at(index);
    const QRectF plot = m_chart->plotArea();
    const qreal side = qMin(plot.width(), plot.height());
    const qreal outer = side * m_series->pieSize() / 2;
    const qreal inner = side * m_series->holeSize() / 2;
    const QFontMetricsF metrics(slice->labelFont());
    const qreal width = metrics.horizontalAdvance(slice->label());
    const qreal height = metrics.height();
    const qreal middle = qDegreesToRadians(slice->startAngle() + slice->angleSpan() / 2);
    const qreal across = width * qAbs(qSin(middle)) + height * qAbs(qCos(middle));
    const qreal along = width * qAbs(qCos(middle)) + height * qAbs(qSin(middle));
    const qreal arc = qDegreesToRadians(slice->angleSpan()) * (outer + inner) / 2;
    return across * 1.1 <= outer - inner && along * 1.1 <= arc;
}

void AllocationChartView::onSliceHovered(int index, bool hovered)
{
    if (index >= m_series->count())
        return;
    m_series->slices().at(index)->setExploded(hovered);
    showCenter(hovered ? index : -1);
}

void AllocationChartView::showCenter(int hoveredSlice)
{
    m_centerLines.clear();
    if (hoveredSlice >= 0 && hoveredSlice < m_allocation.slices.size()) {
        const AllocationSlice &slice = m_allocation.slices.at(hoveredSlice);
        m_centerLines << slice.label << m_display.amount(slice.value);
        m_centerCompactValue = m_display.amountCompact(slice.value);
        // In privacy mode the value's mask already says what is hidden; a second mask would not.
        if (!m_display.isPrivate())
            m_centerLines << m_display.share(slice.value, m_allocation.total);
    } else if (!m_allocation.isEmpty()) {
        //: In the middle of the allocation chart, above the total value.
        m_centerLines << tr("Total") << m_display.amount(m_allocation.total);
        m_centerCompactValue = m_display.amountCompact(m_allocation.total);
    }
    placeCenter();
}

QString AllocationChartView::centerText() const
{
    return m_centerLines.join(QLatin1Char('\n'));
}

void AllocationChartView::fitPie()
{
    m_series->setPieSize(PieSize);
    m_series->setHoleSize(PieSize * HoleShare);
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i)
        slices.at(i)->setLabelVisible(labelVisible(i));
    placeCenter();
}

void AllocationChartView::placeCenter()
{
    const QRectF plot = m_chart->plotArea();
    // Keep a margin inside the hole.
    const qreal room = qMin(plot.width(), plot.height()) * m_series->holeSize() * 0.92;
    QFont font = this->font();
    QFont bold = font;
    bold.setBold(true);
    // The value in full when it fits at the regular size, else in its compact form: smaller text
    // would not make 24 digits readable.
    QStringList lines = m_centerLines;
    if (lines.size() >= 2 && QFontMetricsF(bold).horizontalAdvance(lines.at(1)) > room)
        lines[1] = m_centerCompactValue;
    const auto fits = [&] {
        for (int i = 0; i < lines.size(); ++i) {
            if (QFontMetricsF(i == 1 ? bold : font).horizontalAdvance(lines.at(i)) > room)
                return false;
        }
        return true;
    };
    while (!fits() && font.pointSizeF() > MinCenterPointSize) {
        font.setPointSizeF(font.pointSizeF() - 0.5);
        bold.setPointSizeF(font.pointSizeF());
    }
    // A value too long even then is left to the legend and the summary, rather than broken in two;
    // "Total" alone would say nothing, but a hovered slice keeps its name and percentage.
    const bool valueFits = lines.size() < 2 || QFontMetricsF(bold).horizontalAdvance(lines.at(1)) <= room;
    QStringList html;
    for (int i = 0; i < lines.size(); ++i) {
        if (!valueFits && (i == 1 || lines.size() == 2))
            continue;
        const QString line = lines.at(i).toHtmlEscaped();
        html << (i == 1 ? QStringLiteral("<b>%1</b>").arg(line) : line);
    }
    m_center->setFont(font);
    m_center->setDefaultTextColor(palette().color(QPalette::WindowText));
    m_center->setHtml(QStringLiteral("<div align=\"center\">%1</div>").arg(html.join(QStringLiteral("<br/>"))));
    m_center->setTextWidth(room);
    const QSizeF size = m_center->boundingRect().size();
    m_center->setPos(plot.center().x() - size.width() / 2, plot.center().y() - size.height() / 2);
}

void AllocationChartView::applyTheme()
{
    const bool dark = ThemeColors::isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme repaints the background; the window's own colour reads better around the donut.
    m_chart->setBackgroundVisible(false);
    m_chartView->setBackgroundBrush(palette().brush(QPalette::Window));
    const QPalette muted = ThemeColors::mutedPalette(palette());
    m_placeholder->setPalette(muted);
    m_legendNote->setPalette(muted);
}

void AllocationChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToWidth();
}

void AllocationChartView::fitToWidth()
{
    fitLegend();
    // In a narrow pane the grouping buttons need the room more than the title, which the donut
    // makes plain (a title cut short would look broken).
    int header = m_title->sizeHint().width() + TitleSpacing;
    for (QAbstractButton *button : m_buttons->buttons())
        header += button->sizeHint().width() + layout()->spacing();
    m_title->setVisible(header <= width());
}

void AllocationChartView::fitLegend()
{
    // Every value in full if they fit beside the names (up to NameChars) and the percentages, else
    // every value compact ("$907.7T"), with names down to LeastNameChars if need be, else no value column (the values stay in the tooltips and in
    // the donut's middle): an amount is never elided, and a name only when it is long.
    // The width each column's texts need (public in QAbstractItemView, protected in QTreeView).
    const QAbstractItemView *view = m_legend;
    const int rows = m_legend->topLevelItemCount();
    const int room = m_legend->contentsRect().width();
    const int names = view->sizeHintForColumn(NameColumn);
    const int shares = m_legend->isColumnHidden(ShareColumn) ? 0 : view->sizeHintForColumn(ShareColumn);
    const auto showValues = [&](auto format, int nameChars) {
        for (int row = 0; row < rows; ++row)
            m_legend->topLevelItem(row)->setText(ValueColumn, (m_display.*format)(m_allocation.slices.at(row).value));
        const int nameRoom = qMin(names, fontMetrics().averageCharWidth() * nameChars);
        return nameRoom + shares + view->sizeHintForColumn(ValueColumn) <= room;
    };
    const bool fits = showValues(&AmountDisplay::amount, NameChars) || showValues(&AmountDisplay::amountCompact, NameChars)
        || showValues(&AmountDisplay::amountCompact, LeastNameChars);
    m_legend->setColumnHidden(ValueColumn, !fits);
}

void AllocationChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        rebuild();
    }
}

void AllocationChartView::retranslateUi()
{
    m_title->setText(tr("Allocation"));
    //: Chart grouping buttons: group holdings by token / by chain / by address.
    m_buttons->button(int(AllocationGrouping::Token))->setText(tr("Token"));
    m_buttons->button(int(AllocationGrouping::Chain))->setText(tr("Chain"));
    m_buttons->button(int(AllocationGrouping::Address))->setText(tr("Address"));
    m_buttons->button(int(AllocationGrouping::Token))->setToolTip(tr("Group by token"));
    m_buttons->button(int(AllocationGrouping::Chain))->setToolTip(tr("Group by chain"));
    m_buttons->button(int(AllocationGrouping::Address))->setToolTip(tr("Group by address"));
    m_placeholder->setText(tr("Nothing to chart: no priced holdings outside risk tokens in this view."));
    m_legendNote->setText(tr("A token's slice adds up its holdings on every chain and address; the table's "
                             "share is per row."));
    showCenter(-1);
}
