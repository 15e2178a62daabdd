#include "cli/clioptions.h"

#include "cli/clioptionset.h"

#include <QCommandLineParser>

namespace {

/** One command word, what it does and which options it takes. */
struct CommandSpec
{
    const char *name;
    const char *summary;
    bool usesApi;      ///< the connection options (--demo, --base-url, --api, --timeout, --rps, --retries)
    bool takesAddress; ///< --address, --chains, --include-risk
    bool takesOutput;  ///< --output, --with-verdicts, --all, --at (the recorded holdings of a time) and --token
    bool hasActions;   ///< an action word follows (watch add|remove|list)
    bool readsHistory; ///< --address, --since, --until, --holdings, --include-risk, --output
    bool records;      ///< fetches the watch list into the history, which the demo's holdings never enter
    bool fetchesRate;  ///< --rate-url: fetches OKX's USD/CNY rate (for --fiat CNY, or to record it)
    bool convertsFiat; ///< --fiat USD|CNY
};

constexpr CommandSpec Commands[] = {
    {"export",
     QT_TRANSLATE_NOOP("CliOptionsParser", "Write every token holding of an address, or of the whole watch list, as CSV, highest value first."),
     true, true, true, false, false, false, true, true},
    {"total", QT_TRANSLATE_NOOP("CliOptionsParser", "Print the exact USD total value of an address."),
     true, true, false, false, false, false, true, true},
    {"chains", QT_TRANSLATE_NOOP("CliOptionsParser", "Print the chains the API supports."),
     true, false, false, false, false, false, false, false},
    {"watch", QT_TRANSLATE_NOOP("CliOptionsParser", "Add, remove, list, import or export the addresses the window watches."),
     false, false, false, true, false, false, false, false},
    {"refresh",
     QT_TRANSLATE_NOOP("CliOptionsParser", "Fetch every watched address, record it in the value history and print "
                                           "each total and its change."),
     true, false, false, false, false, true, true, false},
    {"history",
     QT_TRANSLATE_NOOP("CliOptionsParser", "Write the recorded totals (or holdings) of the value history as CSV, "
                                           "oldest first."),
     false, false, false, false, true, false, false, true},
};

/** One action of watch. */
struct ActionSpec
{
    const char *name;
    const char *summary;
    /** What follows the action word, for the help; not translated, like option names. */
    const char *synopsis;
    /** The one argument after the action word. */
    enum class Operand { None, Address, File } operand;
    bool takesEntry;  ///< --chains and --label
    bool takesOutput; ///< --output
};

constexpr ActionSpec WatchActions[] = {
    {"add", QT_TRANSLATE_NOOP("CliOptionsParser", "Add an address to the watch list, with its chains and a label."),
     "ADDRESS --chains 1,56 [--label TEXT]", ActionSpec::Operand::Address, true, false},
    {"remove", QT_TRANSLATE_NOOP("CliOptionsParser", "Remove an address from the watch list."), "ADDRESS",
     ActionSpec::Operand::Address, false, false},
    {"list", QT_TRANSLATE_NOOP("CliOptionsParser", "Print the watch list: label, address and chains."), "",
     ActionSpec::Operand::None, false, false},
    {"import",
     QT_TRANSLATE_NOOP("CliOptionsParser", "Add the addresses of a CSV file (address,chains,label) to the watch list: "
                                           "all of them, or none when a line is invalid; addresses already watched are skipped."),
     "FILE", ActionSpec::Operand::File, false, false},
    {"export", QT_TRANSLATE_NOOP("CliOptionsParser", "Write the watch list as CSV (address,chains,label)."),
     "[--output FILE]", ActionSpec::Operand::None, false, true},
};

template<typename Spec, size_t N>
const Spec *find(const Spec (&specs)[N], const QString &word)
{
    for (const Spec &spec : specs) {
        if (word == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

/** The translation of a summary marked with QT_TRANSLATE_NOOP above. */
QString translated(const char *text)
{
    return QCoreApplication::translate("CliOptionsParser", text);
}

QString topLevelDescription()
{
    QString text = CliOptionsParser::tr("Shows wallet holdings through the OKX Web3 Balance API.") + u'\n';
    //: Usage of the window; keep the option names
    text += CliOptionsParser::tr("Without a command it opens the window:") + u'\n';
    text += QLatin1String("  okx-wallet-viewer [--lang en|zh] [--base-url URL] [--api v5|v6|wallet] [--address ADDRESS]...\n");
    text += u'\n' + CliOptionsParser::tr("Commands:") + u'\n';
    for (const CommandSpec &spec : Commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(spec.name).toString().leftJustified(8), translated(spec.summary));
    }
    text += u'\n' + CliOptionsParser::tr("Run “okx-wallet-viewer <command> --help” for a command's options.") + u'\n';
    //: Keep the command and option names
    text += CliOptionsParser::tr("“export --all” writes every watched address in one CSV.") + u'\n';
    //: Keep the command and option names and the example
    text += CliOptionsParser::tr("“export --token 1:0xdac17f958d2ee523a2206206994597c13d831ec7” asks OKX about the "
                                 "tokens named only.")
        + u'\n';
    //: Keep the command names
    text += CliOptionsParser::tr("“refresh” (for cron or a systemd timer) and the window record every good refresh; "
                                 "“history” reads them.")
        + u'\n';
    //: Keep the variable names; the line break keeps the help within 100 columns
    text += CliOptionsParser::tr("Credentials come from OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE (or "
                                 "OKX_PASSPHRASE) and\nOKX_PROJECT_ID, which override those saved in the window's "
                                 "settings (the OS keychain).")
        + u'\n';
    text += CliOptionsParser::tr("Connection options not given take the window's saved settings.") + u'\n';
    text += CliOptionsParser::tr("Exit codes: 0 ok, 2 bad usage or input, 3 refused by the API, 4 network or malformed "
                                 "response, 5 output not writable.");
    return text;
}

QString watchDescription(const CommandSpec &spec)
{
    QString text = translated(spec.summary) + u' ' + CliOptionsParser::tr("The window shows the same list.");
    text += QLatin1String("\n\n") + CliOptionsParser::tr("Actions:") + u'\n';
    for (const ActionSpec &action : WatchActions) {
        const QString synopsis = QLatin1String(action.name) + u' ' + QLatin1String(action.synopsis);
        text += QStringLiteral("  watch %1\n      %2\n").arg(synopsis.trimmed(), translated(action.summary));
    }
    text += u'\n' + CliOptionsParser::tr("Run “okx-wallet-viewer watch <action> --help” for an action's options.");
    return text;
}

/** Sets @p parser's description, arguments and command options for @p spec (and @p action). */
void describe(QCommandLineParser &parser, const CliOptionSet &o, const CommandSpec *spec, const ActionSpec *action)
{
    if (!spec) {
        parser.setApplicationDescription(topLevelDescription());
        parser.addPositionalArgument(QStringLiteral("command"),
                                     CliOptionsParser::tr("export, total, chains, watch, refresh or history"),
                                     QStringLiteral("[command]"));
        return;
    }
    parser.addPositionalArgument(QLatin1String(spec->name), translated(spec->summary));
    if (spec->hasActions && !action) {
        parser.setApplicationDescription(watchDescription(*spec));
        parser.addPositionalArgument(QStringLiteral("action"), CliOptionsParser::tr("add, remove, list, import or export"));
        return;
    }
    if (action) {
        parser.setApplicationDescription(translated(action->summary));
        parser.addPositionalArgument(QLatin1String(action->name), translated(action->summary));
        if (action->operand == ActionSpec::Operand::Address)
            parser.addPositionalArgument(QStringLiteral("address"), CliOptionsParser::tr("The wallet address."));
        if (action->operand == ActionSpec::Operand::File)
            parser.addPositionalArgument(QStringLiteral("file"), CliOptionsParser::tr("The CSV file to read."));
        if (action->takesEntry)
            parser.addOptions({o.chains, o.label});
        if (action->takesOutput)
            parser.addOption(o.output);
        return;
    }
    parser.setApplicationDescription(translated(spec->summary));
    if (spec->fetchesRate)
        parser.addOption(o.rateUrl);
    if (spec->convertsFiat)
        parser.addOption(o.fiat);
    if (spec->takesAddress)
        parser.addOptions({o.address, o.chains, o.includeRisk});
    if (spec->takesOutput)
        parser.addOptions({o.output, o.withVerdicts, o.all, o.at, o.token});
    if (spec->readsHistory)
        parser.addOptions({o.address, o.since, o.until, o.holdings, o.includeRisk, o.output});
}

/** Checks the option values and fills @p options; empty on success, else the reason. */
QString readValues(const QCommandLineParser &parser, const CliOptionSet &o, const CommandSpec &spec,
                   const ActionSpec *action, CliOptions &options)
{
    if (spec.usesApi) {
        const QString error = o.readConnection(parser, options);
        if (!error.isEmpty())
            return error;
    }
    if (spec.records && options.demo) {
        //: %1 is the command
        return CliOptionsParser::tr("%1 records your own holdings: it takes no --demo").arg(QLatin1String(spec.name));
    }
    const QString rateError = spec.fetchesRate ? o.readRateUrl(parser, options) : QString();
    if (!rateError.isEmpty())
        return rateError;
    const QString fiatError = spec.convertsFiat ? o.readFiat(parser, options) : QString();
    if (!fiatError.isEmpty())
        return fiatError;
    if (spec.readsHistory)
        return o.readHistory(parser, options);
    if (action) {
        options.watchAction = QLatin1String(action->name);
        if (action->operand == ActionSpec::Operand::Address)
            options.address = parser.positionalArguments().at(2).trimmed();
        if (action->operand == ActionSpec::Operand::File)
            options.inputPath = parser.positionalArguments().at(2);
        if (action->takesOutput)
            return o.readOutput(parser, options);
        return action->takesEntry ? o.readWatchEntry(parser, options) : QString();
    }
    return spec.takesAddress ? o.readTarget(parser, options.command, spec.takesOutput, options) : QString();
}

CliParseResult fail(const QString &reason)
{
    CliParseResult result;
    result.action = CliParseResult::Action::Fail;
    result.text = reason;
    return result;
}

CliParseResult print(const QString &text)
{
    CliParseResult result;
    result.action = CliParseResult::Action::Print;
    result.text = text;
    return result;
}

bool isWord(const QString &argument)
{
    return !argument.isEmpty() && !argument.startsWith(u'-');
}

} // namespace

CliParseResult CliOptionsParser::parse(const QStringList &arguments)
{
    const QString word = arguments.value(1);
    const CommandSpec *spec = isWord(word) ? find(Commands, word) : nullptr;
    if (isWord(word) && !spec)
        return fail(tr("unknown command “%1”; run okx-wallet-viewer --help for the commands").arg(word));
    const ActionSpec *action = nullptr;
    if (spec && spec->hasActions && isWord(arguments.value(2))) {
        action = find(WatchActions, arguments.value(2));
        if (!action)
            return fail(tr("unknown watch action “%1”; expected add, remove, list, import or export").arg(arguments.value(2)));
    }

    QCommandLineParser parser;
    const CliOptionSet o;
    parser.addHelpOption();
    parser.addVersionOption();
    if (!spec || spec->usesApi)
        parser.addOptions(o.connectionOptions());
    describe(parser, o, spec, action);

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    // Qt's --help-all would add Qt's own options, which the command line does not use.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return print(parser.helpText());
    if (parser.isSet(QStringLiteral("version")))
        return print(QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                   QCoreApplication::applicationVersion()));
    if (!spec)
        return fail(tr("no command given; run okx-wallet-viewer --help for the commands"));
    if (spec->hasActions && !action)
        return fail(tr("watch needs an action: add, remove, list, import or export"));

    // The command word, the action word and its operand (an address, a file) are the only arguments.
    const bool takesOperand = action && action->operand != ActionSpec::Operand::None;
    const qsizetype expected = 1 + (action ? 1 : 0) + (takesOperand ? 1 : 0);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > expected)
        return fail(tr("unexpected argument “%1”").arg(positional.at(expected)));
    if (positional.size() < expected || (takesOperand && positional.at(2).trimmed().isEmpty())) {
        if (action->operand == ActionSpec::Operand::File)
            //: %1 is a watch action: import
            return fail(tr("watch %1 needs a file").arg(QLatin1String(action->name)));
        //: %1 is a watch action: add or remove
        return fail(tr("watch %1 needs an address").arg(QLatin1String(action->name)));
    }

    CliParseResult result;
    result.options.command = word;
    const QString error = readValues(parser, o, *spec, action, result.options);
    if (!error.isEmpty())
        return fail(error);
    result.action = CliParseResult::Action::Run;
    return result;
}

bool CliOptionsParser::isCommand(const QString &word)
{
    return find(Commands, word) != nullptr;
}
