#pragma once

#include "api/tokenasset.h"
#include "model/amountdisplay.h"
#include "storage/holdingsdiff.h"
#include "storage/notificationrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class NotificationSink;
class PortfolioStore;
struct WatchNotification;

/**
 * Decides what to tell the user while the app watches in the background, from the refreshes the
 * PortfolioStore receives, under the user's NotificationRules:
 * - an address's value moved by more than the threshold (percent or USD) since its previous refresh;
 * - an address holds a token it did not hold then, saying whether OKX flags it as risky or the
 *   user marked it as spam (unasked-for airdrops are often scams);
 * - refreshes of an address have failed for longer than the rules allow (told once per spell).
 *
 * Only two good refreshes of the same address over the same chains are compared, each with the
 * other under the user's verdicts as they are now. So nothing the user does is told back to them:
 * a new address has no previous refresh, a change of chains starts afresh, a verdict changes both
 * sides alike, and a removed address is forgotten. A token refreshed alone is not a refresh of the
 * address: the next full one is compared with the previous full one.
 *
 * Amounts are exact and formatted by the AmountDisplay given, so privacy mode masks them here as
 * everywhere; texts are translated when they are made.
 */
class WatchNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchNotifier)

public:
    using Clock = std::function<QDateTime()>;

    /** Neither @p store nor @p sink is owned; both must outlive the notifier. */
    WatchNotifier(PortfolioStore *store, NotificationSink *sink, QObject *parent = nullptr);
    ~WatchNotifier() override;

    void setRules(const NotificationRules &rules) { m_rules = rules; }
    const NotificationRules &rules() const { return m_rules; }
    /** How amounts are written (locale, privacy mode). */
    void setDisplay(const AmountDisplay &display) { m_display = display; }
    /** The time failures are measured by (tests); the current UTC time by default. */
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    /** What a good refresh of an address held, to compare the next one with. */
    struct Baseline
    {
        QStringList chains;
        QList<TokenAsset> assets;
    };

    void onFetched(const QString &address);
    void onStateChanged(const QString &address);
    /** Forgets @p address: what comes next for it is compared with nothing. */
    void forget(const QString &address);
    void notifyValueMove(const QString &name, const QString &address, const Decimal &previous, const Decimal &delta);
    void notifyNewTokens(const QString &name, const QString &address, const QList<HoldingChange> &appeared);
    /** Tells of the addresses that have failed for longer than the rules allow, and not been told of. */
    void notifyLongFailures();
    /** One line about a new token: how much, and whether OKX or the user calls it risky. */
    QString newTokenLine(const HoldingChange &token, bool *risky) const;

    PortfolioStore *m_store;
    NotificationSink *m_sink;
    NotificationRules m_rules;
    AmountDisplay m_display;
    Clock m_clock = &QDateTime::currentDateTimeUtc;
    QHash<QString, Baseline> m_baselines;
    /** Addresses whose refreshes fail, since the first failure after their latest good refresh. */
    QHash<QString, QDateTime> m_failingSince;
    /** The failing addresses already told of. */
    QSet<QString> m_failureTold;
};
