#pragma once

#include <QColor>
#include <QPalette>

/**
 * The app's few semantic colours, in one place, derived from the current palette so they stay
 * readable in light and dark themes: a tint is mixed into the palette's own base colour instead of
 * replacing it, and text keeps the palette's text colour.
 */
namespace ThemeColors {

/** Whether @p palette is a dark theme (light text on a dark base). */
bool isDark(const QPalette &palette);

/** Background of a risk-token row: the base colour with a red tint. */
QColor riskBackground(const QPalette &palette);
/** Text on a risk-token row: a dark red on light themes, a light red on dark ones. */
QColor riskForeground(const QPalette &palette);
/** Secondary text such as "—" for unpriced cells and short addresses. */
QColor mutedText(const QPalette &palette);
/** @p palette with the muted text as its window text: for labels of secondary information. */
QPalette mutedPalette(const QPalette &palette);
/** Background of the error message bar. */
QColor errorBackground(const QPalette &palette);
/** Background of the informational (demo) banner. */
QColor infoBackground(const QPalette &palette);

/** Text of an amount that went up since the previous refresh. */
QColor gain(const QPalette &palette);
/** Text of an amount that went down since the previous refresh. */
QColor loss(const QPalette &palette);

/** The "connected" status dot. */
QColor online(const QPalette &palette);

/** The colour of pie slice @p index (0 = largest); "Other" gets a neutral grey. Legible on both themes. */
QColor sliceColor(int index, bool isOther);

} // namespace ThemeColors
