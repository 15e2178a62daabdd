#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QWidget;

/**
 * The texts a widget paints, read from its paint calls rather than from pixels: what a user sees
 * of an item delegate's or a tree's texts, elided or not, and where. Runs that continue each other
 * on a line (a text split where a fallback font takes over) are joined back into one.
 */
struct PaintedText
{
    QString text;
    QFont font;
    /** Where the text lies, in @p widget's coordinates: its advance wide, its font's height tall. */
    QRectF rect;

    /** Renders @p widget (without its children) and returns the texts it painted, in paint order. */
    static QList<PaintedText> of(QWidget *widget);
};
