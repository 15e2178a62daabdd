#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * The application's name and version, set identically by the window and the command line so both
 * find the same settings, watch list, cache and keychain entry. No organisation name: it would add a
 * folder level and QSettings would leave the app's own config folder.
 */
namespace AppIdentity {

inline QString applicationName()
{
    return QStringLiteral("okx-wallet-viewer");
}

/** Call right after creating the Q(Core)Application. */
inline void apply()
{
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(OKXVIEWER_VERSION));
}

} // namespace AppIdentity
