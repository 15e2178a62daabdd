#include "storage/keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

namespace {

/**
 * Where the plugin may be: where it is installed (relative to the executable, so the install can
 * move), then Qt's library paths: beside the executable, and whatever QT_PLUGIN_PATH adds.
 */
QStringList pluginDirectories()
{
    const QDir executableDir(QCoreApplication::applicationDirPath());
    return QStringList{executableDir.filePath(QStringLiteral(OKX_KEYCHAIN_PLUGIN_INSTALL_DIR))}
        + QCoreApplication::libraryPaths();
}

struct LoadedPlugin
{
    KeychainBackend *backend = nullptr;
    QString problem;
};

LoadedPlugin loadPlugin()
{
    // Kept loaded for the life of the process, like any library the app links.
    static QPluginLoader loader;
    QString problem = QStringLiteral("the keychain plugin okx-keychain is not installed");
    for (const QString &directory : pluginDirectories()) {
        const QString path = QDir(directory).filePath(QStringLiteral("libokx-keychain.so"));
        if (!QFile::exists(path))
            continue;
        loader.setFileName(path);
        if (auto *backend = qobject_cast<KeychainBackend *>(loader.instance()))
            return {backend, QString()};
        problem = loader.errorString();
    }
    return {nullptr, problem};
}

} // namespace

KeychainBackend *KeychainBackend::instance(QString *problem)
{
    static const LoadedPlugin plugin = loadPlugin();
    if (problem)
        *problem = plugin.problem;
    return plugin.backend;
}
