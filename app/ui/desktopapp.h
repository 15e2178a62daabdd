#pragma once

#include <QCoreApplication>

/**
 * The window's entry point: sets up the application (names, icon, language), resolves what to talk
 * to (--base-url, --api and the credential environment variables, or the built-in demo server when
 * no credentials are configured) and runs the main window.
 */
class DesktopApp final
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)

public:
    DesktopApp() = delete;

    /** Runs the window until it closes; returns the process exit code. */
    static int run(int argc, char **argv);
};
