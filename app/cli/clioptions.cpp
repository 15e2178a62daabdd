#include "cli/clioptions.h"

#include "api/addressvalidator.h"

#include <QCommandLineParser>

#include <cmath>
#include <optional>

namespace {

/** One command word, what it does and which options it takes. Later commands (watch …) slot in here. */
struct CommandSpec
{
    const char *name;
    const char *summary;
    bool takesAddress; ///< --address, --chains, --include-risk
    bool takesOutput;  ///< --output
};

constexpr CommandSpec Commands[] = {
    {"export", QT_TRANSLATE_NOOP("CliOptionsParser", "Write every token holding of an address as CSV, highest value first."),
     true, true},
    {"total", QT_TRANSLATE_NOOP("CliOptionsParser", "Print the exact USD total value of an address."), true, false},
    {"chains", QT_TRANSLATE_NOOP("CliOptionsParser", "Print the chains the API supports."), false, false},
};

/** Default requests per second against the demo server, which has no rate limit of its own. */
constexpr double DemoRequestsPerSecond = 20.0;
constexpr int MaxRetries = 10;

const CommandSpec *findCommand(const QString &word)
{
    for (const CommandSpec &spec : Commands) {
        if (word == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("CliOptionsParser", text);
}

/** The parser's options, kept together so their names are spelled once. */
struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"), tr("Use the built-in demo server and its demo credentials.")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"), tr("The API host (default https://web3.okx.com)."),
                               tr("url")};
    QCommandLineOption api{QStringLiteral("api"), tr("The API path family: v5 (default), v6 or wallet."), tr("family")};
    QCommandLineOption timeout{QStringLiteral("timeout"), tr("Seconds to wait for each request (default 20)."),
                               tr("seconds")};
    QCommandLineOption rps{QStringLiteral("rps"),
                           tr("Requests per second at most (default 1; %1 with --demo; 0: no limit).").arg(DemoRequestsPerSecond),
                           tr("n")};
    QCommandLineOption retries{QStringLiteral("retries"),
                               tr("Retries after a rate limit, server error or timeout (default 2)."), tr("n")};
    QCommandLineOption address{QStringLiteral("address"), tr("The wallet address."), tr("address")};
    QCommandLineOption chains{QStringLiteral("chains"), tr("Comma-separated chain indexes, e.g. 1,56,501."),
                              tr("indexes")};
    QCommandLineOption includeRisk{QStringLiteral("include-risk"),
                                   tr("Keep tokens OKX flags as risky (airdrop scams, honeypots).")};
    QCommandLineOption output{QStringLiteral("output"), tr("Write the CSV to this file (atomically) instead of stdout."),
                              tr("file")};
};

QString topLevelDescription()
{
    QString text = tr("Shows wallet holdings through the OKX Web3 Balance API.") + u'\n';
    //: Usage of the window; keep the option names
    text += tr("Without a command it opens the window:") + u'\n';
    text += QLatin1String("  okx-wallet-viewer [--lang en|zh] [--base-url URL] [--api v5|v6|wallet] [--address ADDRESS]...\n");
    text += u'\n' + tr("Commands:") + u'\n';
    for (const CommandSpec &spec : Commands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(spec.name).toString().leftJustified(8), tr(spec.summary));
    text += u'\n' + tr("Run “okx-wallet-viewer <command> --help” for a command's options.") + u'\n';
    text += tr("Credentials come from OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE and OKX_PROJECT_ID.") + u'\n';
    text += tr("Exit codes: 0 ok, 2 bad usage or input, 3 refused by the API, 4 network or malformed "
               "response, 5 output not writable.");
    return text;
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

std::optional<double> nonNegativeNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // a timeout or a rate, never money
    return ok && std::isfinite(value) && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

/** Splits "1,56, 501" (and repeated --chains) into indexes; every index must be a plain number. */
std::optional<QStringList> chainList(const QStringList &values, QString *error)
{
    QStringList chains;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',')) {
            const QString chain = part.trimmed();
            bool ok = false;
            chain.toULongLong(&ok);
            if (!ok || chain.startsWith(u'+')) {
                *error = tr("“%1” is not a chain index: expected numbers such as 1,56,501").arg(chain);
                return std::nullopt;
            }
            if (!chains.contains(chain))
                chains.append(chain);
        }
    }
    if (chains.isEmpty()) {
        *error = tr("--chains names no chain");
        return std::nullopt;
    }
    return chains;
}

/** Checks the option values and fills @p options; empty on success, else the reason. */
QString readValues(const QCommandLineParser &parser, const Options &o, const CommandSpec &spec, CliOptions &options)
{
    options.demo = parser.isSet(o.demo);
    if (parser.isSet(o.baseUrl)) {
        if (options.demo)
            return tr("--demo and --base-url cannot be combined");
        const QUrl url(parser.value(o.baseUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return tr("--base-url needs an http or https URL such as https://web3.okx.com");
        options.baseUrl = url;
    }
    if (parser.isSet(o.api)) {
        const std::optional<ApiFamily> family = ApiFamilies::fromName(parser.value(o.api));
        if (!family)
            return tr("--api must be v5, v6 or wallet");
        options.family = *family;
    }
    if (parser.isSet(o.timeout)) {
        const std::optional<double> seconds = nonNegativeNumber(parser.value(o.timeout));
        if (!seconds || *seconds <= 0 || *seconds > 3600)
            return tr("--timeout needs a number of seconds between 0 and 3600");
        options.timeoutMs = std::max(1, int(std::lround(*seconds * 1000)));
    }
    options.requestsPerSecond = options.demo ? DemoRequestsPerSecond : options.requestsPerSecond;
    if (parser.isSet(o.rps)) {
        const std::optional<double> rate = nonNegativeNumber(parser.value(o.rps));
        if (!rate)
            return tr("--rps needs a number of requests per second (0: no limit)");
        options.requestsPerSecond = *rate;
    }
    if (parser.isSet(o.retries)) {
        bool ok = false;
        const int retries = parser.value(o.retries).toInt(&ok);
        if (!ok || retries < 0 || retries > MaxRetries)
            return tr("--retries needs a whole number from 0 to %1").arg(MaxRetries);
        options.maxAttempts = retries + 1;
    }

    if (!spec.takesAddress)
        return {};
    if (!parser.isSet(o.address) || !parser.isSet(o.chains))
        return tr("%1 needs --address and --chains").arg(QLatin1String(spec.name));
    options.address = parser.value(o.address).trimmed();
    QString error;
    const std::optional<QStringList> chains = chainList(parser.values(o.chains), &error);
    if (!chains)
        return error;
    options.chains = *chains;
    options.includeRiskTokens = parser.isSet(o.includeRisk);
    if (spec.takesOutput && parser.isSet(o.output)) {
        options.outputPath = parser.value(o.output);
        if (options.outputPath.isEmpty())
            return tr("--output needs a file name");
    }
    return AddressValidator::check(options.address, options.chains);
}

} // namespace

CliParseResult CliOptionsParser::parse(const QStringList &arguments)
{
    const QString word = arguments.value(1);
    const CommandSpec *spec = word.startsWith(u'-') ? nullptr : findCommand(word);
    if (!word.isEmpty() && !word.startsWith(u'-') && !spec)
        return fail(tr("unknown command “%1”; run okx-wallet-viewer --help for the commands").arg(word));

    QCommandLineParser parser;
    const Options o;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.demo, o.baseUrl, o.api, o.timeout, o.rps, o.retries});
    if (spec) {
        parser.setApplicationDescription(tr(spec->summary));
        parser.addPositionalArgument(QLatin1String(spec->name), tr(spec->summary));
        if (spec->takesAddress)
            parser.addOptions({o.address, o.chains, o.includeRisk});
        if (spec->takesOutput)
            parser.addOption(o.output);
    } else {
        parser.setApplicationDescription(topLevelDescription());
        parser.addPositionalArgument(QStringLiteral("command"), tr("export, total or chains"),
                                     QStringLiteral("[command]"));
    }

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
    if (parser.positionalArguments().size() > 1)
        return fail(tr("unexpected argument “%1”").arg(parser.positionalArguments().at(1)));

    CliParseResult result;
    result.options.command = word;
    const QString error = readValues(parser, o, *spec, result.options);
    if (!error.isEmpty())
        return fail(error);
    result.action = CliParseResult::Action::Run;
    return result;
}

bool CliOptionsParser::isCommand(const QString &word)
{
    return findCommand(word) != nullptr;
}
