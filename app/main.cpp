#include "cli/commandlineapp.h"
#include "cli/windowlauncher.h"

// One command, two faces: a command word (export, total, chains, watch) runs the headless command
// line in this process, which needs no display; anything else becomes the window.
int main(int argc, char *argv[])
{
    if (CommandLineApp::handles(argc, argv))
        return CommandLineApp::run(argc, argv);
    return WindowLauncher::exec(argc, argv);
}
