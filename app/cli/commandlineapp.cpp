#include "cli/commandlineapp.h"

#include "cli/chainscommand.h"
#include "cli/clioptions.h"
#include "cli/clisession.h"
#include "cli/exportcommand.h"
#include "cli/totalcommand.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

std::unique_ptr<CliCommand> createCommand(BalanceClient *client, const CliOptions &options)
{
    if (options.command == QLatin1String("export"))
        return std::make_unique<ExportCommand>(client, options);
    if (options.command == QLatin1String("total"))
        return std::make_unique<TotalCommand>(client, options);
    return std::make_unique<ChainsCommand>(client, options);
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/** Reports a failure as the one line on stderr the exit code goes with. */
int report(const CommandResult &result)
{
    if (!result.ok()) {
        // Messages may quote OKX's msg, which could hold a line break: keep it to one line.
        QString line = result.message.simplified();
        writeTo(stderr, QCoreApplication::applicationName() + QLatin1String(": ") + line + u'\n');
    }
    return int(result.code);
}

} // namespace

bool CommandLineApp::handles(int argc, char **argv)
{
    if (argc > 1 && argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "-?", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

int CommandLineApp::run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("okx-wallet-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKXVIEWER_VERSION));

    const CliParseResult parsed = CliOptionsParser::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CliParseResult::Action::Print:
        writeTo(stdout, parsed.text);
        return int(ExitCode::Ok);
    case CliParseResult::Action::Fail:
        return report(CommandResult::failure(ExitCode::Usage, parsed.text));
    case CliParseResult::Action::Run:
        break;
    }

    CliSession session;
    const CommandResult started = session.start(parsed.options);
    if (!started.ok())
        return report(started);

    std::unique_ptr<CliCommand> command = createCommand(session.client(), parsed.options);
    CommandResult result;
    QObject::connect(command.get(), &CliCommand::finished, &app, [&result](const CommandResult &outcome) {
        result = outcome;
        QCoreApplication::exit(int(outcome.code));
    });
    // Started from the event loop, so a command that finishes at once still reaches exec()'s exit.
    QTimer::singleShot(0, command.get(), &CliCommand::start);
    QCoreApplication::exec();
    command.reset();
    return report(result);
}
