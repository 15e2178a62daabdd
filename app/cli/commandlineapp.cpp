#include "cli/commandlineapp.h"

#include "api/addressvalidator.h"
#include "cli/chainscommand.h"
#include "cli/clioptions.h"
#include "cli/clisession.h"
#include "cli/exportatcommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/refreshcommand.h"
#include "cli/terminaltext.h"
#include "cli/totalcommand.h"
#include "cli/watchcommand.h"
#include "storage/appidentity.h"
#include "storage/verdictstore.h"
#include "storage/watchlist.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {

std::unique_ptr<CliCommand> createCommand(const CliSession &session, const CliOptions &options,
                                          const QList<WatchedAddress> &targets, const TokenVerdicts &verdicts)
{
    if (options.command == QLatin1String("export"))
        return std::make_unique<ExportCommand>(session, options, targets, verdicts);
    if (options.command == QLatin1String("total"))
        return std::make_unique<TotalCommand>(session, options, targets.first(), verdicts);
    if (options.command == QLatin1String("refresh"))
        return std::make_unique<RefreshCommand>(session, options, targets, verdicts);
    return std::make_unique<ChainsCommand>(session, options);
}

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/**
 * One line on stderr. Messages may quote OKX's msg, a token's symbol or a file's problem: line
 * breaks are folded and control characters escaped, so no server text can move the cursor.
 */
void complain(const QString &message)
{
    const QString line = TerminalText::escaped(message.simplified(), TerminalText::LineBreaks::Escape);
    writeTo(stderr, QCoreApplication::applicationName() + QLatin1String(": ") + line + u'\n');
}

/** Reports a failure as the one line on stderr the exit code goes with. */
int report(const CommandResult &result)
{
    if (!result.ok())
        complain(result.message);
    return int(result.code);
}

/**
 * Loads the watch list the window shows. A damaged file is moved aside by WatchList and reported
 * here, and the command goes on with what could be kept, as the window does.
 */
void loadWatchList(WatchList &list)
{
    const WatchList::LoadReport loaded = list.load();
    if (!loaded.message.isEmpty())
        complain(loaded.message);
}

/**
 * The watch list's entries for export --all and refresh, in its order; Usage when it is empty or holds an
 * address its chains cannot have (a hand-edited file: the list itself only takes valid ones).
 */
CommandResult watchedTargets(QList<WatchedAddress> *targets)
{
    WatchList list;
    loadWatchList(list);
    if (list.isEmpty()) {
        return CommandResult::failure(ExitCode::Usage, CommandLineApp::tr("the watch list is empty: add addresses "
                                                                          "with “okx-wallet-viewer watch add” first"));
    }
    for (const WatchedAddress &entry : list.entries()) {
        const QString problem = AddressValidator::check(entry.address, entry.chainIndexes);
        if (!problem.isEmpty())
            return CommandResult::failure(ExitCode::Usage, problem);
    }
    *targets = list.entries();
    return CommandResult::success();
}

/**
 * The user's token verdicts, from the file the window writes. An unusable file is reported and left
 * as it is, and the command goes on without verdicts, as the window does.
 */
TokenVerdicts loadVerdicts()
{
    VerdictStore store;
    const QString problem = store.load();
    if (!problem.isEmpty())
        complain(problem);
    return store.verdicts();
}

/** Runs @p command on the event loop until it finishes; returns its exit code. */
int runOnEventLoop(CliCommand &command)
{
    CommandResult result;
    QObject::connect(&command, &CliCommand::notice, &command, &complain);
    QObject::connect(&command, &CliCommand::finished, &command, [&result](const CommandResult &outcome) {
        result = outcome;
        QCoreApplication::exit(int(outcome.code));
    });
    // Started from the event loop, so a command that finishes at once still reaches exec()'s exit.
    QTimer::singleShot(0, &command, &CliCommand::start);
    QCoreApplication::exec();
    return report(result);
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
#ifdef __GLIBC__
    // A command is one short burst: a reply body, its parse, the assets, the rows, each a few
    // megabytes freed just before the next is made. glibc would hand such blocks back to the
    // kernel and fault fresh pages in for the next; kept in the heap, they are reused. One arena
    // for the network thread too: the download's chunks, freed as they are read, are reused.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_ARENA_MAX, 1);
#endif
    QCoreApplication app(argc, argv);
    AppIdentity::apply();

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
    const CliOptions &options = parsed.options;

    if (options.command == QLatin1String("watch")) {
        WatchList list;
        loadWatchList(list);
        return report(WatchCommand::run(options, list));
    }

    if (options.command == QLatin1String("history"))
        return report(HistoryCommand::run(options));

    QList<WatchedAddress> targets{{options.address, QString(), options.chains}};
    if (options.allWatched || options.command == QLatin1String("refresh")) {
        const CommandResult listed = watchedTargets(&targets);
        if (!listed.ok())
            return report(listed);
    }
    if (!options.tokens.isEmpty()) {
        const CommandResult narrowed = ExportCommand::narrowToTokens(options.tokens, &targets);
        if (!narrowed.ok())
            return report(narrowed);
    }
    // The balance at a date comes from the history: no connection, no credentials.
    if (options.at.isValid())
        return report(ExportAtCommand::run(options, targets, loadVerdicts()));

    CliSession session;
    const CommandResult started = session.start(options);
    if (!session.settingsProblem().isEmpty())
        complain(session.settingsProblem());
    if (!started.ok())
        return report(started);
    const bool usesVerdicts = options.command != QLatin1String("chains");
    const std::unique_ptr<CliCommand> command =
        createCommand(session, options, targets, usesVerdicts ? loadVerdicts() : TokenVerdicts());
    return runOnEventLoop(*command);
}
