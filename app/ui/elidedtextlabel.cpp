#include "ui/elidedtextlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace {

/**
 * A line of Latin and of Chinese, the scripts of the app's languages: Chinese glyphs come from a
 * fallback font whose lines are often taller than the UI font's.
 */
const QString TallestLineSample = QStringLiteral("Ag\u4E2D\u6587");

/** @p text laid out in lines of @p width in @p font, wrapped as a word-wrapped QLabel wraps it. */
struct WrappedText
{
    WrappedText(const QString &text, const QFont &font, int width) : layout(text, font)
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
    }

    QTextLayout layout;
};

} // namespace

ElidedTextLabel::ElidedTextLabel(int lines, QWidget *parent) : QLabel(parent), m_lines(lines)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    fitHeight();
}

void ElidedTextLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
}

void ElidedTextLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedTextLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        fitHeight();
        elide();
    }
}

void ElidedTextLabel::fitHeight()
{
    const WrappedText sample(TallestLineSample, font(), QWIDGETSIZE_MAX);
    const qreal lineHeight = std::max(sample.layout.lineAt(0).height(), qreal(fontMetrics().lineSpacing()));
    const QMargins margins = contentsMargins();
    setFixedHeight(int(std::ceil(m_lines * lineHeight)) + margins.top() + margins.bottom() + 2 * margin());
}

void ElidedTextLabel::elide()
{
    const int width = contentsRect().width() - 2 * margin();
    const WrappedText wrapped(m_fullText, font(), std::max(width, 1));
    if (wrapped.layout.lineCount() <= m_lines) {
        setText(m_fullText);
        setToolTip(QString());
        return;
    }
    // The lines that fit, each ending in a line break so the label wraps nothing anew, and the rest
    // of the text elided into the last one.
    QStringList shown;
    for (int i = 0; i < m_lines - 1; ++i) {
        const QTextLine line = wrapped.layout.lineAt(i);
        shown.append(m_fullText.mid(line.textStart(), line.textLength()).trimmed());
    }
    const int rest = wrapped.layout.lineAt(m_lines - 1).textStart();
    shown.append(fontMetrics().elidedText(m_fullText.mid(rest), Qt::ElideRight, width));
    setText(shown.join(u'\n'));
    setToolTip(m_fullText);
}
