#pragma once

#include "api/apifamily.h"
#include "cli/tokenargument.h"
#include "money/fiatcurrency.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/** What one command-line run was asked to do, parsed and checked for syntax. */
struct CliOptions
{
    /** Requests per second against the demo server, which has no rate limit of its own. */
    static constexpr double DemoRequestsPerSecond = 20.0;

    /** The command word: "export", "total", "chains", "watch", "refresh" or "history". */
    QString command;
    /** For watch: "add", "remove", "list", "import" or "export". */
    QString watchAction;
    /** Run against the built-in demo server with its demo credentials. */
    bool demo = false;
    /** The connection options given; unset ones come from the window's saved settings. */
    std::optional<QUrl> baseUrl;
    std::optional<ApiFamily> family;
    std::optional<int> timeoutMs;
    std::optional<double> requestsPerSecond;
    /** --rate-url: the host of OKX's USD/CNY rate; unset takes the saved setting. */
    std::optional<QUrl> exchangeRateUrl;
    /** --fiat of total, export and history: CNY adds (or gives) amounts at OKX's USD/CNY rate. */
    FiatCurrency fiat = FiatCurrency::Usd;
    /** export/total --address, or the address of watch add/remove, trimmed. */
    QString address;
    /** Chain indexes in the order given, without duplicates. */
    QStringList chains;
    /** watch add --label; empty for none. */
    QString label;
    /**
     * export --token: only these tokens, asked of the specific-token endpoint (in the order given);
     * with --address, chains holds their chains.
     */
    QList<TokenArgument> tokens;
    /** export --all: every watched address on its own chains instead of --address and --chains. */
    bool allWatched = false;
    bool includeRiskTokens = false;
    /** export --with-verdicts: a last CSV column with the user's verdict on each token. */
    bool withVerdicts = false;
    /** Where export, watch export and history write their CSV; empty means stdout. */
    QString outputPath;
    /** The CSV file watch import reads. */
    QString inputPath;
    /** history --since and --until (UTC); invalid when not given. */
    QDateTime since;
    QDateTime until;
    /** export --at (UTC): the recorded holdings of that time instead of fetched ones; invalid when not given. */
    QDateTime at;
    /** history --holdings: every recorded token row instead of the totals. */
    bool holdings = false;
    /** Tries in all for a retryable failure (the first try plus --retries). */
    int maxAttempts = 3;
};

/** The outcome of parsing: run a command, print a text (help, version) and succeed, or fail with a reason. */
struct CliParseResult
{
    enum class Action {
        Run,   ///< options holds the command to run
        Print, ///< text goes to stdout, exit code 0
        Fail,  ///< text is a one-line reason for stderr, exit code 2
    };
    Action action = Action::Fail;
    CliOptions options;
    QString text;
};

/**
 * Parses the command line with QCommandLineParser: the command word comes first (for watch, then
 * its action), then its options. Each command and watch action has its own options and help
 * ("okx-wallet-viewer export --help", "okx-wallet-viewer watch add --help"); the top-level help
 * also describes the window's usage. Checks everything that needs no network or file: option
 * syntax, values, and the address of export and total against its chains' format. Unknown but
 * well-formed chain indexes are left to the commands (export and total ask OKX's supported-chain
 * list), and so is everything watch add checks against the watch list.
 *
 * Parsing never exits the process (unlike QCommandLineParser::process()), so exit codes stay ours.
 */
class CliOptionsParser final
{
    Q_DECLARE_TR_FUNCTIONS(CliOptionsParser)

public:
    CliOptionsParser() = delete;

    /** Parses @p arguments (arguments[0] is the program). Needs a QCoreApplication for names and translations. */
    static CliParseResult parse(const QStringList &arguments);

    /** Whether @p word names a command. */
    static bool isCommand(const QString &word);
};
