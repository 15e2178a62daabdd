#include "cli/windowlauncher.h"

#include "cli/exitcode.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

QString WindowLauncher::windowExecutable()
{
    // /proc/self/exe names this very file, however it was started (a PATH lookup, a symlink, a
    // relative path), so the window is found beside it in the build tree and once installed alike.
    const QFileInfo self(QFile::symLinkTarget(QStringLiteral("/proc/self/exe")));
    return self.dir().filePath(QStringLiteral(OKX_WINDOW_EXECUTABLE));
}

int WindowLauncher::exec(int argc, char **argv)
{
    const QByteArray program = QFile::encodeName(windowExecutable());
    std::vector<char *> arguments(argv, argv + argc);
    if (arguments.empty())
        arguments.push_back(nullptr);
    arguments.front() = const_cast<char *>(program.constData());
    arguments.push_back(nullptr);
    ::execv(program.constData(), arguments.data());

    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    //: %1 is a file path, %2 the system's reason
    const QString message = tr("cannot open the window: %1: %2").arg(QFile::decodeName(program), reason);
    std::fprintf(stderr, "%s: %s\n", argc > 0 ? argv[0] : "okx-wallet-viewer", message.toLocal8Bit().constData());
    return int(ExitCode::NoWindow);
}
