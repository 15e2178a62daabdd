#include "cli/clioptionset.h"

#include "api/addressvalidator.h"
#include "api/ratelimiter.h"

#include <QCommandLineParser>

#include <cmath>
#include <optional>

namespace {

constexpr int MaxRetries = 10;

/** @p text as an http or https URL with a host (a host to send requests to), else nothing. */
std::optional<QUrl> hostUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return std::nullopt;
    return url;
}

std::optional<double> nonNegativeNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // a timeout or a rate, never money
    return ok && std::isfinite(value) && value >= 0 ? std::optional<double>(value) : std::nullopt;
}

} // namespace

CliOptionSet::CliOptionSet()
    : demo(QStringLiteral("demo"), tr("Use the built-in demo server and its demo credentials."))
    , baseUrl(QStringLiteral("base-url"), tr("The API host (default: the saved setting, else https://web3.okx.com)."),
              tr("url"))
    , api(QStringLiteral("api"), tr("The API path family: v5, v6 or wallet (default: the saved setting, else v6)."),
          tr("family"))
    , timeout(QStringLiteral("timeout"), tr("Seconds to wait for each request (default: the saved setting, else 20)."),
              tr("seconds"))
    , rps(QStringLiteral("rps"),
          tr("Requests per second at most (default: the saved setting, else 1; %1 with --demo; 0: no limit).")
              .arg(CliOptions::DemoRequestsPerSecond),
          tr("n"))
    , retries(QStringLiteral("retries"), tr("Retries after a rate limit, server error or timeout (default 2)."), tr("n"))
    , address(QStringLiteral("address"), tr("The wallet address."), tr("address"))
    , chains(QStringLiteral("chains"), tr("Comma-separated chain indexes, e.g. 1,56,501."), tr("indexes"))
    , includeRisk(QStringLiteral("include-risk"), tr("Keep tokens OKX flags as risky (airdrop scams, honeypots)."))
    , output(QStringLiteral("output"), tr("Write the CSV to this file (atomically) instead of stdout."), tr("file"))
    , withVerdicts(QStringLiteral("with-verdicts"),
                   tr("Append a verdict column: spam or trusted where you gave the token a verdict in the window."))
    , all(QStringLiteral("all"),
          tr("Export every address of the watch list, each on its own chains, instead of --address and --chains."))
    , label(QStringLiteral("label"), tr("A name for the address, shown instead of it."), tr("text"))
    , at(QStringLiteral("at"),
         tr("Export the holdings last recorded at or before this time (ISO 8601, as for history --since) "
            "instead of fetching them."),
         tr("time"))
    , since(QStringLiteral("since"),
            tr("Only records at or after this time: ISO 8601 such as 2024-05-01 or 2024-05-01T12:00:00Z "
               "(UTC unless an offset is given)."),
            tr("time"))
    , until(QStringLiteral("until"), tr("Only records at or before this time (ISO 8601, as --since)."), tr("time"))
    , holdings(QStringLiteral("holdings"),
               tr("Write every recorded token row (the export's columns after the time) instead of the totals."))
    //: Keep CHAIN:CONTRACT and the example 1:
    , token(QStringLiteral("token"),
            tr("Export only this token, asked of OKX by name: CHAIN:CONTRACT, the chain index and the token's "
               "contract, empty for the chain's own coin (1: is ETH). Repeat it for more tokens; their chains "
               "replace --chains."),
            tr("chain:contract"))
    , rateUrl(QStringLiteral("rate-url"),
              tr("The host of OKX's public USD/CNY rate (default: the saved setting, else https://www.okx.com)."),
              tr("url"))
    , fiat(QStringLiteral("fiat"),
           //: Keep USD, CNY and the column names
           tr("USD (default) or CNY: amounts also in yuan, exactly, at OKX's USD/CNY rate (fetched at most hourly; "
              "history: the rate recorded with each refresh). total prints the CNY total; export adds the columns "
              "usdCny,valueCny; history adds totalCny."),
           tr("currency"))
{
}

QList<QCommandLineOption> CliOptionSet::connectionOptions() const
{
    return {demo, baseUrl, api, timeout, rps, retries};
}

QString CliOptionSet::readConnection(const QCommandLineParser &parser, CliOptions &options) const
{
    options.demo = parser.isSet(demo);
    if (parser.isSet(baseUrl)) {
        if (options.demo)
            return tr("--demo and --base-url cannot be combined");
        options.baseUrl = hostUrl(parser.value(baseUrl));
        if (!options.baseUrl)
            return tr("--base-url needs an http or https URL such as https://web3.okx.com");
    }
    if (parser.isSet(api)) {
        options.family = ApiFamilies::fromName(parser.value(api));
        if (!options.family)
            return tr("--api must be v5, v6 or wallet");
    }
    if (parser.isSet(timeout)) {
        const std::optional<double> seconds = nonNegativeNumber(parser.value(timeout));
        if (!seconds || *seconds <= 0 || *seconds > 3600)
            return tr("--timeout needs a number of seconds between 0 and 3600");
        options.timeoutMs = std::max(1, int(std::lround(*seconds * 1000)));
    }
    if (parser.isSet(rps)) {
        options.requestsPerSecond = nonNegativeNumber(parser.value(rps));
        if (!options.requestsPerSecond || !RateLimiter::isValidRate(*options.requestsPerSecond)) {
            //: %1 and %2 are the lowest and highest rate
            return tr("--rps needs 0 (no limit) or a number of requests per second from %1 to %2")
                .arg(RateLimiter::MinRequestsPerSecond)
                .arg(RateLimiter::MaxRequestsPerSecond);
        }
    }
    if (parser.isSet(retries)) {
        bool ok = false;
        const int count = parser.value(retries).toInt(&ok);
        if (!ok || count < 0 || count > MaxRetries)
            return tr("--retries needs a whole number from 0 to %1").arg(MaxRetries);
        options.maxAttempts = count + 1;
    }
    return {};
}

QString CliOptionSet::readTarget(const QCommandLineParser &parser, const QString &command, bool takesOutput,
                                 CliOptions &options) const
{
    options.includeRiskTokens = parser.isSet(includeRisk);
    options.withVerdicts = takesOutput && parser.isSet(withVerdicts);
    if (takesOutput) {
        const QString error = readOutput(parser, options);
        if (!error.isEmpty())
            return error;
    }
    if (takesOutput && parser.isSet(token)) {
        const QString error = readTokens(parser, options);
        if (!error.isEmpty())
            return error;
    }
    if (takesOutput && parser.isSet(at)) {
        QString error;
        options.at = readTime(parser, at, &error);
        if (!error.isEmpty())
            return error;
        if (parser.isSet(chains))
            return tr("--at exports the chains recorded: it takes no --chains");
        if (parser.isSet(all) == parser.isSet(address))
            return tr("export --at needs --address or --all");
        options.allWatched = parser.isSet(all);
        options.address = parser.value(address).trimmed();
        return {};
    }
    if (takesOutput && parser.isSet(all)) {
        if (parser.isSet(address) || parser.isSet(chains))
            return tr("--all takes no --address or --chains: each watched address is exported on its own chains");
        options.allWatched = true;
        return {};
    }
    if (!options.tokens.isEmpty()) {
        if (!parser.isSet(address))
            return tr("export --token needs --address or --all");
        options.address = parser.value(address).trimmed();
        options.chains = TokenArgument::chainsOf(options.tokens);
        return AddressValidator::check(options.address, options.chains);
    }
    if (!parser.isSet(address) || !parser.isSet(chains)) {
        //: %1 is the command, export or total
        return takesOutput ? tr("%1 needs --address and --chains, or --all").arg(command)
                           : tr("%1 needs --address and --chains").arg(command);
    }
    options.address = parser.value(address).trimmed();
    QString error;
    options.chains = readChains(parser, &error);
    if (!error.isEmpty())
        return error;
    return AddressValidator::check(options.address, options.chains);
}

QString CliOptionSet::readTokens(const QCommandLineParser &parser, CliOptions &options) const
{
    if (parser.isSet(at))
        return tr("--at exports the holdings recorded: it takes no --token");
    if (parser.isSet(chains))
        return tr("--token names each token's chain: it takes no --chains");
    for (const QString &text : parser.values(token)) {
        QString error;
        const std::optional<TokenArgument> argument = TokenArgument::parse(text, &error);
        if (!argument)
            return error;
        options.tokens.append(*argument);
    }
    return {};
}

QString CliOptionSet::readOutput(const QCommandLineParser &parser, CliOptions &options) const
{
    if (!parser.isSet(output))
        return {};
    options.outputPath = parser.value(output);
    return options.outputPath.isEmpty() ? tr("--output needs a file name") : QString();
}

QString CliOptionSet::readWatchEntry(const QCommandLineParser &parser, CliOptions &options) const
{
    if (!parser.isSet(chains))
        return tr("watch add needs --chains, e.g. --chains 1,56");
    QString error;
    options.chains = readChains(parser, &error);
    options.label = parser.value(label).trimmed();
    return error;
}

QString CliOptionSet::readHistory(const QCommandLineParser &parser, CliOptions &options) const
{
    options.address = parser.value(address).trimmed();
    if (parser.isSet(address) && options.address.isEmpty())
        return tr("--address needs an address");
    QString error;
    if (parser.isSet(since))
        options.since = readTime(parser, since, &error);
    if (error.isEmpty() && parser.isSet(until))
        options.until = readTime(parser, until, &error);
    if (!error.isEmpty())
        return error;
    if (options.since.isValid() && options.until.isValid() && options.since > options.until)
        return tr("--since is later than --until");
    options.holdings = parser.isSet(holdings);
    options.includeRiskTokens = parser.isSet(includeRisk);
    if (options.includeRiskTokens && !options.holdings)
        return tr("--include-risk goes with --holdings: totals never count risk tokens");
    return readOutput(parser, options);
}

QString CliOptionSet::readRateUrl(const QCommandLineParser &parser, CliOptions &options) const
{
    if (!parser.isSet(rateUrl))
        return {};
    if (options.demo)
        return tr("--demo and --rate-url cannot be combined");
    options.exchangeRateUrl = hostUrl(parser.value(rateUrl));
    return options.exchangeRateUrl ? QString() : tr("--rate-url needs an http or https URL such as https://www.okx.com");
}

QString CliOptionSet::readFiat(const QCommandLineParser &parser, CliOptions &options) const
{
    if (!parser.isSet(fiat))
        return {};
    const std::optional<FiatCurrency> currency = FiatCurrencies::fromCode(parser.value(fiat).trimmed());
    if (!currency)
        //: %1 is the value given; keep USD and CNY
        return tr("--fiat must be USD or CNY, not “%1”").arg(parser.value(fiat));
    options.fiat = *currency;
    return {};
}

QDateTime CliOptionSet::readTime(const QCommandLineParser &parser, const QCommandLineOption &option, QString *error) const
{
    const QString text = parser.value(option).trimmed();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        time = date.isValid() ? date.startOfDay(Qt::UTC) : QDateTime();
    }
    // The history's times are UTC, and so is a time given without Z or an offset.
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), Qt::UTC);
    if (!time.isValid()) {
        //: %1 is an option name, %2 the value given
        *error = tr("--%1 needs an ISO 8601 date or time such as 2024-05-01 or 2024-05-01T12:00:00Z, not “%2”")
                     .arg(option.names().constFirst(), text);
    }
    return time.toUTC();
}

QStringList CliOptionSet::readChains(const QCommandLineParser &parser, QString *error) const
{
    QStringList indexes;
    for (const QString &value : parser.values(chains)) {
        for (const QString &part : value.split(u',')) {
            const QString chain = part.trimmed();
            bool ok = false;
            chain.toULongLong(&ok);
            if (!ok || chain.startsWith(u'+')) {
                *error = tr("“%1” is not a chain index: expected numbers such as 1,56,501").arg(chain);
                return {};
            }
            if (!indexes.contains(chain))
                indexes.append(chain);
        }
    }
    if (indexes.isEmpty())
        *error = tr("--chains names no chain");
    return indexes;
}
