#pragma once

#include "api/apifamily.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

/** What one command-line run was asked to do, parsed and checked for syntax. */
struct CliOptions
{
    /** The command word: "export", "total" or "chains". */
    QString command;
    /** Run against the built-in demo server with its demo credentials. */
    bool demo = false;
    QUrl baseUrl = QUrl(QStringLiteral("https://web3.okx.com"));
    ApiFamily family = ApiFamily::DexV5;
    QString address;
    /** Chain indexes in the order given, without duplicates. */
    QStringList chains;
    bool includeRiskTokens = false;
    /** Where export writes its CSV; empty means stdout. */
    QString outputPath;
    int timeoutMs = 20000;
    double requestsPerSecond = 1.0;
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
 * Parses the command line with QCommandLineParser: the command word comes first, then its options.
 * Each command has its own options and help ("okx-wallet-viewer export --help"); the top-level
 * help also describes the window's usage. Checks everything that needs no network: option syntax,
 * values, and the address against its chains' format. Unknown-but-well-formed chain indexes are
 * left to the commands, which ask OKX's supported-chain list.
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
