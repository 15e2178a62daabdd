#include "model/themecolors.h"

#include <iterator>

namespace {

/** @p base moved towards @p tint by @p amount (0..1). */
QColor mixed(const QColor &base, const QColor &tint, qreal amount)
{
    const auto channel = [amount](int from, int to) { return int(from + (to - from) * amount + 0.5); };
    return QColor(channel(base.red(), tint.red()), channel(base.green(), tint.green()),
                  channel(base.blue(), tint.blue()));
}

// Dark themes need a stronger mix for the tint to be visible, and lighter accents for contrast.
constexpr qreal LightTint = 0.16;
constexpr qreal DarkTint = 0.28;
// Muted text keeps at least 4.5:1 against the base and the window of a usual palette.
constexpr qreal MutedMix = 0.35;

} // namespace

namespace ThemeColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor riskBackground(const QPalette &palette)
{
    const bool dark = isDark(palette);
    return mixed(palette.color(QPalette::Base), QColor(0xe5, 0x39, 0x35), dark ? DarkTint : LightTint);
}

QColor riskForeground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcd, 0xd2) : QColor(0x8e, 0x1b, 0x1b);
}

QColor mutedText(const QPalette &palette)
{
    // Text moved part of the way to the background, not the placeholder colour: that is often the
    // text at half opacity, under 4.5:1 on a light base.
    return mixed(palette.color(QPalette::Text), palette.color(QPalette::Base), MutedMix);
}

QPalette mutedPalette(const QPalette &palette)
{
    QPalette muted = palette;
    muted.setColor(QPalette::WindowText, mutedText(palette));
    return muted;
}

QColor errorBackground(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Window), QColor(0xe5, 0x39, 0x35), isDark(palette) ? DarkTint : LightTint);
}

QColor infoBackground(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Window), QColor(0x1e, 0x88, 0xe5), isDark(palette) ? DarkTint : LightTint);
}

QColor gain(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x20);
}

QColor loss(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
}

QColor online(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor sliceColor(int index, bool isOther)
{
    if (isOther)
        return QColor(0x9e, 0x9e, 0x9e);
    // Eight distinct hues (Tableau 10 without its grey and olive), mid-lightness for both themes.
    static const QColor colors[] = {
        QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
    };
    return colors[index % int(std::size(colors))];
}

} // namespace ThemeColors
