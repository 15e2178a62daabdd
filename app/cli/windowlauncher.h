#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Hands the process over to the window. The window is its own executable beside this one
 * (okx-wallet-viewer-gui), so a command-line run loads Qt Core and Network only and never pays for
 * Widgets, Charts and OpenGL: `okx-wallet-viewer` with no command word becomes the window, with the
 * same arguments and the same process id, so a launcher or a desktop entry sees one program.
 */
class WindowLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(WindowLauncher)

public:
    WindowLauncher() = delete;

    /** The window's executable: in the directory of the running executable. */
    static QString windowExecutable();

    /**
     * Replaces this process by the window with @p argv; returns only when that fails, after one
     * line on stderr, with ExitCode::NoWindow.
     */
    static int exec(int argc, char **argv);
};
