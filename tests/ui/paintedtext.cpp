#include "paintedtext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QTransform>
#include <QWidget>

namespace {

/** A paint engine that draws nothing and keeps every text item with its place on the device. */
class TextRecordingEngine final : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    // QPaintEngine's own two polygon overloads call each other: the grid lines of a table would recurse.
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}

    void updateState(const QPaintEngineState &state) override
    {
        if (state.state().testFlag(QPaintEngine::DirtyTransform))
            m_transform = state.transform();
    }

    void drawTextItem(const QPointF &baseline, const QTextItem &item) override
    {
        const QFontMetricsF metrics(item.font());
        const QPointF origin = m_transform.map(baseline);
        const QRectF rect(origin.x(), origin.y() - metrics.ascent(), item.width(), metrics.height());
        // The part a fallback font drew continues the previous run on the same line.
        if (!texts.isEmpty()) {
            PaintedText &last = texts.last();
            if (qAbs(last.rect.bottom() - rect.bottom()) < 2 && qAbs(last.rect.right() - rect.left()) < 1) {
                last.text += item.text();
                last.rect.setRight(rect.right());
                return;
            }
        }
        texts.append(PaintedText{item.text(), item.font(), rect});
    }

    QList<PaintedText> texts;

private:
    QTransform m_transform;
};

/** A device of @p widget's size and resolution that paints with a TextRecordingEngine. */
class TextRecordingDevice final : public QPaintDevice
{
public:
    explicit TextRecordingDevice(const QWidget *widget) : m_widget(widget) {}

    QPaintEngine *paintEngine() const override { return &m_engine; }
    QList<PaintedText> texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_widget->width();
        case PdmHeight:
            return m_widget->height();
        case PdmWidthMM:
            return m_widget->widthMM();
        case PdmHeightMM:
            return m_widget->heightMM();
        case PdmDpiX:
        case PdmPhysicalDpiX:
            return m_widget->logicalDpiX();
        case PdmDpiY:
        case PdmPhysicalDpiY:
            return m_widget->logicalDpiY();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        case PdmNumColors:
            return 0x7fffffff;
        case PdmDepth:
            return 32;
        }
        return 0;
    }

private:
    const QWidget *m_widget;
    mutable TextRecordingEngine m_engine;
};

} // namespace

QList<PaintedText> PaintedText::of(QWidget *widget)
{
    TextRecordingDevice device(widget);
    widget->render(&device, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    return device.texts();
}
