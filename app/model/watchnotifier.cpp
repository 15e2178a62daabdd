#include "model/watchnotifier.h"

#include "api/assetkey.h"
#include "api/chainnames.h"
#include "model/notificationsink.h"
#include "model/portfoliostore.h"

namespace {

/** The most new tokens one notification lists by name; the rest are counted. */
constexpr int MaxTokensListed = 5;

} // namespace

WatchNotifier::WatchNotifier(PortfolioStore *store, NotificationSink *sink, QObject *parent)
    : QObject(parent), m_store(store), m_sink(sink)
{
    connect(store, &PortfolioStore::fetched, this, &WatchNotifier::onFetched);
    connect(store, &PortfolioStore::stateChanged, this, &WatchNotifier::onStateChanged);
    connect(store, &PortfolioStore::addressRemoved, this, &WatchNotifier::forget);
    // Holdings forgotten (the server or the key changed): what comes next is someone else's view.
    connect(store, &PortfolioStore::holdingsChanged, this, [this](const QString &address) {
        const PortfolioStore::Entry *entry = m_store->entry(address);
        if (entry && !entry->snapshot.hasData())
            forget(address);
    });
}

WatchNotifier::~WatchNotifier() = default;

void WatchNotifier::forget(const QString &address)
{
    m_baselines.remove(address);
    m_failingSince.remove(address);
    m_failureTold.remove(address);
}

void WatchNotifier::onFetched(const QString &address)
{
    const PortfolioStore::Entry *entry = m_store->entry(address);
    if (!entry)
        return;
    m_failingSince.remove(address);
    m_failureTold.remove(address);
    const Baseline previous = m_baselines.value(address);
    const bool comparable = m_baselines.contains(address) && previous.chains == entry->coveredChains;
    m_baselines.insert(address, Baseline{entry->coveredChains, entry->snapshot.assets});
    if (!comparable)
        return;

    const AddressChanges changes = HoldingsDiff::compare(address, previous.assets, entry->snapshot.assets);
    if (changes.rows.isEmpty())
        return;
    const QString name = entry->snapshot.displayName();
    // Both refreshes under today's verdicts: a verdict given in between moves neither side.
    const Decimal delta = changes.totalDeltaUsd(m_store->verdicts());
    const Decimal before = entry->summary.total - delta;
    if (m_rules.passes(before, delta))
        notifyValueMove(name, address, before, delta);

    if (!m_rules.newTokens)
        return;
    QList<HoldingChange> appeared;
    for (const HoldingChange &row : changes.rows) {
        if (row.kind == HoldingChange::Kind::Appeared)
            appeared.append(row);
    }
    if (!appeared.isEmpty())
        notifyNewTokens(name, address, appeared);
}

void WatchNotifier::onStateChanged(const QString &address)
{
    const PortfolioStore::Entry *entry = m_store->entry(address);
    if (!entry || entry->state != PortfolioStore::RefreshState::Failed)
        return;
    if (!m_failingSince.contains(address))
        m_failingSince.insert(address, m_clock());
    notifyLongFailures();
}

void WatchNotifier::notifyValueMove(const QString &name, const QString &address, const Decimal &previous,
                                    const Decimal &delta)
{
    WatchNotification notification;
    notification.kind = WatchNotification::Kind::ValueMoved;
    notification.address = address;
    //: Notification title. %1 is an address's label, %2 a signed USD change such as +$1,250.00
    notification.title = tr("%1: %2 since the previous refresh").arg(name, m_display.change(delta));
    const QString now = m_display.amount(previous + delta);
    const QString was = m_display.amount(previous);
    notification.body = previous.isZero()
        //: Notification text. %1 and %2 are USD amounts
        ? tr("Worth %1 now, %2 before.").arg(now, was)
        //: Notification text. %1 and %2 are USD amounts, %3 the change as a percentage of %2, e.g. 12.5 %
        : tr("Worth %1 now, %2 before (%3).").arg(now, was, m_display.share(delta.abs(), previous.abs()));
    m_sink->notify(notification);
}

void WatchNotifier::notifyNewTokens(const QString &name, const QString &address, const QList<HoldingChange> &appeared)
{
    WatchNotification notification;
    notification.kind = WatchNotification::Kind::NewToken;
    notification.address = address;
    //: Notification title. %1 is an address's label
    notification.title = tr("%1: %n new token(s)", nullptr, int(appeared.size())).arg(name);
    QStringList lines;
    for (const HoldingChange &token : appeared) {
        bool risky = false;
        const QString line = newTokenLine(token, &risky);
        notification.warning = notification.warning || risky;
        if (lines.size() < MaxTokensListed)
            lines.append(line);
    }
    if (appeared.size() > MaxTokensListed)
        //: After the list of new tokens in a notification
        lines.append(tr("… and %n more.", nullptr, int(appeared.size()) - MaxTokensListed));
    notification.body = lines.join(QLatin1Char('\n'));
    m_sink->notify(notification);
}

QString WatchNotifier::newTokenLine(const HoldingChange &token, bool *risky) const
{
    const TokenVerdict verdict = m_store->verdicts().verdictOf(AssetKey::of(token.chainIndex, token.tokenContractAddress));
    // The token's own name comes from whoever sent it: one line, nothing more.
    const QString symbol = token.symbol.simplified();
    const QString amount = m_display.balance(token.currentBalance);
    const QString chain = ChainNames().name(token.chainIndex);
    *risky = TokenVerdicts::leftOutAsRisk(token.isRiskToken, verdict);
    if (verdict == TokenVerdict::Spam)
        //: A new token in a notification. %1 is the balance, %2 the token's symbol, %3 the chain's name
        return tr("%1 %2 on %3, which you marked as spam.").arg(amount, symbol, chain);
    if (token.isRiskToken && verdict == TokenVerdict::Trusted)
        //: A new token in a notification. %1 is the balance, %2 the token's symbol, %3 the chain's name
        return tr("%1 %2 on %3: OKX flags it as risky; you trust it.").arg(amount, symbol, chain);
    if (token.isRiskToken)
        //: A new token in a notification. %1 is the balance, %2 the token's symbol, %3 the chain's name
        return tr("%1 %2 on %3: OKX flags it as risky. Unasked-for airdrops are often scams: do not trade or "
                  "approve it.").arg(amount, symbol, chain);
    const QString value = token.currentValueUsd.isZero() ? AmountDisplay::none() : m_display.amount(token.currentValueUsd);
    //: A new token in a notification. %1 is the balance, %2 the token's symbol, %3 the chain's name, %4 its USD value
    return tr("%1 %2 on %3 (%4): not flagged by OKX as risky.").arg(amount, symbol, chain, value);
}

void WatchNotifier::notifyLongFailures()
{
    if (m_rules.failureMinutes <= 0)
        return;
    const QDateTime now = m_clock();
    QStringList names;
    QStringList addresses;
    QString reason;
    for (auto it = m_failingSince.constBegin(); it != m_failingSince.constEnd(); ++it) {
        if (m_failureTold.contains(it.key()) || it.value().secsTo(now) < qint64(m_rules.failureMinutes) * 60)
            continue;
        const PortfolioStore::Entry *entry = m_store->entry(it.key());
        if (!entry)
            continue;
        m_failureTold.insert(it.key());
        names.append(entry->snapshot.displayName());
        addresses.append(it.key());
        if (reason.isEmpty())
            reason = entry->snapshot.error.message();
    }
    if (names.isEmpty())
        return;
    names.sort();
    WatchNotification notification;
    notification.kind = WatchNotification::Kind::RefreshFailing;
    notification.address = addresses.size() == 1 ? addresses.constFirst() : QString();
    notification.warning = true;
    //: Notification title
    notification.title = tr("Refreshes are failing");
    //: Notification text. %1 lists address labels; %n is a number of minutes; the reason follows
    notification.body = tr("%1 could not be refreshed for %n minute(s) or more.", nullptr, m_rules.failureMinutes)
                            .arg(names.join(QLatin1String(", ")));
    if (!reason.isEmpty())
        notification.body += QLatin1Char(' ') + reason;
    m_sink->notify(notification);
}
