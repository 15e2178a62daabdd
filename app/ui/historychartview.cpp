#include "ui/historychartview.h"

#include "model/historytablemodel.h"
#include "model/themecolors.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>

namespace {

/** Dots on every point up to this many; beyond, they would only thicken the line. */
constexpr int MaxDots = 120;
/** About this many labels on the value axis. */
constexpr int ValueLabels = 5;

/** Round values for the value axis: first, first + step, … up to the first at or above the highest. */
struct ValueTicks
{
    QList<Decimal> values;
};

/**
 * Round labels around @p low … @p high: a step of 1, 2 or 5 × 10ⁿ, found from the spread in
 * double (geometry), while every label is an exact multiple of it.
 */
ValueTicks ticksAround(Decimal low, Decimal high)
{
    double spread = (high - low).toApproximateDouble();
    const bool flat = !(spread > 0);
    if (flat)
        spread = qMax(std::abs(high.toApproximateDouble()) / 5, 1.0);
    const double raw = spread / (ValueLabels - 1);
    const int exponent = int(std::floor(std::log10(raw)));
    const double mantissa = raw / std::pow(10.0, exponent);
    const int multiple = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
    const Decimal step = Decimal::parse(QStringLiteral("%1e%2").arg(multiple).arg(exponent)).value_or(Decimal::fromInteger(1));
    if (flat) {
        // A line that never moved sits in the middle of the plot, not on its edge.
        low -= step;
        high += step;
    }
    Decimal tick = low.dividedBy(step, 0) * step;
    if (tick > low)
        tick -= step;
    ValueTicks ticks;
    ticks.values.append(tick);
    while (tick < high && ticks.values.size() < 4 * ValueLabels) {
        tick += step;
        ticks.values.append(tick);
    }
    return ticks;
}

/** Labels for @p ticks: compact where that tells them apart, else in full, else exact. */
QStringList tickLabels(const QList<Decimal> &ticks, const AmountDisplay &display, FiatCurrency currency)
{
    QStringList labels;
    if (display.isPrivate()) {
        // The axis's labels must differ: each mask gets its own count of zero-width spaces.
        for (qsizetype i = 0; i < ticks.size(); ++i)
            labels.append(AmountDisplay::mask() + QString(i, QChar(0x200B)));
        return labels;
    }
    for (auto format : {&AmountDisplay::amountCompactIn, &AmountDisplay::amountIn, &AmountDisplay::amountExactIn}) {
        labels.clear();
        for (const Decimal &tick : ticks)
            labels.append((display.*format)(tick, currency));
        if (QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size())
            break;
    }
    return labels;
}

qreal timeX(const QDateTime &time)
{
    return qreal(time.toMSecsSinceEpoch());
}

} // namespace

HistoryChartView::HistoryChartView(QWidget *parent)
    : QWidget(parent)
    , m_readout(new QLabel(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_line(new QLineSeries(m_chart))
    , m_dots(new QScatterSeries(m_chart))
    , m_marked(new QScatterSeries(m_chart))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QCategoryAxis(m_chart))
{
    setObjectName(QStringLiteral("historyChart"));
    m_readout->setObjectName(QStringLiteral("historyReadout"));
    // Never cut: a long total wraps onto a second line rather than losing digits.
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->setBackgroundRoundness(0);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_line, m_dots, m_marked})
        m_chart->addSeries(series);
    m_dots->setMarkerSize(6);
    m_marked->setMarkerSize(11);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{m_line, m_dots, m_marked}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setTickCount(6);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(200, 140);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readout);
    layout->addWidget(m_view, 1);
    applyTheme();
}

void HistoryChartView::setModel(HistoryTableModel *model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_chosen = -1;
        rebuild();
    });
    // Texts changed: the locale or privacy mode, which the value axis and the readout show too.
    connect(model, &QAbstractItemModel::dataChanged, this, &HistoryChartView::rebuild);
    rebuild();
}

void HistoryChartView::setSpan(const QDateTime &since, const QDateTime &until)
{
    m_since = since;
    m_until = until;
}

void HistoryChartView::rebuild()
{
    const QList<HistorySeriesPoint> &points = m_model->points();
    m_line->clear();
    m_dots->clear();
    const QStringList old = m_valueAxis->categoriesLabels();
    for (const QString &label : old)
        m_valueAxis->remove(label);
    if (points.isEmpty()) {
        m_marked->clear();
        m_shown = -1;
        m_readout->clear();
        return;
    }

    Decimal low = m_model->totalOf(points.constFirst());
    Decimal high = low;
    for (const HistorySeriesPoint &point : points) {
        low = qMin(low, m_model->totalOf(point));
        high = qMax(high, m_model->totalOf(point));
    }
    const ValueTicks ticks = ticksAround(low, high);
    m_base = ticks.values.constFirst();
    const QStringList labels = tickLabels(ticks.values, m_model->display(), m_model->currency());
    m_valueAxis->setStartValue(0);
    for (qsizetype i = 0; i < ticks.values.size(); ++i)
        m_valueAxis->append(labels.at(i), (ticks.values.at(i) - m_base).toApproximateDouble());
    m_valueAxis->setRange(0, (ticks.values.constLast() - m_base).toApproximateDouble());

    // Geometry only, relative to the lowest label: every number shown is formatted from Decimals.
    QList<QPointF> line;
    line.reserve(points.size());
    for (const HistorySeriesPoint &point : points)
        line.append(QPointF(timeX(point.time), (m_model->totalOf(point) - m_base).toApproximateDouble()));
    m_line->replace(line);
    if (points.size() <= MaxDots)
        m_dots->replace(line);

    QDateTime first = m_since.isValid() ? m_since : points.constFirst().time;
    QDateTime last = m_until.isValid() ? qMax(m_until, points.constLast().time) : points.constLast().time;
    if (first.msecsTo(last) < 60 * 60 * 1000) {
        // A single refresh (or a few within the hour): an hour either side, so it is not on an edge.
        first = first.addSecs(-60 * 60);
        last = last.addSecs(60 * 60);
    }
    const qint64 days = first.daysTo(last);
    m_timeAxis->setFormat(days <= 2 ? QStringLiteral("HH:mm") : days <= 120 ? QStringLiteral("MM-dd") : QStringLiteral("yyyy-MM"));
    m_timeAxis->setRange(first.toLocalTime(), last.toLocalTime());
    markPoint(m_chosen);
}

void HistoryChartView::showPoint(int row)
{
    m_chosen = row;
    markPoint(row);
}

void HistoryChartView::markPoint(int row)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int shown = row >= 0 && row < m_model->rowCount() ? row : m_model->rowCount() - 1;
    m_shown = shown;
    const HistorySeriesPoint &point = m_model->points().at(shown);
    m_marked->replace({QPointF(timeX(point.time), (m_model->totalOf(point) - m_base).toApproximateDouble())});
    m_readout->setText(pointText(shown));
}

QString HistoryChartView::pointText(int row) const
{
    const auto text = [this, row](int column) { return m_model->index(row, column).data().toString(); };
    //: The value history chart's readout: %1 a time, %2 the address(es) recorded, %3 the exact total, %4 its change.
    return tr("%1 · %2 · %3 (%4)")
        .arg(text(HistoryTableModel::TimeColumn), text(HistoryTableModel::AddressColumn),
             text(HistoryTableModel::TotalColumn), text(HistoryTableModel::ChangeColumn));
}

QString HistoryChartView::readoutText() const
{
    return m_readout->text();
}

int HistoryChartView::nearestRow(qreal x) const
{
    const QList<HistorySeriesPoint> &points = m_model->points();
    int nearest = -1;
    qreal distance = 0;
    for (int row = 0; row < points.size(); ++row) {
        const qreal d = std::abs(timeX(points.at(row).time) - x);
        if (nearest < 0 || d < distance) {
            nearest = row;
            distance = d;
        }
    }
    return nearest;
}

bool HistoryChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && m_model) {
        if (event->type() == QEvent::MouseMove) {
            const QPointF scene = m_view->mapToScene(static_cast<QMouseEvent *>(event)->position().toPoint());
            const QPointF chart = m_chart->mapFromScene(scene);
            if (m_chart->plotArea().contains(chart)) {
                const int row = nearestRow(m_chart->mapToValue(chart, m_line).x());
                if (row >= 0)
                    markPoint(row);
            }
        } else if (event->type() == QEvent::Leave) {
            markPoint(m_chosen);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryChartView::applyTheme()
{
    const bool dark = ThemeColors::isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundVisible(false);
    m_view->setBackgroundBrush(palette().brush(QPalette::Window));
    const QColor line = ThemeColors::sliceColor(0, false);
    QPen pen(line);
    pen.setWidthF(2);
    m_line->setPen(pen);
    m_dots->setColor(line);
    m_dots->setBorderColor(line);
    m_marked->setColor(palette().color(QPalette::Highlight));
    m_marked->setBorderColor(palette().color(QPalette::Base));
}

void HistoryChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}
