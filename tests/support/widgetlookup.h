#pragma once

#include <QLatin1String>
#include <QWidget>

/**
 * The child of @p parent named @p name; the test program stops if there is none, since every later
 * step would test nothing. Header-only: only widget tests include it, and they link Qt Widgets.
 */
template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget named %s", name);
    return widget;
}
