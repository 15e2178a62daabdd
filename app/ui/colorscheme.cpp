#include "ui/colorscheme.h"

#include "model/themecolors.h"

#include <QApplication>
#include <QStyle>

#include <optional>

#ifdef OKX_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

namespace {

const QString FusionStyle = QStringLiteral("fusion");
/** The freedesktop setting of the desktop's light or dark preference. */
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");

/** The look the app started with, before any scheme of ours replaced it: the desktop's. */
struct DesktopLook
{
    QString styleName;
    bool dark = false;
};

const DesktopLook &desktopLook()
{
    static const DesktopLook look{QApplication::style()->name(), ThemeColors::isDark(QApplication::palette())};
    return look;
}

#ifdef OKX_HAVE_DBUS
const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalSettings = QStringLiteral("org.freedesktop.portal.Settings");

/** The portal's color-scheme: 1 prefers dark, 2 prefers light, 0 no preference; nothing without a portal. */
std::optional<uint> portalColorScheme()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, QStringLiteral("Read"));
    read << AppearanceGroup << ColorSchemeKey;
    // Short: a start must not hang on a portal that is slow to come up.
    const QDBusMessage reply = bus.call(read, QDBus::Block, 700);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    // Read answers a variant holding the value's variant.
    QVariant value = reply.arguments().constFirst();
    while (value.canConvert<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    return ok ? std::optional<uint>(scheme) : std::nullopt;
}
#endif

} // namespace

ColorScheme::ColorScheme(QObject *parent)
    : QObject(parent)
{
    desktopLook();
#ifdef OKX_HAVE_DBUS
    QDBusConnection::sessionBus().connect(PortalService, PortalPath, PortalSettings, QStringLiteral("SettingChanged"), this,
                                          SLOT(portalSettingChanged(QString, QString)));
#endif
}

void ColorScheme::apply(Choice choice)
{
    m_choice = choice;
    const bool dark = choice == Choice::System ? desktopPrefersDark() : choice == Choice::Dark;
    const DesktopLook &desktop = desktopLook();
    if (choice == Choice::System && dark == desktop.dark) {
        if (QApplication::style()->name() != desktop.styleName)
            QApplication::setStyle(desktop.styleName);
        // A default palette resets to the style's and the desktop's.
        QApplication::setPalette(QPalette());
        return;
    }
    if (QApplication::style()->name() != FusionStyle)
        QApplication::setStyle(FusionStyle);
    QApplication::setPalette(palette(dark));
}

QPalette ColorScheme::palette(bool dark)
{
    struct Colors
    {
        QColor window, text, base, alternateBase, button, light, midlight, mid, shadowDark, placeholder, link,
            linkVisited, disabledText, disabledBase;
    };
    // Highlight and its text at 5:1, readable on both.
    const QColor highlight(0x2a, 0x6f, 0xb0);
    const Colors c = dark ? Colors{QColor(0x2d, 0x2d, 0x30), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e),
                                   QColor(0x27, 0x27, 0x2a), QColor(0x3a, 0x3a, 0x3d), QColor(0x55, 0x55, 0x58),
                                   QColor(0x45, 0x45, 0x48), QColor(0x26, 0x26, 0x28), QColor(0x16, 0x16, 0x18),
                                   QColor(0x9e, 0x9e, 0x9e), QColor(0x6c, 0xb4, 0xff), QColor(0xc7, 0x9b, 0xff),
                                   QColor(0x80, 0x80, 0x80), QColor(0x26, 0x26, 0x28)}
                          : Colors{QColor(0xef, 0xef, 0xef), QColor(0x14, 0x14, 0x14), QColor(0xff, 0xff, 0xff),
                                   QColor(0xf5, 0xf5, 0xf5), QColor(0xef, 0xef, 0xef), QColor(0xff, 0xff, 0xff),
                                   QColor(0xe3, 0xe3, 0xe3), QColor(0xb8, 0xb8, 0xb8), QColor(0x9f, 0x9f, 0x9f),
                                   QColor(0x5f, 0x63, 0x68), QColor(0x1a, 0x5f, 0xb4), QColor(0x6a, 0x3d, 0x9a),
                                   QColor(0x8c, 0x8c, 0x8c), QColor(0xef, 0xef, 0xef)};
    QPalette palette(c.button, c.window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? c.disabledText : c.text;
        palette.setColor(group, QPalette::Window, c.window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, disabled ? c.disabledBase : c.base);
        palette.setColor(group, QPalette::AlternateBase, c.alternateBase);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, c.button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xff, 0xff, 0xff));
        palette.setColor(group, QPalette::Light, c.light);
        palette.setColor(group, QPalette::Midlight, c.midlight);
        palette.setColor(group, QPalette::Mid, c.mid);
        palette.setColor(group, QPalette::Dark, c.shadowDark);
        palette.setColor(group, QPalette::Shadow, QColor(0, 0, 0));
        palette.setColor(group, QPalette::Highlight, disabled ? c.mid : highlight);
        palette.setColor(group, QPalette::HighlightedText, disabled ? c.disabledText : QColor(0xff, 0xff, 0xff));
        palette.setColor(group, QPalette::Link, c.link);
        palette.setColor(group, QPalette::LinkVisited, c.linkVisited);
        palette.setColor(group, QPalette::ToolTipBase, dark ? c.button : QColor(0xff, 0xff, 0xdc));
        palette.setColor(group, QPalette::ToolTipText, c.text);
        palette.setColor(group, QPalette::PlaceholderText, disabled ? c.disabledText : c.placeholder);
    }
    return palette;
}

bool ColorScheme::desktopPrefersDark()
{
#ifdef OKX_HAVE_DBUS
    if (const std::optional<uint> scheme = portalColorScheme(); scheme && *scheme != 0)
        return *scheme == 1;
#endif
    // GTK's way of naming a theme's variant, e.g. GTK_THEME=Adwaita:dark.
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
    return desktopLook().dark;
}

void ColorScheme::portalSettingChanged(const QString &group, const QString &key)
{
    if (m_choice == Choice::System && group == AppearanceGroup && key == ColorSchemeKey)
        apply(Choice::System);
}
