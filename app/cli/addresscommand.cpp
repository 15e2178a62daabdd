#include "cli/addresscommand.h"

#include "api/balanceclient.h"
#include "storage/chainlistcache.h"
#include "storage/exchangeratesource.h"

#include <QDateTime>

#include <algorithm>

AddressCommand::AddressCommand(const CliSession &session, const CliOptions &options, QList<WatchedAddress> targets,
                               TokenVerdicts verdicts, QObject *parent)
    : CliCommand(session, options, parent)
    , m_targets(std::move(targets))
    , m_verdicts(std::move(verdicts))
{
}

bool AddressCommand::fetchesRiskTokens(const WatchedAddress &target) const
{
    return options().includeRiskTokens || m_verdicts.anyOn(target.chainIndexes);
}

bool AddressCommand::convertsToCny() const
{
    return options().fiat == FiatCurrency::Cny;
}

std::optional<UsdCnyRate> AddressCommand::usdCny() const
{
    return convertsToCny() ? exchangeRates()->rate() : std::nullopt;
}

void AddressCommand::start()
{
    // An unusable saved list is deleted by load() and the run goes on as without one; its notice
    // would only be noise beside the command's output.
    if (!options().demo)
        m_names = ChainListCache().chainNames();
    const bool someChainUnknown =
        std::any_of(m_targets.cbegin(), m_targets.cend(), [this](const WatchedAddress &target) {
            return !m_names.unknown(target.chainIndexes).isEmpty();
        });
    // All requests go out together; the rate limiter spaces them if it must.
    if (someChainUnknown) {
        m_chainsReply = client()->fetchSupportedChains();
        m_chainsReply->setParent(this);
        connect(m_chainsReply, &BalanceReply::finished, this, &AddressCommand::onChainsFinished);
    }
    for (const WatchedAddress &target : std::as_const(m_targets)) {
        BalanceReply *reply = startQuery(target);
        reply->setParent(this);
        connect(reply, &BalanceReply::finished, this, &AddressCommand::onReplyFinished);
        m_queryReplies.append(reply);
    }
    if (convertsToCny()) {
        ExchangeRateSource *rates = exchangeRates();
        // A saved rate the user must mend is worth a word; a fresh one is fetched all the same.
        if (const QString problem = rates->load(); !problem.isEmpty())
            emit notice(problem);
        connect(rates, &ExchangeRateSource::updateFinished, this, &AddressCommand::onReplyFinished);
        rates->update();
    }
}

void AddressCommand::onChainsFinished()
{
    if (!m_chainsReply->error().isError()) {
        m_names = ChainNames(m_chainsReply->chains());
        // A list that cannot be saved only costs a later run this request again.
        if (!options().demo)
            ChainListCache().store(m_chainsReply->chains(), QDateTime::currentDateTimeUtc());
    }
    onReplyFinished();
}

void AddressCommand::onReplyFinished()
{
    // After a failure, the cancelled replies still report in.
    if (hasFinished() || (m_chainsReply && !m_chainsReply->isFinished()))
        return;

    for (const WatchedAddress &target : std::as_const(m_targets)) {
        const QStringList unknown = m_names.unknown(target.chainIndexes);
        if (unknown.isEmpty())
            continue;
        // Only a chain unknown at the start can be unknown now, and the list was fetched for it.
        const QString reason = !m_chainsReply->error().isError()
            ? tr("OKX does not list it as supported")
            //: %1 is why OKX's chain list could not be fetched
            : tr("it is not in the built-in chain table and OKX's chain list could not be fetched (%1)")
                  .arg(m_chainsReply->error().message());
        //: %1 is one or more chain indexes, %2 the reason
        QString message = tr("unknown chain %1: %2").arg(unknown.join(QLatin1String(", ")), reason);
        // With --token the chains are the tokens': the arguments that named them are what to fix.
        QStringList arguments;
        for (const TokenArgument &argument : options().tokens) {
            if (unknown.contains(argument.token.chainIndex))
                arguments.append(QStringLiteral("--token “%1”").arg(argument.text));
        }
        // The same form as a watched address's message under --all: what it is about, then what is wrong.
        if (!arguments.isEmpty())
            message = tr("%1: %2").arg(arguments.join(QLatin1String(", ")), message);
        fail(CommandResult::failure(ExitCode::Usage, about(target, message)));
        return;
    }

    QList<BalanceReply *> replies;
    for (qsizetype i = 0; i < m_queryReplies.size(); ++i) {
        BalanceReply *reply = m_queryReplies.at(i);
        if (reply->isFinished() && reply->error().isError()) {
            const CommandResult failure = CommandResult::fromApiError(reply->error());
            fail(CommandResult::failure(failure.code, about(m_targets.at(i), failure.message)));
            return;
        }
        replies.append(reply);
    }
    const ExchangeRateSource *rates = convertsToCny() ? exchangeRates() : nullptr;
    if (rates && !rates->isUpdating() && rates->lastError().isError()) {
        const CommandResult failure = CommandResult::fromApiError(rates->lastError());
        //: %1 is the rate's host, %2 why it failed
        fail(CommandResult::failure(failure.code, tr("the USD/CNY rate could not be fetched from %1: %2")
                                                      .arg(client()->config().exchangeRateUrl.toString(), failure.message)));
        return;
    }
    const bool allFinished =
        std::all_of(replies.cbegin(), replies.cend(), [](const BalanceReply *reply) { return reply->isFinished(); });
    if (allFinished && !(rates && rates->isUpdating()))
        finishQuery(replies, m_names);
}

void AddressCommand::fail(const CommandResult &result)
{
    finish(result);
    // The replies still running finish as Cancelled; finish() ignores what they report.
    client()->abortAll();
}

QString AddressCommand::about(const WatchedAddress &target, const QString &message) const
{
    //: %1 is a watched address, %2 what went wrong with it
    return options().allWatched ? tr("%1: %2").arg(target.address, message) : message;
}
