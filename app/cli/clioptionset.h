#pragma once

#include "cli/clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

/**
 * Every option of the command line, defined once so each name is spelled once, and the reading of
 * their values into CliOptions. CliOptionsParser decides which command takes which of them; the
 * read functions check the values and return an empty string, or a one-line reason for stderr.
 */
class CliOptionSet final
{
    Q_DECLARE_TR_FUNCTIONS(CliOptionSet)
    Q_DISABLE_COPY_MOVE(CliOptionSet)

public:
    CliOptionSet();

    /** The connection options: --demo, --base-url, --api, --timeout, --rps, --retries. */
    QList<QCommandLineOption> connectionOptions() const;

    /** Reads the connection options; unset ones stay unset (the saved settings fill them in later). */
    QString readConnection(const QCommandLineParser &parser, CliOptions &options) const;
    /**
     * Reads export's and total's --address, --chains, --include-risk, and when @p takesOutput,
     * --output, --with-verdicts, --all, --at and --token. Checks the address against its chains'
     * format (with --token, its tokens' chains) and each token (TokenArgument).
     */
    QString readTarget(const QCommandLineParser &parser, const QString &command, bool takesOutput,
                       CliOptions &options) const;
    /** Reads --output, which names a file (export's, watch export's, history's). */
    QString readOutput(const QCommandLineParser &parser, CliOptions &options) const;
    /** Reads watch add's --chains and --label. */
    QString readWatchEntry(const QCommandLineParser &parser, CliOptions &options) const;
    /** Reads history's --address, --since, --until, --holdings, --include-risk and --output. */
    QString readHistory(const QCommandLineParser &parser, CliOptions &options) const;
    /** Reads --rate-url, after readConnection() (it goes with no --demo). */
    QString readRateUrl(const QCommandLineParser &parser, CliOptions &options) const;
    /** Reads --fiat: USD or CNY, in any case. */
    QString readFiat(const QCommandLineParser &parser, CliOptions &options) const;

    const QCommandLineOption demo;
    const QCommandLineOption baseUrl;
    const QCommandLineOption api;
    const QCommandLineOption timeout;
    const QCommandLineOption rps;
    const QCommandLineOption retries;
    const QCommandLineOption address;
    const QCommandLineOption chains;
    const QCommandLineOption includeRisk;
    const QCommandLineOption output;
    const QCommandLineOption withVerdicts;
    const QCommandLineOption all;
    const QCommandLineOption label;
    const QCommandLineOption at;
    const QCommandLineOption since;
    const QCommandLineOption until;
    const QCommandLineOption holdings;
    const QCommandLineOption token;
    const QCommandLineOption rateUrl;
    const QCommandLineOption fiat;

private:
    /** Reads export's --token (each token checked) and refuses the options it cannot go with. */
    QString readTokens(const QCommandLineParser &parser, CliOptions &options) const;
    /** Reads --at, --since or --until: ISO 8601, UTC unless it names an offset; invalid with @p error set when bad. */
    QDateTime readTime(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error) const;
    /** The chains of --chains, split at commas, in order and without duplicates; empty with @p error set when bad. */
    QStringList readChains(const QCommandLineParser &parser, QString *error) const;
};
