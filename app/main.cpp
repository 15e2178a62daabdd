#include "cli/commandlineapp.h"
#include "ui/desktopapp.h"

// One executable, two faces: a command word (export, total, chains, watch) runs the headless
// command line, which needs no display; anything else opens the window.
int main(int argc, char *argv[])
{
    if (CommandLineApp::handles(argc, argv))
        return CommandLineApp::run(argc, argv);
    return DesktopApp::run(argc, argv);
}
