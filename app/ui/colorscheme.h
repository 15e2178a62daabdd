#pragma once

#include "storage/appsettings.h"

#include <QObject>
#include <QPalette>

/**
 * The window's light or dark colours, decided and put into effect in one place, app-wide: every
 * widget gets a PaletteChange at once, and the models read ThemeColors from the new palette.
 *
 * Light and Dark are complete palettes under the Fusion style, which honours every role of a
 * palette (native styles may draw with colours of their own). System follows the desktop's
 * preference (desktopPrefersDark()): where the desktop's own palette already agrees with it, the
 * desktop's style and palette stay; otherwise the matching palette of ours applies. While System is
 * chosen, a change of the desktop's preference (the freedesktop portal's signal) applies at once.
 */
class ColorScheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorScheme)

public:
    using Choice = AppSettings::ColorScheme;

    explicit ColorScheme(QObject *parent = nullptr);

    /** Puts @p choice into effect for the whole application. */
    void apply(Choice choice);
    Choice choice() const { return m_choice; }

    /** The complete palette of our light or dark scheme. */
    static QPalette palette(bool dark);
    /**
     * The desktop's preference: the freedesktop portal's org.freedesktop.appearance color-scheme
     * (GNOME, KDE, …) where Qt D-Bus and the portal are there, else GTK_THEME ending in ":dark",
     * else whether the desktop's palette is dark; light when nothing says.
     */
    static bool desktopPrefersDark();

private slots:
    /** The portal's SettingChanged(namespace, key, value): re-applies System on a colour-scheme change. */
    void portalSettingChanged(const QString &group, const QString &key);

private:
    Choice m_choice = Choice::System;
};
