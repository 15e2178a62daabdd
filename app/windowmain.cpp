#include "ui/desktopapp.h"

// The window, started by `okx-wallet-viewer` without a command word (or directly).
int main(int argc, char *argv[])
{
    return DesktopApp::run(argc, argv);
}
