#include "cli/refreshcommand.h"

#include "api/balanceclient.h"
#include "cli/historycommand.h"
#include "cli/outputtarget.h"
#include "cli/texttable.h"
#include "storage/exchangeratesource.h"

#include <algorithm>

RefreshCommand::RefreshCommand(const CliSession &session, const CliOptions &options, QList<WatchedAddress> targets,
                               TokenVerdicts verdicts, QObject *parent)
    : CliCommand(session, options, parent)
    , m_targets(std::move(targets))
    , m_verdicts(std::move(verdicts))
{
}

void RefreshCommand::start()
{
    ExchangeRateSource *rates = exchangeRates();
    if (const QString problem = rates->load(); !problem.isEmpty())
        emit notice(problem);
    connect(rates, &ExchangeRateSource::updateFinished, this, &RefreshCommand::onRateFinished);
    rates->update();
    m_outcomes.resize(m_targets.size());
    m_pending = m_targets.size();
    // All requests go out together; the rate limiter spaces them if it must.
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const WatchedAddress &target = m_targets.at(i);
        TokenAssetsReply *reply = client()->fetchAllTokenBalances(target.address, target.chainIndexes, true);
        reply->setParent(this);
        connect(reply, &BalanceReply::finished, this, [this, i] { onReplyFinished(i); });
        m_replies.append(reply);
    }
}

void RefreshCommand::onReplyFinished(qsizetype index)
{
    TokenAssetsReply *reply = m_replies.at(index);
    const WatchedAddress &target = m_targets.at(index);
    if (reply->error().isError()) {
        const CommandResult failure = CommandResult::fromApiError(reply->error());
        //: Shown in a refresh's line of an address that could not be fetched
        m_outcomes[index] = {{target.displayName(), tr("failed")},
                             CommandResult::failure(failure.code, tr("%1: %2").arg(target.address, failure.message))};
    } else {
        m_outcomes[index] = store(target, reply->takeAssets());
    }
    --m_pending;
    finishWhenDone();
}

void RefreshCommand::onRateFinished(const ApiError &error)
{
    if (error.isError()) {
        const std::optional<UsdCnyRate> &known = exchangeRates()->rate();
        const QString host = client()->config().exchangeRateUrl.toString();
        emit notice(known ? tr("the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded with the "
                               "rate of %3")
                                .arg(host, error.message(), HistoryCommand::timeText(known->time()))
                          : tr("the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded without a rate")
                                .arg(host, error.message()));
    }
    finishWhenDone();
}

void RefreshCommand::finishWhenDone()
{
    if (m_pending == 0 && !exchangeRates()->isUpdating() && !hasFinished())
        finishRun();
}

RefreshCommand::Outcome RefreshCommand::store(const WatchedAddress &target, QList<TokenAsset> assets)
{
    const RecordedHoldings holdings{QDateTime::currentDateTimeUtc(), target.address, target.label,
                                    target.chainIndexes, std::move(assets), std::nullopt};
    // Both totals under today's verdicts, as `total` and the window count: a verdict given since
    // the last run is no change of value. The history itself keeps OKX's flags.
    const Decimal total = m_verdicts.totalUsd(holdings.assets);
    CommandResult result;
    QString change = QStringLiteral("?");
    std::optional<RecordedHoldings> previous;
    if (m_history.readHoldingsAt(target.address, holdings.time, &previous)) {
        const Decimal difference = previous ? total - m_verdicts.totalUsd(previous->assets) : Decimal();
        //: The change of a total since the last refresh recorded: none yet
        change = !previous ? tr("new") : (difference.sign() > 0 ? QStringLiteral("+") : QString()) + difference.toPlainString();
    }
    // The window starts from the cache: it shows what this run fetched, as if it had refreshed.
    QString cacheError;
    if (!m_cache.store({target.address, target.chainIndexes, holdings.time, holdings.assets,
                        SnapshotCache::sourceOf(client()->config(), options().demo)},
                       &cacheError))
        result = CommandResult::failure(ExitCode::OutputFailed, cacheError);
    m_recorded.append(holdings);
    return {{target.displayName(), total.toPlainString(), change}, result};
}

void RefreshCommand::finishRun()
{
    QList<QStringList> lines;
    CommandResult worst;
    QStringList problems;
    // The rate known at this refresh, fetched with it when it could be.
    for (RecordedHoldings &holdings : m_recorded)
        holdings.usdCny = exchangeRates()->rate();
    // The run's good results as one transaction: the refresh in flight is all a kill can lose.
    if (!m_recorded.isEmpty() && !m_history.record(m_recorded)) {
        worst.code = ExitCode::OutputFailed;
        problems.append(m_history.errorString());
    }
    for (const Outcome &outcome : std::as_const(m_outcomes)) {
        lines.append(outcome.cells);
        if (outcome.result.ok())
            continue;
        worst.code = std::max(worst.code, outcome.result.code);
        if (!problems.contains(outcome.result.message))
            problems.append(outcome.result.message);
    }
    worst.message = problems.join(QLatin1String("; "));
    const CommandResult printed = OutputTarget::print(TextTable::format(lines));
    finish(printed.ok() ? worst : printed);
}
