#pragma once

#include <QCoreApplication>

/**
 * The headless face of the app: `okx-wallet-viewer <command> [options]` with the commands export
 * (one address, or the watch list with --all; fetched, or recorded with --at), total, chains, watch
 * (add, remove, list), refresh (the watch list into the value history) and history. Needs no
 * display and no Widgets; main() asks handles() first and opens the window otherwise.
 */
class CommandLineApp final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineApp)

public:
    CommandLineApp() = delete;

    /**
     * True when the command line should run: the first argument is a word rather than an option
     * (a command, or a mistyped one that deserves an error rather than a window), or any argument
     * asks for help or the version (--help, -h, -?, --help-all, --version, -v).
     */
    static bool handles(int argc, char **argv);

    /** Creates a QCoreApplication, runs the command on its event loop and returns the exit code. */
    static int run(int argc, char **argv);
};
